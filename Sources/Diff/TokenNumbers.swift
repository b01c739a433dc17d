import Outline

/// Gives each distinct token a number, so that the diff compares integers.
///
/// Two tokens get one number when a reader cannot tell them apart: white space is white space
/// whatever its length or whether it is a line break in the source (a reflowed paragraph
/// has not changed), as long as its formatting is the same. Everything else is compared
/// exactly, formatting included: a word made bold has changed.
struct TokenNumbers {
    private struct Key: Hashable {
        enum Content: Hashable {
            case text(String)
            case code(String)
            case space
            case codeSpace
            case element(InlineSpan.Content)
        }

        var content: Content
        var marks: [InlineMark]
    }

    private var numbers: [Key: Int32] = [:]

    init(expectedTokens: Int = 0) {
        numbers.reserveCapacity(expectedTokens / 8)
    }

    mutating func number(of token: RedlineToken) -> Int32 {
        let key = Key(content: content(of: token), marks: token.span.marks)
        if let number = numbers[key] { return number }
        let number = Int32(numbers.count)
        numbers[key] = number
        return number
    }

    private func content(of token: RedlineToken) -> Key.Content {
        switch token.span.content {
        case .text(let text): token.kind == .space ? .space : .text(text)
        case .code(let code): token.kind == .space ? .codeSpace : .code(code)
        case .softBreak: .space
        case let other: .element(other)
        }
    }
}
