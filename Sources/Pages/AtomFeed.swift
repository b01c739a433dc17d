import Config
import Content
import Localization

/// Atom feeds (RFC 4287) of published versions: `<lang>/<policy>/feed.xml` for one policy and
/// `<lang>/feed.xml` for all of them. One entry per version, upcoming ones included once they
/// are published; the newest effective date first.
extension SiteRenderer {
    func feed(_ language: LanguageCode, policy slug: String?) -> String {
        let base = config.baseURL ?? "/"
        let strings = inputs.strings[language]!
        let siteTitle = config.title.text(for: language)
        let policies = inputs.content.policies.filter { slug == nil || $0.slug == slug }
        let entries = policies.flatMap { policy in timelines[policy.slug]!.entries.map { (policy.slug, $0.version) } }
            .enumerated()
            .sorted { ($0.element.1.effective, -$0.offset) > ($1.element.1.effective, -$1.offset) }
            .map(\.element)

        let file = PlannedFile.feed(language, policy: slug)
        let homePage = slug.map { PlannedPage.current(language, policy: $0) } ?? .languageHome(language)
        let title = slug.flatMap { policyTitle($0, in: language) }.map { "\($0) — \(siteTitle)" } ?? siteTitle
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language)">
        <id>\(x(base + file.path))</id>
        <title>\(x(title))</title>
        <updated>\(Self.timestamp(entries.first?.1.effective ?? asOf))</updated>
        <author><name>\(x(siteTitle))</name><uri>\(x(base))</uri></author>
        <link rel="self" type="application/atom+xml" href="\(x(base + file.path))"/>
        <link rel="alternate" type="text/html" href="\(x(homePage.path.absoluteURL(base: base)))"/>

        """
        for (policy, version) in entries {
            let shown = version.text(in: language)
            let url = PlannedPage.version(language, policy: policy, version: version.id).path.absoluteURL(base: base)
            let entryTitle = strings.html("feed_entry_title", [
                "title": x(shown.frontMatter.title),
                "date": x(chrome.dateText(version.effective, in: language)),
            ])
            let lang = shown.language == language ? "" : " xml:lang=\"\(shown.language)\""
            xml += "<entry>\n<id>\(x(url))</id>\n<title\(lang)>\(entryTitle)</title>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(x(url))\"/>\n"
            if let previous = timelines[policy]!.previous(of: version.id),
               let compare = comparePage(language, policy: policy, previous, version)?.path.absoluteURL(base: base) {
                xml += "<link rel=\"related\" type=\"text/html\" href=\"\(x(compare))\"/>\n"
            }
            xml += "<updated>\(Self.timestamp(version.effective))</updated>\n"
            if let published = firstPublished[policy]?[version.id], !version.isDraft {
                xml += "<published>\(Self.timestamp(published))</published>\n"
            }
            if let summary = shown.frontMatter.summary {
                xml += "<summary\(lang)>\(x(summary))</summary>\n"
            }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// The policy's title in `language` as its current page shows it.
    func policyTitle(_ slug: String, in language: LanguageCode) -> String? {
        timelines[slug]?.current.map { $0.text(in: language).frontMatter.title }
    }

    /// Midnight UTC of the day, as RFC 3339 wants it.
    static func timestamp(_ date: EffectiveDate) -> String { "\(date)T00:00:00Z" }

    /// Text for XML content and attributes.
    private func x(_ text: String) -> String { HTMLText.escape(text) }
}
