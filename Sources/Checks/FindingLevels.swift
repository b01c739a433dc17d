import Config
import Diagnostics

/// What a build knows besides the content that decides how findings are reported.
public struct CheckSettings: Sendable {
    /// The files the history lock keeps as they were published (texts in effect or
    /// superseded): the record must stay exact, so what the checks find in them is never an
    /// error, only a warning that can be silenced like any other.
    public var lockedPaths: Set<String>
    /// `--strict`: warnings count as errors, except in locked files.
    public var strict: Bool

    public init(lockedPaths: Set<String> = [], strict: Bool = false) {
        self.lockedPaths = lockedPaths
        self.strict = strict
    }
}

/// The levels findings are reported at: a policy's `checks:` over the site's over each check's
/// own; then no error in a locked file; then what the file silences (`ignore:`,
/// `<!-- policygen-ignore -->`), which never silences an error; then `--strict`.
struct FindingLevels {
    let site: CheckedSite
    let settings: CheckSettings
    let found: FoundInTexts

    func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        // The first policy of a slug wins. A loop, not `Dictionary(_:uniquingKeysWith:)` of an
        // array of pairs, whose tuple and array metadata the runtime made at a process's first check.
        var policies: [String: CheckLevels] = [:]
        for policy in site.content.policies where policies[policy.slug] == nil { policies[policy.slug] = policy.settings.checks }
        var silenced: [String: SilencedCodes] = [:]
        // What is looked up for a file, kept while its findings come one after another (they
        // come file by file): looking the file up again for each finding cost more than applying it.
        var file: (path: String, levels: CheckLevels?, scopes: [SuppressedCodes]?, isLocked: Bool)?
        return diagnostics.compactMap { diagnostic in
            var diagnostic = diagnostic
            let path = diagnostic.location.path
            if file?.path != path {
                let entry = found.byPath[path]
                file = (path, entry.flatMap { policies[$0.policy] }, entry?.found.suppressions, settings.lockedPaths.contains(path))
            }
            let level = file!.levels?[diagnostic.code] ?? site.config.checks[diagnostic.code]
            if let level {
                guard let severity = level.severity else { return nil }
                diagnostic.severity = severity
            }
            let isLocked = file!.isLocked
            if isLocked && diagnostic.severity == .error { diagnostic.severity = .warning }
            if diagnostic.severity != .error, let scopes = file!.scopes, !scopes.isEmpty {
                let codes = silenced[path] ?? SilencedCodes(scopes)
                silenced[path] = codes
                if codes.silence(diagnostic) { return nil }
            }
            if settings.strict && !isLocked { diagnostic = diagnostic.strict }
            return diagnostic
        }
    }
}
