import BlockHTML
import Config
import Content

/// The `@/policy/version#id` links of a body's HTML written as relative links from the page
/// that shows it, into the page's language: one body is shown on the current page, its
/// permalink and compare pages, each at a different depth. The HTML is written in pieces
/// around its links' targets, which rendering found (`SiteLinkedHTML`): no page searches it.
enum SiteLinkHTML {
    /// `base`: the site's `base_url`, for a page read away from the site, whose links are
    /// absolute under it (`StandaloneComparePage`); nil for the site's own pages.
    static func resolve(_ html: SiteLinkedHTML, on page: SitePath, language: LanguageCode, base: String? = nil) -> String {
        html.written { target in
            // A target that is no site link is kept: the check reports it (PG200), and a build
            // with errors writes nothing.
            guard case .success(let link) = SiteLink.parse(target) else { return nil }
            let destination = link.version.map { PageAddress.version(language, policy: link.policy, version: $0) }
                ?? PageAddress.current(language, policy: link.policy)
            return (base.map { destination.path.absoluteURL(base: $0) } ?? page.link(to: destination.path))
                + (link.anchor.map { "#" + $0 } ?? "")
        }
    }
}
