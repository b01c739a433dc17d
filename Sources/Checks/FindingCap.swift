import Diagnostics
import Synchronization

/// `DiagnosticCap` for one text's checks, shared by them (a long text's checks run at once on
/// every core). A check that can find a thing on every line asks `admits` before it places and
/// words a finding, so ten MiB of foreign script or of `[a] ` stops costing anything after the
/// hundredth; the runner caps what the other checks return with the same counts.
final class FindingCap: Sendable {
    private struct State {
        var cap = DiagnosticCap()
        /// Codes whose checks asked before each finding: what they returned is already capped.
        var cappedAtSource: Set<DiagnosticCode> = []
        /// The code last noted in `cappedAtSource`: a check asks for one code again and again,
        /// and inserting it into the set hashed it each time.
        var lastCappedAtSource: DiagnosticCode?
    }

    private let state = Mutex(State())

    /// Whether a finding of `code` may be made; it is counted either way.
    func admits(_ code: DiagnosticCode, _ severity: Severity, at location: @autoclosure () -> SourceLocation) -> Bool {
        state.withLock { state in
            if state.lastCappedAtSource != code {
                state.cappedAtSource.insert(code)
                state.lastCappedAtSource = code
            }
            return state.cap.admits(code, severity, at: location())
        }
    }

    /// `findings` with at most `DiagnosticCap.perCode` of each code, and one line for each
    /// code's rest, counting what the checks that asked left out too.
    func capped(_ findings: [Diagnostic]) -> [Diagnostic] {
        state.withLock { state in
            let kept = findings.filter { finding in
                state.cappedAtSource.contains(finding.code)
                    || state.cap.admits(finding.code, finding.severity, at: finding.location)
            }
            return kept + state.cap.leftOut
        }
    }
}
