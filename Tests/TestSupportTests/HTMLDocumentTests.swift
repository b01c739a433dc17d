import Foundation
import Testing
import TestSupport

/// A page shaped like the ones our theme writes: HTML5 elements, void elements
/// without slashes, comments, and non-Latin text.
let themedPage = """
<!DOCTYPE html>
<html lang="ja" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>プライバシーポリシー</title>
<link rel="alternate" hreflang="ar" href="/ar/privacy/">
</head>
<body>
<header class="site-header"><a href="/ja/">ホーム</a></header>
<nav aria-label="目次"><ul><li><a href="#collect">収集する情報</a></li><li><a href="#share">共有</a></li></ul></nav>
<main id="content">
<!-- raw HTML omitted -->
<h1>プライバシーポリシー</h1>
<p>発効日: <time datetime="2024-01-01">2024年1月1日</time></p>
<h2 id="collect">収集する情報</h2>
<p>Text<br>with a break and an image <img src="/logo.png" alt="ロゴ"></p>
<details open><summary>以前の版</summary><ul><li><a href="/ja/privacy/v1/">v1</a></li></ul></details>
<h2 id="share">共有</h2>
<p lang="ar" dir="rtl">العربية</p>
<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>
<script>var x = "<p>not an element</p>";</script>
</main>
<footer><p>&copy; 2024</p></footer>
</body>
</html>
"""

@Suite struct HTMLDocumentTests {
    @Test func html5ElementsSurvive() throws {
        let page = try HTMLDocument(themedPage)
        for name in ["header", "nav", "main", "footer", "time", "details", "summary"] {
            #expect(try page.select("//\(name)").count == 1, "missing <\(name)>")
        }
        #expect(try page.first("//body")?.children.map(\.name) == ["header", "nav", "main", "footer"])
    }

    @Test func nestingInsideMainAndNavIsKept() throws {
        let page = try HTMLDocument(themedPage)
        #expect(try page.strings("//main//h2/@id") == ["collect", "share"])
        #expect(try page.select("//nav//a").map(\.text) == ["収集する情報", "共有"])
        #expect(try page.select("//nav//h2").isEmpty)
        #expect(try page.first("//main/p/time")?["datetime"] == "2024-01-01")
        #expect(try page.first("//details/summary")?.text == "以前の版")
        #expect(try page.select("//footer/p").count == 1)
    }

    @Test func attributesAndUTF8TextComeBackIntact() throws {
        let page = try HTMLDocument(themedPage)
        let html = try #require(try page.first("/html"))
        #expect(html.attributes == ["lang": "ja", "dir": "ltr"])
        #expect(try page.strings("//title") == ["プライバシーポリシー"])
        let arabic = try #require(try page.first("//p[@lang='ar']"))
        #expect(arabic.text == "العربية")
        #expect(arabic["DIR"] == "rtl", "subscript is case-insensitive like HTML")
        #expect(arabic["missing"] == nil)
        #expect(try page.first("//img")?.attributes == ["src": "/logo.png", "alt": "ロゴ"])
        #expect(try page.first("//details")?["open"] == "", "boolean attribute")
        #expect(try page.first("//footer/p")?.text == "© 2024")
        #expect(try page.strings("//link/@hreflang") == ["ar"])
    }

    @Test func voidElementsDoNotSwallowTheirSiblings() throws {
        let page = try HTMLDocument(themedPage)
        let paragraph = try #require(try page.first("//p[br]"))
        #expect(paragraph.children.map(\.name) == ["br", "img"])
        #expect(paragraph.text == "Textwith a break and an image ")
        #expect(try page.select("//head/meta").count == 2)
    }

    @Test func scriptElementIsToldApartFromEscapedScriptText() throws {
        let page = try HTMLDocument(themedPage)
        let scripts = try page.select("//script")
        #expect(scripts.count == 1)
        #expect(scripts.first?.text == #"var x = "<p>not an element</p>";"#)
        #expect(scripts.first?.children == [], "script content is raw text")
        #expect(try page.select("//p[contains(., '<script>')]").map(\.text) == ["<script>alert(1)</script>"])

        let escapedOnly = try HTMLDocument("<p>&lt;script&gt;x&lt;/script&gt;</p>")
        #expect(try escapedOnly.select("//script").isEmpty)
    }

    @Test func commentsAreListed() throws {
        let page = try HTMLDocument(themedPage)
        #expect(page.comments == [" raw HTML omitted "])
        #expect(try HTMLDocument("<p>no comment</p>").comments == [])
    }

    @Test func elementsCarryTheirSubtree() throws {
        let page = try HTMLDocument(themedPage)
        let nav = try #require(try page.first("//nav"))
        #expect(nav.name == "nav")
        #expect(nav["aria-label"] == "目次")
        #expect(nav.children.map(\.name) == ["ul"])
        #expect(nav.children[0].children.map { $0.children[0]["href"] } == ["#collect", "#share"])
        #expect(nav.text == "収集する情報共有")
    }

    @Test func selectSkipsNonElementsAndStringsTakesAnyNodes() throws {
        let page = try HTMLDocument(themedPage)
        #expect(try page.select("//nav//a/@href").isEmpty)
        #expect(try page.strings("//nav//a/@href") == ["#collect", "#share"])
        #expect(try page.strings("//h2/text()") == ["収集する情報", "共有"])
        #expect(try page.strings("count(//h2)") == ["2"])
        #expect(try page.strings("//nonexistent") == [])
        #expect(try page.first("//nonexistent") == nil)
    }

    @Test func badXPathThrows() throws {
        let page = try HTMLDocument(themedPage)
        #expect(throws: HTMLError.self) { try page.select("//[") }
        #expect(throws: HTMLError.self) { try page.strings("//a/@") }
        #expect(throws: HTMLError.invalidXPath(expression: "nosuchfunction(//a)", reason: "Unregistered function")) {
            try page.select("nosuchfunction(//a)")
        }
        #expect(throws: HTMLError.notANodeSet(expression: "count(//a)")) { try page.select("count(//a)") }
        do {
            _ = try page.select("//[")
        } catch let HTMLError.invalidXPath(expression, reason) {
            #expect(expression == "//[")
            #expect(reason == "Invalid expression")
        }
    }

    @Test func emptyInputIsNoDocument() {
        #expect(throws: HTMLError.noDocument) { try HTMLDocument("") }
    }

    @Test func readsAFile() throws {
        let folder = try TemporaryDirectory.make(prefix: "html-document-test")
        defer { try? TemporaryDirectory.remove(folder) }
        let file = folder.appendingPathComponent("index.html")
        try Data(themedPage.utf8).write(to: file)
        let page = try HTMLDocument(contentsOf: file)
        #expect(try page.strings("//p[@lang='ar']") == ["العربية"])
        #expect(throws: (any Error).self) { try HTMLDocument(contentsOf: folder.appendingPathComponent("missing.html")) }
    }

    @Test func resultsAreValuesThatOutliveTheDocument() throws {
        var nav: HTMLElement?
        do {
            let page = try HTMLDocument(themedPage)
            nav = try page.first("//nav")
        }
        #expect(nav?.text == "収集する情報共有")
        #expect(Set([nav, nav]).count == 1)
    }
}
