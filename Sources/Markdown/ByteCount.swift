/// Counting one byte in a text, in a loop the compiler turns into vector instructions: the
/// limits checked before the parse (`NodeBudget`, `TableWidth`) ask first whether a text holds
/// enough of their byte to pass them at all, which nearly no text does, and read it line by
/// line only then.
enum ByteCount {
    static func occurrences(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for candidate in bytes { count &+= candidate == byte ? 1 : 0 }
        return count
    }
}
