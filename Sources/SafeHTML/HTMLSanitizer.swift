internal import CLibXML2

/// An allowlist sanitizer on libxml2's HTML parser, after GitHub's markup pipeline and Ruby's
/// Sanitize: the HTML is parsed as a browser would parse it (tags closed and nested by HTML's
/// rules, entities decoded), and only allowed elements and attributes are written back out.
///
/// The parser streams its events (SAX) straight to a `SanitizingWriter`; no tree is built. Its
/// work is linear in the document, and so is the writer's.
public enum HTMLSanitizer {
    /// `xmlInitParser` must run once before threads parse at the same time; a `static let`
    /// runs it exactly once.
    private static let ready: Void = xmlInitParser()

    /// `document` made safe; `reservedIDs` are ids the page already has (headings, footnotes),
    /// which the author's elements may not take again.
    public static func sanitize(_ document: MixedHTML, reservedIDs: Set<String> = []) -> SanitizedHTML {
        let writer = SanitizingWriter(document: document, reservedIDs: reservedIDs)
        if !document.bytes.isEmpty { parse(document.bytes, into: writer) }
        if let offset = writer.tooDeepAt { return withoutAuthoredHTML(document, tooDeepAt: offset) }
        writer.finish()
        return writer.result
    }

    /// HTML written by an author alone, made safe: what a redline shows of an HTML block.
    public static func sanitize(authored html: String) -> String {
        var document = MixedHTML()
        document.appendAuthored(html.utf8)
        return sanitize(document).html
    }

    /// Elements nested deeper than the sanitizer reads: the renderer's markup alone, which is
    /// safe as it is, and every piece of the author's left out, in one removal.
    private static func withoutAuthoredHTML(_ document: MixedHTML, tooDeepAt offset: Int) -> SanitizedHTML {
        var html: [UInt8] = []
        var from = MixedHTML.opening.count
        for claimed in document.claimed {
            html += document.bytes[from..<claimed.lowerBound]
            from = claimed.upperBound
        }
        html += document.bytes[from...]
        let piece = document.piece(at: offset - 1) ?? document.nextPiece(after: offset).flatMap(document.piece(at:)) ?? 0
        let removal = HTMLRemoval(piece: piece, offset: 0, message: "all of the text's HTML: its elements nest more than \(SanitizingWriter.deepest) deep")
        return SanitizedHTML(html: String(decoding: html, as: UTF8.self), removals: document.authored.isEmpty ? [] : [removal],
                             ids: [], tags: Array(repeating: [], count: document.authored.count))
    }

    private static func parse(_ bytes: [UInt8], into writer: SanitizingWriter) {
        _ = ready
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
                guard let context = htmlCreateMemoryParserCtxt(start, Int32(clamping: buffer.count)) else {
                    fatalError("libxml2 could not create an HTML parser")
                }
                defer { htmlFreeParserCtxt(context) }
                context.pointee.sax.pointee = handler()
                let state = ParseState(writer: writer, context: context)
                context.pointee.userData = Unmanaged.passUnretained(state).toOpaque()
                // RECOVER: as browsers do; NONET: never fetch; IGNORE_ENC: a `<meta charset>`
                // in the text must not make the parser read the rest in another encoding.
                _ = htmlCtxtUseOptions(context, Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                    | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue))
                _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
                let saved = policygen_capture_errors(ignoreError, nil)
                defer { policygen_restore_errors(saved) }
                withExtendedLifetime(state) { _ = htmlParseDocument(context) }
                if let tree = context.pointee.myDoc {
                    xmlFreeDoc(tree)
                    context.pointee.myDoc = nil
                }
            }
        }
    }

    /// What the callbacks reach through libxml2's user data.
    private final class ParseState {
        let writer: SanitizingWriter
        let context: htmlParserCtxtPtr

        init(writer: SanitizingWriter, context: htmlParserCtxtPtr) {
            self.writer = writer
            self.context = context
        }

        var offset: Int { Int(xmlByteConsumed(context)) }
    }

    private static func state(_ pointer: UnsafeMutableRawPointer?) -> ParseState {
        Unmanaged<ParseState>.fromOpaque(pointer!).takeUnretainedValue()
    }

    private static func handler() -> htmlSAXHandler {
        var sax = htmlSAXHandler()
        sax.startElement = { user, name, attributes in
            let state = HTMLSanitizer.state(user)
            defer { if state.writer.tooDeepAt != nil { xmlStopParser(state.context) } }
            var read: [HTMLAttribute] = []
            if var pair = attributes {
                while let attributeName = pair.pointee {
                    let value = pair.advanced(by: 1).pointee
                    read.append(HTMLAttribute(name: String(cString: attributeName).lowercased(), value: value.map { String(cString: $0) }))
                    pair = pair.advanced(by: 2)
                }
            }
            state.writer.start(HTMLSanitizer.name(name), attributes: read, offset: state.offset)
        }
        sax.endElement = { user, name in
            let state = HTMLSanitizer.state(user)
            state.writer.end(HTMLSanitizer.name(name), offset: state.offset)
        }
        let characters: charactersSAXFunc = { user, chunk, length in
            guard let chunk, length > 0 else { return }
            let state = HTMLSanitizer.state(user)
            state.writer.text(UnsafeBufferPointer(start: chunk, count: Int(length)), offset: state.offset)
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        // Script and style text: never shown, inside an element already removed.
        sax.cdataBlock = { user, _, _ in
            let state = HTMLSanitizer.state(user)
            state.writer.skipped(nil, offset: state.offset)
        }
        sax.comment = { user, _ in
            let state = HTMLSanitizer.state(user)
            state.writer.skipped(nil, offset: state.offset)
        }
        sax.processingInstruction = { user, target, _ in
            let state = HTMLSanitizer.state(user)
            state.writer.skipped("the processing instruction <?\(HTMLSanitizer.name(target))…>", offset: state.offset)
        }
        sax.internalSubset = { user, name, _, _ in
            let state = HTMLSanitizer.state(user)
            state.writer.skipped("the declaration <!DOCTYPE \(HTMLSanitizer.name(name))>", offset: state.offset)
        }
        return sax
    }

    private static func name(_ chars: UnsafePointer<xmlChar>?) -> String {
        chars.map { String(cString: $0).lowercased() } ?? ""
    }
}

/// libxml2 reports what it recovers from; none of it is the author's concern here.
private func ignoreError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {}
