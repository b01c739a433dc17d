import Localization
import Testing

@Suite struct HTMLTextTests {
    @Test func theFiveSpecialCharactersAreEscaped() {
        #expect(HTMLText.escape(#"<a href="x">Tom & 'Jerry'</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    }

    @Test func anEntityIsEscapedAgain() {
        #expect(HTMLText.escape("&amp; &lt;") == "&amp;amp; &amp;lt;")
    }

    @Test func plainTextIsUnchanged() {
        for text in ["", "Privacy policy", "プライバシーポリシー", "سياسة الخصوصية", "café 🎉", "{date} 100%"] {
            #expect(HTMLText.escape(text) == text)
        }
    }

    @Test func nonASCIITextAroundSpecialCharactersIsKept() {
        #expect(HTMLText.escape("日本<語>é & 🎉") == "日本&lt;語&gt;é &amp; 🎉")
        // A combining accent after a special character stays after its replacement.
        #expect(HTMLText.escape("<\u{301}") == "&lt;\u{301}")
    }
}
