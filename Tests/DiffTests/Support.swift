import Diff
import Markdown
import Outline

/// The blocks of a Markdown body, as the site reads them.
func blocks(_ markdown: String) -> [DocumentBlock] {
    MarkdownRenderer.render(MarkdownSource(text: markdown, path: "content/privacy/v1/en.md"),
                            options: MarkdownOptions()).document.blocks
}

func redline(_ old: String, _ new: String) -> Redline {
    Redline(old: blocks(old), new: blocks(new))
}

extension RedlineBlock {
    /// The block's fields as text with `[-deleted-]` and `{+inserted+}` marks, fields joined by " | ".
    var marked: String {
        fields.map { runs in
            runs.map { run in
                let text = run.tokens.map(\.text).joined()
                switch run.operation {
                case .equal: return text
                case .deleted: return "[-\(text)-]"
                case .inserted: return "{+\(text)+}"
                }
            }.joined()
        }.joined(separator: " | ")
    }
}

extension Redline {
    /// The blocks that are not unchanged.
    var changes: [RedlineBlock] { blocks.filter { $0.change != .unchanged } }
}

/// Deterministic pseudo-random numbers (SplitMix64), so a failing case can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Words for generated prose.
let proseWords = """
    we collect personal data such as your name email address and usage information to provide improve and protect \
    our services including account management customer support security fraud prevention analytics and legal \
    compliance retention periods depend on the purpose third parties processors may receive it under contract
    """.split(separator: " ").map(String.init)

/// `count` words of prose, sentences of eight words.
func prose(_ count: Int, seed: UInt64) -> [String] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { index in
        let word = proseWords.randomElement(using: &generator)!
        return index % 8 == 7 ? word + "." : word
    }
}
