#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding ASCII markers in cmark's HTML as bytes. Foundation's `range(of:)` folds Unicode and
/// the standard library's generic `firstRange(of:)` instantiates generic metadata on every
/// call; both showed up as a large share of a build's time.
extension Substring {
    /// The first occurrence of `needle` (ASCII) in the text.
    func firstRange(ofBytes needle: String) -> Range<String.Index>? {
        let wanted = Array(needle.utf8)
        guard !wanted.isEmpty else { return nil }
        // memchr for the needle's first byte that is not a letter or space (`=` of ` align="`,
        // `<` of a tag), which is rare in HTML, then a comparison: many times quicker than a
        // loop over every byte, and CellAlignment looks through the whole HTML of every text.
        let anchor = wanted.firstIndex { !($0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "z")) && $0 != 0x20 } ?? 0
        let found: Int?? = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.count >= wanted.count, let base = bytes.baseAddress else { return nil }
            let last = bytes.count - wanted.count
            var from = anchor
            while from <= last + anchor,
                  let hit = memchr(base + from, Int32(wanted[anchor]), last + anchor + 1 - from) {
                let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base) - anchor
                if wanted.withUnsafeBufferPointer({ memcmp(base + offset, $0.baseAddress!, wanted.count) == 0 }) {
                    return offset
                }
                from = offset + anchor + 1
            }
            return nil
        }
        let offset: Int?
        if let found { offset = found } else { offset = Self.slowSearch(Array(utf8), wanted) }
        guard let offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: wanted.count)
    }

    static func slowSearch(_ bytes: [UInt8], _ wanted: [UInt8]) -> Int? {
        guard bytes.count >= wanted.count else { return nil }
        for offset in 0...(bytes.count - wanted.count) where bytes[offset..<offset + wanted.count].elementsEqual(wanted) {
            return offset
        }
        return nil
    }
}
