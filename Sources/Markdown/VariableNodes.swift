import CCmarkGFM
import Config
import Diagnostics
import Localization

/// Puts variable values into cmark's tree where the placeholders stand.
///
/// Text receives the value as text (cmark escapes it when rendering); a link or image target
/// or title receives it as the target (the safe-mode URL rule applies afterwards, as to any
/// target); raw HTML receives it HTML-escaped; code keeps the reference as written. `<{{ x }}>`
/// becomes a link when the value is an e-mail address or an absolute URI, as an autolink would.
/// Runs inside `CmarkLibrary.render` on the tree it owns; keeps no pointer.
struct VariableNodes {
    private let placeholders: VariablePlaceholders
    private let variables: VariableTree
    /// The entries of the references that could not be inserted, in the order met (a list,
    /// not a dictionary: a text of a million malformed `{{` filled and sorted one for seconds).
    private var problems: [Int] = []

    static func substitute(in document: OpaquePointer, _ placeholders: VariablePlaceholders,
                           variables: VariableTree) -> [VariablePlaceholders.Entry] {
        guard !placeholders.isEmpty else { return [] }
        var nodes = VariableNodes(placeholders: placeholders, variables: variables)
        // Adjacent text nodes joined, so that `<`, the placeholder and `>` meet in one.
        cmark_consolidate_text_nodes(document)
        var autolinks: [(node: OpaquePointer, literal: String)] = []
        // Links and images open around the node: counted as the walk goes, as looking up
        // through every parent of every text took the square of the depth of deep nesting.
        var linksOpen = 0
        guard let iterator = cmark_iter_new(document) else { fatalError("cmark-gfm: out of memory") }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let isLink = type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE
            if event == CMARK_EVENT_EXIT {
                if isLink { linksOpen -= 1 }
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            if let literal = nodes.visit(node, insideLink: linksOpen > 0) { autolinks.append((node, literal)) }
            // A link or image with no children has an exit event all the same (it is a container).
            if isLink { linksOpen += 1 }
        }
        cmark_iter_free(iterator)
        // The tree changes shape only now that the walk is over.
        for (node, literal) in autolinks { nodes.expandAutolinks(node, literal) }
        var reported = -1
        return nodes.problems.sorted().compactMap { index in
            defer { reported = index }
            return index == reported ? nil : placeholders.entries[index]
        }
    }

