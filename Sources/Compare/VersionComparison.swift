import Build
import Config
import Content
import Diagnostics
import Diff
import Foundation
import Localization
import Markdown
import Pages
import Texts
import Theme

/// Two versions of a policy compared in one language, as `policygen diff` shows them: the
/// site loaded (drafts included), both texts rendered, and the redline between them, in the
/// order given (the first may be the later version: the redline then goes back in time).
public struct VersionComparison: Sendable {
    /// One side of the comparison.
    public struct Side: Sendable {
        public var version: String
        public var effective: EffectiveDate
        /// The front-matter of the text compared.
        public var title: String
        public var summary: String?
        public var document: RenderedDocument
    }

    public var policy: String
    /// The language asked for.
    public var requestedLanguage: LanguageCode
    /// The language of both texts compared: the one asked for when both versions are written
    /// in it, else the site's default language, as on the site's compare pages.
    public var language: LanguageCode
    public var old: Side
    public var new: Side
    public var redline: Redline
    /// The versions, of the two, without a text in the language asked for.
    public var untranslated: [String]

    let config: SiteConfig
    let strings: InterfaceStrings
    let templates: PageTemplates
    /// The theme's `style.css` as published, for the standalone HTML page.
    let style: String

    /// What the text formats name.
    public var subject: RedlineSubject {
        func compared(_ side: Side) -> ComparedVersion {
            ComparedVersion(id: side.version, effective: side.effective.description, title: side.title, summary: side.summary)
        }
        return RedlineSubject(policy: policy, language: language.rawValue, old: compared(old), new: compared(new))
    }

    /// Whether the two versions read the same: no block and not the title changed.
    public var readsTheSame: Bool {
        !redline.hasChanges && old.title == new.title
    }

    /// Why the texts compared are not in the language asked for, when they are not.
    public var languageNote: String? {
        guard language != requestedLanguage else { return nil }
        let versions = untranslated.joined(separator: " and ")
        return "\(policy) \(versions) \(untranslated.count == 1 ? "has" : "have") no '\(requestedLanguage)' text; "
            + "comparing the '\(language)' texts"
    }

    /// Loads the site in `source` and compares versions `old` and `new` of `policy` in
    /// `language` (nil: the site's default language).
    public static func load(source: URL, policy slug: String, old oldID: String, new newID: String,
                            language requested: String?) -> Result<VersionComparison, VersionComparisonFailure> {
        guard case .directory = InputFile.kind(atPath: source.path) else { return .failure(.noSite(source.path)) }
        var diagnostics: [Diagnostic] = []
        guard let inputs = SiteInputs.load(source: source, baseURL: nil, publishing: false, diagnostics: &diagnostics),
              !diagnostics.hasErrors else {
            return .failure(.contentErrors(diagnostics))
        }
        let config = inputs.config
        let languages = config.languages.map(\.code)
        let language: LanguageCode
        if let requested {
            guard let code = LanguageCode(rawValue: requested) else {
                return .failure(.unknownLanguage(requested, wellFormed: false, known: languages))
            }
            guard config.language(code) != nil else {
                return .failure(.unknownLanguage(requested, wellFormed: true, known: languages))
            }
            language = code
        } else {
            language = config.defaultLanguage
        }
        guard let policy = inputs.content.policy(slug) else {
            return .failure(.unknownPolicy(slug, known: inputs.content.policies.map(\.slug)))
        }
        let known = policy.versions.map { (id: $0.id, effective: $0.effective) }
        guard let older = policy.version(oldID) else { return .failure(.unknownVersion(oldID, policy: slug, known: known)) }
        guard let newer = policy.version(newID) else { return .failure(.unknownVersion(newID, policy: slug, known: known)) }

        let shown = Comparison.textLanguage(for: language, older: older, newer: newer, default: config.defaultLanguage)
        let options = MarkdownOptions(config)
        func side(_ version: PolicyVersion) -> Side {
            let text = version.translations[shown]!
            let (document, problems) = MarkdownRenderer.render(MarkdownSource(text, config: config), options: options)
            diagnostics += problems
            return Side(version: version.id, effective: version.effective, title: text.frontMatter.title,
                        summary: text.frontMatter.summary, document: document)
        }
        let (oldSide, newSide) = (side(older), side(newer))
        guard !diagnostics.hasErrors else { return .failure(.contentErrors(diagnostics)) }
        var untranslated: [String] = []
        for version in [older, newer] where version.translations[language] == nil && !untranslated.contains(version.id) {
            untranslated.append(version.id)
        }
        return .success(VersionComparison(
            policy: slug, requestedLanguage: language, language: shown, old: oldSide, new: newSide,
            redline: Redline(old: oldSide.document.blocks, new: newSide.document.blocks),
            untranslated: untranslated, config: config, strings: inputs.strings[shown]!, templates: inputs.templates,
            style: inputs.assets.published["style.css"]
                .flatMap { name in inputs.assets.files.first { $0.path == name } }
                .map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""))
    }
}
