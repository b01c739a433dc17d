/// Recovers a policy's blocks from the lines of a plain-text page: headings from numbering and
/// shape, lists from markers, paragraphs re-joined where a line was broken mid-sentence.
struct TextStructure {
    private let lines: [ClassifiedLine]
    /// The width the text was wrapped at, when it was (a line that long was broken by the width,
    /// not by its author).
    private let wrapWidth: Int?

    private var blocks: [ImportedBlock] = []
    private var levels = HeadingLevels()
    private var list = ListBuilder()
    private var paragraph: (text: String, line: Int)?
    private var paragraphs = RepeatedParagraphs()
    /// Length of the last line read into a paragraph or an item, with its indentation.
    private var lastLineLength = 0

    init(_ lines: [ClassifiedLine]) {
        self.lines = lines
        self.wrapWidth = Self.wrapWidth(of: lines)
    }

    /// The blocks, and the paragraphs dropped as repeats.
    static func blocks(of lines: [ClassifiedLine]) -> (blocks: [ImportedBlock], repeated: [RepeatedParagraph]) {
        var structure = TextStructure(lines)
        structure.read()
        return (structure.blocks, structure.paragraphs.repeated)
    }

    private mutating func read() {
        var index = 0
        var blankBefore = true
        while index < lines.count {
            let line = lines[index]
            switch line.kind {
            case .blank:
                blankBefore = true
                index += 1
                continue
            case .numbered(let number, let text):
                if let headingText = headingText(at: index, number: number, text: text) {
                    addHeading(.numbered(number.style), number: number.label, text: headingText.text)
                    index = headingText.next
                    blankBefore = true
                    continue
                }
                startItem(at: index, blankBefore: blankBefore) { list in
                    list.add(number: number, indent: line.line.indent, text: text)
                }
            case .bullet(let bullet, let text):
                startItem(at: index, blankBefore: blankBefore) { list in
                    list.add(bullet: bullet, indent: line.line.indent, text: text)
                }
            case .text:
                if isUnnumberedHeading(at: index, blankBefore: blankBefore) {
                    addHeading(HeadingShape.isCapitals(line.line.text) ? .capitals : .unnumbered, number: nil, text: line.line.text)
                } else {
                    addText(line.line, blankBefore: blankBefore)
                }
            }
            blankBefore = false
            index += 1
        }
        finishBlock()
    }

    // MARK: headings

    /// A numbered line is a heading when its text is short, not a sentence, not the next item
    /// of an open list, not announced by a colon, and followed by a body of its own rather than
    /// by its next sibling. "Article 3" alone takes the next line as its text.
    private func headingText(at index: Int, number: HeadingNumber, text: String) -> (text: String, next: Int)? {
        guard number.canHead || (number.canHeadATitle && text.first?.isUppercase == true),
              !list.continues(number), !openTextAnnouncesList else { return nil }
        var text = text
        var next = index + 1
        if text.isEmpty {
            guard case .named = number.style, let following = nextNonBlank(after: index),
                  case .text = lines[following].kind, HeadingShape.fits(lines[following].line.text, numbered: false) else {
                if case .cjkOrdinal = number.style { return ("", next) }
                return nil
            }
            text = lines[following].line.text
            next = following + 1
        }
        guard HeadingShape.fits(text, numbered: true), let body = nextNonBlank(after: next - 1) else { return nil }
        if case .numbered(let sibling, _) = lines[body].kind, sibling.style == number.style { return nil }
        return (text, next)
    }

    /// An unnumbered line is a heading when it is short and not a sentence, stands after a
    /// blank line, and a paragraph or a list follows it; directly under it only when it is in
    /// title case ("Your Rights"), after a blank line otherwise ("How we use your data").
    private func isUnnumberedHeading(at index: Int, blankBefore: Bool) -> Bool {
        let text = lines[index].line.text
        guard blankBefore, HeadingShape.fits(text, numbered: false), HeadingShape.startsLikeAHeading(text),
              text.count(where: \.isNumber) < 4, !text.contains(": "),
              let body = nextNonBlank(after: index) else { return false }
        if case .text = lines[body].kind {
            let next = lines[body].line.text
            guard !HeadingShape.startsLowercase(next) else { return false }
            // Two short lines in a row, each on its own, are not a heading and its text.
            let standsAlone = body + 1 >= lines.count || lines[body + 1].isBlank
            if HeadingShape.fits(next, numbered: false), standsAlone { return false }
        }
        return body > index + 1 || HeadingShape.isTitleCase(text)
    }

