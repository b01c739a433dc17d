import CLibXML2
import Testing
import TestSupport

/// libxml2 prints through a per-thread "generic" handler (stderr by default).
/// These tests count what reaches that handler; the controls prove the counter
/// does see messages when our flags and handlers are not in play.
@Suite struct LibXML2SilenceTests {
    /// Runs `body` with this thread's generic handler replaced by a counter.
    /// The test functions are synchronous, so everything stays on one thread.
    func messageCount(_ body: () throws -> Void) rethrows -> Int32 {
        var count: Int32 = 0
        try withUnsafeMutablePointer(to: &count) { counter in
            policygen_count_generic_errors(counter)
            defer { policygen_count_generic_errors(nil) }
            try body()
        }
        return count
    }

    static let invalidHTML = "<nav><main><weird>x</nonsense><p id=a id=b>&foo; <time>"

    @Test func parsingHTML5IsSilent() throws {
        let count = try messageCount {
            let page = try HTMLDocument(Self.invalidHTML)
            _ = try page.select("//nav")
        }
        #expect(count == 0)
    }

    @Test func parsingWithoutOurFlagsWouldPrint() {
        let count = messageCount {
            let html = Array(Self.invalidHTML.utf8CString)
            let document = html.withUnsafeBufferPointer {
                htmlReadMemory($0.baseAddress, Int32($0.count - 1), nil, "UTF-8", Int32(HTML_PARSE_RECOVER.rawValue))
            }
            xmlFreeDoc(document)
        }
        #expect(count > 0)
    }

    @Test func badXPathIsSilent() throws {
        let page = try HTMLDocument("<p>x</p>")
        let count = messageCount {
            _ = try? page.select("//[")
            _ = try? page.select("nosuchfunction(//p)")
            _ = try? page.strings("//p/@")
        }
        #expect(count == 0)
    }

    /// A bad query straight through libxml2, with none of our handlers.
    func rawBadXPath() {
        let html = Array("<p>x</p>".utf8CString)
        let document = html.withUnsafeBufferPointer {
            htmlReadMemory($0.baseAddress, Int32($0.count - 1), nil, "UTF-8", Int32(HTML_PARSE_NOERROR.rawValue))
        }
        let context = xmlXPathNewContext(document)
        xmlXPathFreeObject(xmlXPathEval("//[", context))
        xmlXPathFreeContext(context)
        xmlFreeDoc(document)
    }

    @Test func badXPathWithoutOurHandlersWouldPrint() {
        #expect(messageCount { rawBadXPath() } > 0)
    }

    @Test func handlersArePutBackAfterAQuery() throws {
        let page = try HTMLDocument("<p>x</p>")
        // A failing query swaps this thread's handlers; afterwards the counter must be back.
        let count = messageCount {
            _ = try? page.select("//[")
            rawBadXPath()
        }
        #expect(count > 0)
    }
}
