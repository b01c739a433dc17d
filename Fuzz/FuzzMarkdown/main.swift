import CFuzzerDriver
import Config
import Diagnostics
import Glibc
import Markdown

// A text's body through the Markdown stage, as a build renders it: cmark-gfm, heading ids, the
// table of contents, variables, raw HTML in each `html:` mode, links written from the root, and
// the source positions of links and blocks.

enum Site {
    static let config: SiteConfig = {
        var ignored: [Diagnostic] = []
        return ConfigLoader.parse("""
            title: Fuzz
            base_url: https://example.com/legal/
            main_site: https://www.example.com/
            languages: [en]
            toc_depth: 4
            variables:
              company:
                name: Example Ltd.
                email: privacy@example.com
                address: "1 Street <b>&amp;</b> *Town*"
              retention_days: 30
            """, diagnostics: &ignored)!
    }()
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // What the load stage would refuse (not UTF-8, control characters) never reaches Markdown.
    guard case .success(let checked) = SourceText.checked(bytes, path: "content/privacy/v1/en.md") else { return 0 }
    var options = MarkdownOptions(Site.config)
    options.html = HTMLMode.allCases[size % HTMLMode.allCases.count]
    let source = MarkdownSource(text: checked.text(), path: "content/privacy/v1/en.md", firstLine: 5,
                                variables: Site.config.variables)
    let (document, diagnostics) = MarkdownRenderer.render(source, options: options)
    for diagnostic in diagnostics { _ = diagnostic.description }
    _ = document.tableOfContents
    // Content never injects markup: unless the site trusts its texts' HTML, no script, frame
    // or javascript: link reaches the page, whatever the text says.
    if options.html != .trusted {
        let page = document.html.lowercased()
        for markup in ["<script", "<iframe", "<object", "<embed", "href=\"javascript:", "src=\"javascript:"] where page.contains(markup) {
            fatalError("\(markup) in the HTML of html: \(options.html.rawValue)")
        }
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
