import Diagnostics
import Foundation

/// The files of a theme: the built-in default, with a site's own `themes/<name>/` laid over
/// it file by file. Paths are relative to the theme folder (`templates/layout.mustache`).
public struct ThemeFiles: Sendable {
    public struct File: Sendable {
        public var bytes: [UInt8]
        /// Where the file came from, for diagnostics: `themes/default/templates/page.mustache`,
        /// or `(built-in)/templates/page.mustache`.
        public var origin: String
        /// Whether the file is the built-in theme's own, not a site's override.
        public var isBuiltIn: Bool { origin.hasPrefix(ThemeFiles.builtInOrigin) }
    }

    static let builtInOrigin = "(built-in)/"

    /// The theme's name (`default`), as `theme:` in policygen.yaml gives it.
    public private(set) var name: String
    public private(set) var files: [String: File]

    public static let themesFolder = "themes"
    public static let builtInName = "default"

    /// The theme compiled into policygen from the repository's `themes/default/`.
    public static let builtIn: ThemeFiles = {
        var files: [String: File] = [:]
        for (path, base64) in EmbeddedDefaultTheme.files {
            files[path] = File(bytes: [UInt8](Data(base64Encoded: base64) ?? Data()), origin: builtInOrigin + path)
        }
        return ThemeFiles(name: builtInName, files: files)
    }()

    public func file(_ path: String) -> File? { files[path] }

    /// Paths under `folder` (e.g. "templates/"), sorted.
    public func paths(under folder: String) -> [String] {
        files.keys.filter { $0.hasPrefix(folder) }.sorted()
    }

    /// The theme `name` for the site in `siteFolder`: the site's own files where it has them,
    /// the built-in default for the rest. A name other than `default` must exist as a folder;
    /// `configured` is where the configuration names the theme.
    public static func load(name: String, siteFolder: URL, configured: SourceLocation,
                            diagnostics: inout [Diagnostic]) -> ThemeFiles {
        var theme = builtIn
        theme.name = name
        let relative = "\(themesFolder)/\(name)"
        let folder = siteFolder.appendingPathComponent(relative)
        if case .symbolicLink = InputFile.kind(atPath: siteFolder.appendingPathComponent(themesFolder).path) {
            diagnostics.append(.error(.symbolicLink, at: SourceLocation(path: themesFolder), "symbolic links are not followed",
                                      hint: "replace the link with the folder itself"))
            return theme
        }
        switch InputFile.kind(atPath: folder.path) {
        case .directory:
            for (path, file) in readTree(folder, relative: relative, &diagnostics) {
                theme.files[path] = file
            }
        case .symbolicLink:
            diagnostics.append(.error(.symbolicLink, at: SourceLocation(path: relative), "symbolic links are not followed"))
        case .missing where name == builtInName:
            break
        default:
            diagnostics.append(.error(.missingTemplate, at: configured,
                                      "theme '\(name)' is configured but \(relative)/ does not exist",
                                      hint: "create \(relative)/ or use theme: default"))
        }
        return theme
    }

    /// Every regular file below `folder`, never through a symbolic link.
    private static func readTree(_ folder: URL, relative: String, _ diagnostics: inout [Diagnostic]) -> [(String, File)] {
        var result: [(String, File)] = []
        var pending: [(URL, String)] = [(folder, "")]
        while let (directory, prefix) = pending.popLast() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names.sorted() where !InputFile.isIgnoredName(name) {
                let url = directory.appendingPathComponent(name)
                let path = prefix.isEmpty ? name : "\(prefix)/\(name)"
                let origin = "\(relative)/\(path)"
                switch InputFile.kind(atPath: url.path) {
                case .directory:
                    pending.append((url, path))
                default:
                    switch InputFile.readBytes(url, path: origin) {
                    case .success(let bytes): result.append((path, File(bytes: bytes, origin: origin)))
                    case .failure(let problem): diagnostics.append(problem)
                    }
                }
            }
        }
        return result
    }
}
