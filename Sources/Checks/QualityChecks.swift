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

    /// Every check on every text checked, without what the content marks as intended. A site
    /// checked policy by policy finds what it finds checked whole: every check looks at one
    /// policy's texts, and at other policies only through the content and their documents.
    public static func run(_ site: CheckedSite) -> [Diagnostic] {
        // Texts are checked independently, on every core; each one's findings keep their slot,
        // so the result does not depend on the order the work finishes in.
        let perText = Mutex([[Diagnostic]](repeating: [], count: site.texts.count))
        DispatchQueue.concurrentPerform(iterations: site.texts.count) { index in
            var found: [Diagnostic] = []
            let text = site.texts[index].prepared
            for check in textChecks { found += check(text, site) }
            perText.withLock { $0[index] = found }
        }
        var found = perText.withLock { $0.flatMap { $0 } }
        for check in siteChecks { found += check(site) }
        return Suppressions(site).apply(to: found)
    }
}
