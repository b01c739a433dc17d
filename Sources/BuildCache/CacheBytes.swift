/// The cache's binary form: little-endian variable-length integers and length-prefixed UTF-8.
/// Hand-written rather than Codable because a rebuild decodes every text of the site, and
/// Foundation's coders cost more than rendering them again.
public struct CacheWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// A writer whose storage holds `capacity` bytes before it grows: an entry of tens of
    /// kilobytes otherwise grows by doubling, copied each time, into pages faulted anew.
    public init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func write(_ value: Int) {
        // Zig-zag, so that small negative numbers stay short.
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    public mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    public mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }

    /// Inlinable, as `CacheReader.array` is.
    @inlinable
    public mutating func write<Element>(_ values: [Element], _ each: (inout CacheWriter, Element) -> Void) {
        write(values.count)
        for value in values { each(&self, value) }
    }

    /// What another writer wrote, as it wrote it.
    public mutating func append(_ written: [UInt8]) {
        bytes.append(contentsOf: written)
    }
}

/// Reads what `CacheWriter` wrote; any inconsistency throws, and the entry counts as missing.
public struct CacheReader {
    public struct Malformed: Error {
        public init() {}
    }

    @usableFromInline let bytes: [UInt8]
    @usableFromInline var offset = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var isAtEnd: Bool { offset == bytes.count }

    /// Reads the string an entry starts with, naming its kind and format.
    public mutating func expect(_ magic: String) throws {
        guard try string() == magic else { throw Malformed() }
    }

    /// Throws unless every byte was read: a longer file is not the entry it claims to be.
    public func finish() throws {
        guard isAtEnd else { throw Malformed() }
    }

    public mutating func int() throws -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        let value = Int(truncatingIfNeeded: Int64(bitPattern: result))
        return Int(bitPattern: UInt(bitPattern: value) >> 1) ^ -(value & 1)
    }

    public mutating func bool() throws -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset] == 1
    }

    public mutating func string() throws -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        defer { offset += count }
        return String(decoding: bytes[offset ..< offset + count], as: UTF8.self)
    }

    /// Passes over a string without decoding it.
    public mutating func skipString() throws {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        offset += count
    }

    public mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    public mutating func optionalInt() throws -> Int? {
        try bool() ? try int() : nil
    }

    /// Inlinable so that it is made for each kind of element where it is used: a generic
    /// function called across modules looks its element's type up at run time on every call,
    /// which was a tenth of decoding a text.
    @inlinable
    public mutating func array<Element>(_ each: (inout CacheReader) throws -> Element) throws -> [Element] {
        let count = try int()
        // Every element takes at least one byte: a larger count is a damaged file.
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        var result: [Element] = []
        result.reserveCapacity(count)
        for _ in 0 ..< count { result.append(try each(&self)) }
        return result
    }
}
