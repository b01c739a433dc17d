import Config
import Diagnostics

extension SiteContent {
    /// Every `title`, `summary` and `description` with its variables inserted; each text
    /// takes the variables of its own language, as they were on its effective date.
    public func insertingVariables(_ config: SiteConfig, diagnostics: inout [Diagnostic]) -> SiteContent {
        var content = self
        for p in content.policies.indices {
            for v in content.policies[p].versions.indices {
                for (language, translation) in content.policies[p].versions[v].translations {
                    var frontMatter = translation.frontMatter
                    let variables = config.variables(for: language, on: translation.frontMatter.effective.description)
                    func insert(_ text: String, _ key: String) -> String {
                        let start = frontMatter.textStarts[key]
                            ?? TextStart(location: SourceLocation(path: translation.path), isExact: false)
                        return VariableText.substitute(text, variables: variables, locate: start.locate,
                                                       diagnostics: &diagnostics)
                    }
                    let title = insert(frontMatter.title, "title")
                    let summary = frontMatter.summary.map { insert($0, "summary") }
                    let description = frontMatter.description.map { insert($0, "description") }
                    // Most texts name no variable there: their translation is left as it is, not copied.
                    guard title != frontMatter.title || summary != frontMatter.summary || description != frontMatter.description
                    else { continue }
                    (frontMatter.title, frontMatter.summary, frontMatter.description) = (title, summary, description)
                    content.policies[p].versions[v].translations[language]?.frontMatter = frontMatter
                }
            }
        }
        return content
    }
}
