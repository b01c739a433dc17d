import Diagnostics

/// Findings are cached with the text they were found in, so a rebuild reports them again.
extension CacheWriter {
    public mutating func write(_ diagnostic: Diagnostic) {
        write(diagnostic.severity.rawValue)
        write(diagnostic.code.rawValue)
        write(diagnostic.location.path)
        write(diagnostic.location.line)
        write(diagnostic.location.column)
        write(diagnostic.message)
        write(diagnostic.hint)
    }
}

extension CacheReader {
    public mutating func diagnostic() throws -> Diagnostic {
        guard let severity = Severity(rawValue: try string()) else { throw Malformed() }
        let code = DiagnosticCode(rawValue: try string())
        let location = SourceLocation(path: try string(), line: try optionalInt(), column: try optionalInt())
        return Diagnostic(severity, code, at: location, try string(), hint: try optionalString())
    }
}
