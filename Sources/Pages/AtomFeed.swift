import Config
import Content
import Localization

/// Atom feeds (RFC 4287) of published versions: `<lang>/<policy>/feed.xml` for one policy and
/// `<lang>/feed.xml` for all of them. One entry per version, upcoming ones included once they
/// are published; the newest effective date first.
extension SiteRenderer {
    func feed(_ language: SiteLanguage, _ policy: PlannedPolicy?) -> String {
        let base = config.baseURL ?? "/"
        let strings = language.strings
        let siteTitle = config.title.text(for: language.code)
        let policies = policy.map { [$0] } ?? self.policies
        let entries = policies.flatMap { policy in policy.timeline.entries.map { (policy, $0.version) } }
            .enumerated()
            .sorted { ($0.element.1.effective, -$0.offset) > ($1.element.1.effective, -$1.offset) }
            .map(\.element)

        let file = PlannedFile.feed(language, policy)
        let homePage = policy.map { PageAddress.current(language.code, policy: $0.slug) } ?? .languageHome(language.code)
        let title = policy.map { "\($0.current.version.text(in: language.code).frontMatter.title) — \(siteTitle)" } ?? siteTitle
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language.code)">
        <id>\(x(base + file.path))</id>
        <title>\(x(title))</title>
        <updated>\(Self.timestamp(entries.first?.1.effective ?? asOf))</updated>
        <author><name>\(x(siteTitle))</name><uri>\(x(base))</uri></author>
        <link rel="self" type="application/atom+xml" href="\(x(base + file.path))"/>
        <link rel="alternate" type="text/html" href="\(x(homePage.path.absoluteURL(base: base)))"/>

        """
        for (policy, version) in entries {
            let shown = version.text(in: language.code)
            let url = PageAddress.version(language.code, policy: policy.slug, version: version.id).path.absoluteURL(base: base)
            let entryTitle = strings.html("feed_entry_title", [
                "title": x(shown.frontMatter.title),
                "date": x(language.dateText(version.effective)),
            ])
            let lang = shown.language == language.code ? "" : " xml:lang=\"\(shown.language)\""
            xml += "<entry>\n<id>\(x(url))</id>\n<title\(lang)>\(entryTitle)</title>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(x(url))\"/>\n"
            if let previous = policy.timeline.previous(of: version.id),
               let compare = comparePage(language.code, policy, previous, version)?.path.absoluteURL(base: base) {
                xml += "<link rel=\"related\" type=\"text/html\" href=\"\(x(compare))\"/>\n"
            }
            xml += "<updated>\(Self.timestamp(version.effective))</updated>\n"
            if let published = firstPublished[policy.slug]?[version.id], !version.isDraft {
                xml += "<published>\(Self.timestamp(published))</published>\n"
            }
            if let summary = shown.frontMatter.summary {
                xml += "<summary\(lang)>\(x(summary))</summary>\n"
            }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// Midnight UTC of the day, as RFC 3339 wants it.
    static func timestamp(_ date: EffectiveDate) -> String { "\(date)T00:00:00Z" }

    /// Text for XML content and attributes.
    private func x(_ text: String) -> String { HTMLText.escape(text) }
}
