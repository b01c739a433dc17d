import BlockHTML
import BuildCache
import Markdown
import Outline

/// A rendered text in the cache's binary form: everything a build uses of it (HTML, headings,
/// contents, the blocks the checks and redlines read, and links).
extension RenderedDocument {
    /// Returns where the blocks are in `writer`'s bytes.
    @discardableResult
    public func write(to writer: inout CacheWriter) -> Range<Int> {
        writer.write(html)
        writer.write(siteLinks) { writer, link in
            writer.write(link.lowerBound)
            writer.write(link.upperBound)
        }
        writer.write(headings) { $0.write($1) }
        writer.write(tableOfContents.entries) { $0.write($1) }
        let blocksStart = writer.bytes.count
        writer.write(blocks) { $0.write($1) }
        let blocksEnd = writer.bytes.count
        writer.write(blockStarts) { $0.write($1) }
        writer.write(links) { writer, link in
            writer.write(link.destination)
            writer.write(link.text)
            writer.write(link.isImage)
            writer.write(link.start)
        }
        writer.write(htmlSiteLinks) { writer, link in
            writer.write(link.destination)
            writer.write(link.start)
        }
        writer.write(removedHTML) { writer, removed in
            writer.write(removed.start)
            writer.write(removed.message)
        }
        writer.write(htmlIDs) { $0.write($1) }
        return blocksStart..<blocksEnd
    }

    /// `withHTML: false` leaves the HTML and the contents out (empty), which are most of the
    /// entry and which the checks never read.
    public init(from reader: inout CacheReader, withHTML: Bool = true) throws {
        var html = ""
        if withHTML { html = try reader.string() } else { try reader.skipString() }
        let siteLinks = try reader.siteLinks(within: withHTML ? html.utf8.count : .max)
        let headings = try reader.array { try $0.heading() }
        var entries: [TableOfContents.Entry] = []
        if withHTML { entries = try reader.array { try $0.contentsEntry() } } else { _ = try reader.array { try $0.contentsEntry() } }
        let blocks = try reader.array { try $0.block() }
        let starts = try reader.array { try $0.point() }
        let links = try reader.array { reader in
            DocumentLink(destination: try reader.string(), text: try reader.string(), isImage: try reader.bool(),
                         start: try reader.point())
        }
        let htmlSiteLinks = try reader.array { reader in
            DocumentLink(destination: try reader.string(), text: "", isImage: false, start: try reader.point())
        }
        let removedHTML = try reader.array { reader in RemovedHTML(start: try reader.point(), message: try reader.string()) }
        let htmlIDs = try reader.array { try $0.string() }
        self.init(html: html, siteLinks: withHTML ? siteLinks : [], headings: headings, tableOfContents: TableOfContents(entries: entries), blocks: blocks,
                  blockStarts: starts, links: links, htmlSiteLinks: htmlSiteLinks, removedHTML: removedHTML, htmlIDs: htmlIDs)
    }
}

extension RenderedDocument {
    /// The HTML and the contents, which the entry holds first: what a document page shows,
    /// read without the blocks.
    public static func pageParts(from reader: inout CacheReader) throws -> RenderedTexts.PageParts {
        let html = try reader.string()
        let siteLinks = try reader.siteLinks(within: html.utf8.count)
        _ = try reader.array { try $0.heading() }
        let entries = try reader.array { try $0.contentsEntry() }
        return RenderedTexts.PageParts(html: SiteLinkedHTML(html: html, siteLinks: siteLinks),
                                       tableOfContents: TableOfContents(entries: entries))
    }
}

extension CacheReader {
    /// The byte ranges of the site links' targets, each in order within an HTML of `count` bytes.
    mutating func siteLinks(within count: Int) throws -> [Range<Int>] {
        var previousEnd = 0
        return try array { reader in
            let start = try reader.int(), end = try reader.int()
            guard previousEnd <= start, start <= end, end <= count else { throw CacheReader.Malformed() }
            previousEnd = end
            return start..<end
        }
    }
}

extension CacheWriter {
    mutating func write(_ point: SourcePoint) {
        write(point.line)
        write(point.column)
    }

    mutating func write(_ heading: OutlineHeading) {
        write(heading.level)
        write(heading.text)
        write(heading.id)
        write(heading.isCustomID)
    }

    mutating func write(_ entry: TableOfContents.Entry) {
        write(entry.heading)
        write(entry.children) { $0.write($1) }
    }

