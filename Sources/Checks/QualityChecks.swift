import Config
import Content
import Diagnostics
import Dispatch
import Markdown
import Synchronization

/// A check of content quality: one small file that says what it reports, and one line in
/// `QualityChecks`' registry.
protocol QualityCheck: Sendable {
    /// Every code the check reports, with its default severity (docs/diagnostics.md's); a
    /// `checks:` map sets another.
    static var codes: [DiagnosticCode: Severity] { get }
}

/// A check of one text; it reads the site's configuration, not other texts.
protocol TextCheck: QualityCheck {
    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic]
}

/// A check across texts (versions of a policy, translations of a version, links between
/// policies), made from what the checks of each text kept of it.
protocol SiteCheck: QualityCheck {
    static func check(_ site: CheckedSite, _ found: FoundInTexts) -> [Diagnostic]
}

/// `policygen check`'s checks of content quality (PG2xx), beyond what loading validates.
public enum QualityChecks {
    static let textChecks: [RegisteredTextCheck] = [
        RegisteredTextCheck(AnchorLinkCheck.self),
        RegisteredTextCheck(PlaceholderCheck.self),
        RegisteredTextCheck(EmptyReferenceCheck.self),
        RegisteredTextCheck(EmptyLinkCheck.self),
        RegisteredTextCheck(RepeatedParagraphCheck.self),
        RegisteredTextCheck(ForeignScriptCheck.self),
        RegisteredTextCheck(SkippedHeadingLevelCheck.self),
        RegisteredTextCheck(RawHTMLCheck.self),
        RegisteredTextCheck(InsecureLinkCheck.self),
        RegisteredTextCheck(TemplateMarkupCheck.self),
        RegisteredTextCheck(PlaceholderLinkCheck.self),
        RegisteredTextCheck(StatedDateCheck.self),
    ]

    static let siteChecks: [RegisteredSiteCheck] = [
        RegisteredSiteCheck(SiteLinkCheck.self),
        RegisteredSiteCheck(RootLinkCheck.self),
        RegisteredSiteCheck(TranslationHeadingsCheck.self),
        RegisteredSiteCheck(IdenticalVersionCheck.self),
        RegisteredSiteCheck(MissingSummaryCheck.self),
        RegisteredSiteCheck(UntranslatedVersionCheck.self),
        RegisteredSiteCheck(OutdatedTranslationCheck.self),
    ]

    /// Every code the checks report, with its default severity, from what each check declares.
    static var codes: [DiagnosticCode: Severity] {
        let declared: [[DiagnosticCode: Severity]] = textChecks.map { $0.codes() } + siteChecks.map { $0.codes() }
        return declared.reduce(into: [:]) { all, codes in all.merge(codes) { first, _ in first } }
    }

    /// The size of a text (UTF-8 bytes of its body) from which its checks run on every core.
    static let parallelTextSize = 256 * 1024

    /// Every check on every text, then across texts, with the site's settings applied: what
    /// `policygen check` reports, without a cache.
    public static func run(_ site: CheckedSite, settings: CheckSettings = CheckSettings()) -> [Diagnostic] {
        finish(checkAll(site.units, in: site), of: site, settings: settings)
    }

    /// The checks of each text, on every core; each text's findings keep its slot, so the
    /// result does not depend on the order the work finishes in.
    public static func checkAll(_ units: [TextUnit], in site: CheckedSite) -> [TextFindings] {
        let found = Mutex([TextFindings](repeating: TextFindings(), count: units.count))
        DispatchQueue.concurrentPerform(iterations: units.count) { index in
            let findings = check(units[index], in: site)
            found.withLock { $0[index] = findings }
        }
        return found.withLock { $0 }
    }

