/// `variables:` of policygen.yaml: nested maps of texts. Numbers and booleans keep the
/// spelling they were written with, since they are inserted as text.
public struct VariableTree: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case text(String)
        case map(VariableTree)
    }

    public var entries: [String: Value]

    public init(_ entries: [String: Value] = [:]) { self.entries = entries }

    /// Looks up a dotted path (`company.name`).
    public func value(at path: [String]) -> Value? {
        guard let first = path.first, let value = entries[first] else { return nil }
        if path.count == 1 { return value }
        guard case .map(let tree) = value else { return nil }
        return tree.value(at: Array(path.dropFirst()))
    }

    /// `overrides` merged over this tree key by key.
    public func merging(_ overrides: VariableTree) -> VariableTree {
        var result = self
        for (key, value) in overrides.entries {
            if case .map(let mine) = result.entries[key], case .map(let theirs) = value {
                result.entries[key] = .map(mine.merging(theirs))
            } else {
                result.entries[key] = value
            }
        }
        return result
    }
}

extension VariableTree {
    /// What a reference finds.
    public enum Lookup: Sendable, Hashable {
        case value(String)
        /// Nothing at the path; `suggestion` is a near miss among the names where the path
        /// stopped matching.
        case undefined(suggestion: String?)
        /// The path names a group of variables (`company`), not a value.
        case group
    }

    public func lookup(_ path: [String]) -> Lookup {
        var tree = self
        for (depth, name) in path.enumerated() {
            guard let value = tree.entries[name] else {
                let near = YAMLMapping.closest(to: name, in: tree.entries.keys.sorted())
                return .undefined(suggestion: near.map { (path.prefix(depth) + [$0]).joined(separator: ".") })
            }
            switch value {
            case .text(let text):
                return depth == path.count - 1 ? .value(text) : .undefined(suggestion: nil)
            case .map(let inner):
                if depth == path.count - 1 { return .group }
                tree = inner
            }
        }
        return .group
    }
}

extension SiteConfig {
    /// The variables a text in `language` sees: `variables` with that language's
    /// `language_variables` merged over them.
    public func variables(for language: LanguageCode) -> VariableTree {
        guard let overrides = languageVariables[language] else { return variables }
        return variables.merging(overrides)
    }
}
