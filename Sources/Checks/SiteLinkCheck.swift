import Config
import Content
import Diagnostics
import Foundation
import Markdown

/// PG200: a `@/policy[/version][#anchor]` link to something the site does not have; PG201: a
/// `#anchor` link to no heading or footnote of the same text.
enum SiteLinkCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.brokenSiteLink: .error, .brokenAnchor: .error]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for link in text.document.links {
            let location = text.location(of: link.start)
            // A bare `#` names no anchor; PG204 reports it as a link that leads nowhere.
            if link.destination.hasPrefix("#"), link.destination != "#" {
                let anchor = String(link.destination.dropFirst())
                if !leadsSomewhere(anchor, in: text.document) {
                    found.append(.error(.brokenAnchor, at: location, "no heading has the id '\(anchor)' in this text",
                                        hint: hint(anchor, among: text.document.headings.map(\.id))))
                }
            } else if let parsed = SiteLink.parse(link.destination) {
                if let problem = problem(with: parsed, in: text, site: site) {
                    found.append(.error(.brokenSiteLink, at: location, problem.message, hint: problem.hint))
                }
            }
        }
        return found
    }

    private static func problem(with parsed: Result<SiteLink, SiteLinkSyntaxError>, in text: CheckedText,
                                site: CheckedSite) -> (message: String, hint: String?)? {
        guard case .success(let link) = parsed else {
            return ("this @/ link is not a link to a policy, a version or a heading of the site",
                    "write @/policy, @/policy/version, or either followed by #heading-id")
        }
        guard let policy = site.content.policy(link.policy) else {
            return ("no policy '\(link.policy)' in content/",
                    hint(link.policy, among: site.content.policies.map(\.slug)) ?? "name a folder of content/")
        }
        // Without a version, the link leads to the current text; the latest one is checked,
        // since every announced version becomes current on its day.
        guard let version = link.version.map(policy.version) ?? policy.versions.last else {
            return ("the policy '\(link.policy)' has no version '\(link.version!)'",
                    hint(link.version!, among: policy.versions.map(\.id)) ?? "name a folder of content/\(link.policy)/")
        }
        guard let anchor = link.anchor else { return nil }
        let shown = version.text(in: text.language)
        guard let document = site.document(policy: policy.slug, version: version.id, language: shown.language) else {
            return nil
        }
        if leadsSomewhere(anchor, in: document) { return nil }
        let page = link.version.map { "\(link.policy)/\($0)" } ?? "\(link.policy) (version \(version.id))"
        return ("no heading has the id '\(anchor)' in \(page)", hint(anchor, among: document.headings.map(\.id)))
    }

    /// Whether `anchor`, as written or percent-decoded, is an id of `document`.
    private static func leadsSomewhere(_ anchor: String, in document: RenderedDocument) -> Bool {
        let ids = ids(of: document)
        return ids.contains(anchor) || ids.contains(decoded(anchor))
    }

    /// The ids a link can end at: headings, the text's HTML elements (`<a id>`), and the
    /// footnotes cmark names `fn-…` and `fnref-…`.
    private static func ids(of document: RenderedDocument) -> Set<String> {
        var ids = Set(document.headings.map(\.id)).union(document.htmlIDs)
        for block in document.blocks {
            if case .footnoteDefinition(let label) = block.kind {
                ids.insert("fn-\(label)")
                ids.insert("fnref-\(label)")
            }
        }
        return ids
    }

    private static func decoded(_ anchor: String) -> String {
        anchor.removingPercentEncoding ?? anchor
    }

    private static func hint(_ written: String, among names: [String]) -> String? {
        YAMLMapping.closest(to: written, in: names).map { "did you mean '\($0)'?" }
    }
}
