import Diagnostics
import Yams

/// How the findings of a quality check are reported, as a `checks:` map sets it.
public enum CheckLevel: String, Sendable, Hashable, CaseIterable {
    case error, warning, info, off

    /// The severity findings get; nil for `off`, which drops them.
    public var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .off: nil
        }
    }
}

/// A `checks:` map, in policygen.yaml for the whole site and in a policy's policy.yaml for
/// its texts: a quality check's code (PG2xx) to the level its findings are reported at.
///
/// ```yaml
/// checks:
///   PG201: warning
///   PG206: off
/// ```
///
/// Only the quality checks can be set: what is malformed or would make a wrong page (PG0xx,
/// PG1xx, PG3xx…) stays an error.
public struct CheckLevels: Sendable, Hashable {
    public private(set) var levels: [DiagnosticCode: CheckLevel]

    public init(_ levels: [DiagnosticCode: CheckLevel] = [:]) {
        self.levels = levels
    }

    public subscript(code: DiagnosticCode) -> CheckLevel? { levels[code] }

    public var isEmpty: Bool { levels.isEmpty }

    /// Reads the value of a `checks:` key, reporting codes that are not quality checks and
    /// levels that are not one of the four.
    public static func read(_ node: Node, in document: YAMLDocument, diagnostics: inout [Diagnostic]) -> CheckLevels {
        guard case .mapping(let mapping) = node else {
            diagnostics.append(.error(.invalidValue, at: document.location(of: node),
                                      "checks must map check codes to a level",
                                      hint: "for example: checks: { PG201: warning, PG206: off }"))
            return CheckLevels()
        }
        let known = DiagnosticCode.qualityChecks.map(\.rawValue).sorted()
        var levels: [DiagnosticCode: CheckLevel] = [:]
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            let code = DiagnosticCode(rawValue: name.uppercased())
            guard DiagnosticCode.qualityChecks.contains(code) else {
                // A code of another kind (PG111) is no typo of a check's code.
                let isCode = name.count == 5 && name.uppercased().hasPrefix("PG") && name.dropFirst(2).allSatisfy(\.isNumber)
                let suggestion = isCode ? "" : YAMLMapping.closest(to: name, in: known).map { " (did you mean '\($0)'?)" } ?? ""
                diagnostics.append(.error(.invalidValue, at: document.location(of: key),
                                          "'\(name)' is not the code of a quality check\(suggestion)",
                                          hint: "only the PG2xx codes of docs/diagnostics.md can be set; what is "
                                              + "malformed or would make a wrong page stays an error"))
                continue
            }
            guard let written = value.scalar?.string, let level = CheckLevel(rawValue: written.lowercased()) else {
                diagnostics.append(.error(.invalidValue, at: document.location(of: value),
                                          "the level of \(code) must be error, warning, info or off"))
                continue
            }
            levels[code] = level
        }
        return CheckLevels(levels)
    }
}
