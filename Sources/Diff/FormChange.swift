import Outline

/// A change of a block's form that a reader sees while its words stay: a heading's level, a
/// list turned from bullets to numbers, a clause taken out of a list into a paragraph.
public enum FormChange: Sendable, Hashable {
    case headingLevel(old: Int, new: Int)
    /// The kind of list the block is an item of; nil when it is not a list item.
    case listKind(old: ListKind?, new: ListKind?)
    /// How many lists enclose the item (1 for a top-level list).
    case listLevel(old: Int, new: Int)
    /// How many block quotes enclose the block.
    case quoteLevel(old: Int, new: Int)
    /// A task item's box; nil for an item without one.
    case task(old: DocumentBlock.TaskState?, new: DocumentBlock.TaskState?)
    /// A code block's language (its info string's first word).
    case codeLanguage(old: String, new: String)
    /// A table's column alignments.
    case columnAlignment
    /// Some other change of the block's place among containers.
    case layout

    public enum ListKind: String, Sendable, Hashable {
        case bullet
        case numbered
    }

    /// What changed in the form of a block paired with its old version, in a fixed order;
    /// empty when the form is the same as a reader sees it.
    static func changes(from old: DocumentBlock, to new: DocumentBlock) -> [FormChange] {
        guard PreparedBlock.Form(old) != PreparedBlock.Form(new) else { return [] }
        var changes: [FormChange] = []
        switch (old.kind, new.kind) {
        case (.heading(let a, _), .heading(let b, _)) where a != b:
            changes.append(.headingLevel(old: a, new: b))
        case (.listItem(let a), .listItem(let b)) where a != b:
            changes.append(.task(old: a, new: b))
        case (.codeBlock(let a), .codeBlock(let b)) where language(a) != language(b):
            changes.append(.codeLanguage(old: language(a), new: language(b)))
        case (.tableRow(_, let a), .tableRow(_, let b)) where a.count == b.count && a != b:
            changes.append(.columnAlignment)
        default:
            break
        }
        let kinds = (listKind(of: old), listKind(of: new))
        if kinds.0 != kinds.1 {
            changes.append(.listKind(old: kinds.0, new: kinds.1))
        } else if kinds.0 != nil, old.listDepth != new.listDepth {
            changes.append(.listLevel(old: old.listDepth, new: new.listDepth))
        }
        let quotes = (quoteLevel(of: old), quoteLevel(of: new))
        if quotes.0 != quotes.1 { changes.append(.quoteLevel(old: quotes.0, new: quotes.1)) }
        return changes.isEmpty && !PreparedBlock.Form.sameContainers(old, new) ? [.layout] : changes
    }

    private static func language(_ info: String) -> String {
        info.split(separator: " ").first.map(String.init) ?? ""
    }

    private static func listKind(of block: DocumentBlock) -> ListKind? {
        guard case .listItem = block.kind, case .list(let style)? = block.containers.last else { return nil }
        return style.isOrdered ? .numbered : .bullet
    }

    private static func quoteLevel(of block: DocumentBlock) -> Int {
        block.containers.count { $0 == .blockQuote }
    }
}
