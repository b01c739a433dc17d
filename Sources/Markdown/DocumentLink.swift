/// A position in a content file: 1-based line, and column in Unicode scalars.
public struct SourcePoint: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A link or image of a body as written (variables inserted), for the checks: its target
/// before the safe-mode rule, its text, and where it starts in the file.
public struct DocumentLink: Sendable, Hashable {
    public var destination: String
    /// The plain text of the link's content; empty for an image.
    public var text: String
    public var isImage: Bool
    public var start: SourcePoint

    public init(destination: String, text: String, isImage: Bool, start: SourcePoint) {
        self.destination = destination
        self.text = text
        self.isImage = isImage
        self.start = start
    }
}

/// A link as the block reader finds it, positioned in the parsed text (line, byte column).
struct ParsedLink {
    var destination: String
    var text: String
    var isImage: Bool
    var start: (line: Int, column: Int)
}

/// Turns cmark's positions in the parsed text (line, byte column) into positions in the file.
struct ParsedPositions {
    private let bytes: [UInt8]
    private var lineStarts: [Int] = [0]
    private let placeholders: VariablePlaceholders
    private let firstLine: Int

    init(_ placeholders: VariablePlaceholders, firstLine: Int) {
        self.placeholders = placeholders
        self.firstLine = firstLine
        bytes = Array(placeholders.text.utf8)
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
    }

    func point(line: Int, byteColumn: Int) -> SourcePoint {
        guard line >= 1, line <= lineStarts.count else { return SourcePoint(line: firstLine, column: 1) }
        let start = lineStarts[line - 1]
        let end = min(start + max(byteColumn - 1, 0), bytes.count)
        let scalars = bytes[start..<end].count { $0 & 0xC0 != 0x80 }
        return SourcePoint(line: firstLine + line - 1,
                           column: placeholders.originalColumn(line: line, column: scalars + 1))
    }
}
