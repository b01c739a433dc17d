/// `variables:` of policygen.yaml: nested maps of texts. Numbers and booleans keep the
/// spelling they were written with, since they are inserted as text.
///
/// A value may change on dates (`- value: … from: YYYY-MM-DD`): `entries` then holds the
/// latest value and `dated` the whole list, and `resolved(on:)` gives the tree a text of that
/// day sees (docs/content-format.md).
public struct VariableTree: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case text(String)
        case map(VariableTree)
    }

    /// One value of a dated variable, in force from `from` (`YYYY-MM-DD`; nil for the first).
    public struct DatedValue: Sendable, Hashable {
        public var value: String
        public var from: String?

        public init(value: String, from: String? = nil) {
            self.value = value
            self.from = from
        }
    }

    public var entries: [String: Value]
    /// The values of this tree's dated variables, by name, oldest first.
    public var dated: [String: [DatedValue]] = [:]

    public init(_ entries: [String: Value] = [:]) { self.entries = entries }

    /// Whether a value anywhere in the tree changes on a date.
    public var hasDatedValues: Bool {
        !dated.isEmpty || entries.values.contains { if case .map(let tree) = $0 { tree.hasDatedValues } else { false } }
    }

    /// The tree as a text that takes effect on `day` (`YYYY-MM-DD`) sees it: each dated
    /// variable has the last value whose `from` is on or before that day.
    public func resolved(on day: String) -> VariableTree {
        guard hasDatedValues else { return self }
        var tree = VariableTree()
        for (name, value) in entries {
            if let values = dated[name] {
                tree.entries[name] = .text((values.last { ($0.from ?? "") <= day } ?? values[0]).value)
            } else if case .map(let inner) = value {
                tree.entries[name] = .map(inner.resolved(on: day))
            } else {
                tree.entries[name] = value
            }
        }
        return tree
    }

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
                result.dated[key] = overrides.dated[key]
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
    /// A dated variable has its latest value here; a text takes the variables of its
    /// effective date (`variables(for:on:)`).
    public func variables(for language: LanguageCode) -> VariableTree {
        guard let overrides = languageVariables[language] else { return variables }
        return variables.merging(overrides)
    }

    /// The variables a text in `language` that takes effect on `day` (`YYYY-MM-DD`) sees.
    public func variables(for language: LanguageCode, on day: String) -> VariableTree {
        variables(for: language).resolved(on: day)
    }
}
