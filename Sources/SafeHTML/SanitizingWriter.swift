/// Turns the parser's events into safe HTML: the one place that writes the sanitizer's output.
///
/// Each event carries the byte offset the parser had reached (`xmlByteConsumed`); the offset
/// tells whose bytes the event came from. The renderer's markup is kept as it wrote it, within
/// `HTMLAllowlist.renderedElements`; the author's is held to the allowlist and what is left
/// out becomes an `HTMLRemoval`. Whatever the origin, only allowed names and escaped text are
/// written, so nothing the author writes can reach the page as markup; and the Markdown
/// between an author's pieces is never dropped with them.
final class SanitizingWriter {
    private let document: MixedHTML
    private var output: [UInt8] = []
    private var open: [OpenElement] = []
    /// How many of the open elements are the author's, removed with what they hold.
    private var removedDepth = 0
    /// No tag starts before this offset: where the last token ended.
    private var floor = 0
    private var removals: [HTMLRemoval] = []
    private var ids: [String] = []
    private var takenIDs: Set<String>
    private var tags: [[AuthoredTag]]
    /// Set when elements nest deeper than `deepest`: the parser is stopped there.
    private(set) var tooDeepAt: Int?

    /// libxml2 looks through its whole stack of open elements for each end tag that closes
    /// none of them, so its time grows with depth times tags; held to this depth, it stays linear.
    static let deepest = 256

    private struct OpenElement {
        var name: String
        var isWritten: Bool
        var removesContent: Bool
    }

    init(document: MixedHTML, reservedIDs: Set<String>) {
        self.document = document
        self.takenIDs = reservedIDs
        self.tags = Array(repeating: [], count: document.authored.count)
        output.reserveCapacity(document.bytes.count)
    }

    var result: SanitizedHTML {
        SanitizedHTML(html: String(decoding: output, as: UTF8.self), removals: removals, ids: ids, tags: tags)
    }

    // MARK: Events

    /// A start tag; `offset` is where the parser stands, just before its `>`.
    func start(_ name: String, attributes: [HTMLAttribute], offset: Int) {
        guard tooDeepAt == nil else { return }
        if open.count >= Self.deepest {
            tooDeepAt = offset
            return
        }
        guard let piece = document.piece(at: max(offset - 1, 0)) else {
            startRendered(name, attributes: attributes)
            return
        }
        let tagStart = self.tagStart(of: name, before: offset, in: piece)
        if tagStart != nil { floor = offset }
        let isImplied = tagStart == nil && ["html", "head", "body", "p"].contains(name)
        // What the parser implies around the text that ends a piece is none of the author's.
        let inTerminator = offset - 1 >= document.authored[piece].upperBound
        if removedDepth > 0 || (isImplied && (name != "p" || inTerminator)) {
            push(name, isWritten: false, removesContent: removedDepth > 0 && HTMLAllowlist.removedWithContent.contains(name))
            return
        }
        let place = tagStart ?? max(min(offset, document.authored[piece].upperBound) - 1, document.authored[piece].lowerBound)
        if HTMLAllowlist.removedWithContent.contains(name) {
            remove("<\(name)> and what it holds", piece: piece, at: place)
            push(name, isWritten: false, removesContent: true)
        } else if HTMLAllowlist.removedEmpty.contains(name) {
            remove("<\(name)>", piece: piece, at: place)
            push(name, isWritten: false, removesContent: false)
        } else if HTMLAllowlist.elements.contains(name) {
            let kept = keptAttributes(attributes, of: name, piece: piece, at: place)
            write(name, kept)
            push(name, isWritten: true, removesContent: false)
            tags[piece].append(.start(name: name, attributes: kept))
        } else {
            if !isImplied { remove("the tag <\(name)> (its text is kept)", piece: piece, at: place) }
            push(name, isWritten: false, removesContent: false)
        }
    }

