import Diagnostics
import Yams

/// A YAML mapping whose keys are known in advance. Reading it reports unknown keys
/// (a typo such as `efective:` must not pass silently) and values of the wrong type.
public struct YAMLMapping {
    public let document: YAMLDocument
    public let node: Node
    /// What the mapping is, for messages: "front-matter", "policygen.yaml", "a language".
    public let what: String
    private let entries: [String: (key: Node, value: Node)]
    /// The keys of `ignoredKeys` written in the mapping, in order, where each stands.
    public let ignored: [(key: String, location: SourceLocation)]

    /// Reads `node` as a mapping; nil (with a diagnostic) when it is something else.
    /// `ignoredKeys` are accepted and left unread (other tools' keys), and never suggested.
    public static func read(_ node: Node, in document: YAMLDocument, what: String,
                            allowedKeys: [String], ignoredKeys: Set<String> = [],
                            diagnostics: inout [Diagnostic]) -> YAMLMapping? {
        guard case .mapping(let mapping) = node else {
            diagnostics.append(.error(.invalidValue, at: document.location(of: node),
                                      "\(what) must be a mapping of keys to values"))
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        var ignored: [(key: String, location: SourceLocation)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                diagnostics.append(.error(.invalidValue, at: document.location(of: key),
                                          "keys in \(what) must be plain words"))
                continue
            }
            if ignoredKeys.contains(name) {
                ignored.append((name, document.location(of: key)))
                continue
            }
            if !allowedKeys.contains(name) {
                let suggestion = Self.closest(to: name, in: allowedKeys).map { " (did you mean '\($0)'?)" } ?? ""
                diagnostics.append(.error(
                    .unknownKey, at: document.location(of: key),
                    "unknown key '\(name)' in \(what)\(suggestion)",
                    hint: "known keys: \(allowedKeys.joined(separator: ", "))"))
                continue
            }
            entries[name] = (key, value)
        }
        return YAMLMapping(document: document, node: node, what: what, entries: entries, ignored: ignored)
    }

    public var location: SourceLocation { document.location(of: node) }

    public func value(_ key: String) -> Node? { entries[key]?.value }

    /// Where the key itself stands (for problems with the whole entry).
    public func location(ofKey key: String) -> SourceLocation {
        entries[key].map { document.location(of: $0.key) } ?? location
    }

    /// Where the key's value stands (for problems with the value).
    public func location(ofValue key: String) -> SourceLocation {
        entries[key].map { document.location(of: $0.value) } ?? location
    }

    /// A scalar read as text, whatever YAML would resolve it to (`title: No` is "No").
    /// Empty and null values count as missing.
    public func string(_ key: String, required: Bool = false, diagnostics: inout [Diagnostic]) -> String? {
        guard let node = value(key) else {
            if required { reportMissing(key, &diagnostics) }
            return nil
        }
        guard let scalar = node.scalar else {
            diagnostics.append(.error(.invalidValue, at: document.location(of: node),
                                      "'\(key)' must be a single value, not a list or mapping"))
            return nil
        }
        let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        if isNull || scalar.string.allSatisfy(\.isWhitespace) {
            if required {
                diagnostics.append(.error(.missingKey, at: document.location(of: node), "'\(key)' is empty in \(what)"))
            }
            return nil
        }
        if let problem = YAMLText.problem(in: scalar.string, at: document.location(of: node)) {
            diagnostics.append(problem)
            return nil
        }
        return scalar.string
    }

    public func bool(_ key: String, diagnostics: inout [Diagnostic]) -> Bool? {
        guard let node = value(key) else { return nil }
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            diagnostics.append(.error(.invalidValue, at: document.location(of: node),
                                      "'\(key)' must be true or false"))
            return nil
        }
    }

    public func int(_ key: String, in range: ClosedRange<Int>, diagnostics: inout [Diagnostic]) -> Int? {
        guard let node = value(key) else { return nil }
        guard let text = node.scalar?.string, let number = Int(text), range.contains(number) else {
            diagnostics.append(.error(.invalidValue, at: document.location(of: node),
                                      "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
            return nil
        }
        return number
    }

    /// A list of scalars; a single scalar counts as a list of one.
    public func stringList(_ key: String, diagnostics: inout [Diagnostic]) -> [String]? {
        guard let node = value(key) else { return nil }
        if let scalar = node.scalar { return [scalar.string] }
        guard let items = node.sequence else {
            diagnostics.append(.error(.invalidValue, at: document.location(of: node), "'\(key)' must be a list"))
            return nil
        }
        var result: [String] = []
        for item in items {
            guard let text = item.scalar?.string else {
                diagnostics.append(.error(.invalidValue, at: document.location(of: item),
                                          "items of '\(key)' must be single values"))
                continue
            }
            if let problem = YAMLText.problem(in: text, at: document.location(of: item)) {
                diagnostics.append(problem)
                continue
            }
            result.append(text)
        }
        return result
    }

    public func reportMissing(_ key: String, _ diagnostics: inout [Diagnostic]) {
        diagnostics.append(.error(.missingKey, at: location, "\(what) has no '\(key)'",
                                  hint: "add a line '\(key): …'"))
    }

    /// The allowed key nearest to a typo, within two edits.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        // Two edits change the length by two at most: the others are passed over uncounted.
        let length = word.count
        return candidates
            .filter { abs($0.count - length) <= 2 }
            .map { ($0, editDistance(word, $0)) }
            .filter { $0.1 <= 2 }
            .min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1,
                                 previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Where a text value's characters begin in its file, to place problems found inside it.
public struct TextStart: Sendable, Hashable {
    public var location: SourceLocation
    /// Whether columns within the text's first line map one to one onto the file: true for a
    /// value written on its key's line (plain or quoted), false for block scalars.
    public var isExact: Bool

    public init(location: SourceLocation, isExact: Bool) {
        self.location = location
        self.isExact = isExact
    }

    /// The file position of `line` and `column` within the text; the value's start when the
    /// mapping is not exact.
    public func locate(line: Int, column: Int) -> SourceLocation {
        guard isExact, line == 1, let start = location.column else { return location }
        return SourceLocation(path: location.path, line: location.line, column: start + column - 1)
    }
}

extension YAMLMapping {
    /// Where the characters of the text value of `key` begin.
    public func textStart(ofValue key: String) -> TextStart {
        guard let node = value(key) else { return TextStart(location: location, isExact: false) }
        guard let scalar = node.scalar else { return TextStart(location: document.location(of: node), isExact: false) }
        let start = document.location(of: node)
        switch scalar.style {
        case .plain:
            return TextStart(location: start, isExact: true)
        case .singleQuoted, .doubleQuoted:
            // Past the opening quote; escapes (`''`, `\"`) are rare enough in titles to shift
            // a column at worst.
            return TextStart(location: SourceLocation(path: start.path, line: start.line, column: (start.column ?? 1) + 1),
                             isExact: true)
        default:
            return TextStart(location: start, isExact: false)
        }
    }
}