    /// The checks of one text, and what the checks across texts need of it.
    public static func check(_ unit: TextUnit, in site: CheckedSite) -> TextFindings {
        guard let document = site.checkedDocument(policy: unit.policy.slug, version: unit.version.id,
                                                  language: unit.language) else {
            return TextFindings()
        }
        var same: Bool?
        if let previous = unit.previous, previous.translations[unit.language] != nil {
            let slug = unit.policy.slug
            let digests = (site.blocksDigest(policy: slug, version: previous.id, language: unit.language),
                           site.blocksDigest(policy: slug, version: unit.version.id, language: unit.language))
            if let before = digests.0, let after = digests.1, before != after {
                // Different digests are different blocks: the previous text is not read.
                same = false
            } else if let before = site.checkedDocument(policy: slug, version: previous.id, language: unit.language) {
                same = before.blocks == document.blocks
            }
        }
        let text = CheckedText(policy: unit.policy, version: unit.version, translation: unit.translation,
                               document: document, variables: site.config.variables(for: unit.language),
                               previous: unit.previous, sameBlocksAsPrevious: same)
        var found: [Diagnostic] = []
        if unit.translation.body.utf8.count >= parallelTextSize {
            // A long text's checks share the cores, each into its slot: otherwise one text of a
            // megabyte is checked on one core while the other waits.
            let each = Mutex([[Diagnostic]](repeating: [], count: textChecks.count))
            DispatchQueue.concurrentPerform(iterations: textChecks.count) { index in
                let diagnostics = textChecks[index].check(text, site)
                each.withLock { $0[index] = diagnostics }
            }
            found = each.withLock { $0.flatMap { $0 } }
        } else {
            for check in textChecks { found += check.check(text, site) }
        }
        let suppressions = Suppressions.scopes(of: text)
        // At most `DiagnosticCap.perCode` findings of one code per text, and one line for the
        // rest, before they are kept, cached, levelled and printed: ten MiB of `[a] ` were
        // millions of PG202. The cap counts findings before `ignore:` and suppressions apply.
        return TextFindings(
            findings: text.findingCap.capped(found + suppressions.problems), suppressions: suppressions.scopes,
            siteLinks: (document.links.filter { $0.destination.hasPrefix(SiteLink.prefix) } + document.htmlSiteLinks)
                .map { WrittenLink(destination: $0.destination, location: text.location(of: $0.start)) },
            rootLinks: document.links.filter { RootLinks.isRootRelative($0.destination) }
                .map { WrittenLink(destination: $0.destination, location: text.location(of: $0.start)) },
            headings: text.placedHeadings,
            footnoteLabels: document.blocks.compactMap { block in
                if case .footnoteDefinition(let label) = block.kind { label } else { nil }
            },
            htmlIDs: document.htmlIDs,
            sameBlocksAsPrevious: same)
    }

    /// The checks across texts, on what the checks of each text found (`found[i]` of
    /// `site.units[i]`), and the levels of `checks:`, the history lock, what files silence
    /// and `--strict` applied, in that order.
    public static func finish(_ found: [TextFindings], of site: CheckedSite, settings: CheckSettings) -> [Diagnostic] {
        let index = FoundInTexts(site.units, found)
        var all = found.flatMap(\.findings)
        for check in siteChecks { all += check.check(site, index) }
        return FindingLevels(site: site, settings: settings, found: index).apply(to: all)
    }
}

/// A check of one text in `QualityChecks`' registry: its codes and its function. A struct of
/// functions rather than an array of metatypes, whose existential metadata, and their array's,
/// the runtime made at a process's first check.
struct RegisteredTextCheck: Sendable {
    let codes: @Sendable () -> [DiagnosticCode: Severity]
    let check: @Sendable (CheckedText, CheckedSite) -> [Diagnostic]

    init<Check: TextCheck>(_ check: Check.Type) {
        codes = { Check.codes }
        self.check = { Check.check($0, in: $1) }
    }
}

/// A check across texts in `QualityChecks`' registry, as `RegisteredTextCheck`.
struct RegisteredSiteCheck: Sendable {
    let codes: @Sendable () -> [DiagnosticCode: Severity]
    let check: @Sendable (CheckedSite, FoundInTexts) -> [Diagnostic]

    init<Check: SiteCheck>(_ check: Check.Type) {
        codes = { Check.codes }
        self.check = { Check.check($0, $1) }
    }
}
