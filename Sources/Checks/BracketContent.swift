/// What a template leaves: a bracketed value, a marker word, filler text, a blank.
enum PlaceholderKind {
    /// `[10]`
    case number
    /// `[Company Name]`, `[insert date]`
    case words
    /// `[•]`, `[___]`, `[X]`, ○○
    case blank
    /// `[email protected]`
    case hiddenAddress
    /// An editor's marker or a run of capital X (`PlaceholderCheck.editorsMarkers`)
    case marker
    /// lorem ipsum
    case filler
}

/// Tells what is between two brackets left as text: a placeholder, or something a policy
/// writes in brackets on purpose.
enum BracketContent {
    /// The placeholder `[content]` is, or nil. `atLineStart`: the bracket starts a line or a
    /// cell, where `[x]` is a box ticked by hand; `touchesWord`: a letter stands right before
    /// or after it, as in an alteration (`[T]he`, `employee[s]`).
    static func kind(of content: String, atLineStart: Bool, touchesWord: Bool) -> PlaceholderKind? {
        if content.utf8.allSatisfy({ $0 < 0x80 }) {
            var content = content
            return content.withUTF8 { BracketBytes.kind(of: $0, atLineStart: atLineStart, touchesWord: touchesWord) }
        }
        return kindReadingCharacters(of: content, atLineStart: atLineStart, touchesWord: touchesWord)
    }

    /// `kind(of:atLineStart:touchesWord:)`, read as Characters: what `BracketBytes` does for ASCII.
    static func kindReadingCharacters(of content: String, atLineStart: Bool, touchesWord: Bool) -> PlaceholderKind? {
        let trimmed = content.trimmingWhitespace
        guard !trimmed.isEmpty else { return nil }
        if atLineStart && ["x", "X", "✓", "✔"].contains(trimmed) { return nil }
        // Numbers first: a long text cites thousands of them.
        if isNumberReadingCharacters(trimmed) { return .number }
        let words = trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
        if words.count == 2, words.map({ $0.lowercased() }) == ["email", "protected"] { return .hiddenAddress }
        if isBlank(trimmed) { return .blank }
        guard !touchesWord, isPlaceholder(words) else { return nil }
        return .words
    }

    /// Digits, maybe grouped or ranged (`1,000`, `30-60`), maybe a percentage.
    static func isNumber(_ content: String) -> Bool {
        // Most bracketed numbers are ASCII digits alone, told without Characters.
        if !content.isEmpty, content.utf8.count <= 9, content.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return true }
        if content.utf8.allSatisfy({ $0 < 0x80 }) {
            var content = content
            return content.withUTF8(BracketBytes.isNumber)
        }
        return isNumberReadingCharacters(content)
    }

    static func isNumberReadingCharacters(_ content: String) -> Bool {
        let trimmed = content.trimmingWhitespace
        guard let first = trimmed.first, first.isNumber, trimmed.contains(where: \.isNumber) else { return false }
        let rest = trimmed.hasSuffix("%") ? trimmed.dropLast() : Substring(trimmed)
        return rest.allSatisfy { $0.isNumber || ",.-–/ ".contains($0) } && rest.last?.isNumber == true
    }

    /// `[1]` and `[ 1 ]` are one note.
    static func noteLabel(of content: String) -> String {
        content.trimmingWhitespace
    }

    /// Marks a drafter leaves for a value to come: `[•]`, `[●]`, `[___]`, `[X]`, `[XX]`, `[N]`.
    private static func isBlank(_ content: String) -> Bool {
        content.allSatisfy { "•●◦▪■_#*".contains($0) }
            || (content.count <= 4 && content.allSatisfy { $0 == "X" || $0 == "N" })
    }

    /// Words in brackets that stand for a value: one of the words templates use (`[insert
    /// date]`, `[Company]`), or two words or more in title or upper case (`[Company Name]`,
    /// `[NAME OF ENTITY]`). Not editorial brackets (`[sic]`, `[Reserved]`), nor lowercase prose
    /// an editor put in brackets (`[function plug-ins]`), nor a lone acronym (`[GDPR]`).
    private static func isPlaceholder(_ words: [String]) -> Bool {
        guard (1...6).contains(words.count) else { return false }
        let lowered = words.map { $0.lowercased().trimming(".,;:") }
        guard !editorial.contains(lowered.joined(separator: " ")) else { return false }
        guard words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || "-'’.,&/_@".contains($0) } }),
              words.contains(where: { $0.filter(\.isLetter).count >= 2 }) else { return false }
        // `[COMPANY_NAME]` names its value too.
        let parts = lowered.flatMap { $0.split(separator: "_").map(String.init) }
        if !keywords.isDisjoint(with: parts) { return true }
        guard words.count >= 2, words.first!.first!.isUppercase else { return false }
        return words.allSatisfy { word in
            word.first!.isUppercase || minorWords.contains(word) || !word.first!.isLetter
        }
    }

    /// The lists below are kept as written, and made sets only for the reading as Characters:
    /// the bytes `BracketBytes` reads (nearly every bracket) are made from the lists alone,
    /// without hashing every word at a text's first bracket.
    private static let editorial = Set(editorialWords)
    private static let editorialWords = [
        "sic", "reserved", "omitted", "intentionally omitted", "intentionally left blank", "redacted",
        "emphasis added", "emphasis in original", "citation omitted", "citations omitted", "deleted",
        "footnote omitted", "footnotes omitted",
    ]

    /// Words that name the value a template asks for.
    private static let keywords = Set(keywordWords)
    private static let keywordWords = [
        "insert", "enter", "placeholder", "name", "company", "address", "email", "e-mail", "date", "phone",
        "telephone", "url", "website", "domain", "jurisdiction", "country", "city", "amount", "dpo",
    ]

    private static let minorWords = Set(minorWordList)
    private static let minorWordList = [
        "a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "your", "our",
    ]

    /// The lists above as UTF-8, for `BracketBytes`.
    static let editorialBytes = editorialWords.map { Array($0.utf8) }
    static let keywordBytes = keywordWords.map { Array($0.utf8) }
    static let minorWordBytes = minorWordList.map { Array($0.utf8) }
}

private extension StringProtocol {
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }

    func trimming(_ characters: String) -> String {
        guard let first = firstIndex(where: { !characters.contains($0) }),
              let last = lastIndex(where: { !characters.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}
