import Foundation

/// `base_url`: an absolute http(s) URL, without query or fragment, always ending in `/`.
public enum BaseURL {
    public static func normalized(_ text: String) -> String? {
        guard let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil,
              components.user == nil, components.password == nil else { return nil }
        return text.hasSuffix("/") ? text : text + "/"
    }
}
