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

    @Test func combiningMarksAndLaterScalarsAreNotAccepted() {
        #expect(!HeadingSlug.isNFC("e\u{301}"))
        #expect(!HeadingSlug.isNFC("Ω"))
        #expect(!HeadingSlug.isNFC("\u{2000}"))
        #expect(HeadingSlug.isNFC("Controller’s duties – an overview…"))
        #expect(!HeadingSlug.isNFC("個人情報"))
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
