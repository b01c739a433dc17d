import Diagnostics
import Localization

/// What a reader of the preview sees of a failed build: a banner over the last good site's
/// pages, or a page of its own while no build has succeeded yet. The diagnostics are those
/// the terminal shows, escaped: a message quotes the content, which may hold markup.
enum BuildErrorPage {
    static let stylesheetPath = ReloadScript.prefix + "preview.css"

    /// Inserted at the end of a page's body; a stylesheet of the server's own places it on top,
    /// since the pages' Content-Security-Policy allows no inline style.
    static func banner(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        return """
        <link rel="stylesheet" href="\(stylesheetPath)">
        <section class="policygen-build-error" role="alert" lang="en" dir="ltr">
        <h2>policygen: the site did not build (\(errors) error\(errors == 1 ? "" : "s"))</h2>
        <p>This is the last site that built. The page reloads when the errors are fixed.</p>
        <pre>\(HTMLText.escapeText(DiagnosticReport.text(diagnostics)))</pre>
        </section>
        """
    }

    /// Served at every address while no build has succeeded since `serve` started.
    static func page(_ diagnostics: [Diagnostic], build: String) -> String {
        PreviewDocument.html(title: "Build failed", body: banner(diagnostics), build: build)
    }

    static let stylesheet = """
    .policygen-build-error {
      position: fixed; top: 0; left: 0; right: 0; z-index: 2147483647;
      max-height: 60vh; overflow: auto; box-sizing: border-box; margin: 0; padding: 1rem 1.5rem;
      background: #fff4f4; color: #5c0000; border-bottom: 3px solid #c00;
      box-shadow: 0 2px 12px rgba(0, 0, 0, .25); font: 15px/1.45 system-ui, sans-serif; text-align: left;
    }
    .policygen-build-error h2 { margin: 0 0 .4rem; font-size: 1.1rem; }
    .policygen-build-error p { margin: 0; }
    .policygen-build-error pre { margin: .6rem 0 0; white-space: pre-wrap; font: 13px/1.4 ui-monospace, monospace; }

    """
}
