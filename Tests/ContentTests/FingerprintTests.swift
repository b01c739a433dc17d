import Content
import Foundation
import Testing

@Suite struct FingerprintTests {
    @Test func knownAnswers() {
        #expect(Fingerprint.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Fingerprint.sha256([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func theFingerprintIsOfTheRawBytesAsWritten() throws {
        let lf = "---\ntitle: Privacy\neffective: 2024-01-01\n---\nText.\n"
        let crlf = "\u{FEFF}" + lf.replacingOccurrences(of: "\n", with: "\r\n")
        var hashes: [String] = []
        for text in [lf, crlf] {
            let site = try LoadedFixture.load("-- content/privacy/v1/en.md --\nx\n") { folder in
                try Data(text.utf8).write(to: folder.appendingPathComponent("content/privacy/v1/en.md"))
            }
            defer { site.remove() }
            let original = try #require(site.content?.policy("privacy")?.versions.first?.original)
            #expect(original.sha256 == Fingerprint.sha256(Array(text.utf8)))
            hashes.append(original.sha256)
        }
        #expect(hashes[0] != hashes[1], "a BOM or CRLF is part of the published file")
    }
}
