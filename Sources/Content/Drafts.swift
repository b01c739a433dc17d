extension SiteContent {
    /// The site as published: draft versions and draft translations left out, and any policy
    /// with no published version left out with them.
    public func withoutDrafts() -> SiteContent {
        SiteContent(policies: policies.compactMap { policy in
            let versions = policy.versions.compactMap { version -> PolicyVersion? in
                guard !version.isDraft else { return nil }
                var published = version
                published.translations = version.translations.filter { !$0.value.frontMatter.draft }
                return published
            }
            guard !versions.isEmpty else { return nil }
            return Policy(slug: policy.slug, settings: policy.settings, versions: versions)
        })
    }
}
