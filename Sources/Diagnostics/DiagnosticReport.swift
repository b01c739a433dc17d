import Foundation

/// Diagnostics written for a reader or a machine: `policygen check --format text|json|github`.
public enum DiagnosticReport {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, github
    }

    /// One line per diagnostic (and one per hint), as a compiler prints them.
    public static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sortedForReport().map { diagnostic in
            diagnostic.description + (diagnostic.hint.map { "\n    hint: \($0)" } ?? "")
        }.joined(separator: "\n")
    }

    /// Errors in full, as `text` prints them, and every other diagnostic as one line per code
    /// and severity with its count: `PG212 109 warnings: links over http://`. What a build
    /// prints by default, so that thousands of warnings of an archive do not bury its errors.
    public static func summarized(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        var lines = errors.isEmpty ? [] : [text(errors)]
        var counts: [Severity: [DiagnosticCode: Int]] = [:]
        for diagnostic in diagnostics where diagnostic.severity != .error {
            counts[diagnostic.severity, default: [:]][diagnostic.code, default: 0] += 1
        }
        for severity in [Severity.warning, .info] {
            let noun = severity == .warning ? "warning" : "note"
            for (code, count) in (counts[severity] ?? [:]).sorted(by: { $0.key < $1.key }) {
                lines.append("\(code) \(count) \(noun)\(count == 1 ? "" : "s"): \(code.summary)")
            }
        }
        if !counts.isEmpty { lines.append("run `policygen check` for the list, or build with --verbose") }
        return lines.joined(separator: "\n")
    }

    /// A JSON array of `{file, line, column, severity, code, message, hint}`; `line`, `column`
    /// and `hint` are null where there is none.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        struct Entry: Encodable {
            var file: String
            var line: Int?
            var column: Int?
            var severity: String
            var code: String
            var message: String
            var hint: String?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(file, forKey: .file)
                try container.encode(line, forKey: .line)
                try container.encode(column, forKey: .column)
                try container.encode(severity, forKey: .severity)
                try container.encode(code, forKey: .code)
                try container.encode(message, forKey: .message)
                try container.encode(hint, forKey: .hint)
            }

            enum CodingKeys: String, CodingKey { case file, line, column, severity, code, message, hint }
        }
        let entries = diagnostics.sortedForReport().map {
            Entry(file: $0.location.path, line: $0.location.line, column: $0.location.line == nil ? nil : $0.location.column ?? 1,
                  severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message, hint: $0.hint)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and integers cannot fail.
        return String(decoding: try! encoder.encode(entries), as: UTF8.self)
    }

    /// GitHub Actions workflow commands, which the runner shows as annotations on the files:
    /// `::warning file=content/privacy/v2/en.md,line=12,col=5,title=PG202::message`.
    public static func github(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sortedForReport().map { diagnostic in
            let command = switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
            var properties = ["file=\(property(diagnostic.location.path))"]
            if let line = diagnostic.location.line {
                properties.append("line=\(line)")
                properties.append("col=\(diagnostic.location.column ?? 1)")
            }
            properties.append("title=\(property(diagnostic.code.rawValue))")
            let message = diagnostic.message + (diagnostic.hint.map { "\nhint: \($0)" } ?? "")
            return "::\(command) \(properties.joined(separator: ","))::\(data(message))"
        }.joined(separator: "\n")
    }

    /// The runner's escaping of a command's message.
    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// The runner's escaping of a command's property value.
    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
