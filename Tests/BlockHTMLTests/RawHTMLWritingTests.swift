@testable import BlockHTML
import Testing

/// What the writer makes of a text's own HTML in each mode, GFM's tagfilter included.
@Suite struct RawHTMLWritingTests {
    @Test func trustedHTMLHasTheTagsThatChangeParsingDefused() {
        let trusted = RawHTMLWriting.shown(.trusted)
        #expect(trusted.inline("<script>") == "&lt;script>")
        #expect(trusted.inline("</SCRIPT >") == "&lt;/SCRIPT >")
        #expect(trusted.inline("<textarea/>") == "&lt;textarea/>")
        #expect(trusted.block("<div><style>p{}</style>\n<iframe\nsrc=x></iframe></div>\n")
                == "<div>&lt;style>p{}&lt;/style>\n&lt;iframe\nsrc=x>&lt;/iframe></div>\n")
        #expect(trusted.block("<title>T</title><xmp>x</xmp><noembed><noframes><plaintext>\n")
                == "&lt;title>T&lt;/title>&lt;xmp>x&lt;/xmp>&lt;noembed>&lt;noframes>&lt;plaintext>\n")
    }

    @Test func trustedHTMLKeepsEveryOtherTagAsWritten() {
        let trusted = RawHTMLWriting.shown(.trusted)
        for legit in ["<scripts>", "<script", "<b>bold</b>", "<div class=\"script\">", "<a href=\"/script\">", "<titles>",
                      "<p>a < b and <style-guide></p>\n"] {
            #expect(trusted.inline(legit) == legit)
        }
    }

    @Test func otherModes() {
        #expect(RawHTMLWriting.shown(.none).block("<div>x</div>\n") == "<!-- raw HTML omitted -->\n")
        #expect(RawHTMLWriting.shown(.none).inline("<b>") == "<!-- raw HTML omitted -->")
        #expect(RawHTMLWriting.shown(.safe).inline("<script>") == "")
        #expect(RawHTMLWriting.marked("<\u{1}>").block("<div>") == "<\u{1}>\n")
        #expect(RawHTMLWriting.marked("<\u{1}>").inline("<b>") == "<\u{1}>")
    }
}