    mutating func write(_ block: DocumentBlock) {
        switch block.kind {
        case .heading(let level, let id):
            write(0); write(level); write(id)
        case .paragraph:
            write(1)
        case .listItem(let task):
            write(2); write(task == nil ? 0 : task == .unchecked ? 1 : 2)
        case .tableRow(let isHeader, let alignments):
            write(3); write(isHeader)
            write(alignments) { writer, alignment in
                let code: Int = switch alignment { case .none: 0; case .left: 1; case .center: 2; case .right: 3 }
                writer.write(code)
            }
        case .codeBlock(let info):
            write(4); write(info)
        case .thematicBreak:
            write(5)
        case .htmlBlock(let html):
            write(6); write(html)
        case .footnoteDefinition(let label):
            write(7); write(label)
        }
        write(block.containers) { writer, container in
            switch container {
            case .blockQuote: writer.write(0)
            case .footnotes: writer.write(1)
            case .list(let style):
                switch style.numbering {
                case .bullet: writer.write(2)
                case .ordered(let start): writer.write(3); writer.write(start)
                }
                writer.write(style.isTight)
            }
        }
        write(block.sectionID)
        write(block.fields) { writer, field in writer.write(field) { $0.write($1) } }
    }

    mutating func write(_ span: InlineSpan) {
        switch span.content {
        case .text(let text): write(0); write(text)
        case .code(let code): write(1); write(code)
        case .softBreak: write(2)
        case .hardBreak: write(3)
        case .image(let image): write(4); write(image.source); write(image.title); write(image.alt)
        case .footnoteReference(let label): write(5); write(label)
        case .html(let html): write(6); write(html)
        case .emptyElement(let element): write(7); write(element)
        }
        write(span.marks) { writer, mark in
            switch mark {
            case .emphasis: writer.write(0)
            case .strong: writer.write(1)
            case .strikethrough: writer.write(2)
            case .link(let destination, let title): writer.write(3); writer.write(destination); writer.write(title)
            case .element(let element): writer.write(4); writer.write(element)
            }
        }
    }

    mutating func write(_ element: InlineElement) {
        write(element.name)
        write(element.attributes) { writer, attribute in
            writer.write(attribute.name); writer.write(attribute.value)
        }
    }
}

extension CacheReader {
    mutating func point() throws -> SourcePoint {
        SourcePoint(line: try int(), column: try int())
    }

    mutating func heading() throws -> OutlineHeading {
        OutlineHeading(level: try int(), text: try string(), id: try string(), isCustomID: try bool())
    }

    mutating func contentsEntry() throws -> TableOfContents.Entry {
        TableOfContents.Entry(heading: try heading(), children: try array { try $0.contentsEntry() })
    }

    mutating func block() throws -> DocumentBlock {
        let kind: DocumentBlock.Kind
        switch try int() {
        case 0: kind = .heading(level: try int(), id: try string())
        case 1: kind = .paragraph
        case 2:
            switch try int() {
            case 0: kind = .listItem(task: nil)
            case 1: kind = .listItem(task: .unchecked)
            case 2: kind = .listItem(task: .checked)
            default: throw Malformed()
            }
        case 3:
            let isHeader = try bool()
            kind = .tableRow(isHeader: isHeader, alignments: try array { reader in
                switch try reader.int() {
                case 0: .none
                case 1: .left
                case 2: .center
                case 3: .right
                default: throw Malformed()
                }
            })
        case 4: kind = .codeBlock(info: try string())
        case 5: kind = .thematicBreak
        case 6: kind = .htmlBlock(try string())
        case 7: kind = .footnoteDefinition(label: try string())
        default: throw Malformed()
        }
        let containers: [BlockContainer] = try array { reader in
            switch try reader.int() {
            case 0: return .blockQuote
            case 1: return .footnotes
            case 2: return .list(ListStyle(numbering: .bullet, isTight: try reader.bool()))
            case 3:
                let start = try reader.int()
                return .list(ListStyle(numbering: .ordered(start: start), isTight: try reader.bool()))
            default: throw Malformed()
            }
        }
        let sectionID = try optionalString()
        let fields = try array { reader in try reader.array { try $0.span() } }
        return DocumentBlock(kind: kind, containers: containers, sectionID: sectionID, fields: fields)
    }

    mutating func span() throws -> InlineSpan {
        let content: InlineSpan.Content
        switch try int() {
        case 0: content = .text(try string())
        case 1: content = .code(try string())
        case 2: content = .softBreak
        case 3: content = .hardBreak
        case 4: content = .image(InlineImage(source: try string(), title: try string(), alt: try string()))
        case 5: content = .footnoteReference(label: try string())
        case 6: content = .html(try string())
        case 7: content = .emptyElement(try element())
        default: throw Malformed()
        }
        let marks: [InlineMark] = try array { reader in
            switch try reader.int() {
            case 0: return .emphasis
            case 1: return .strong
            case 2: return .strikethrough
            case 3: return .link(destination: try reader.string(), title: try reader.string())
            case 4: return .element(try reader.element())
            default: throw Malformed()
            }
        }
        return InlineSpan(content, marks: marks)
    }

    mutating func element() throws -> InlineElement {
        let name = try string()
        return InlineElement(name: name, attributes: try array { reader in
            InlineElement.Attribute(name: try reader.string(), value: try reader.optionalString())
        })
    }
}