    /// An end tag, written or implied; `offset` is where the parser stands after it.
    func end(_ name: String, offset: Int) {
        guard tooDeepAt == nil else { return }
        floor = max(floor, offset)
        guard let index = open.lastIndex(where: { $0.name == name }) else { return }
        // The parser closes what it opened, innermost first; anything above is closed with it.
        while open.count > index {
            let element = open.removeLast()
            if element.removesContent { removedDepth -= 1 }
            guard element.isWritten else { continue }
            if !HTMLAllowlist.void.contains(element.name) {
                output += "</".utf8
                output += element.name.utf8
                output.append(UInt8(ascii: ">"))
            }
            if open.count == index, let piece = document.piece(at: max(offset - 1, 0)) {
                tags[piece].append(.end(name: element.name))
            }
        }
    }

    /// Text as the parser decoded it; `offset` is where the parser stands after it.
    func text(_ chunk: UnsafeBufferPointer<UInt8>, offset: Int) {
        guard tooDeepAt == nil else { return }
        floor = max(floor, offset)
        let start = offset - chunk.count
        // Text read as written (no entity, no changed line break) is split where the author's
        // pieces begin and end; decoded text is one character or entity, whole in one place.
        if start >= 0, document.bytes[start..<offset].elementsEqual(chunk) {
            var position = start
            while position < offset {
                if let piece = document.piece(at: position) {
                    let authored = document.authored[piece], claimed = document.claimed[piece]
                    let end = min(claimed.upperBound, offset)
                    if position < authored.upperBound && removedDepth == 0 {
                        escape(chunk[(position - start)..<(min(end, authored.upperBound) - start)])
                    }
                    position = end
                } else {
                    let next = document.nextPiece(after: position).map { min($0, offset) } ?? offset
                    escape(chunk[(position - start)..<(next - start)])
                    position = next
                }
            }
        } else if let piece = document.piece(at: max(offset - 1, 0)) {
            if removedDepth == 0, offset - 1 < document.authored[piece].upperBound { escape(chunk[...]) }
        } else {
            escape(chunk[...])
        }
    }

    /// A comment, processing instruction, declaration or script text: never shown. Comments
    /// are authors' notes and go silently; the others are reported.
    func skipped(_ what: String?, offset: Int) {
        guard tooDeepAt == nil else { return }
        defer { floor = max(floor, offset) }
        guard let what, removedDepth == 0, let piece = document.piece(at: max(offset - 1, 0)) else { return }
        remove(what, piece: piece, at: max(floor, document.authored[piece].lowerBound))
    }

    /// Closes whatever is still open at the end of the document.
    func finish() {
        guard tooDeepAt == nil else { return }
        while let element = open.last { end(element.name, offset: document.bytes.count) }
    }

    // MARK: Elements

    private func startRendered(_ name: String, attributes: [HTMLAttribute]) {
        guard HTMLAllowlist.renderedElements.contains(name) else {
            push(name, isWritten: false, removesContent: false)
            return
        }
        let kept = attributes.filter { attribute in
            guard HTMLAllowlist.renderedAttributes.contains(attribute.name) else { return false }
            if attribute.name == "href" || attribute.name == "src" { return !SafeURL.isDangerous(attribute.value ?? "") }
            return true
        }
        write(name, kept)
        push(name, isWritten: true, removesContent: false)
    }

    private func push(_ name: String, isWritten: Bool, removesContent: Bool) {
        if removesContent { removedDepth += 1 }
        open.append(OpenElement(name: name, isWritten: isWritten, removesContent: removesContent))
    }

