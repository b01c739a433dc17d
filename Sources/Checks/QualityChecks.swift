import Diagnostics
import Dispatch
import Synchronization

/// A check of content quality: one small file that says what it reports, and one line in
/// `QualityChecks`' registry.
protocol QualityCheck: Sendable {
    /// Every code the check reports, with its severity. The codes of warnings and information
    /// are the ones a text may silence (`ignore:`); errors are never silenced.
    static var codes: [DiagnosticCode: Severity] { get }
}

/// A check of one text; it may look at the rest of the site.
protocol TextCheck: QualityCheck {
    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic]
}

/// A check across texts (versions of a policy, translations of a version).
protocol SiteCheck: QualityCheck {
    static func check(_ site: CheckedSite) -> [Diagnostic]
}

/// `policygen check`'s checks of content quality (PG2xx), beyond what loading validates.
public enum QualityChecks {
    static let textChecks: [any TextCheck.Type] = [
        SiteLinkCheck.self,
        PlaceholderCheck.self,
        EmptyReferenceCheck.self,
        EmptyLinkCheck.self,
        RepeatedParagraphCheck.self,
        ForeignScriptCheck.self,
        SkippedHeadingLevelCheck.self,
        RawHTMLCheck.self,
        InsecureLinkCheck.self,
    ]

    static let siteChecks: [any SiteCheck.Type] = [
        TranslationHeadingsCheck.self,
        IdenticalVersionCheck.self,
        MissingSummaryCheck.self,
        UntranslatedVersionCheck.self,
        OutdatedTranslationCheck.self,
    ]

    /// Every code the checks report, with its severity, from what each check declares.
    static var codes: [DiagnosticCode: Severity] {
        let declared: [[DiagnosticCode: Severity]] = textChecks.map { $0.codes } + siteChecks.map { $0.codes }
        return declared.reduce(into: [:]) { all, codes in all.merge(codes) { first, _ in first } }
    }

    /// The codes `ignore:` and `<!-- policygen-ignore -->` may name: the checks' warnings and
    /// information.
    public static let silenceableCodes: Set<DiagnosticCode> = Set(codes.filter { $0.value != .error }.keys)

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
            for check in textChecks { found += check.check(text, in: site) }
            perText.withLock { $0[index] = found }
        }
        var found = perText.withLock { $0.flatMap { $0 } }
        for check in siteChecks { found += check.check(site) }
        return Suppressions(site).apply(to: found)
    }
}
