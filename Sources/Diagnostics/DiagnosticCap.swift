/// At most `perCode` diagnostics of one code for one text; the rest are counted, and told in
/// one line at the first of them: "… and 1,234,567 more PG303 in this text" (as compilers stop
/// after a number of errors, but saying how many more there were).
///
/// Ten MiB of `{{ ` held 3.5 million malformed references, each a diagnostic made, kept,
/// cached and printed: seconds and gigabytes for the same line a hundred times would tell.
/// Whoever makes a text's diagnostics asks `admits` before making one, so the work stops too.
public struct DiagnosticCap: Sendable {
    public static let perCode = 100

    public let perCode: Int
    private var counts: [DiagnosticCode: Int] = [:]
    /// Per code over the cap: severity and place of the first diagnostic not made.
    private var firstLeftOut: [DiagnosticCode: (severity: Severity, location: SourceLocation)] = [:]
    private var order: [DiagnosticCode] = []

    public init(perCode: Int = Self.perCode) {
        self.perCode = perCode
    }

    /// Whether a diagnostic of `code` may be made; counts it either way. `where` is only asked
    /// for the first one left out.
    public mutating func admits(_ code: DiagnosticCode, _ severity: Severity,
                                at location: @autoclosure () -> SourceLocation) -> Bool {
        let count = counts[code, default: 0] + 1
        counts[code] = count
        guard count > perCode else { return true }
        if count == perCode + 1 {
            firstLeftOut[code] = (severity, location())
            order.append(code)
        }
        return false
    }

    /// One line per code over the cap, in the order the codes passed it.
    public var leftOut: [Diagnostic] {
        order.map { code in
            let first = firstLeftOut[code]!
            let more = counts[code, default: 0] - perCode
            return Diagnostic(first.severity, code, at: first.location,
                              "… and \(Self.grouped(more)) more \(code.rawValue) in this text",
                              hint: "only the first \(perCode) of one code are shown for one text")
        }
    }

    /// `diagnostics` with at most `perCode` of each code, and one line for each code's rest.
    public static func capped(_ diagnostics: [Diagnostic], perCode: Int = Self.perCode) -> [Diagnostic] {
        var cap = DiagnosticCap(perCode: perCode)
        return diagnostics.filter { cap.admits($0.code, $0.severity, at: $0.location) } + cap.leftOut
    }

    /// 1234567 as `1,234,567`.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
