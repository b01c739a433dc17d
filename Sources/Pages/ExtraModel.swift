import Content
import Theme

/// The front-matter's `extra:` as templates read it: `{{extra.owner}}`, `{{#extra.contacts}}…`.
/// Texts are strings, true/false are booleans (so that sections test them), lists are lists
/// and maps are read by name like every other value.
struct ExtraModel: TemplateObject, Sendable {
    let entries: [ExtraValue.Entry]

    init(_ entries: [ExtraValue.Entry]) { self.entries = entries }

    func value(for key: TemplateKey) -> TemplateValue? {
        entries.first { $0.key == key.name }.map { Self.value($0.value) }
    }

    fileprivate static func value(_ value: ExtraValue) -> TemplateValue {
        switch value {
        case .text(let text): .text(text)
        case .flag(let flag): .flag(flag)
        case .list(let items): .list(ExtraList(items: items))
        case .map(let entries): .object(ExtraModel(entries))
        }
    }
}

/// A list of `extra:`, its items read as `ExtraModel` reads values.
private struct ExtraList: TemplateList {
    let items: [ExtraValue]

    var templateCount: Int { items.count }
    func templateElement(_ index: Int) -> TemplateValue { ExtraModel.value(items[index]) }
}
