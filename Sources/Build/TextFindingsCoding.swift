import BuildCache
import Checks
import Diagnostics

/// What the checks found in a text, kept by the text so that a rebuild checks only what
/// changed (`TextFindings`).
extension TextFindings {
    private static let magic = "policygen text checks 2"

    public func encoded() -> [UInt8] {
        var writer = CacheWriter()
        writer.write(Self.magic)
        writer.write(findings) { $0.write($1) }
        writer.write(suppressions) { writer, scope in
            writer.write(scope.codes) { $0.write($1) }
            writer.write(scope.lines?.lowerBound)
            writer.write(scope.lines?.upperBound)
        }
        for links in [siteLinks, rootLinks] {
            writer.write(links) { writer, link in
                writer.write(link.destination)
                writer.write(link.location)
            }
        }
        writer.write(headings) { writer, heading in
            writer.write(heading.level)
            writer.write(heading.id)
            writer.write(heading.isCustomID)
            writer.write(heading.text)
            writer.write(heading.location)
        }
        writer.write(footnoteLabels) { $0.write($1) }
        writer.write(htmlIDs) { $0.write($1) }
        writer.write(sameBlocksAsPrevious.map { $0 ? 1 : 0 })
        return writer.bytes
    }

    /// nil when the bytes are not an entry of this kind and version.
    public init?(cached bytes: [UInt8]) {
        var reader = CacheReader(bytes)
        guard let read = try? Self.read(&reader) else { return nil }
        self = read
    }

    private static func read(_ reader: inout CacheReader) throws -> TextFindings {
        try reader.expect(magic)
        let findings = try reader.array { try $0.diagnostic() }
        let suppressions = try reader.array { reader -> SuppressedCodes in
            let codes = try reader.array { try $0.string() }
            let first = try reader.optionalInt(), last = try reader.optionalInt()
            guard let first, let last else { return SuppressedCodes(codes: codes, lines: nil) }
            guard first <= last else { throw CacheReader.Malformed() }
            return SuppressedCodes(codes: codes, lines: first...last)
        }
        let link = { (reader: inout CacheReader) throws -> WrittenLink in
            WrittenLink(destination: try reader.string(), location: try reader.location())
        }
        let siteLinks = try reader.array(link)
        let rootLinks = try reader.array(link)
        let headings = try reader.array { reader in
            PlacedHeading(level: try reader.int(), id: try reader.string(), isCustomID: try reader.bool(),
                          text: try reader.string(), location: try reader.location())
        }
        let footnoteLabels = try reader.array { try $0.string() }
        let htmlIDs = try reader.array { try $0.string() }
        let same = try reader.optionalInt().map { $0 == 1 }
        try reader.finish()
        return TextFindings(findings: findings, suppressions: suppressions, siteLinks: siteLinks, rootLinks: rootLinks,
                            headings: headings, footnoteLabels: footnoteLabels, htmlIDs: htmlIDs, sameBlocksAsPrevious: same)
    }
}

extension CacheWriter {
    mutating func write(_ location: SourceLocation) {
        write(location.path)
        write(location.line)
        write(location.column)
    }
}

extension CacheReader {
    mutating func location() throws -> SourceLocation {
        SourceLocation(path: try string(), line: try optionalInt(), column: try optionalInt())
    }
}
