import Config
import Content
import Localization

/// Atom feeds (RFC 4287) of published versions: `<lang>/<policy>/feed.xml` for one policy and
/// `<lang>/feed.xml` for all of them. One entry per version, upcoming ones included once they
/// are published, and one for a policy's withdrawal (`retired:`) once it is written; the newest
/// date first.
extension SiteRenderer {
    func feed(_ language: SiteLanguage, _ policy: PlannedPolicy?) -> String {
        let base = config.baseURL ?? "/"
        let strings = language.strings
        let siteTitle = config.title.text(for: language.code)
        let policies = policy.map { [$0] } ?? self.policies
        let items: [FeedItem] = policies.flatMap { policy in
            policy.timeline.entries.map { FeedItem.version(policy, $0.version) }
                + (policy.policy.settings.retirement.map { [FeedItem.retirement(policy, $0)] } ?? [])
        }
        let entries = items.enumerated()
            .sorted { ($0.element.date, -$0.offset) > ($1.element.date, -$1.offset) }
            .map(\.element)

        let file = PlannedFile.feed(language, policy)
        let homePage = policy.map { PageAddress.current(language.code, policy: $0.slug) } ?? .languageHome(language.code)
        let title = policy.map { "\($0.current.version.text(in: language.code).frontMatter.title) — \(siteTitle)" } ?? siteTitle
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language.code)">
        <id>\(x(base + file.path))</id>
        <title>\(x(title))</title>
        <updated>\(Self.timestamp(entries.first?.date ?? asOf))</updated>
        <author><name>\(x(siteTitle))</name><uri>\(x(base))</uri></author>
        <link rel="self" type="application/atom+xml" href="\(x(base + file.path))"/>
        <link rel="alternate" type="text/html" href="\(x(homePage.path.absoluteURL(base: base)))"/>

        """
        for item in entries {
            guard case .version(let policy, let version) = item else {
                if case .retirement(let policy, let retirement) = item {
                    xml += retirementEntry(policy, retirement, language: language, base: base)
                }
                continue
            }
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

    /// The entry saying a policy is withdrawn, linking to its current page (which says so too).
    private func retirementEntry(_ policy: PlannedPolicy, _ retirement: Retirement, language: SiteLanguage, base: String) -> String {
        let shown = policy.current.version.text(in: language.code)
        let url = PageAddress.current(language.code, policy: policy.slug).path.absoluteURL(base: base)
        let title = language.strings.html("feed_entry_retired", [
            "title": x(shown.frontMatter.title), "date": x(language.dateText(retirement.date)),
        ])
        let lang = shown.language == language.code ? "" : " xml:lang=\"\(shown.language)\""
        var xml = "<entry>\n<id>\(x(url + "#retired-\(retirement.date)"))</id>\n<title\(lang)>\(title)</title>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(x(url))\"/>\n"
        if let replacement = retirement.replacedBy {
            let replacementURL = PageAddress.current(language.code, policy: replacement).path.absoluteURL(base: base)
            xml += "<link rel=\"related\" type=\"text/html\" href=\"\(x(replacementURL))\"/>\n"
        }
        return xml + "<updated>\(Self.timestamp(retirement.date))</updated>\n</entry>\n"
    }

    /// Midnight UTC of the day, as RFC 3339 wants it.
    static func timestamp(_ date: EffectiveDate) -> String { "\(date)T00:00:00Z" }

    /// Text for XML content and attributes.
    private func x(_ text: String) -> String { HTMLText.escape(text) }
}

/// What a feed has an entry for.
private enum FeedItem {
    case version(PlannedPolicy, PolicyVersion)
    case retirement(PlannedPolicy, Retirement)

    var date: EffectiveDate {
        switch self {
        case .version(_, let version): version.effective
        case .retirement(_, let retirement): retirement.date
        }
    }
}
