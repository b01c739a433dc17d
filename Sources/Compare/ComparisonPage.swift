import Config
import Content
import Diff
import Localization
import Pages

/// `policygen diff --format html`: a comparison as one standalone page, in the language of
/// the texts compared, with its own styles: the two versions, the summary of changes, and
/// the redline as the site's compare pages show it (`RedlineHTML`).
extension VersionComparison {
    public func htmlPage() -> String {
        let code = language.rawValue
        let direction = config.direction(of: language).rawValue
        let title = HTMLText.escape(new.title)
        let redlineHTML = redline.html(old: old.document, new: new.document, html: config.html, strings: strings)
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLText.escape(code))" dir="\(direction)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) — \(HTMLText.escape(strings["compare"])) \(HTMLText.escape(old.version)) → \(HTMLText.escape(new.version))</title>
            <style>
            \(Self.style)</style>
            </head>
            <body>
            <article class="comparison">
            <header>
            <h1>\(title)</h1>
            <p class="comparison-heading">\(strings.html("compare_heading", ["old": versionName(old), "new": versionName(new)]))</p>
            \(versionsList())
            \(summarySection())
            </header>
            <div class="redline">
            \(redlineHTML)</div>
            </article>
            </body>
            </html>

            """
    }

    /// "Version v2", as HTML.
    private func versionName(_ side: Side) -> String {
        "\(HTMLText.escape(strings["version"])) \(HTMLText.escape(side.version))"
    }

    /// Both versions with their dates and summaries; the earlier is named so, whichever was given first.
    private func versionsList() -> String {
        let dates = LongDateFormat(language: language)
        func entry(_ side: Side, label: String) -> String {
            let day = dates.string(year: side.effective.year, month: side.effective.month, day: side.effective.day)
            let time = "<time datetime=\"\(side.effective)\">\(HTMLText.escape(day))</time>"
            let summary = side.summary.map { "<br>" + HTMLText.escape($0) } ?? ""
            // No <div> around each pair: valid HTML, but older axe-core (the one the browser tests run) reports it.
            return "<dt>\(HTMLText.escape(strings[label]))</dt>\n<dd>\(versionName(side)) · "
                + strings.html("effective_on", ["date": time]) + summary + "</dd>\n"
        }
        let oldIsEarlier = old.effective <= new.effective
        return "<dl class=\"comparison-versions\">\n"
            + entry(old, label: oldIsEarlier ? "compare_older" : "compare_newer")
            + entry(new, label: oldIsEarlier ? "compare_newer" : "compare_older")
            + "</dl>"
    }

    /// The words added and removed and the sections touched, each linking to its place.
    private func summarySection() -> String {
        var html = "<section class=\"comparison-summary\">\n<h2>\(HTMLText.escape(strings["compare_summary"]))</h2>\n"
        guard redline.hasChanges else {
            return html + "<p>\(HTMLText.escape(strings["compare_no_changes"]))</p>\n</section>"
        }
        let numbers = NumberFormat(language: language)
        html += "<p>" + WordCounts.html(redline.summary, strings: strings, numbers: numbers) + "</p>\n"
        for group in RedlineSummaryGroups.of(redline.summary) {
            html += "<h3>\(HTMLText.escape(strings[group.key]))</h3>\n<ul>\n"
            for section in group.sections {
                if let id = section.id {
                    html += "<li><a href=\"#\(HTMLText.escape(group.anchorPrefix + id))\">\(HTMLText.escape(section.heading))</a></li>\n"
                } else {
                    html += "<li>\(HTMLText.escape(strings["compare_introduction"]))</li>\n"
                }
            }
            html += "</ul>\n"
        }
        return html + "</section>"
    }

    /// The page's own styles: readable text, and the redline's colours as the default theme has them.
    static let style = """
        body { font-family: system-ui, sans-serif; line-height: 1.55; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1c1c1c; background: #fff; }
        table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; }
        pre { overflow-x: auto; background: #f5f5f5; padding: 0.5rem; }
        .comparison-versions dt { font-weight: 600; } .comparison-versions dd { margin-inline-start: 0; margin-block-end: 0.5rem; }
        .comparison-summary { padding: 0.75rem 1rem; background: #f4f4f6; }
        .redline ins, .redline .pg-inserted { background: #e3f5e1; color: inherit; text-decoration: underline; text-decoration-color: #2e7d32; }
        .redline del, .redline .pg-deleted { background: #fbe4e4; color: inherit; text-decoration: line-through; text-decoration-color: #b3261e; }
        .redline .pg-moved ins, .redline .pg-moved-away del { background: #e8eefb; text-decoration-style: double; }
        .redline .pg-move-note { font-size: 0.85em; color: #666; }
        .redline .pg-note { display: inline-block; max-width: 100%; font-size: 0.8rem; line-height: 1.4; color: #5a4a00; background: #fff4cc; border-radius: 0.2em; padding: 0 0.3em; margin-inline-start: 0.25em; overflow-wrap: anywhere; font-weight: normal; font-style: normal; }
        @media (prefers-color-scheme: dark) {
          body { color: #e8e8e8; background: #161616; } pre, .comparison-summary { background: #242428; }
          .redline ins, .redline .pg-inserted { background: #1f3b22; }
          .redline del, .redline .pg-deleted { background: #4a2020; }
          .redline .pg-moved ins, .redline .pg-moved-away del { background: #1f2c4a; }
          .redline .pg-note { color: #f3e3a0; background: #3d3410; }
        }

        """
}
