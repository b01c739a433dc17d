import Config
import Content
import Diagnostics

/// PG200: a `@/policy[/version][#anchor]` link to something the site does not have.
enum SiteLinkCheck: SiteCheck {
    static let codes: [DiagnosticCode: Severity] = [.brokenSiteLink: .error]

    static func check(_ site: CheckedSite, _ found: FoundInTexts) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        // Each text linked to, its ids gathered once; each policy's versions by id.
        var targets: [String: Anchors] = [:]
        let versions = Dictionary(site.content.policies.map { policy in
            (policy.slug, Dictionary(policy.versions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
        }, uniquingKeysWith: { first, _ in first })
        for unit in site.units {
            guard let links = found[unit.policy.slug, unit.version.id, unit.language]?.siteLinks, !links.isEmpty else { continue }
            // "did you mean" while the text's budget lasts: each compares a name with every candidate.
            var hintsLeft = NameHints.comparisons
            for link in links {
                guard let parsed = SiteLink.parse(link.destination),
                      let problem = problem(with: parsed, language: unit.language, site: site, found: found,
                                            versions: versions, targets: &targets, hintsLeft: &hintsLeft) else { continue }
                problems.append(.error(.brokenSiteLink, at: link.location, problem.message, hint: problem.hint))
            }
        }
        return problems
    }

    private static func problem(with parsed: Result<SiteLink, SiteLinkSyntaxError>, language: LanguageCode,
                                site: CheckedSite, found: FoundInTexts,
                                versions: [String: [String: PolicyVersion]], targets: inout [String: Anchors],
                                hintsLeft: inout Int) -> (message: String, hint: String?)? {
        func closest(_ name: String, in candidates: [String]) -> String? {
            guard hintsLeft >= candidates.count else { return nil }
            hintsLeft -= max(candidates.count, 1)
            return YAMLMapping.closest(to: name, in: candidates).map { "did you mean '\($0)'?" }
        }
        guard case .success(let link) = parsed else {
            return ("this @/ link is not a link to a policy, a version or a heading of the site",
                    "write @/policy, @/policy/version, or either followed by #heading-id")
        }
        guard let policy = site.content.policy(link.policy) else {
            return ("no policy '\(link.policy)' in content/",
                    closest(link.policy, in: site.content.policies.map(\.slug)) ?? "name a folder of content/")
        }
        // Without a version, the link leads to the current text; the latest one is checked,
        // since every announced version becomes current on its day.
        guard let version = link.version.map({ versions[policy.slug]?[$0] }) ?? policy.versions.last else {
            return ("the policy '\(link.policy)' has no version '\(link.version!)'",
                    closest(link.version!, in: policy.versions.map(\.id)) ?? "name a folder of content/\(link.policy)/")
        }
        guard let anchor = link.anchor else { return nil }
        let shown = version.text(in: language)
        guard let target = found[policy.slug, version.id, shown.language] else { return nil }
        let anchors = targets[shown.path] ?? Anchors(target.anchors)
        targets[shown.path] = anchors
        if anchors.leadSomewhere(anchor) { return nil }
        let page = link.version.map { "\(link.policy)/\($0)" } ?? "\(link.policy) (version \(version.id))"
        return ("no heading has the id '\(anchor)' in \(page)", closest(anchor, in: target.headings.map(\.id)))
    }
}
