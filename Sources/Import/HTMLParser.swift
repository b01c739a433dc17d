internal import CLibXML2
import Diagnostics

/// libxml2's HTML parser, the one place that holds its memory: the tree it builds is copied
/// into `HTMLNode` values and freed before `parse` returns.
enum HTMLParser {
    /// `xmlInitParser` must run once before threads parse at the same time; a `static let`
    /// runs it exactly once.
    private static let ready: Void = xmlInitParser()

    /// The `<html>` element of the page, or nil when libxml2 finds no document at all.
    static func parse(_ bytes: [UInt8]) -> HTMLElementNode? {
        _ = ready
        // RECOVER: pages as browsers accept them; NOERROR/NOWARNING: HTML5 tags are not errors
        // to us; NONET: never fetch anything.
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        // A page that names its encoding (`<meta charset>`) is read in it; any other as UTF-8,
        // not as the Latin-1 HTML 4 would assume.
        let encoding: String? = declaresCharset(bytes) ? nil : "UTF-8"
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
                    encoding.withOptionalCString { htmlReadMemory(start, Int32(buffer.count), nil, $0, options) }
                }
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return copy(root)
    }

    private static func declaresCharset(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased().contains("charset")
    }

    private static func copy(_ node: xmlNodePtr) -> HTMLElementNode {
        var attributes: [String: String] = [:]
        var property = node.pointee.properties
        while let current = property {
            let name = string(current.pointee.name).lowercased()
            if attributes[name] == nil, let value = xmlGetProp(node, current.pointee.name) {
                attributes[name] = string(value)
                policygen_xml_free(value)
            }
            property = current.pointee.next
        }
        var children: [HTMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: children.append(.element(copy(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: children.append(.text(string(current.pointee.content)))
            default: break
            }
            child = current.pointee.next
        }
        return HTMLElementNode(name: string(node.pointee.name).lowercased(), attributes: attributes,
                               children: children, line: Int(xmlGetLineNo(node)))
    }

    /// libxml2's text, without the control characters a content file may not hold (`&#127;`,
    /// or C1 characters: a page's Windows-1252 quotes read as Latin-1): the file import writes
    /// must load. A form feed is HTML's white space.
    private static func string(_ chars: UnsafePointer<xmlChar>?) -> String {
        guard let chars else { return "" }
        let text = String(cString: chars)
        guard !text.unicodeScalars.allSatisfy(SourceText.allows) else { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\u{0C}" { kept.append(" ") } else if SourceText.allows(scalar) { kept.append(scalar) }
        }
        return String(kept)
    }
}

extension Optional where Wrapped == String {
    fileprivate func withOptionalCString<Result>(_ body: (UnsafePointer<CChar>?) -> Result) -> Result {
        switch self {
        case .some(let text): text.withCString { body($0) }
        case .none: body(nil)
        }
    }
}
