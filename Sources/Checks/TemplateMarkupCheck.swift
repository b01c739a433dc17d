import Diagnostics

/// PG213: markup of another template language left in a migrated text, which policygen
/// publishes as written: Liquid and Jekyll tags (`{% data variables.contact.email %}`,
/// `{% note %}`), `{{ … }}` that policygen's variables do not define (`{{ site.email }}`,
/// Hugo's `{{< note >}}`), ERB and EJS (`<%= … %>`). Code is left alone, and so is `{{`
/// written `\{{`, which asks for the braces.
enum TemplateMarkupCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.otherTemplateMarkup: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, block) in text.blockTexts where block.features.contains(.templateMark) {
            // `{{`, `{%` and `<%` are rare: they are looked for first, two comparisons a scalar.
            let openings: [Int] = block.scalars.withUnsafeBufferPointer { scalars in
                var openings: [Int] = []
                var at = 0
                while at + 1 < scalars.count {
                    let first = scalars[at].value, second = scalars[at + 1].value
                    if (first == 0x7B && (second == 0x7B || second == 0x25)) || (first == 0x3C && second == 0x25) {
                        openings.append(at)
                    }
                    at += 1
                }
                return openings
            }
            var after = 0
            for at in openings where at >= after {
                guard let (close, language) = markup(at: at, in: block) else { continue }
                after = close
                if block.isHidden(at..<close) || text.placement.isEscaped(at: at, in: block, block: index) { continue }
                // Where, asked of `text` itself at most once: a closure capturing it copied the whole
                // CheckedText (a score of references) for every finding, those past the cap too.
                guard text.findingCap.admits(.otherTemplateMarkup, .warning,
                                             at: text.location(at: at, in: block, block: index)) else { continue }
                let written = block.string(at..<close)
                let shown = written.count > 60 ? written.prefix(59) + "…" : Substring(written)
                found.append(.warning(.otherTemplateMarkup, at: text.location(at: at, in: block, block: index),
                                      "'\(shown)' is \(language) markup, published as written",
                                      hint: "write the text it stood for; policygen inserts values with "
                                          + "{{ variable }} from policygen.yaml (\\{{ writes the braces)"))
            }
        }
        return found
    }

    private static let pairs: [(open: String, close: String, language: String)] = [
        ("{%", "%}", "Liquid (Jekyll)"), ("{{<", ">}}", "a Hugo shortcode's"), ("{{%", "%}}", "a Hugo shortcode's"),
        ("{{", "}}", "another template language's"), ("<%", "%>", "ERB or EJS"),
    ]

    /// The end of the markup opening at `offset`, closed on its line within 200 scalars, and
    /// its language.
    private static func markup(at offset: Int, in block: BlockText) -> (end: Int, language: String)? {
        let first = block.scalars[offset], second = block.scalars[offset + 1]
        guard (first == "{" && (second == "{" || second == "%")) || (first == "<" && second == "%") else { return nil }
        for pair in pairs where starts(pair.open, at: offset, in: block) {
            var end = offset + pair.open.unicodeScalars.count
            while end < block.count, end - offset < 200, block.scalars[end] != "\n" {
                if starts(pair.close, at: end, in: block) { return (end + pair.close.unicodeScalars.count, pair.language) }
                end += 1
            }
            return nil
        }
        return nil
    }

    private static func starts(_ text: String, at offset: Int, in block: BlockText) -> Bool {
        var at = offset
        for scalar in text.unicodeScalars {
            guard at < block.count, block.scalars[at] == scalar else { return false }
            at += 1
        }
        return true
    }
}
