/// Finding ASCII markers in cmark's HTML as bytes. Foundation's `range(of:)` folds Unicode and
/// the standard library's generic `firstRange(of:)` instantiates generic metadata on every
/// call; both showed up as a large share of a build's time.
extension Substring {
    /// The first occurrence of `needle` (ASCII) in the text.
    func firstRange(ofBytes needle: String) -> Range<String.Index>? {
        let wanted = Array(needle.utf8)
        guard let first = wanted.first else { return nil }
        let found: Int?? = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.count >= wanted.count else { return nil }
            var offset = 0
            let last = bytes.count - wanted.count
            while offset <= last {
                if bytes[offset] == first {
                    var matched = 1
                    while matched < wanted.count, bytes[offset + matched] == wanted[matched] { matched += 1 }
                    if matched == wanted.count { return offset }
                }
                offset += 1
            }
            return nil
        }
        let offset: Int?
        if let found { offset = found } else { offset = Self.slowSearch(Array(utf8), wanted) }
        guard let offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: wanted.count)
    }

    private static func slowSearch(_ bytes: [UInt8], _ wanted: [UInt8]) -> Int? {
        guard bytes.count >= wanted.count else { return nil }
        for offset in 0...(bytes.count - wanted.count) where bytes[offset..<offset + wanted.count].elementsEqual(wanted) {
            return offset
        }
        return nil
    }
}
