import Foundation

/// `base_url`: an absolute http(s) URL, without query or fragment, always ending in `/`.
/// Only characters RFC 3986 allows in a URL (percent-encoded otherwise), since the URL is
/// published in canonical links as written.
public enum BaseURL {
    private static let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/@!$&'()*+,;=%".unicodeScalars)

    public static func normalized(_ text: String) -> String? {
        guard text.unicodeScalars.allSatisfy(allowed.contains),
              let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil,
              components.user == nil, components.password == nil else { return nil }
        return text.hasSuffix("/") ? text : text + "/"
    }
}
