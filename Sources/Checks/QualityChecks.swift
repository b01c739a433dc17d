import Diagnostics
import Dispatch
import Synchronization

/// A check of one text; it may look at the rest of the site.
typealias TextCheck = @Sendable (CheckedText, CheckedSite) -> [Diagnostic]
/// A check across texts (versions of a policy, translations of a version).
typealias SiteCheck = @Sendable (CheckedSite) -> [Diagnostic]

/// `policygen check`'s checks of content quality (PG2xx), beyond what loading validates.
public enum QualityChecks {
    static let textChecks: [TextCheck] = [
        SiteLinkCheck.check,
        PlaceholderCheck.check,
        EmptyReferenceCheck.check,
        EmptyLinkCheck.check,
        RepeatedParagraphCheck.check,
        ForeignScriptCheck.check,
        SkippedHeadingLevelCheck.check,
        RawHTMLCheck.check,
        InsecureLinkCheck.check,
    ]

    static let siteChecks: [SiteCheck] = [
        TranslationHeadingsCheck.check,
        IdenticalVersionCheck.check,
        MissingSummaryCheck.check,
        UntranslatedVersionCheck.check,
        OutdatedTranslationCheck.check,
    ]

    /// Every check on every text, without what the content marks as intended.
    public static func run(_ site: CheckedSite) -> [Diagnostic] {
        findings(site).diagnostics
    }

    /// What the checks found. `known`: what the per-text checks found in `site.texts[i]` in an
    /// earlier build of the same inputs (the cache), or nil to check it now.
    public static func findings(_ site: CheckedSite,
                                known: @Sendable (Int) -> [Diagnostic]? = { _ in nil }) -> QualityFindings {
        // Texts are checked independently, on every core; each one's findings keep their slot,
        // so the result does not depend on the order the work finishes in.
        let perText = Mutex([[Diagnostic]?](repeating: nil, count: site.texts.count))
        let checked = Mutex(Set<Int>())
        DispatchQueue.concurrentPerform(iterations: site.texts.count) { index in
            if let found = known(index) {
                perText.withLock { $0[index] = found }
                return
            }
            var found: [Diagnostic] = []
            let text = site.texts[index].prepared
            for check in textChecks { found += check(text, site) }
            perText.withLock { $0[index] = found }
            checked.withLock { _ = $0.insert(index) }
        }
        let byText = perText.withLock { $0.map { $0 ?? [] } }
        var found = byText.flatMap { $0 }
        for check in siteChecks { found += check(site) }
        return QualityFindings(diagnostics: Suppressions(site).apply(to: found), perText: byText,
                               checkedNow: checked.withLock { $0 })
    }
}

/// What `QualityChecks.findings` found.
public struct QualityFindings: Sendable {
    /// Every finding, without the suppressed ones.
    public var diagnostics: [Diagnostic]
    /// What the per-text checks found in each of the site's texts, before suppression.
    public var perText: [[Diagnostic]]
    /// The texts checked in this run (the others' findings were known).
    public var checkedNow: Set<Int>
}
