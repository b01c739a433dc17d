import Diagnostics
import Foundation

/// An old address of a page, which the built site still answers with a redirect to it:
/// `aliases:` in the front-matter, or `redirect_from:` as Jekyll writes it.
public struct Alias: Sendable, Hashable {
    /// As written: `/legal/privacy/`, `/privacy.html`.
    public var written: String
    /// The folders of the address below the site's root, decoded: `["legal", "privacy"]`.
    public var components: [String]
    /// Where it is written, for problems with it.
    public var location: SourceLocation

    public init(written: String, components: [String], location: SourceLocation) {
        self.written = written
        self.components = components
        self.location = location
    }

    /// The file that answers the address, relative to the output folder: the address itself
    /// when it names an `.html` page, else `index.html` in its folder.
    public var filePath: String {
        let last = components.last?.lowercased() ?? ""
        let names = last.hasSuffix(".html") || last.hasSuffix(".htm") ? components : components + ["index.html"]
        return names.joined(separator: "/")
    }

    /// The alias written `text` at `location`, or the reason it cannot be one. An address is
    /// read from the site's root (a leading `/` or not), percent-escapes decoded, and must stay
    /// inside the site: no `..`, no hidden names, no other host, no query or fragment.
    static func parse(_ text: String, at location: SourceLocation) -> Result<Alias, Diagnostic> {
        func refused(_ why: String) -> Result<Alias, Diagnostic> {
            .failure(.error(.invalidAlias, at: location, "the alias '\(text)' \(why)",
                            hint: "write the old address from the site's root, such as /legal/privacy/ or /privacy.html"))
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.contains("://") || trimmed.hasPrefix("//") { return refused("is on another site") }
        if trimmed.contains(where: { $0 == "?" || $0 == "#" }) { return refused("has a query or a fragment, which no file can answer") }
        guard let decoded = trimmed.removingPercentEncoding else { return refused("has a malformed %-escape") }
        if decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) {
            return refused("holds a backslash or a control character")
        }
        let components = decoded.split(separator: "/").map(String.init)
        if components.isEmpty { return refused("is the site's home page") }
        if components.contains(where: { $0 == "." || $0 == ".." }) { return refused("leaves the site folder or names it twice ('.', '..')") }
        if components.contains(where: { $0.hasPrefix(".") }) { return refused("has a hidden name (starting with '.'), which hosts do not serve") }
        if components.contains(where: { $0.utf8.count > 255 }) { return refused("has a name longer than 255 bytes") }
        return .success(Alias(written: text, components: components, location: location))
    }
}
