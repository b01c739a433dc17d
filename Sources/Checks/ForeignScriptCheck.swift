import Config
import Diagnostics

/// PG206: letters of a script foreign to the text's language: Japanese words left in an
/// English translation, Cyrillic in a French one, a Cyrillic `а` inside a Latin word.
///
/// Latin letters belong to every text (brand names, addresses, URLs in a Japanese or Arabic
/// text); CJK punctuation and full-width forms belong to Chinese, Japanese and Korean texts
/// only, so a stray `、` or `（` in an English text is reported. Code, raw HTML, link targets
/// and image alt texts are not read; neither is a variable's value: an English text may name a
/// Japanese company through `{{ company.name }}`. Names meant to stay in their own script are
/// left alone too (`NameInOwnScript`): a language switcher's "Русский", a company's name, a
/// name glossed in Latin letters.
enum ForeignScriptCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.foreignScript: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        let values = variableValues(site.config.variables(for: text.language))
        // Most texts see no value with letters other than Latin: their block texts serve as they are.
        let blocks = values.isEmpty ? text.blockTexts : text.blockTexts.map { index, block in
            var marked = block
            marked.markVariableValues(values)
            return (index: index, text: marked)
        }
        let native = text.language.nativeScripts ?? [mostUsedScript(in: blocks.map(\.text))]
        let allowed = allowedScripts(native)
        let names = NameInOwnScript(siteLanguages: site.config.languages.map(\.code))
        var found: [Diagnostic] = []
        var pages = AllowedPages(allowed)
        for (index, block) in blocks {
            for run in foreignRuns(in: block, pages: &pages) where !names.isName(run.range, in: block) {
                // Where, asked of `text` itself at most once: a closure capturing it copied the whole
                // CheckedText (a score of references) for every finding, those past the cap too.
                guard text.findingCap.admits(.foreignScript, .warning,
                                             at: text.location(at: run.range.lowerBound, in: block, block: index)) else { continue }
                let span = block.string(run.range)
                let scripts = run.scripts.map(\.rawValue).joined(separator: " and ")
                found.append(.warning(.foreignScript, at: text.location(at: run.range.lowerBound, in: block, block: index),
                                      "\(scripts) in this '\(text.language)' text: '\(shortened(span))'",
                                      hint: "translate it; a name that stays as written belongs in a variable "
                                          + "({{ company.name }}), which this check does not read"))
            }
        }
        return found
    }

    /// Latin always; CJK punctuation with the scripts that use it.
    static func allowedScripts(_ native: Set<Script>) -> Set<Script> {
        var allowed = native.union([.latin])
        if !native.isDisjoint(with: [.han, .hiragana, .katakana, .hangul, .bopomofo]) {
            allowed.insert(.cjkPunctuation)
        }
        return allowed
    }

    /// Runs of letters of scripts not allowed (`pages`) in one line or cell, with the spaces,
    /// digits and punctuation between them: "Политика конфиденциальности" is one run.
    static func foreignRuns(in block: BlockText, pages: inout AllowedPages) -> [(range: Range<Int>, scripts: [Script])] {
        // ASCII is Latin letters and what belongs to every text.
        guard block.features.contains(.nonASCII) else { return [] }
        var runs: [(Range<Int>, [Script])] = []
        var start: Int?
        var end = 0
        var scripts: [Script] = []
        // Scripts as bits: the allowed ones (once for the text), the run's, the last letter's.
        let allowedBits = pages.allowedBits
        var runBits: UInt32 = 0
        var lastBit: UInt32 = 0
        var lastIsAllowed = false
        func close() {
            // Nothing to close for most letters, which are allowed.
            guard let first = start else { return }
            runs.append((first..<end, scripts))
            start = nil
            scripts = []
            runBits = 0
        }
        // Read once: each is an array the block's text holds.
        let scalars = block.scalars, isHidden = block.isHidden, isValue = block.isVariableValue
        for index in 0..<scalars.count {
            let scalar = scalars[index]
            if start == nil {
                // With no run open, ASCII (nearly all of a Latin text) changes nothing, nor does
                // a scalar of a page without foreign letters (a Japanese text's kana and
                // ideographs): what the rest of the loop does with either is close a run that
                // is not open.
                let value = scalar.value
                if value < 0x80 || pages.holdsNoForeignLetter(value) { continue }
            }
            if isHidden[index] || isValue[index] || scalar == "\n" || scalar == BlockText.fieldSeparator {
                close()
                continue
            }
            if scalar.isASCII {
                // Most of a text: Latin letters (always allowed) end a run; other ASCII is no script.
                if Script.of(scalar) != nil { close() }
                continue
            }
            guard let script = Script.of(scalar) else {
                // A mark after a foreign letter belongs to it (Hebrew points, Devanagari signs).
                if start != nil, end == index, isMark(scalar) { end = index + 1 }
                continue
            }
            // Letters come in runs of one script: whether it is allowed is asked only when the script changes.
            let bit = script.bit
            if bit != lastBit {
                lastBit = bit
                lastIsAllowed = allowedBits & bit != 0
            }
            if lastIsAllowed {
                close()
                continue
            }
            if start == nil { start = index }
            if runBits & bit == 0 {
                scripts.append(script)
                runBits |= bit
            }
            end = index + 1
        }
        close()
        return runs
    }

    /// Whether each page of the basic plane holds no letter of a script not allowed, found out
    /// for one text, a page the first time one of its scalars is read.
    struct AllowedPages {
        let allowedBits: UInt32
        /// 0 not yet known, 1 no foreign letter, 2 some.
        private var pages = [UInt8](repeating: 0, count: 256)

        init(_ allowed: Set<Script>) {
            allowedBits = allowed.reduce(UInt32(0)) { $0 | $1.bit }
        }

        /// Whether `value`'s page of the basic plane holds no letter of a script not allowed.
        /// False for the pages of Latin letters and general punctuation, which `Script.of`
        /// tells by ranges of its own (their pages of the plane are never made), and
        /// outside the basic plane.
        @inline(__always)
        mutating func holdsNoForeignLetter(_ value: UInt32) -> Bool {
            let page = Int(value >> 8)
            guard value < 0x10000, page >= 3, page != 0x20 else { return false }
            if pages[page] == 0 { pages[page] = Script.scriptsOnPage(page) & ~allowedBits == 0 ? 1 : 2 }
            return pages[page] == 1
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// For a language without a known script: the script most of its letters are in.
    private static func mostUsedScript(in blocks: [BlockText]) -> Script {
        var counts: [Script: Int] = [:]
        for block in blocks {
            for (index, scalar) in block.scalars.enumerated() where block.isRead(index) {
                if let script = Script.of(scalar), script != .cjkPunctuation { counts[script, default: 0] += 1 }
            }
        }
        return Script.allCases.max { counts[$0, default: 0] < counts[$1, default: 0] } ?? .latin
    }

    /// The values variables have in the text's language, those with letters other than Latin.
    private static func variableValues(_ tree: VariableTree) -> [String] {
        tree.entries.values.flatMap { value -> [String] in
            switch value {
            case .text(let text):
                text.unicodeScalars.contains { Script.of($0).map { $0 != .latin } ?? false } ? [text] : []
            case .map(let inner):
                variableValues(inner)
            }
        }
    }

    private static func shortened(_ span: String) -> String {
        span.count <= 40 ? span : span.prefix(39) + "…"
    }
}