    /// Substitutes in one node; returns a text node's literal when it holds `<placeholder>`
    /// that becomes a link, leaving that node for `expandAutolinks`.
    private mutating func visit(_ node: OpaquePointer, insideLink: Bool) -> String? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT:
            let literal = string(cmark_node_get_literal(node))
            if !insideLink, !autolinkSegments(literal).isEmpty { return literal }
            Self.update(literal, placeholders, { cmark_node_set_literal(node, $0) }) { index, entry in value(index, entry) ?? entry.written }
        case CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
            Self.update(string(cmark_node_get_literal(node)), placeholders, { cmark_node_set_literal(node, $0) }) { $1.written }
            Self.update(string(cmark_node_get_fence_info(node)), placeholders, { cmark_node_set_fence_info(node, $0) }) { $1.written }
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
            Self.update(string(cmark_node_get_literal(node)), placeholders, { cmark_node_set_literal(node, $0) }) { index, entry in
                value(index, entry).map(HTMLText.escape) ?? entry.written
            }
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            Self.update(string(cmark_node_get_url(node)), placeholders, { cmark_node_set_url(node, $0) }) { value($0, $1) ?? $1.written }
            Self.update(string(cmark_node_get_title(node)), placeholders, { cmark_node_set_title(node, $0) }) { value($0, $1) ?? $1.written }
        default:
            break
        }
        return nil
    }

    private static func update(_ text: String, _ placeholders: VariablePlaceholders,
                               _ set: (UnsafePointer<CChar>) -> Int32,
                               _ replacement: (Int, VariablePlaceholders.Entry) -> String) {
        let replaced = placeholders.replacing(in: text, replacement)
        if replaced != text { _ = replaced.withCString(set) }
    }

    /// The value an entry stands for in text, or nil (recording the problem) when it has none.
    private mutating func value(_ index: Int, _ entry: VariablePlaceholders.Entry) -> String? {
        switch entry {
        case .literal(let text):
            return text
        case .malformed(let occurrence):
            // Another template language's markup is published as written; the checks report it.
            if occurrence.isOtherTemplateMarkup { return occurrence.written }
            problems.append(index)
            return nil
        case .reference(let occurrence, let path):
            if case .value(let value) = variables.lookup(path) { return value }
            if occurrence.isOtherTemplateMarkup { return occurrence.written }
            problems.append(index)
            return nil
        }
    }

    private enum Segment {
        case text(String)
        case link(url: String, label: String)
    }

    /// The literal cut where `<placeholder>` stands for an address; empty when nowhere.
    ///
    /// Read scalar by scalar, and only a `<` right before a placeholder looks further: a text
    /// of a million values and `<` was searched Character by Character, and each `<` for the
    /// next `>` to the end of the text.
    private func autolinkSegments(_ literal: String) -> [Segment] {
        let scalars = literal.unicodeScalars
        guard scalars.contains(VariablePlaceholders.start), scalars.contains("<") else { return [] }
        var segments: [Segment] = []
        var pendingStart = scalars.startIndex
        var index = scalars.startIndex
        while let open = scalars[index...].firstIndex(of: "<") {
            index = scalars.index(after: open)
            guard index < scalars.endIndex, scalars[index] == VariablePlaceholders.start else { continue }
            var close = scalars.index(after: index)
            while close < scalars.endIndex, scalars[close] != VariablePlaceholders.end,
                  VariablePlaceholders.isMark(scalars[close]) {
                close = scalars.index(after: close)
            }
            guard close < scalars.endIndex, scalars[close] == VariablePlaceholders.end else { continue }
            let afterEnd = scalars.index(after: close)
            guard afterEnd < scalars.endIndex, scalars[afterEnd] == ">",
                  let entry = VariablePlaceholders.index(ofPlaceholder: String(scalars[index...close])),
                  case .reference(_, let path) = placeholders.entries[entry],
                  case .value(let value) = variables.lookup(path),
                  let url = Self.autolinkTarget(value) else { continue }
            segments.append(.text(String(scalars[pendingStart..<open])))
            segments.append(.link(url: url, label: value))
            index = scalars.index(after: afterEnd)
            pendingStart = index
        }
        guard !segments.isEmpty else { return [] }
        segments.append(.text(String(scalars[pendingStart...])))
        return segments
    }

    private mutating func expandAutolinks(_ node: OpaquePointer, _ literal: String) {
        var previous = node
        for (offset, segment) in autolinkSegments(literal).enumerated() {
            switch segment {
            case .text(let text):
                let substituted = placeholders.replacing(in: text) { value($0, $1) ?? $1.written }
                if offset == 0 {
                    _ = substituted.withCString { cmark_node_set_literal(node, $0) }
                } else if !substituted.isEmpty {
                    previous = insert(after: previous, Self.textNode(substituted))
                }
            case .link(let url, let label):
                guard let link = cmark_node_new(CMARK_NODE_LINK) else { fatalError("cmark-gfm: out of memory") }
                _ = url.withCString { cmark_node_set_url(link, $0) }
                _ = cmark_node_append_child(link, Self.textNode(label))
                previous = insert(after: previous, link)
            }
        }
    }

    private func insert(after node: OpaquePointer, _ new: OpaquePointer) -> OpaquePointer {
        // The tree takes ownership of `new`: it is freed with the document.
        _ = cmark_node_insert_after(node, new)
        return new
    }

    private static func textNode(_ text: String) -> OpaquePointer {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { fatalError("cmark-gfm: out of memory") }
        _ = text.withCString { cmark_node_set_literal(node, $0) }
        return node
    }

    /// What an autolink of `value` points at: `mailto:` for an e-mail address, the value for an
    /// absolute URI; nil for anything else, which stays text.
    static func autolinkTarget(_ value: String) -> String? {
        let forbidden = value.unicodeScalars.contains {
            $0 == "<" || $0 == ">" || $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F
        }
        guard !value.isEmpty, !forbidden else { return nil }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
           !parts[1].hasSuffix("."), !value.contains(":") {
            return "mailto:" + value
        }
        guard let colon = value.firstIndex(of: ":") else { return nil }
        let scheme = value[..<colon]
        let isScheme = (2...32).contains(scheme.count) && scheme.first!.isASCII && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
        return isScheme ? value : nil
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
