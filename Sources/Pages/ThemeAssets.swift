import Content
import Foundation

/// The theme's assets as published: each under a name that carries a hash of its content
/// (`style.3f2a9c81d0.css`), so a host may cache them for ever and a changed file is a new
/// address. Stylesheets' `url(...)` references to other assets are rewritten to the
/// published names before the stylesheet itself is hashed.
public struct ThemeAssets: Sendable {
    /// The published files, by path below `assets/`, in the theme's order.
    public let files: [(path: String, bytes: [UInt8])]
    /// The published path below `assets/`, by the theme's path (`style.css`).
    public let published: [String: String]

    /// Digits of the SHA-256 kept in a name: enough that two versions of a file never meet.
    static let hashLength = 10

    public init(_ sources: [(path: String, bytes: [UInt8])]) {
        var bytes = Dictionary(sources.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        var published: [String: String] = [:]

        func publish(_ path: String, visiting: Set<String>) {
            guard published[path] == nil, var content = bytes[path] else { return }
            if Self.isStylesheet(path) {
                // Referenced files first, so their names are known; a cycle keeps the name as written.
                let references = StylesheetReferences(content)
                for reference in references.assetPaths(from: path) where !visiting.contains(reference) {
                    publish(reference, visiting: visiting.union([path]))
                }
                content = references.rewritten(from: path) { published[$0] }
                bytes[path] = content
            }
            published[path] = Self.fingerprinted(path, hash: Fingerprint.sha256(content))
        }
        for source in sources { publish(source.path, visiting: []) }
        self.published = published
        self.files = sources.map { (published[$0.path]!, bytes[$0.path]!) }
    }

    /// The site path of a published asset (`assets/style.3f2a9c81d0.css`); the theme's
    /// path unchanged for a file the theme does not have.
    public func sitePath(of themePath: String) -> String {
        "assets/" + (published[themePath] ?? themePath)
    }

    /// `fonts/body.woff2` → `fonts/body.<hash>.woff2`; a name without extension gets `.<hash>` at the end.
    public static func fingerprinted(_ path: String, hash: String) -> String {
        let short = hash.prefix(hashLength)
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "\(path).\(short)" }
        return "\(path[..<dot]).\(short)\(path[dot...])"
    }

    static func isStylesheet(_ path: String) -> Bool { path.lowercased().hasSuffix(".css") }
}
