import Foundation
@testable import Outline
import Testing

/// `HeadingSlug.isNFC` lets a slug skip Foundation's normalisation: wherever it says yes,
/// Foundation must agree, for every scalar it accepts and every pair of them.
@Suite struct HeadingSlugNFCTests {
    private static let accepted = (Array(0..<0x300) + Array(0x2002...0x206F)).compactMap(Unicode.Scalar.init).map { String($0) }

    @Test func everyAcceptedScalarIsItsOwnNFC() {
        for text in Self.accepted {
            #expect(HeadingSlug.isNFC(text))
            #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars))
        }
    }

    @Test func everyPairOfAcceptedScalarsIsItsOwnNFC() {
        var mismatches: [String] = []
        for first in Self.accepted {
            for second in Self.accepted.dropFirst(0x80) {
                let text = first + second
                if !text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars) {
                    mismatches.append(text)
                }
            }
        }
        #expect(mismatches.isEmpty)
    }

    /// CJK punctuation, kana, every 97th unified ideograph and the full-width forms.
    private static let acceptedEastAsian = (Array(0x3000...0x3029) + Array(0x3041...0x3096) + Array(0x30A1...0x30FC)
        + Array(stride(from: 0x4E00, through: 0x9FFF, by: 97)) + Array(0xFF01...0xFF5E))
        .compactMap(Unicode.Scalar.init).map { String($0) }

    @Test func everyAcceptedEastAsianScalarIsItsOwnNFC() {
        for value in Array(0x3000...0x3029) + Array(0x3041...0x3096) + Array(0x30A1...0x30FC) + Array(0x4E00...0x9FFF)
            + Array(0xFF01...0xFF5E) {
            let text = String(Unicode.Scalar(UInt32(value))!)
            #expect(HeadingSlug.isNFC(text))
            #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars), "U+\(value)")
        }
    }

    @Test func everyPairWithAnAcceptedEastAsianScalarIsItsOwnNFC() {
        var mismatches: [String] = []
        let others = Self.acceptedEastAsian + Self.accepted.filter { $0.unicodeScalars.first!.value >= 0x80 }
        for first in Self.acceptedEastAsian + Self.accepted {
            for second in (first.unicodeScalars.first!.value >= 0x3000 ? Self.acceptedEastAsian + Self.accepted : others) {
                let text = first + second
                if !text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars) {
                    mismatches.append(text)
                }
            }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func combiningMarksAndLaterScalarsAreNotAccepted() {
        #expect(!HeadingSlug.isNFC("e\u{301}"))
        #expect(!HeadingSlug.isNFC("Ω"))
        #expect(!HeadingSlug.isNFC("\u{2000}"))
        #expect(HeadingSlug.isNFC("Controller’s duties – an overview…"))
        #expect(HeadingSlug.isNFC("個人情報"))
        #expect(!HeadingSlug.isNFC("\u{304B}\u{3099}"))
        #expect(!HeadingSlug.isNFC("\u{F900}"))
        #expect(HeadingSlug.isNFC("Données personnelles ÿ ſ ɐ ˿"))
    }

    @Test func slugsOfLatinTextsAreUnchanged() {
        #expect(HeadingSlug.slug(for: "Données Personnelles") == "données-personnelles")
        #expect(HeadingSlug.slug(for: "Über uns: Datenschutz") == "über-uns-datenschutz")
        // Lowercasing İ gives i and a combining dot: the general path.
        #expect(HeadingSlug.slug(for: "\u{130}stanbul") == "i\u{307}stanbul")
    }
}

/// `HeadingSlug` answers ASCII without Unicode's property tables; both must agree.
@Suite struct HeadingSlugASCIITests {
    /// The byte-by-byte slug of ASCII against the general path, which it skips.
    @Test func asciiSlugsAreTheGeneralPathsSlugs() {
        var texts = ["Données", "", "   ", "-- Data: use --", "Data - use", "A\tB\nC", "***", "?!", "snake_case Words 42",
                     "  Leading and trailing  ", "UPPER lower MiXeD", "a--b", "_", "-_-", "x\u{7F}y", "Ünïcode"]
        // Every ASCII scalar, alone and between letters.
        for value in UInt8(0)..<0x80 {
            let character = String(UnicodeScalar(value))
            texts += [character, "Ab" + character + "Cd", character + " " + character]
        }
        for text in texts {
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(HeadingSlug.asciiSlug(for: text) == HeadingSlug.unicodeSlug(for: text), "\(text.debugDescription)")
            } else {
                #expect(HeadingSlug.asciiSlug(for: text) == nil)
                #expect(HeadingSlug.slug(for: text) == HeadingSlug.unicodeSlug(for: text))
            }
        }
    }

    @Test func everyASCIIScalarIsClassedAsItsProperties() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            #expect(HeadingSlug.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(value)")
            let idByProperties: Bool = switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
                true
            default:
                scalar == "-" || scalar == "_"
            }
            #expect(HeadingSlug.isIDScalar(scalar) == idByProperties, "U+\(value)")
        }
    }
}
