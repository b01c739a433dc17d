import Diagnostics
import Foundation

/// Diagnostics on standard error, like a compiler's: `path:line:col: error: message [PG111]`.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        printLine(DiagnosticReport.text(diagnostics))
    }

    static func printLine(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
