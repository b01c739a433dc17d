import Localization

/// `sitemap.xml` (sitemaps.org 0.9): every page that exists in its own language, each with the
/// same `xhtml:link` hreflang alternates as the page itself. Fallback pages are left out.
extension SiteRenderer {
    func sitemap() -> String {
        let base = config.baseURL ?? "/"
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        for case .page(let page) in plan where isTranslated(page) {
            xml += "<url>\n<loc>\(HTMLText.escape(page.address.path.absoluteURL(base: base)))</loc>\n"
            for alternate in alternates(of: page) {
                xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(alternate.hreflang)\" href=\"\(HTMLText.escape(alternate.url))\"/>\n"
            }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
