import Foundation

/// A whole site (config, content, theme overrides) written as one string, in the
/// txtar style of Hugo's integration tests, so a test shows all its input at once:
///
///     -- policygen.yaml --
///     title: Test
///     -- content/privacy/v1/en.md --
///     ## Hello
///
/// Every file ends with a newline (one is added to the last file if the text
/// lacks it); blank lines before the next marker belong to the file above.
/// There is no escaping: a content line that looks like a marker is a marker.
public struct SiteFixture: Sendable {
    /// Files in the order written; paths are relative, with `/` separators.
    public var files: [(path: String, contents: String)]

    /// Parses "-- path --" sections: each line of the form `-- some/path --` starts a
    /// file whose content is the following lines up to the next marker (the final
    /// newline of each file kept; leading text before the first marker ignored).
    /// A path that is absolute, contains `..`, or repeats an earlier one is a
    /// precondition failure: that is a broken test, not a runtime condition.
    public init(_ text: String) {
        var files: [(path: String, contents: String)] = []
        var current: (path: String, lines: [Substring])?

        func finish() {
            guard let file = current else { return }
            let contents = file.lines.isEmpty ? "" : file.lines.joined(separator: "\n") + "\n"
            files.append((file.path, contents))
        }

        // `"\r\n"` is one Character in Swift, hence the two cases.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if let path = Self.markerPath(line) {
                finish()
                Self.checkPath(path)
                precondition(!files.contains { $0.path == path }, "SiteFixture: \(path) appears twice")
                current = (path, [])
            } else {
                current?.lines.append(line)
            }
        }
        // The split leaves one empty line after a final newline; it is not content.
        if current?.lines.last == "" { current?.lines.removeLast() }
        finish()
        self.files = files
    }

    /// Writes every file under a new unique temporary folder (creating parent
    /// folders) and returns it. Remove it with `TemporaryDirectory.remove(_:)`.
    public func write() throws -> URL {
        checkPaths()  // before making a folder a broken fixture would leave behind
        let directory = try TemporaryDirectory.make(prefix: "policygen-site")
        try write(into: directory)
        return directory
    }

    /// Writes every file under `directory` (creating parent folders), overwriting
    /// files that exist; other files already there are left alone.
    public func write(into directory: URL) throws {
        checkPaths()  // `files` is mutable, so check again; all before writing any
        for file in files {
            let url = directory.appendingPathComponent(file.path, isDirectory: false)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
    }

    /// The path of a `-- path --` marker line, or nil for any other line.
    private static func markerPath(_ line: Substring) -> String? {
        guard line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 else { return nil }
        let path = line.dropFirst(3).dropLast(3).trimmingCharacters(in: .whitespaces)
        return path.isEmpty ? nil : path
    }

    private func checkPaths() {
        for file in files { Self.checkPath(file.path) }
    }

    /// Fixtures must stay inside the folder they are written to.
    private static func checkPath(_ path: String) {
        precondition(!path.isEmpty && !path.hasPrefix("/"), "SiteFixture: path must be relative: \(path)")
        precondition(!path.split(separator: "/").contains(".."), "SiteFixture: path must not contain '..': \(path)")
    }
}
