import Config
import Markdown
import Outline
import Synchronization
import Testing

/// Deferred texts (a build reading its cache): made on first use, the recent ones kept, and
/// always the same document whichever way it was got.
@Suite struct DeferredTextsTests {
    final class Calls: Sendable {
        let count = Mutex(0)
    }

    static func document(_ number: Int) -> RenderedDocument {
        RenderedDocument(html: "<p>Text \(number)</p>\n", headings: [], tableOfContents: TableOfContents(entries: []))
    }

    static func texts(_ count: Int, calls: Calls) -> RenderedTexts {
        var deferred: [RenderedTexts.Key: @Sendable () -> RenderedDocument] = [:]
        for number in 0 ..< count {
            deferred[RenderedTexts.Key(policy: "p\(number)", version: "v1", language: LanguageCode(rawValue: "en")!)] = {
                calls.count.withLock { $0 += 1 }
                return document(number)
            }
        }
        return RenderedTexts(documents: [:], deferred: deferred, linkedPolicies: [:])
    }

    @Test func aTextAskedForAgainIsNotMadeAgain() {
        let calls = Calls()
        let texts = Self.texts(3, calls: calls)
        for _ in 0 ..< 5 { #expect(texts["p1", "v1", LanguageCode(rawValue: "en")!] == Self.document(1)) }
        #expect(calls.count.withLock { $0 } == 1)
        #expect(texts["p9", "v1", LanguageCode(rawValue: "en")!] == nil, "no such text")
    }

    @Test func moreTextsThanAreKeptStillGiveTheRightDocuments() {
        let calls = Calls()
        let texts = Self.texts(200, calls: calls)
        for round in 0 ..< 2 {
            for number in 0 ..< 200 {
                #expect(texts["p\(number)", "v1", LanguageCode(rawValue: "en")!] == Self.document(number), "round \(round)")
            }
        }
        // A pass in order over more texts than are kept finds none of them kept: each is made again.
        #expect(calls.count.withLock { $0 } == 400)
    }
}
