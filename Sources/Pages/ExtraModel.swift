import Content
import Mustache

/// The front-matter's `extra:` as templates read it: `{{extra.owner}}`, `{{#extra.contacts}}…`.
/// Texts are strings, true/false are booleans (so that sections test them), lists are lists
/// and maps are read by name like every other value.
struct ExtraModel: MustacheParent, Sendable {
    let entries: [ExtraValue.Entry]

    init(_ entries: [ExtraValue.Entry]) { self.entries = entries }

    func child(named name: String) -> Any? {
        entries.first { $0.key == name }.map { Self.value($0.value) }
    }

    private static func value(_ value: ExtraValue) -> Any {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let items): items.map(Self.value)
        case .map(let entries): ExtraModel(entries)
        }
    }
}
