import Diagnostics

/// PG203: an address or a name missing where the sentence announces it: "contact us at .",
/// "write to us at and", "E-mail: .", "。までご連絡ください", "「」". An empty link or a
/// variable left empty leaves these.
///
/// Precision first. A lead word counts only after a word of contacting ("contact", "write",
/// "reach", "found", "available") a few words back, with no other clause between, and only
/// when a space stands between it and the punctuation after it: "contact us at ." is what an
/// empty link leaves, while "the number you can reach us at." is English. Words in English,
/// German and French (ReferenceWords); Japanese phrases; empty CJK quotation marks in every
/// text.
enum EmptyReferenceCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.emptyReference: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        let words = ReferenceWords.words(for: text.language)
        let isJapanese = text.language.primary == "ja"
        var found: [Diagnostic] = []
        for (index, block) in text.blockTexts {
            var gaps: [Gap] = []
            if let words, mayHoldGap(block, words) {
                let tokens = ProseToken.tokens(of: block)
                gaps += leadGaps(tokens, words, in: block) + labelGaps(tokens, words, in: block)
            }
            if isJapanese, !block.features.isDisjoint(with: [.cjkMark, .colon]) { gaps += JapaneseReferences.gaps(in: block) }
            if block.features.contains(.cjkMark) { gaps += JapaneseReferences.emptyQuotes(in: block) }
            for gap in gaps.sorted(by: { $0.offset < $1.offset }) {
                // Where, asked of `text` itself at most once: a closure capturing it copied the whole
                // CheckedText (a score of references) for every finding, those past the cap too.
                guard text.findingCap.admits(.emptyReference, .warning,
                                             at: text.location(at: gap.offset, in: block, block: index)) else { continue }
                found.append(.warning(.emptyReference, at: text.location(at: gap.offset, in: block, block: index), gap.message,
                                      hint: hint))
            }
        }
        return found
    }

    /// Whether the block holds what every gap of a lead or a label needs: punctuation after a
    /// space, a colon, two spaces, a lead with a conjunction right after it ("at or"), or a lead
    /// ending the block. Most paragraphs hold none, and are not cut into words (languages whose
    /// clauses end with a verb are always).
    private static func mayHoldGap(_ block: BlockText, _ words: ReferenceWords) -> Bool {
        guard words.closingVerbs.isEmpty, !block.features.contains(.colon), !block.features.contains(.gapMark) else {
            return true
        }
        if block.features.contains(.atConjunction), words.leadsBeforeConjunctions.contains(where: { holds($0, block) }) {
            return true
        }
        var start = block.count
        while start > 0, block.scalars[start - 1].properties.isAlphabetic || block.scalars[start - 1] == "'" { start -= 1 }
        let last = block.string(start..<block.count).lowercased()
        return words.leads.contains { $0.words.last == last }
    }

    /// Whether `phrase` (lowercase) stands in the block, in any case.
    private static func holds(_ phrase: [Unicode.Scalar], _ block: BlockText) -> Bool {
        guard let first = phrase.first?.value, block.count >= phrase.count else { return false }
        return block.scalars.withUnsafeBufferPointer { scalars in
            var start = 0
            while start <= scalars.count - phrase.count {
                if lowercased(scalars[start].value) == first {
                    var offset = 1
                    while offset < phrase.count, lowercased(scalars[start + offset].value) == phrase[offset].value { offset += 1 }
                    if offset == phrase.count { return true }
                }
                start += 1
            }
            return false
        }
    }

    @inline(__always)
    private static func lowercased(_ value: UInt32) -> UInt32 {
        value >= 0x41 && value <= 0x5A ? value + 0x20 : value
    }

    /// A gap found; its message is worded only when the finding is kept (`FindingCap`).
    struct Gap {
        var offset: Int
        private let worded: () -> String

        var message: String { worded() }

        init(offset: Int, message: @escaping @autoclosure () -> String) {
            self.offset = offset
            worded = message
        }
    }

    /// "contact us at .": a lead followed by nothing.
    private static func leadGaps(_ tokens: [ProseToken], _ words: ReferenceWords, in block: BlockText) -> [Gap] {
        var gaps: [Gap] = []
        // Most words start no lead: they are passed over after comparing them with the leads'
        // first words, without going through every lead.
        let leads = words.leads
        let firstWordLengths = words.leadFirstWordLengths
        for start in tokens.indices where tokens[start].kind == .word {
            if let firstWords = words.leadFirstWords {
                // An ASCII token equals only a word of its own length (`lowercases(to:in:)`).
                let token = tokens[start]
                if token.isASCII, token.range.count >= 64 || firstWordLengths & 1 << UInt64(token.range.count) == 0 { continue }
                guard firstWords.contains(where: { token.lowercases(to: $0, in: block) }) else { continue }
            }
            for lead in leads {
                let end = start + lead.words.count
                guard end <= tokens.count,
                      zip(tokens[start..<end], lead.words).allSatisfy({ token, word in
                          token.kind == .word && token.lowercased(in: block) == word
                      }),
                      let nothing = emptiness(after: end, tokens, words, lead: lead, in: block) else { continue }
                let closesClause = nothing < tokens.count
                    && words.closingVerbs.contains(tokens[nothing].lowercased(in: block))
                guard lead.context.isEmpty || closesClause
                        || hasContext(before: start, tokens, lead, words, in: block) else { continue }
                let last = nothing < tokens.count ? tokens[nothing] : tokens[end - 1]
                let from = tokens[max(start - 3, 0)].range.lowerBound
                gaps.append(Gap(offset: tokens[start].range.lowerBound,
                                message: worded("nothing follows '", lead.words.joined(separator: " "),
                                                "' where an address or a name belongs: '",
                                                snippet(block, from: from, to: last.range.upperBound), "'")))
                break
            }
        }
        return gaps
    }

    /// "E-mail: .": a label and its colon followed by nothing.
    private static func labelGaps(_ tokens: [ProseToken], _ words: ReferenceWords, in block: BlockText) -> [Gap] {
        var gaps: [Gap] = []
        for index in tokens.indices where tokens[index].kind == .word {
            // The colon first: it is rare, and looking a word up in the set means hashing it.
            guard index + 1 < tokens.count, isColon(tokens[index + 1]) else { continue }
            let label = tokens[index].lowercased(in: block)
            guard words.labels.contains(label) else { continue }
            let next = index + 2
            let isHeading = words.headingLabels.contains(label)
            let isEmpty: Bool
            if next == tokens.count {
                // A label alone introduces the next block; the last of several lines lost its value.
                isEmpty = !isHeading && index > 0
            } else {
                let token = tokens[next]
                let word = token.lowercased(in: block)
                let isLabel = words.labels.contains(word) && next + 1 < tokens.count && isColon(tokens[next + 1])
                isEmpty = token.isPunctuation(".,;") || words.conjunctions.contains(word) || (!isHeading && isLabel)
            }
            guard isEmpty else { continue }
            let shownEnd = next < tokens.count ? tokens[next].range.upperBound : tokens[index + 1].range.upperBound
            let labelToken = tokens[index]
            gaps.append(Gap(offset: labelToken.range.lowerBound,
                            message: worded("nothing follows '", labelToken.text(in: block), ":' where it belongs: '",
                                            snippet(block, from: labelToken.range.lowerBound, to: shownEnd), "'")))
        }
        return gaps
    }

    /// The parts in one string made at its length: a message interpolated in two pieces and
    /// joined grew its storage three times.
    private static func worded(_ parts: String...) -> String {
        var message = ""
        message.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count })
        for part in parts { message += part }
        return message
    }

    /// The index of what shows that nothing follows a lead ending before `index` (the count of
    /// tokens at the end of the block), or nil when something does. A colon after the lead is
    /// passed over ("at: privacy@…"); one that ends the block introduces the next ("write to:"
    /// and the postal address below).
    private static func emptiness(after index: Int, _ tokens: [ProseToken], _ words: ReferenceWords,
                                  lead: ReferenceWords.Lead, in block: BlockText) -> Int? {
        var index = index
        if index < tokens.count, isColon(tokens[index]) {
            index += 1
            if index == tokens.count { return nil }
        }
        guard index < tokens.count else { return index }
        let token = tokens[index]
        switch token.kind {
        case .punctuation:
            return token.followsSpace && token.isPunctuation(".,;!?)") ? index : nil
        case .word:
            let word = token.lowercased(in: block)
            if words.closingVerbs.contains(word) { return index }
            guard words.conjunctions.contains(word) else { return nil }
            // "to and from" joins two prepositions; "at or call us" lost the address.
            let following = index + 1 < tokens.count ? tokens[index + 1].lowercased(in: block) : ""
            if words.prepositions.contains(following) { return nil }
            // "sent to or received from", "make available to or instruct": a lead and a
            // conjunction are English when one space joins them; an empty link or an empty
            // variable leaves two. Only leads that are seldom joined so ("at or call us") do
            // without the second space.
            let gap = token.range.lowerBound - tokens[index - 1].range.upperBound
            return gap >= 2 || lead.standsBeforeConjunctionsAlone ? index : nil
        case .hidden, .cellEnd:
            return nil
        }
    }

    /// Whether a word of contacting stands a few words before `index`, in the same clause.
    private static func hasContext(before index: Int, _ tokens: [ProseToken], _ lead: ReferenceWords.Lead,
                                   _ words: ReferenceWords, in block: BlockText) -> Bool {
        let context = lead.context
        var seen = 0
        // A few words back, as many tokens at most: a run of punctuation ends the look too.
        for token in tokens[max(index - 4 * words.window, 0)..<index].reversed() {
            if token.isPunctuation(".;!?:。") || token.kind == .cellEnd { return false }
            guard token.kind == .word else { continue }
            // ASCII beginning ASCII: its bytes beginning with the context's are its Characters
            // beginning with them; compared in the block's scalars when every context word is ASCII.
            if token.isASCII, let asciiContext = lead.asciiContext {
                if asciiContext.contains(where: { token.lowercaseBytesStart(with: $0, in: block) }) { return true }
            } else {
                let word = token.lowercased(in: block)
                let wordIsASCII = isASCII(word)
                if context.contains(where: { wordIsASCII && isASCII($0) ? word.utf8.starts(with: $0.utf8) : word.hasPrefix($0) }) {
                    return true
                }
            }
            let word = token.lowercased(in: block)
            if words.clauseWords.contains(word) { return false }
            seen += 1
            if seen >= words.window { return false }
        }
        return false
    }

    private static func isASCII(_ word: String) -> Bool {
        word.utf8.allSatisfy { $0 < 0x80 }
    }

    private static let hint = "write the address, number or name it refers to; an empty link "
        + "([](mailto:)) or a variable left empty leaves this"

    private static func isColon(_ token: ProseToken) -> Bool {
        token.isPunctuation(":：")
    }

    /// The words of `start..<end` with single spaces between, its last 59 characters after "…"
    /// when it is longer than 60. Collapsed scalar by scalar when they are plain (`PlainScalars`).
    static func snippet(_ block: BlockText, from start: Int, to end: Int) -> String {
        guard PlainScalars.arePlain(start..<end, in: block.scalars) else { return snippetReadingCharacters(block, from: start, to: end) }
        var collapsed: [Unicode.Scalar] = []
        collapsed.reserveCapacity(end - start)
        var pendingSpace = false
        for scalar in block.scalars[start..<end] {
            if PlainScalars.isWhitespace(scalar) {
                pendingSpace = !collapsed.isEmpty
            } else {
                if pendingSpace { collapsed.append(" ") }
                pendingSpace = false
                collapsed.append(scalar)
            }
        }
        // Plain scalars are a character each.
        guard collapsed.count > 60 else { return BlockText.string(collapsed[...]) }
        return "…" + BlockText.string(collapsed[(collapsed.count - 59)...])
    }

    static func snippetReadingCharacters(_ block: BlockText, from start: Int, to end: Int) -> String {
        let text = block.string(start..<end).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return text.count <= 60 ? text : "…" + text.suffix(59)
    }
}
