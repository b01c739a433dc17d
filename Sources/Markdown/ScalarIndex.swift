/// Unicode scalars counted in a UTF-8 text without walking it from a line's start each time.
///
/// cmark places nodes in bytes, diagnostics in scalars. Counting a line's scalars up to each
/// link was quadratic on one long line of thousands of links; here the count of continuation
/// bytes (10xxxxxx, one less scalar each) is kept for every 64 bytes, so a question costs a
/// binary search and at most 64 bytes.
struct ScalarIndex {
    private static let stride = 64
    private let bytes: [UInt8]
    /// Continuation bytes before offset `k * stride`, for every k up to the end.
    private let continuations: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var counts = [0]
        counts.reserveCapacity(bytes.count / Self.stride + 2)
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let end = min(offset + Self.stride, buffer.count)
                for index in offset..<end where buffer[index] & 0xC0 == 0x80 { count += 1 }
                counts.append(count)
                offset = end
            }
        }
        continuations = counts
    }

    /// Scalars that start before byte `offset`.
    func scalars(before offset: Int) -> Int {
        let offset = min(max(offset, 0), bytes.count)
        let block = offset / Self.stride
        var continuation = continuations[block]
        for index in block * Self.stride..<offset where bytes[index] & 0xC0 == 0x80 { continuation += 1 }
        return offset - continuation
    }

    /// Scalars in `range`.
    func scalars(in range: Range<Int>) -> Int {
        scalars(before: range.upperBound) - scalars(before: range.lowerBound)
    }

    /// The byte offset where the scalar `count` scalars after `start` begins; `end` when
    /// `start..<end` holds fewer.
    func offset(ofScalar count: Int, from start: Int, end: Int) -> Int {
        let target = scalars(before: start) + count
        // The last checkpoint at or before the scalar: scalars before `k * stride` grow with k.
        var low = start / Self.stride
        var high = continuations.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if middle * Self.stride - continuations[middle] <= target { low = middle } else { high = middle - 1 }
        }
        var offset = max(low * Self.stride, start)
        var seen = scalars(before: offset)
        while offset < end {
            if bytes[offset] & 0xC0 != 0x80 {
                if seen == target { return offset }
                seen += 1
            }
            offset += 1
        }
        return end
    }
}
