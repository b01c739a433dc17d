import Crypto

/// A cache key: SHA-256 over everything an entry depends on, each part length-prefixed so that
/// ("ab", "c") and ("a", "bc") differ. Stable across runs and machines, unlike `Hasher`.
public struct CacheKey: Sendable, Hashable, CustomStringConvertible {
    public let hex: String

    public var description: String { hex }

    public init(hex: String) { self.hex = hex }

    /// Builds a key from its parts.
    public struct Builder {
        private var hash = SHA256()

        public init(_ purpose: String) { add(purpose) }

        public mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { add(bytes: $0) }
        }

        public mutating func add(_ value: Int) {
            withUnsafeBytes(of: Int64(value).littleEndian) { hash.update(bufferPointer: $0) }
        }

        public mutating func add(_ value: Bool) { add(value ? 1 : 0) }

        public mutating func add(_ text: String?) {
            add(text != nil)
            if let text { add(text) }
        }

        public mutating func add(_ value: Int?) {
            add(value != nil)
            if let value { add(value) }
        }

        public mutating func add(_ key: CacheKey) { add(key.hex) }

        public mutating func add(bytes: some Collection<UInt8>) {
            add(bytes.count)
            if let done = bytes.withContiguousStorageIfAvailable({ hash.update(bufferPointer: UnsafeRawBufferPointer($0)) }) {
                return done
            }
            hash.update(data: Array(bytes))
        }

        /// The digest in lowercase hex, written straight into one string (a rebuild finishes a
        /// key for each of its thousands of files).
        public func finish() -> CacheKey {
            let digest = hash.finalize()
            return CacheKey(hex: String(unsafeUninitializedCapacity: 2 * SHA256.byteCount) { buffer in
                var index = 0
                for byte in digest {
                    buffer[index] = Self.digits[Int(byte >> 4)]
                    buffer[index + 1] = Self.digits[Int(byte & 15)]
                    index += 2
                }
                return index
            })
        }

        private static let digits = Array("0123456789abcdef".utf8)
    }
}