    /// The author's attributes that stay, the others reported in one removal.
    private func keptAttributes(_ attributes: [HTMLAttribute], of element: String, piece: Int, at place: Int) -> [HTMLAttribute] {
        var kept: [HTMLAttribute] = []
        var removed: [String] = []
        var seen = Set<String>()
        let hasID = attributes.contains { $0.name == "id" }
        for attribute in attributes where seen.insert(attribute.name).inserted {
            // `<a name>` is how older pages mark a place; HTML5 says `id`, which does the same.
            let name = attribute.name == "name" && element == "a" && !hasID ? "id" : attribute.name
            guard HTMLAllowlist.allows(attribute.name, on: element), name != "name" else {
                removed.append(attribute.name)
                continue
            }
            if let schemes = HTMLAllowlist.urlSchemes[name] {
                guard SafeURL.isAllowedInHTML(attribute.value ?? "", schemes: schemes) else {
                    removed.append("\(name)=\"\(shortened(attribute.value ?? ""))\"")
                    continue
                }
            }
            if name == "id" {
                let id = attribute.value ?? ""
                guard !id.isEmpty, !id.utf8.contains(where: { $0 <= 0x20 }), takenIDs.insert(id).inserted else {
                    removed.append(id.isEmpty ? "an empty id" : "id=\"\(shortened(id))\" (\(takenIDs.contains(id) ? "already taken" : "not one word"))")
                    continue
                }
                ids.append(id)
            }
            kept.append(HTMLAttribute(name: name, value: attribute.value))
        }
        if !removed.isEmpty {
            remove("\(removed.joined(separator: ", ")) from <\(element)>", piece: piece, at: place)
        }
        return kept
    }

    private func remove(_ message: String, piece: Int, at offset: Int) {
        removals.append(HTMLRemoval(piece: piece, offset: offset - document.authored[piece].lowerBound, message: message))
    }

    /// Where the author's start tag `<name` that ends at `offset` begins: searched back to the
    /// end of the previous token, so each byte is looked at once. nil for an element the parser
    /// implied.
    private func tagStart(of name: String, before offset: Int, in piece: Int) -> Int? {
        let lowest = max(floor, document.authored[piece].lowerBound)
        let nameBytes = Array(name.utf8)
        var index = min(offset, document.bytes.count) - 1
        while index >= lowest {
            if document.bytes[index] == UInt8(ascii: "<"), startsName(nameBytes, at: index + 1) { return index }
            index -= 1
        }
        return nil
    }

    private func startsName(_ name: [UInt8], at index: Int) -> Bool {
        guard index + name.count <= document.bytes.count else { return false }
        for (offset, byte) in name.enumerated() where document.bytes[index + offset] | 0x20 != byte | 0x20 {
            return false
        }
        guard index + name.count < document.bytes.count else { return true }
        let after = document.bytes[index + name.count]
        return !(after | 0x20 >= UInt8(ascii: "a") && after | 0x20 <= UInt8(ascii: "z")) && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(after)
    }

    // MARK: Output

    private func write(_ name: String, _ attributes: [HTMLAttribute]) {
        output.append(UInt8(ascii: "<"))
        output += name.utf8
        for attribute in attributes {
            output.append(UInt8(ascii: " "))
            output += attribute.name.utf8
            if let value = attribute.value {
                output += "=\"".utf8
                // cmark-gfm writes `'` in a URL as `&#x27;` (houdini_escape_href); the rest of
                // a URL it has percent-encoded already.
                escape(value.utf8, apostrophe: attribute.name == "href" || attribute.name == "src")
                output.append(UInt8(ascii: "\""))
            }
        }
        // As cmark-gfm writes them: `<br />`.
        output += HTMLAllowlist.void.contains(name) ? " />".utf8 : ">".utf8
    }

    /// Text or an attribute value, escaped as cmark-gfm escapes both: `&`, `<`, `>` and `"`.
    private func escape<Bytes: Sequence<UInt8>>(_ bytes: Bytes, apostrophe: Bool = false) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "'") where apostrophe: output += "&#x27;".utf8
            case UInt8(ascii: "&"): output += "&amp;".utf8
            case UInt8(ascii: "<"): output += "&lt;".utf8
            case UInt8(ascii: ">"): output += "&gt;".utf8
            case UInt8(ascii: "\""): output += "&quot;".utf8
            default: output.append(byte)
            }
        }
    }

    private func shortened(_ value: String) -> String {
        value.count > 30 ? value.prefix(29) + "…" : value
    }
}
