import Outline

/// A short note a redline shows after text or on a block whose formatting changed while its
/// words stayed ("link changed: old → new", "now bold", "heading level 3 → 2").
///
/// `key` names the note among a theme's interface strings, where each language words it
/// with `{old}` and `{new}` standing for `values`; `english` is the note as the text formats
/// of `policygen diff` write it.
public struct RedlineNote: Sendable, Hashable {
    public var key: String
    /// The addresses or levels the note names, by placeholder (`old`, `new`); raw text.
    public var values: [String: String]

    public init(_ key: String, _ values: [String: String] = [:]) {
        self.key = key
        self.values = values
    }

    /// The note in English, its values as they are.
    public var english: String {
        var text = Self.englishTemplates[key] ?? key
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// Every note's key and English wording, the English interface strings of the default
    /// theme word them the same.
    public static let englishTemplates: [String: String] = [
        "note_link_changed": "link changed: {old} → {new}",
        "note_link_added": "now a link to {new}",
        "note_link_removed": "no longer a link to {old}",
        "note_now_bold": "now bold", "note_no_longer_bold": "no longer bold",
        "note_now_italic": "now italic", "note_no_longer_italic": "no longer italic",
        "note_now_struck": "now struck through", "note_no_longer_struck": "no longer struck through",
        "note_now_code": "now code", "note_no_longer_code": "no longer code",
        "note_heading_level": "heading level {old} → {new}",
        "note_now_numbered_list": "now a numbered list", "note_now_bulleted_list": "now a bulleted list",
        "note_now_list_item": "now a list item", "note_no_longer_list_item": "no longer a list item",
        "note_list_level": "list level {old} → {new}",
        "note_now_quoted": "now quoted", "note_no_longer_quoted": "no longer quoted",
        "note_now_task": "now a task", "note_no_longer_task": "no longer a task",
        "note_now_checked": "now checked", "note_now_unchecked": "now unchecked",
        "note_code_language": "code language {old} → {new}",
        "note_column_alignment": "column alignment changed",
        "note_layout": "layout changed",
        "note_column_added": "column added", "note_column_removed": "column removed",
        "note_markup_changed": "HTML changed: {old} → {new}",
    ]
}

extension FormattingChange {
    /// The notes that tell the change: the link's first, then each formatting added or removed.
    public var notes: [RedlineNote] {
        var notes: [RedlineNote] = []
        switch (old.link, new.link) {
        case (let before?, let after?) where before != after:
            notes.append(RedlineNote("note_link_changed", ["old": Self.shown(before), "new": Self.shown(after)]))
        case (nil, let after?):
            notes.append(RedlineNote("note_link_added", ["new": Self.shown(after)]))
        case (let before?, nil):
            notes.append(RedlineNote("note_link_removed", ["old": Self.shown(before)]))
        default:
            break
        }
        for style in added { notes.append(RedlineNote("note_now_" + Self.name(style))) }
        for style in removed { notes.append(RedlineNote("note_no_longer_" + Self.name(style))) }
        if old.elements != new.elements {
            notes.append(RedlineNote("note_markup_changed", ["old": Self.tags(old.elements), "new": Self.tags(new.elements)]))
        }
        return notes
    }

    /// The text's own HTML elements as their opening tags, `—` for none.
    private static func tags(_ elements: [InlineElement]) -> String {
        guard !elements.isEmpty else { return "—" }
        return elements.map { element -> String in
            var tag = "<" + element.name
            for attribute in element.attributes {
                tag += " " + attribute.name
                if let value = attribute.value { tag += "=\"" + value + "\"" }
            }
            return tag + ">"
        }.joined()
    }

    /// A link's address as a reader is shown it, with its title when only that changed.
    private static func shown(_ link: LinkTarget) -> String {
        let address = link.destination.isEmpty ? "—" : link.destination
        return link.title.isEmpty ? address : "\(address) “\(link.title)”"
    }

    private static func name(_ style: TextStyle.Style) -> String {
        switch style {
        case .strong: "bold"
        case .emphasis: "italic"
        case .strikethrough: "struck"
        case .code: "code"
        }
    }
}

extension FormChange {
    public var note: RedlineNote {
        switch self {
        case .headingLevel(let old, let new):
            RedlineNote("note_heading_level", ["old": String(old), "new": String(new)])
        case .listKind(nil, _):
            RedlineNote("note_now_list_item")
        case .listKind(_, nil):
            RedlineNote("note_no_longer_list_item")
        case .listKind(_, .numbered?):
            RedlineNote("note_now_numbered_list")
        case .listKind:
            RedlineNote("note_now_bulleted_list")
        case .listLevel(let old, let new):
            RedlineNote("note_list_level", ["old": String(old), "new": String(new)])
        case .quoteLevel(let old, let new):
            RedlineNote(new > old ? "note_now_quoted" : "note_no_longer_quoted")
        case .task(nil, _):
            RedlineNote("note_now_task")
        case .task(_, nil):
            RedlineNote("note_no_longer_task")
        case .task(_, let state):
            RedlineNote(state == .checked ? "note_now_checked" : "note_now_unchecked")
        case .codeLanguage(let old, let new):
            RedlineNote("note_code_language", ["old": old.isEmpty ? "—" : old, "new": new.isEmpty ? "—" : new])
        case .columnAlignment:
            RedlineNote("note_column_alignment")
        case .layout:
            RedlineNote("note_layout")
        }
    }
}
