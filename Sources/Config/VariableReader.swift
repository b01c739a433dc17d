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
            case .sequence(let items):
                guard let values = datedValues(name, items, list: value, in: document, &problems) else { continue }
                tree.entries[name] = .text(values.last!.value)
                tree.dated[name] = values
            default:
                problems.append(.error(.invalidValue, at: document.location(of: value),
                                       "variable '\(name)' must be a text, a number, a boolean, a map or a list of dated values"))
            }
        }
        return tree
    }

    /// `- value: …` items, the first without `from`, the others `from: YYYY-MM-DD` in order.
    private static func datedValues(_ name: String, _ items: Node.Sequence, list: Node, in document: YAMLDocument,
                                    _ problems: inout [Diagnostic]) -> [VariableTree.DatedValue]? {
        let hint = "write a dated variable as a list: - value: Old Name, then - value: New Name with from: YYYY-MM-DD"
        guard !items.isEmpty, items.allSatisfy({ $0.mapping != nil }) else {
            problems.append(.error(.invalidValue, at: document.location(of: list),
                                   "variable '\(name)' is a list; a list holds the dated values of one variable "
                                       + "(- value: …, from: YYYY-MM-DD)", hint: hint))
            return nil
        }
        var values: [VariableTree.DatedValue] = []
        var valid = true
        for item in items {
            var itemProblems: [Diagnostic] = []
            guard let mapping = YAMLMapping.read(item, in: document, what: "a dated value of '\(name)'",
                                                 allowedKeys: ["value", "from"], diagnostics: &itemProblems),
                  let value = mapping.string("value", required: true, diagnostics: &itemProblems) else {
                problems += itemProblems
                valid = false
                continue
            }
            let from = mapping.string("from", diagnostics: &itemProblems)
            guard itemProblems.isEmpty else {
                problems += itemProblems
                valid = false
                continue
            }
            if let problem = YAMLText.problem(in: value, at: mapping.location(ofValue: "value")) {
                problems.append(problem)
                valid = false
            }
            if values.isEmpty, from != nil {
                problems.append(.error(.invalidValue, at: mapping.location(ofValue: "from"),
                                       "the first value of '\(name)' is the one it had from the start; it takes no 'from'",
                                       hint: hint))
                valid = false
            } else if !values.isEmpty {
                guard let from, isDay(from) else {
                    problems.append(.error(.invalidValue, at: mapping.location(ofKey: from == nil ? "value" : "from"),
                                           "each later value of '\(name)' needs 'from: YYYY-MM-DD', the day it applies from",
                                           hint: hint))
                    valid = false
                    continue
                }
                if let previous = values.last?.from, previous >= from {
                    problems.append(.error(.invalidValue, at: mapping.location(ofValue: "from"),
                                           "the values of '\(name)' must be in date order: \(from) is not after \(previous)"))
                    valid = false
                }
            }
            values.append(VariableTree.DatedValue(value: value, from: values.isEmpty ? nil : from))
        }
        return valid ? values : nil
    }

    /// `YYYY-MM-DD`, a real day: ISO dates compare as text.
    static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month) else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-" }
    }
}
