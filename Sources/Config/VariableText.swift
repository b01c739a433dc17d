import Diagnostics
import Foundation

/// Variables in a plain text (a front-matter `title`, `summary` or `description`): each
/// reference replaced by its value, `\{{` by `{{`.
public enum VariableText {
    /// `locate` turns a line and column within `text` into a position in the file.
    public static func substitute(_ text: String, variables: VariableTree,
                                  locate: (_ line: Int, _ column: Int) -> SourceLocation,
                                  diagnostics: inout [Diagnostic]) -> String {
        let references = VariableReferences(in: text)
        guard !references.occurrences.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copied = 0
        for occurrence in references.occurrences {
            result += bytes[copied..<occurrence.utf8Range.lowerBound]
            copied = occurrence.utf8Range.upperBound
            switch occurrence.kind {
            case .escape:
                result += Array("{{".utf8)
            case .malformed:
                diagnostics.append(VariableProblem.malformed(occurrence, at: locate(occurrence.line, occurrence.column)))
                result += Array(occurrence.written.utf8)
            case .reference(let path):
                let lookup = variables.lookup(path)
                if case .value(let value) = lookup {
                    result += Array(value.utf8)
                } else {
                    diagnostics.append(VariableProblem.unresolved(path, lookup,
                                                                   at: locate(occurrence.line, occurrence.column)))
                    result += Array(occurrence.written.utf8)
                }
            }
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }
}

extension VariableText {
    /// A body with every reference to a value replaced by the value, and everything else as
    /// written (`\\{{` escapes, a reference to nothing): the text a published-text fingerprint
    /// covers (docs/record.md). A reference in a code span counts too: the rule stays one a
    /// reader can apply with a text editor.
    public static func insertingValues(in body: String, variables: VariableTree) -> String {
        // Every text is inserted into when it is loaded, and most have no reference: memchr
        // finds that at the speed of memory (the UTF-8 view's `contains` cost a rebuild 6 %).
        let mayReference = body.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "{")), bytes.count) != nil } ?? false
        } ?? body.utf8.contains(UInt8(ascii: "{"))
        guard mayReference else { return body }
        let bytes = Array(body.utf8)
        var result: [UInt8] = []
        var copied = 0
        var inserted = false
        VariableReferences.forEach(in: body) { occurrence in
            guard case .reference(let path) = occurrence.kind, case .value(let value) = variables.lookup(path) else { return }
            if !inserted { result.reserveCapacity(bytes.count) }
            inserted = true
            result += bytes[copied..<occurrence.utf8Range.lowerBound]
            result += Array(value.utf8)
            copied = occurrence.utf8Range.upperBound
        }
        guard inserted else { return body }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }
}

/// The diagnostics of references that cannot be inserted, shared by bodies and front-matter.
public enum VariableProblem {
    public static func unresolved(_ path: [String], _ lookup: VariableTree.Lookup,
                                  at location: SourceLocation) -> Diagnostic {
        let name = path.joined(separator: ".")
        switch lookup {
        case .group:
            return .error(.undefinedVariable, at: location,
                          "'\(name)' is a group of variables, not a value",
                          hint: "name one of its values, such as {{ \(name).name }}")
        case .undefined(let suggestion?):
            return .error(.undefinedVariable, at: location, "undefined variable '\(name)' (did you mean '\(suggestion)'?)",
                          hint: "define it under variables: in policygen.yaml, or correct the name")
        case .undefined(nil), .value:
            return .error(.undefinedVariable, at: location, "undefined variable '\(name)'",
                          hint: "define it under variables: in policygen.yaml, or correct the name")
        }
    }

    public static func malformed(_ occurrence: VariableReferences.Occurrence, at location: SourceLocation) -> Diagnostic {
        .error(.malformedVariable, at: location,
               "'\(occurrence.written)' is not a variable reference",
               hint: "write {{ name }} or {{ group.name }} (letters, digits, '_' and '-'), or \\{{ for literal braces")
    }
}
