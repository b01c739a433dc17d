import Foundation

/// A request's path as file names inside the served site, or nothing: the one gate between
/// what a browser asks for and the file system.
///
/// The path is percent-decoded once, segment by segment. A segment that decodes to a slash,
/// a backslash, a `%` (double encoding), a control character or NUL, `.` or `..` or any
/// other dot-name, or that is not UTF-8, makes the whole path unservable: the site
/// policygen writes has no such names, so refusing them costs nothing and leaves no
/// encoding trick to reach a file outside it.
struct ServedPath: Equatable, Sendable {
    /// Decoded file names from the site's root: `["en", "privacy"]`.
    var segments: [String]
    /// The path ends with `/` (or is the root): it names a folder's `index.html`.
    var namesFolder: Bool

    /// nil when `raw` (the request target's path, still percent-encoded) is not a plain path
    /// inside the site.
    init?(_ raw: String) {
        guard raw.hasPrefix("/") else { return nil }
        var parts = raw.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        namesFolder = parts.last == ""
        if namesFolder { parts.removeLast() }
        var segments: [String] = []
        for part in parts {
            // One decoding; nil for a malformed escape or bytes that are not UTF-8.
            guard let name = String(part).removingPercentEncoding, Self.isPlainName(name) else { return nil }
            segments.append(name)
        }
        self.segments = segments
    }

    /// The path relative to the site's root, as written on disk: `en/privacy/index.html`.
    var relativeFile: String {
        (segments + (namesFolder ? ["index.html"] : [])).joined(separator: "/")
    }

    /// A file or folder name the site can hold: not empty, no separator or escape left, no
    /// control character, not hidden (which also covers `.` and `..`).
    private static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".")
            && !name.unicodeScalars.contains { "/\\%".unicodeScalars.contains($0) || $0.value < 0x20 || $0.value == 0x7F }
    }
}
