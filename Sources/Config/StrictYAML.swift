import Diagnostics
import Yams

/// YAML as policygen accepts it, in configuration and front-matter alike: one document,
/// no duplicate keys, no anchors or aliases (this also stops alias bombs), no custom tags.
public enum StrictYAML {
    /// Parses `text`; problems are appended to `diagnostics` and the result is nil.
    /// `firstLine` is the file line on which `text` starts (front-matter starts on line 2).
    /// An empty document is an empty mapping.
    public static func parse(_ text: String, path: String, firstLine: Int = 1,
                             diagnostics: inout [Diagnostic]) -> YAMLDocument? {
        let document = YAMLDocument(path: path, firstLine: firstLine)
        do {
            // Yams' default encoding reads the whole environment on every call (6% of a
            // rebuild's CPU) and can be switched to UTF-16 by a variable; our text is UTF-8.
            // Values are read as text (YAMLMapping), so plain scalars need no type: the basic
            // resolver spares a run of seven regular expressions per scalar, which Yams' check
            // for duplicate keys made on every key.
            let parser = try Parser(yaml: text, resolver: .basic, encoding: .utf8)
            let root = try parser.singleRoot()
            // Anchors are weak references owned by the parser: check them while it lives.
            let problems = withExtendedLifetime(parser) { root.map { forbiddenFeatures(in: $0, document) } ?? [] }
            guard problems.isEmpty else {
                diagnostics += problems
                return nil
            }
            return document.with(root: root ?? Node.mapping(.init([])))
        } catch let error as YamlError {
            diagnostics.append(document.diagnostic(for: error))
            return nil
        } catch {
            diagnostics.append(.error(.yamlSyntax, at: SourceLocation(path: path, line: firstLine, column: 1),
                                      "invalid YAML: \(error)"))
            return nil
        }
    }

    /// The tags of YAML's core schema (`!!str`, `!!int`, …); any other, `!!python/object` included, is refused.
    private static let coreTags = Set(["str", "int", "float", "bool", "null", "timestamp", "map", "seq"]
        .map { "tag:yaml.org,2002:" + $0 })

    /// Anchors, aliases and custom tags. An anchored node is not entered, so every alias
    /// (which points at an anchored node) is seen once and nothing is expanded.
    private static func forbiddenFeatures(in root: Node, _ document: YAMLDocument) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen = Set<SourceLocation>()
        var stack = [root]
        while let node = stack.popLast() {
            let location = document.location(of: node)
            if node.anchor != nil {
                if seen.insert(location).inserted {
                    found.append(.error(.yamlAnchor, at: location,
                                        "YAML anchors and aliases are not allowed",
                                        hint: "write the value out in full"))
                }
                continue
            }
            let tag = node.tag.description
            if !(tag.isEmpty || tag == "!" || coreTags.contains(tag)) {
                found.append(.error(.yamlTag, at: location, "custom YAML tag '\(tag)' is not allowed",
                                    hint: "remove the tag"))
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() { stack.append(value); stack.append(key) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence.reversed())
            case .scalar, .alias:
                break
            }
        }
        return found
    }
}
