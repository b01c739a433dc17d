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

extension SiteContent {
    /// The same content without the bodies, once they are rendered and checked: pages are made
    /// from the rendered texts, and a large site's bodies are tens of megabytes.
    public func withoutBodies() -> SiteContent {
        var content = self
        for policy in content.policies.indices {
            for version in content.policies[policy].versions.indices {
                for language in content.policies[policy].versions[version].translations.keys {
                    content.policies[policy].versions[version].translations[language]?.body = ""
                }
            }
        }
        return content
    }
}
