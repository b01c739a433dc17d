import Content
/// Reads a plain-text page (a scrape, a copy from the browser, a text export): the web debris
/// goes, the title and a stated date are taken out for the front-matter, a table of contents
/// is dropped, and the rest becomes headings, lists and paragraphs.
public enum PlainTextReader {
    public static func read(_ text: String) -> ImportedDocument {
        var lines = SourceLine.lines(of: text).map(ClassifiedLine.init)
        let written = lines
        var document = ImportedDocument()

        func drop(_ index: Int, _ reason: DroppedText.Reason) {
            document.dropped.append(DroppedText(line: lines[index].line.number, text: lines[index].line.text, reason: reason))
            lines[index] = .blank
        }

        for index in lines.indices where !lines[index].isBlank {
            if let reason = WebDebris.reason(for: lines[index].line.text) {
                if reason == .cookieBanner, WebDebris.isCookieButton(lines[index].line.text) {
                    // A banner's buttons follow its text; a lone "OK" or "Accept" away from any
                    // word about cookies is the policy's own.
                    guard let previous = written[..<index].lastIndex(where: { !$0.isBlank }), index - previous <= 3,
                          DateWords.fold(written[previous].line.text).contains("cookie"),
                          written[previous].line.text.count <= 500 else { continue }
                    if !lines[previous].isBlank { drop(previous, .cookieBanner) }
                }
                drop(index, reason)
            }
        }
        for index in lines.indices where !lines[index].isBlank {
            guard let stated = StatedDate.find(in: lines[index].line.text, line: lines[index].line.number) else { continue }
            document.statedDates.append(stated)
            if stated.standsAlone { drop(index, .dateStatement) }
        }
        if let first = lines.firstIndex(where: { !$0.isBlank }), case .text = lines[first].kind,
           HeadingShape.fits(lines[first].line.text, numbered: false) {
            document.title = lines[first].line.text
            drop(first, .title)
        }
        for index in InPageContents.lines(in: lines) { drop(index, .tableOfContents) }
        document.dropped.sort { ($0.line ?? 0) < ($1.line ?? 0) }

        let (blocks, repeated) = TextStructure.blocks(of: lines)
        document.blocks = blocks
        document.repeated = repeated
        return document
    }
}
