import Config
import Diagnostics

/// PG215: a link written from the root of the host (`/articles/…`) that leads to no page of
/// the site. Scraped and migrated policies link so to the company's own pages, which are not
/// on the site that publishes the policies; `main_site:` in policygen.yaml makes those links
/// absolute to the company's site (`RootLinks`), and they are then left alone. A link into
/// the site's own folders (its base path, then a language) must name a page it has.
enum RootLinkCheck: SiteCheck {
    static let codes: [DiagnosticCode: Severity] = [.rootLinkToNoPage: .warning]

    static func check(_ site: CheckedSite, _ found: FoundInTexts) -> [Diagnostic] {
        // Made at the first link written from the root: most sites have none, and reading
        // base_url's path goes through Foundation.
        var madeRule: RootLinks?
        var problems: [Diagnostic] = []
        for unit in site.units {
            for link in found[unit.policy.slug, unit.version.id, unit.language]?.rootLinks ?? [] {
                let rule = madeRule ?? RootLinks(site.config)
                madeRule = rule
                if let components = rule.sitePath(of: link.destination) {
                    guard let pages = site.pages, !pages.contains(components) else { continue }
                    problems.append(.warning(.rootLinkToNoPage, at: link.location,
                                             "'\(link.destination)' leads to no page of this site",
                                             hint: "link to a policy with @/policy (docs/content-format.md), which "
                                                 + "names its page wherever the site is published"))
                } else if rule.mainSite == nil {
                    problems.append(.warning(.rootLinkToNoPage, at: link.location,
                                             "'\(link.destination)' is written from the root of the host, where this "
                                                 + "site has no page (its pages are under \(rule.basePath) in a language's folder)",
                                             hint: "write the full address (https://…), or set main_site: in "
                                                 + "policygen.yaml to the company's site, which such links then lead to"))
                }
            }
        }
        return problems
    }
}
