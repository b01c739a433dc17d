import Outline

/// The unit a redline marks inside a block: a word, a run of white space, one punctuation
/// mark, one character of a script written without spaces, or an inline element that is not
/// text (a break, an image, a footnote reference, raw HTML).
public struct RedlineToken: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Letters, digits and marks of a script written with spaces.
        case word
        /// One grapheme of a script written without spaces (Han, Hiragana, Katakana, Thai…);
        /// counts as a word.
        case character
        /// White space, or a soft line break.
        case space
        /// One grapheme of punctuation or a symbol.
        case punctuation
        /// A hard break, image, footnote reference or raw inline HTML.
        case element
    }

    public var kind: Kind
    /// The token as a span: `.text`/`.code` holding just this token's text, or the whole
    /// element; with the formatting of the span it came from.
    public var span: InlineSpan

    public init(kind: Kind, span: InlineSpan) {
        self.kind = kind
        self.span = span
    }

    /// Words, and characters of scripts written without spaces, are what the summary counts.
    public var isWord: Bool { kind == .word || kind == .character }

    /// The token's text as a reader sees it.
    public var text: String { span.plainText }
}
