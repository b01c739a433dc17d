import Diagnostics
import Foundation
import Testing

/// The eight-bytes-at-a-time scan of `SourceText` against its rule stated scalar by scalar,
/// with every kind of character at every place in a word and next to every other kind.
@Suite struct ControlScanTests {
    /// C0 controls but tab and line breaks, DEL, and C1 controls are refused.
    static func refused(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar)) || (0x7F...0x9F).contains(scalar.value)
        }
    }

    static let pieces = ["a", "é", "\u{A0}", "\u{A9}", "\u{80}", "\u{85}", "\u{9F}", "\u{7F}", "\u{01}", "\u{1F}",
                         "\u{0B}", "\r", "\n", "\r\n", "\t", " ", "日", "😀", "\u{C2}"]

    @Test func theScanAgreesWithTheRuleEverywhereInAWord() {
        var mismatches: [String] = []
        for first in Self.pieces {
            for second in Self.pieces {
                for offset in 0..<17 {
                    let text = String(repeating: "x", count: offset) + first + second + String(repeating: "y", count: 9)
                    let expected = Self.refused(text)
                        ? nil
                        : text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                    let decoded = try? SourceText.decode(Array(text.utf8), path: "f.md").get()
                    if decoded != expected { mismatches.append(String(reflecting: text)) }
                }
            }
        }
        #expect(mismatches == [])
    }

    @Test func aPartCutAtALineBreakIsThatPartOfTheText() throws {
        let text = "---\ntitle: Über\n---\nDatenschutz für alle\n"
        let checked = try SourceText.checked(Array(text.utf8), path: "f.md").get()
        let cut = try #require(checked.bytes.indices.filter { checked.bytes[$0] == 0x0A }.dropFirst(2).first)
        #expect(checked.text(0..<(cut + 1)) == "---\ntitle: Über\n---\n")
        #expect(checked.text((cut + 1)..<checked.bytes.count) == "Datenschutz für alle\n")
        #expect(checked.text() == text)
    }

    @Test func aPartCutInsideACharacterIsDecodedWithReplacements() throws {
        let checked = try SourceText.checked(Array("aé".utf8), path: "f.md").get()
        #expect(checked.text(0..<2) == "a\u{FFFD}")
        #expect(checked.text(2..<3) == "\u{FFFD}")
    }
}
