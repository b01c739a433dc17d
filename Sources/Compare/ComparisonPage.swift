import Pages

/// `policygen diff --format html`: the comparison as the theme's compare page, in its
/// standalone layout (`StandaloneComparePage`), in the language of the texts compared.
extension VersionComparison {
    public func htmlPage() -> String {
        func side(_ side: Side) -> StandaloneComparePage.Side {
            StandaloneComparePage.Side(version: side.version, effective: side.effective, summary: side.summary,
                                       document: side.document)
        }
        return StandaloneComparePage(config: config, templates: templates, style: style, strings: strings, policy: policy,
                                     language: language, title: new.title, old: side(old), new: side(new),
                                     redline: redline).html()
    }
}
