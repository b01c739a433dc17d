import Config
import Diagnostics
import Yams

/// A value of the front-matter's `extra:` map, kept for a custom theme to show
/// (`{{extra.owner}}`): texts, true/false, lists and maps, as written.
public indirect enum ExtraValue: Sendable, Hashable {
    case text(String)
    case flag(Bool)
    case list([ExtraValue])
    /// Entries in the order written.
    case map([Entry])

    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: ExtraValue

        public init(key: String, value: ExtraValue) {
            self.key = key
            self.value = value
        }
    }

    /// How deep maps and lists may nest: more is a mistake, and would only cost stack.
    static let maximumDepth = 16

    /// `node` as a value; nil for a null (left out, as a key not written), with a diagnostic
    /// for what cannot be kept.
    static func read(_ node: Node, in document: YAMLDocument, depth: Int = 0, _ problems: inout [Diagnostic]) -> ExtraValue? {
        guard depth < maximumDepth else {
            problems.append(.error(.invalidValue, at: document.location(of: node),
                                   "extra nests more than \(maximumDepth) maps or lists deep"))
            return nil
        }
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                switch scalar.string {
                case "", "~", "null", "Null", "NULL": return nil
                case "true": return .flag(true)
                case "false": return .flag(false)
                default: break
                }
            }
            if let problem = YAMLText.problem(in: scalar.string, at: document.location(of: node)) {
                problems.append(problem)
                return nil
            }
            return .text(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.compactMap { read($0, in: document, depth: depth + 1, &problems) })
        case .mapping(let mapping):
            var entries: [Entry] = []
            for (key, value) in mapping {
                guard let name = key.scalar?.string, YAMLText.problem(in: name, at: document.location(of: key)) == nil else {
                    problems.append(.error(.invalidValue, at: document.location(of: key), "keys in extra must be plain words"))
                    continue
                }
                if let value = read(value, in: document, depth: depth + 1, &problems) { entries.append(Entry(key: name, value: value)) }
            }
            return .map(entries)
        case .alias:
            problems.append(.error(.yamlAnchor, at: document.location(of: node), "extra cannot use YAML anchors"))
            return nil
        }
    }
}
