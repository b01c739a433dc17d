import Diagnostics

/// Text decoded from YAML must obey the same rule as the files themselves: YAML's escapes
/// (`"\e"`, `"\x01"`, `"\u0085"`) could otherwise bring control characters into pages, feeds
/// and terminals.
public enum YAMLText {
    /// A diagnostic when `text` holds a control character other than tab and line feed, or a
    /// noncharacter (U+FFFE…).
    public static func problem(in text: String, at location: SourceLocation) -> Diagnostic? {
        guard let bad = text.unicodeScalars.first(where: isForbidden) else { return nil }
        return .error(.controlCharacter, at: location,
                      "the value holds the character \(bad.codePointName), which cannot be published",
                      hint: "remove it (YAML escapes such as \\e or \\x01 write control characters)")
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0xFDD0...0xFDEF: true
        default: scalar.value & 0xFFFE == 0xFFFE
        }
    }
}
