import Diagnostics
import Yams

/// Reads `variables:` trees: nested maps whose leaves are strings, numbers or booleans.
enum VariableReader {
    static func tree(_ node: Node, in document: YAMLDocument, _ problems: inout [Diagnostic]) -> VariableTree {
        guard let mapping = node.mapping else {
            problems.append(.error(.invalidValue, at: document.location(of: node),
                                   "variables must be a mapping of names to values"))
            return VariableTree()
        }
        var tree = VariableTree()
        for (key, value) in mapping {
            guard let name = key.scalar?.string, isName(name) else {
                problems.append(.error(.invalidValue, at: document.location(of: key),
                                       "a variable name is letters, digits, '_' and '-', starting with a letter or '_'"))
                continue
            }
            switch value {
            case .scalar(let scalar):
                if let problem = YAMLText.problem(in: scalar.string, at: document.location(of: value)) {
                    problems.append(problem)
                    continue
                }
                tree.entries[name] = .text(scalar.string)
            case .mapping:
                tree.entries[name] = .map(Self.tree(value, in: document, &problems))
            default:
                problems.append(.error(.invalidValue, at: document.location(of: value),
                                       "variable '\(name)' is a list; values are texts, numbers, booleans or maps"))
            }
        }
        return tree
    }

    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-" }
    }
}
