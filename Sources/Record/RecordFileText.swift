/// The text of `policygen.lock`, written by hand: byte for byte what Foundation's JSONEncoder
/// writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (RecordTests compares
/// the two on awkward strings and whole records), at a fraction of its cost on a large record,
/// which a rebuild rewrites whenever an entry is added.
struct RecordFileText {
    private(set) var bytes: [UInt8] = []

    /// `{ "format": …, "policies": { slug: [entry, …] } }`, keys sorted by their UTF-8 bytes.
    init(format: String, policies: [String: [RecordEntry]]) {
        bytes.reserveCapacity(policies.values.reduce(64) { $0 + $1.count * 800 })
        append("{\n")
        key("format", indent: 1)
        string(format)
        append(",\n")
        key("policies", indent: 1)
        let slugs = policies.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        open("{")
        for (index, slug) in slugs.enumerated() {
            if index > 0 { append(",\n") }
            key(slug, indent: 2)
            let entries = policies[slug] ?? []
            open("[")
            for (position, entry) in entries.enumerated() {
                if position > 0 { append(",\n") }
                indent(3)
                write(entry)
            }
            close("]", indent: 2)
        }
        close("}", indent: 1)
        append("\n}\n")
    }

    /// The fields in the order of their names' UTF-8 bytes, as `.sortedKeys` puts them; absent values as null.
    private mutating func write(_ entry: RecordEntry) {
        append("{\n")
        field("effective", entry.effective)
        field("event", entry.event.rawValue)
        field("hash", entry.hash)
        field("language", entry.language)
        field("previous", entry.previous)
        field("published", entry.published)
        field("recorded", entry.recorded)
        field("source_sha256", entry.sourceSHA256)
        field("text_sha256", entry.textSHA256)
        key("translated", indent: 4)
        append(entry.translated ? "true,\n" : "false,\n")
        key("version", indent: 4)
        string(entry.version)
        append("\n")
        indent(3)
        append("}")
    }

    private mutating func field(_ name: String, _ value: String?) {
        key(name, indent: 4)
        if let value { string(value) } else { append("null") }
        append(",\n")
    }

    /// JSONEncoder's pretty form: an opening bracket and a newline; an empty container still
    /// gets a blank line before its closing bracket.
    private mutating func open(_ bracket: String) {
        append(bracket)
        append("\n")
    }

    private mutating func close(_ bracket: String, indent depth: Int) {
        append("\n")
        indent(depth)
        append(bracket)
    }

    private mutating func key(_ name: String, indent depth: Int) {
        indent(depth)
        string(name)
        append(" : ")
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Quoted; `"` and `\` escaped, control characters as `\b \f \n \r \t` or `\u00xx` (lowercase
    /// hex), everything else (`/`, non-ASCII) as its UTF-8 bytes.
    private mutating func string(_ value: String) {
        bytes.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x08: bytes.append(0x5C); bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(0x5C); bytes.append(UInt8(ascii: "f"))
            case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
            case 0x00..<0x20:
                append("\\u00")
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    private static let hex = Array("0123456789abcdef".utf8)
}
