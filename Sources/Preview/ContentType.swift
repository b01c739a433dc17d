/// The `Content-Type` of a file of the site, from its name: what a static host would send.
enum ContentType {
    static let html = "text/html; charset=utf-8"

    static func of(fileNamed name: String) -> String {
        // A policy's and a language's feeds are Atom; sitemap.xml is plain XML.
        if name == "feed.xml" { return "application/atom+xml; charset=utf-8" }
        let suffix = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return byExtension[name.contains(".") ? suffix : ""] ?? "application/octet-stream"
    }

    private static let byExtension: [String: String] = [
        "html": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "json": "application/json",
        "xml": "application/xml; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "pdf": "application/pdf",
    ]
}
