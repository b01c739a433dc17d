/// Bracketed numbers that cite notes rather than stand for a value left blank: a number
/// written at the start of a line or cell (the note) and elsewhere too (where it is cited),
/// and a number of a sequence: a text citing `[83]`, `[84]` and `[85]` numbers its references,
/// often by the thousand and with the notes kept elsewhere, while a lone `[10] days` is a blank.
struct NoteNumbers {
    private var notes: Set<String> = []
    private var numbers: Set<Int> = []

    init(_ blocks: [BracketedBlock]) {
        var starting: Set<String> = []
        var cited: Set<String> = []
        for bracketed in blocks {
            let block = bracketed.text
            for bracket in bracketed.brackets where BracketContent.isNumber(bracket.content) {
                let label = BracketContent.noteLabel(of: bracket.content)
                if block.isLineStart(bracket.range.lowerBound) { starting.insert(label) } else { cited.insert(label) }
                if let number = Self.integer(label) { numbers.insert(number) }
            }
        }
        notes = starting.intersection(cited)
    }

    /// Whether the bracketed number `label` cites a note.
    func cites(_ label: String) -> Bool {
        if notes.contains(label) { return true }
        guard let number = Self.integer(label) else { return false }
        return numbers.contains(number - 1) || numbers.contains(number + 1)
    }

    /// A plain whole number, as references are numbered (not `1,000` or `30-60`).
    private static func integer(_ label: String) -> Int? {
        guard label.utf8.count <= 6, label.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(label)
    }
}

/// A `[…]` that cmark left as text: where it stands in its block, and what is between the brackets.
struct BracketedText {
    var range: Range<Int>
    var content: String
}

/// A block of a text and its brackets, found once for the notes and for the placeholders.
/// Structs rather than tuples: the runtime makes a tuple type's metadata at its first use in
/// the process, and an array of them converted between labelled and unlabelled was copied.
struct BracketedBlock {
    var index: Int
    var text: BlockText
    var brackets: [BracketedText]
}
