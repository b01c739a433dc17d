/// Foundation's `trimmingCharacters(in: .whitespaces)` by the scalars' values: the first call
/// to Foundation's trimming in a process bridges to NSString and builds its character sets, a
/// millisecond or two that the checks of a short text paid in full.
extension StringProtocol {
    var trimmingHorizontalSpace: String {
        let string = String(self)
        let scalars = string.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isHorizontalSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isHorizontalSpace($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return string }
        // By scalars, as Foundation trims: a space under a combining mark goes too.
        return String(scalars[first...last])
    }
}

/// The scalars of `CharacterSet.whitespaces` on every platform Foundation runs on: the tab,
/// Unicode's space separators, and the zero-width space (CoreFoundation's own addition).
func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
    default: false
    }
}
