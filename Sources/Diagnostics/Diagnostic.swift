/// A position in a source file, named relative to the site folder (`--source`).
/// Lines and columns are 1-based; columns count Unicode scalars, as libyaml does.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:col`, or just `path` when the problem concerns a whole file or folder.
    public var description: String {
        guard let line else { return path }
        return "\(path):\(line):\(column ?? 1)"
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line ?? 0, a.column ?? 0) < (b.path, b.line ?? 0, b.column ?? 0)
    }
}

public enum Severity: String, Sendable, Hashable, Comparable {
    case error, warning, info

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One problem found in the input, reported like a compiler does.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var severity: Severity
    public var code: DiagnosticCode
    public var location: SourceLocation
    public var message: String
    /// How to fix it, when there is something to say beyond the message.
    public var hint: String?

    public init(_ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation,
                _ message: String, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(_ code: DiagnosticCode, at location: SourceLocation,
                             _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, at: location, message, hint: hint)
    }

    public static func warning(_ code: DiagnosticCode, at location: SourceLocation,
                               _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, at: location, message, hint: hint)
    }

    /// `content/privacy/v2/en.md:12:5: error: message [PG101]`
    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }
}

extension Diagnostic {
    /// As `--strict` sees it: a warning is an error.
    public var strict: Diagnostic {
        guard severity == .warning else { return self }
        var promoted = self
        promoted.severity = .error
        return promoted
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Stable order for printing: by file, then position, then message.
    public func sortedForReport() -> [Diagnostic] {
        sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }
}
