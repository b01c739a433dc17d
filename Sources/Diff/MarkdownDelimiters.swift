import Outline

/// Chooses, for each emphasis, strong or strikethrough of a line of Markdown, between its
/// delimiters (`*`, `**`, `~~`) and the HTML tag cmark-gfm renders it as.
///
/// Delimiters next to each other form one run, which opens only when left-flanking and closes
/// only when right-flanking (CommonMark, "Emphasis and strong emphasis"), as the characters
/// around the run decide; a run that can do both is held to the rule of three. A pair keeps
/// its delimiters only when cmark-gfm would read them back as written, however it classes an
/// uncertain character (a symbol outside ASCII, a `~`); otherwise it takes the tags. A closing run
/// directly followed by an opening one of the same character would merge with it, and the
/// same formatting inside itself would read as another, so those take the tags at once.
/// Both choices begin and end with ASCII punctuation, so choosing the tags for one pair only
/// shortens the runs around it; the choice is made again until nothing changes.
enum MarkdownDelimiters {
    enum Emphasis: Equatable {
        case emphasis, strong, strikethrough

        init?(_ mark: InlineMark) {
            switch mark {
            case .emphasis: self = .emphasis
            case .strong: self = .strong
            case .strikethrough: self = .strikethrough
            case .link, .element: return nil
            }
        }

        var delimiter: String {
            switch self {
            case .emphasis: "*"
            case .strong: "**"
            case .strikethrough: "~~"
            }
        }

        var tags: (open: String, close: String) {
            switch self {
            case .emphasis: ("<em>", "</em>")
            case .strong: ("<strong>", "</strong>")
            // <s>, not cmark's <del>, which marks deletions here.
            case .strikethrough: ("<s>", "</s>")
            }
        }
    }

    enum Atom {
        /// Markdown written as it is.
        case text(String)
        case opening(Emphasis, pair: Int, forcedHTML: Bool)
        case closing(Emphasis, pair: Int)
    }

    static func resolve(_ atoms: [Atom]) -> String {
        var usesTags = Set<Int>()
        for (index, atom) in atoms.enumerated() {
            guard case .opening(let emphasis, let pair, let forcedHTML) = atom else { continue }
            var merges = false
            if index > 0, case .closing(let previous, _) = atoms[index - 1] {
                merges = previous.delimiter.first == emphasis.delimiter.first
            }
            if forcedHTML || merges { usesTags.insert(pair) }
        }
        while true {
            let written = write(atoms, usesTags: usesTags)
            let failing = pairsMisread(atoms, written: written, usesTags: usesTags)
            if failing.isSubset(of: usesTags) { return written.joined() }
            usesTags.formUnion(failing)
        }
    }

    private static func write(_ atoms: [Atom], usesTags: Set<Int>) -> [String] {
        atoms.map { atom in
            switch atom {
            case .text(let text): text
            case .opening(let emphasis, let pair, _): usesTags.contains(pair) ? emphasis.tags.open : emphasis.delimiter
            case .closing(let emphasis, let pair): usesTags.contains(pair) ? emphasis.tags.close : emphasis.delimiter
            }
        }
    }

    /// The pairs written with delimiters that cmark-gfm might not read back as written.
    private static func pairsMisread(_ atoms: [Atom], written: [String], usesTags: Set<Int>) -> Set<Int> {
        struct Run {
            var atoms: Range<Int>
            var length: Int
            var canOpen: Bool
            var canClose: Bool
            var isBoth: Bool
        }
        func delimiter(_ index: Int) -> Character? {
            switch atoms[index] {
            case .text: nil
            case .opening(let emphasis, let pair, _), .closing(let emphasis, let pair):
                usesTags.contains(pair) ? nil : emphasis.delimiter.first
            }
        }
        // Each delimiter's run.
        var runOf: [Int: Run] = [:]
        var index = 0
        while index < atoms.count {
            guard let character = delimiter(index) else { index += 1; continue }
            var end = index + 1
            while end < atoms.count, delimiter(end) == character { end += 1 }
            let before = self.character(before: index, in: written), after = self.character(after: end - 1, in: written)
            let (canOpen, canClose, isBoth) = flanking(before, after)
            let run = Run(atoms: index..<end, length: written[index..<end].reduce(0) { $0 + $1.count },
                          canOpen: canOpen, canClose: canClose, isBoth: isBoth)
            for member in index..<end { runOf[member] = run }
            index = end
        }
        var openers: [Int: Run] = [:]
        var misread = Set<Int>()
        for (index, atom) in atoms.enumerated() {
            guard let run = runOf[index] else { continue }
            switch atom {
            case .text:
                break
            case .opening(_, let pair, _):
                openers[pair] = run
                if !run.canOpen { misread.insert(pair) }
            case .closing(let emphasis, let pair):
                guard let opener = openers[pair] else { misread.insert(pair); continue }
                if !run.canClose { misread.insert(pair) }
                if opener.isBoth || run.isBoth {
                    // The rule of three, on runs holding this pair's delimiters alone; a longer run
                    // is counted down as it matches, which is not worth predicting.
                    let own = emphasis.delimiter.count
                    if opener.length != own || run.length != own
                        || ((opener.length + run.length) % 3 == 0 && !(opener.length % 3 == 0 && run.length % 3 == 0)) {
                        misread.insert(pair)
                    }
                }
            }
        }
        return misread
    }

    /// The character just before atom `index`; nil at the start.
    private static func character(before index: Int, in written: [String]) -> Character? {
        written[..<index].last { !$0.isEmpty }?.last
    }

    /// The character just after atom `index`; nil at the end.
    private static func character(after index: Int, in written: [String]) -> Character? {
        written[(index + 1)...].first { !$0.isEmpty }?.first
    }

    private enum Class {
        case whitespace, punctuation, other
    }

    /// Whether a run between `before` and `after` surely can open, surely can close, and might
    /// do both, however cmark-gfm classes an uncertain character.
    private static func flanking(_ before: Character?, _ after: Character?) -> (canOpen: Bool, canClose: Bool, isBoth: Bool) {
        var canOpen = true, canClose = true, isBoth = false
        for left in classes(before) {
            for right in classes(after) {
                let leftFlanking = right != .whitespace && (right != .punctuation || left != .other)
                let rightFlanking = left != .whitespace && (left != .punctuation || right != .other)
                canOpen = canOpen && leftFlanking
                canClose = canClose && rightFlanking
                isBoth = isBoth || (leftFlanking && rightFlanking)
            }
        }
        return (canOpen, canClose, isBoth)
    }

    /// How cmark may class a character; the start or end of the line is white space.
    private static func classes(_ character: Character?) -> [Class] {
        guard let character, let scalar = character.unicodeScalars.first else { return [.whitespace] }
        // Next to a strikethrough, cmark-gfm 0.29 reads `*` runs as if `~` were not punctuation
        // (`.**(a)**~~b~~` stays unformatted); either way must work.
        if scalar == "~" { return [.punctuation, .other] }
        if scalar.isASCII {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" { return [.whitespace] }
            return character.isPunctuation || character.isSymbol ? [.punctuation] : [.other]
        }
        switch scalar.properties.generalCategory {
        case .spaceSeparator:
            return [.whitespace]
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return [.punctuation]
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return [.punctuation, .other]
        default:
            return [.other]
        }
    }
}
