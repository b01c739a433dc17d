#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the lines of a UTF-8 text start: 0, and the offset after each line feed. Found with
/// memchr: a Swift loop over every byte of every body showed up in profiles of the Markdown
/// stage, and each body is scanned twice (as parsed, and as written).
enum LineStarts {
    static func of(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                starts.append(offset)
            }
        }
        return starts
    }
}
