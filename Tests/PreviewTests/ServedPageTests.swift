import Diagnostics
@testable import Preview
import Testing

@Suite struct ServedPageTests {
    static let page = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' https:; base-uri 'none'; form-action 'none'">
    <title>Privacy</title>
    </head>
    <body>
    <p>Text with &lt;/body&gt; written in it.</p>
    </body>
    </html>
    """

    @Test func theScriptGoesBeforeTheEndOfTheBodyAndThePolicyAllowsIt() {
        let served = ServedPage.html(Self.page, build: "s-3", failure: nil)
        #expect(served.contains(#"<meta http-equiv="Content-Security-Policy" content="script-src 'self'; connect-src 'self'; default-src 'none'; style-src 'self'; img-src 'self' https:; base-uri 'none'; form-action 'none'">"#))
        #expect(served.contains("<script src=\"/__policygen/reload.js\" data-build=\"s-3\"></script>\n</body>\n</html>"))
        #expect(served.components(separatedBy: "<script").count == 2, "one script")
        #expect(served.replacingOccurrences(of: ServedPage.previewSources, with: "")
            .replacingOccurrences(of: ReloadScript.tag(build: "s-3") + "\n", with: "") == Self.page,
                "nothing else changes")
    }

    @Test func aPageWithoutPolicyOrBodyEndStillGetsTheScript() {
        let served = ServedPage.html("<p>fragment</p>", build: "s-1", failure: nil)
        #expect(served == "<p>fragment</p>" + ReloadScript.tag(build: "s-1") + "\n")
    }

    @Test func aPolicyOutsideTheHeadIsLeftAlone() {
        let text = "<head></head><body><pre>" + ServedPage.policyTag + "x\"></pre></body>"
        #expect(!ServedPage.html(text, build: "b", failure: nil).contains(ServedPage.previewSources))
    }

    @Test func aFailedBuildShowsItsErrorsEscaped() {
        let failure = [Diagnostic.error(.undefinedVariable, at: SourceLocation(path: "content/privacy/v1/en.md", line: 9, column: 3),
                                        "undefined variable '<script>alert(1)</script>' & more")]
        let served = ServedPage.html(Self.page, build: "s-4", failure: failure)
        #expect(served.contains("content/privacy/v1/en.md:9:3: error: undefined variable '&lt;script&gt;alert(1)&lt;/script&gt;' &amp; more"))
        #expect(!served.contains("<script>alert(1)"))
        #expect(served.contains(#"<section class="policygen-build-error" role="alert""#))
        #expect(served.contains("(1 error)"))
        let banner = served.range(of: "policygen-build-error")!, script = served.range(of: "reload.js")!
        #expect(banner.lowerBound < script.lowerBound)
    }
}
