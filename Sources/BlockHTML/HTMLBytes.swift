/// HTML being written, as UTF-8 bytes. A redline is written a word at a time; appending to a
/// byte array is a copy, where appending to a String also keeps its flags and indices up to date.
public struct HTMLBytes {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public var isEmpty: Bool { bytes.isEmpty }

    /// The HTML as a String.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public static func += (html: inout HTMLBytes, piece: String) {
        html.bytes.append(contentsOf: piece.utf8)
    }

    public static func += (html: inout HTMLBytes, piece: HTMLBytes) {
        html.bytes.append(contentsOf: piece.bytes)
    }

    mutating func append(contentsOf bytes: [UInt8]) {
        self.bytes.append(contentsOf: bytes)
    }

    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// `text` as element text, escaped as `HTMLText.escapeText` escapes it (`&`, `<`, `>`, `"`;
    /// not `'`, as cmark-gfm), without making an escaped copy first.
    public mutating func appendEscaped(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { source in
            // The stretches between the bytes to escape are copied whole.
            var start = 0
            for index in source.indices {
                let entity: String
                switch source[index] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                bytes += entity.utf8
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
        }
        precondition(appended != nil, "a contiguous string's bytes are readable in place")
    }
}
