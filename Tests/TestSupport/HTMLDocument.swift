internal import CLibXML2
import Foundation

/// A page parsed with libxml2's HTML parser and queried with XPath.
///
/// Results are copied into Swift values (`HTMLElement`, `String`), so only this
/// object owns libxml2 memory; it frees the tree in `deinit`. It is not Sendable:
/// make one per test.
///
/// libxml2 2.9's HTML parser follows HTML4, not the HTML5 tree builder; what a
/// test writer has to know (each point pinned by `HTMLParserQuirkTests`):
/// - HTML5 and unknown elements (`nav`, `main`, `header`, `footer`, `time`,
///   `details`, `summary`, `foo-bar`) are kept as ordinary elements where they are
///   written; libxml2 only complains about them, and that complaint is silenced.
/// - Tag and attribute names are lowercased: query `//nav`, never `//NAV`.
/// - No namespaces, even for inline `<svg>`: plain `//svg/path` works.
/// - An open `<p>` is closed by HTML4 blocks (`div`, `ul`, `h2`, `table`,
///   `blockquote`, `p`) but NOT by HTML5 ones: `<p>a<nav>b</nav>` puts the nav
///   *inside* the paragraph (same for main, header, footer, section, article, aside,
///   details, figure), where a browser closes the paragraph first. Harmless for our
///   theme, which closes every `<p>`; beware with hand-written HTML.
/// - A `<p>` (or `ul`, `h1`) inside `<nav>`, `<main>` or `<header>` stays inside it,
///   so `//main//h2` and `//nav//a` work as in a browser.
/// - An HTML5 element written inside `<head>` stays in `head` (a browser would
///   move it to `body`).
/// - Fragments get an implied `<html><body>`, and bare top-level text an implied
///   `<p>`: `HTMLDocument("just text")` has `//body/p`.
/// - `text` keeps the source's whitespace and newlines: trim or normalize before comparing.
/// - HTML4 entities (`&nbsp;` → U+00A0, `&rsquo;`) and `&apos;` are decoded;
///   HTML5-only or unknown names (`&NewLine;`, `&foo;`) stay as written.
/// - `<script>`/`<style>` contents are raw text, never elements.
/// - Of a repeated attribute (`id=a id=b`) the first wins, as in browsers.
public final class HTMLDocument {
    private let document: htmlDocPtr

    /// Parses `html` as UTF-8, recovering from errors the way a browser would, quietly.
    /// Throws `HTMLError.noDocument` only when libxml2 builds nothing (e.g. empty input).
    public convenience init(_ html: String) throws {
        try self.init(utf8: Array(html.utf8))
    }

    /// Parses the file at `url` (a page written by the generator) as UTF-8.
    public convenience init(contentsOf url: URL) throws {
        try self.init(utf8: Array(try Data(contentsOf: url)))
    }

    private init(utf8 bytes: [UInt8]) throws {
        _ = LibXML2.ready
        // RECOVER: real-world HTML; NOERROR/NOWARNING: libxml2 would otherwise print
        // every HTML5 tag as "invalid" on stderr; NONET: never fetch anything.
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let parsed else { throw HTMLError.noDocument }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The elements matched by `xpath`, in document order; other node kinds
    /// (text, attributes, comments) are skipped. Throws on an invalid expression
    /// or one that is not a node set (`count(//a)`).
    public func select(_ xpath: String) throws -> [HTMLElement] {
        try evaluate(xpath) { nodes in
            nodes.filter { $0.pointee.type == XML_ELEMENT_NODE }.map { HTMLElement(node: $0) }
        } scalar: { _ in
            throw HTMLError.notANodeSet(expression: xpath)
        }
    }

    /// The first element matched by `xpath`, or nil.
    public func first(_ xpath: String) throws -> HTMLElement? {
        try select(xpath).first
    }

    /// The XPath string value of every node matched (`//a/@href`, `//h2/text()`,
    /// `//li`); a scalar expression (`count(//a)`, `string(//title)`) gives one string.
    public func strings(_ xpath: String) throws -> [String] {
        try evaluate(xpath) { nodes in
            nodes.map { LibXML2.consume(xmlXPathCastNodeToString($0)) }
        } scalar: { object in
            [LibXML2.consume(xmlXPathCastToString(object))]
        }
    }

    /// The text of every comment in the page, in order (e.g. to spot
    /// `<!-- raw HTML omitted -->` left by the Markdown renderer).
    public var comments: [String] {
        // A constant, valid expression: it cannot fail.
        (try? strings("//comment()")) ?? []
    }

    /// Runs `xpath` against the whole document and hands the result to
    /// `nodes` (node sets) or `scalar` (numbers, strings, booleans) while it is alive.
    private func evaluate<T>(
        _ xpath: String,
        nodes: ([xmlNodePtr]) throws -> T,
        scalar: (xmlXPathObjectPtr) throws -> T
    ) throws -> T {
        guard let context = xmlXPathNewContext(document) else {
            throw HTMLError.invalidXPath(expression: xpath, reason: "no XPath context")
        }
        defer { xmlXPathFreeContext(context) }
        // libxml2 would print XPath errors to stderr; we throw them instead.
        let (evaluated, messages) = LibXML2.capturingErrors { xmlXPathEval(xpath, context) }
        guard let result = evaluated else {
            let reason = messages.isEmpty ? "XPath evaluation failed" : messages.joined(separator: "; ")
            throw HTMLError.invalidXPath(expression: xpath, reason: reason)
        }
        defer { xmlXPathFreeObject(result) }

        guard result.pointee.type == XPATH_NODESET else { return try scalar(result) }
        guard let set = result.pointee.nodesetval, let table = set.pointee.nodeTab else { return try nodes([]) }
        let found = UnsafeBufferPointer(start: table, count: Int(set.pointee.nodeNr)).compactMap { $0 }
        return try nodes(found)
    }
}