    private mutating func addHeading(_ style: HeadingLevels.Style, number: String?, text: String) {
        finishBlock()
        blocks.append(.heading(ImportedHeading(level: levels.level(for: style), number: number,
                                               text: AutoLinks.inlines(text))))
    }

    // MARK: lists and paragraphs

    private mutating func startItem(at index: Int, blankBefore: Bool, _ add: (inout ListBuilder) -> Void) {
        if let paragraph, !blankBefore, !HeadingShape.endsClause(paragraph.text), lines[index].line.indent == 0,
           case .numbered = lines[index].kind {
            // "… as set out in section\n2. of the terms": a number that only wrapped onto the line.
            self.paragraph = (paragraph.text + " " + lines[index].line.text, paragraph.line)
            return
        }
        finishParagraph()
        lastLineLength = lines[index].line.indent + lines[index].line.text.count
        add(&list)
    }

    private mutating func addText(_ line: SourceLine, blankBefore: Bool) {
        let previousLength = lastLineLength
        lastLineLength = line.indent + line.text.count
        if list.isOpen, let item = list.lastItemText {
            let indented = line.indent > (list.innermostIndent ?? 0)
            if !blankBefore, indented || !HeadingShape.endsClause(item) || isWrapped(previousLength) {
                list.appendToLastItem(line.text)
                return
            }
            if blankBefore, !HeadingShape.endsClause(item), HeadingShape.startsLowercase(line.text) {
                list.appendToLastItem(line.text)
                return
            }
            if blankBefore, indented {
                list.addParagraphToLastItem(line.text)
                return
            }
        }
        if let paragraph {
            let broken = !HeadingShape.endsClause(paragraph.text)
            if (!blankBefore && (broken || isWrapped(previousLength)))
                || (blankBefore && broken && HeadingShape.startsLowercase(line.text)) {
                self.paragraph = (paragraph.text + " " + line.text, paragraph.line)
                return
            }
        }
        finishBlock()
        paragraph = (line.text, line.number)
    }

    /// The text that would be continued: the open paragraph, or the last list item.
    private var openText: String? {
        paragraph?.text ?? (list.isOpen ? list.lastItemText : nil)
    }

    /// "…the following:" leads into a list, never a heading.
    private var openTextAnnouncesList: Bool {
        guard let last = openText?.last else { return false }
        return last == ":" || last == "："
    }

    private mutating func finishParagraph() {
        guard let paragraph else { return }
        self.paragraph = nil
        if paragraphs.keep(paragraph.text, line: paragraph.line) {
            blocks.append(.paragraph(AutoLinks.inlines(paragraph.text)))
        }
    }

    private mutating func finishBlock() {
        finishParagraph()
        if let finished = list.finish() { blocks.append(finished) }
    }

    // MARK: wrapping

    /// The text was wrapped at a fixed width when many lines end near one length under 100
    /// characters; nil when lines are paragraphs of their own.
    private static func wrapWidth(of lines: [ClassifiedLine]) -> Int? {
        let lengths = lines.filter { !$0.isBlank }.map { $0.line.indent + $0.line.text.count }
        guard lengths.count >= 8, let longest = lengths.max(), longest <= 100 else { return nil }
        return lengths.count { $0 >= longest - 12 } * 3 >= lengths.count ? longest : nil
    }

    /// A line that reaches the wrap width was broken by the width, whatever it ends with.
    private func isWrapped(_ length: Int) -> Bool {
        guard let wrapWidth else { return false }
        return length >= wrapWidth - 15
    }

    private func nextNonBlank(after index: Int) -> Int? {
        lines.indices.dropFirst(index + 1).first { !lines[$0].isBlank }
    }
}
