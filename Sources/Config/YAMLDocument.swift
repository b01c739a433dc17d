import Diagnostics
import Yams

/// A parsed YAML document with what is needed to point diagnostics at its lines.
public struct YAMLDocument {
    public let path: String
    /// File line of the document's first line.
    public let firstLine: Int
    public private(set) var root: Node = .mapping(.init([]))

    init(path: String, firstLine: Int) {
        self.path = path
        self.firstLine = firstLine
    }

    func with(root: Node) -> YAMLDocument {
        var copy = self
        copy.root = root
        return copy
    }

    public func location(of node: Node) -> SourceLocation {
        location(of: node.mark)
    }

    public func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: firstLine, column: 1) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error(.yamlSyntax, at: location(of: mark), "invalid YAML: \(detail)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error(.yamlDuplicateKey, at: location(of: context.mark),
                          "duplicate key \(keys) in one mapping", hint: "keep one of them")
        case let .reader(problem, offset, _, yaml):
            return .error(.yamlSyntax, at: location(atOffset: offset, in: yaml), "invalid YAML: \(problem)")
        default:
            return .error(.yamlSyntax, at: location(of: nil), "invalid YAML: \(error)")
        }
    }

    private func location(atOffset offset: Int?, in text: String) -> SourceLocation {
        guard let offset else { return location(of: nil) }
        var line = 1, column = 1
        for byte in text.utf8.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return SourceLocation(path: path, line: line + firstLine - 1, column: column)
    }
}
