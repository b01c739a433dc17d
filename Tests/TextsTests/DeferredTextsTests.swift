import Config
import Dispatch
import Foundation
import Markdown
import Outline
import Synchronization
import Testing
import Texts

/// Deferred texts (a build reading its cache): made on first use, the recent ones kept, and
/// always the same document whichever way it was got.
@Suite struct DeferredTextsTests {
    final class Calls: Sendable {
        let count = Mutex(0)
    }

    static func document(_ number: Int) -> RenderedDocument {
        RenderedDocument(html: "<p>Text \(number)</p>\n", headings: [], tableOfContents: TableOfContents(entries: []))
    }

    static func texts(_ count: Int, calls: Calls, makingSeconds: Double = 0) -> RenderedTexts {
        var deferred: [RenderedTexts.Key: @Sendable () -> RenderedDocument] = [:]
        for number in 0 ..< count {
            deferred[RenderedTexts.Key(policy: "p\(number)", version: "v1", language: LanguageCode(rawValue: "en")!)] = {
                calls.count.withLock { $0 += 1 }
                if makingSeconds > 0 { Thread.sleep(forTimeInterval: makingSeconds) }
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

    @Test func threadsAskingForATextBeingMadeWaitForItRatherThanMakeItAgain() {
        let calls = Calls()
        // Making takes long enough that every thread asks while the first one makes it.
        let texts = Self.texts(2, calls: calls, makingSeconds: 0.2)
        let got = Mutex([RenderedDocument?](repeating: nil, count: 8))
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let document = texts["p1", "v1", LanguageCode(rawValue: "en")!]
            got.withLock { $0[index] = document }
        }
        #expect(got.withLock { $0 } == [RenderedDocument?](repeating: Self.document(1), count: 8))
        #expect(calls.count.withLock { $0 } == 1)
    }
}
