import Config
import Content
import Diagnostics
import Markdown
import Synchronization

/// Where the scalars of a text's blocks are written in its file, for placing findings at their
/// line and column: an escaped `\[date\]`, a word after `&nbsp;`, a value in a table cell.
///
/// A block's rendered scalars are matched in order against what the file shows from the
/// block's start: escapes and character references read as what they show, a variable's
/// reference as its value, and what the reader never sees (emphasis marks, link targets,
/// table pipes, list markers) passed over. Each block is matched once, when a finding in it is
/// first placed, in time proportional to the block; a finding then costs one look-up. The
/// body is read when a first finding needs it, never for a text with none.
final class TextPlacement: Sendable {
    private let translation: Translation
    private let variables: VariableTree
    private let blockStarts: [SourcePoint]
    private let state = Mutex(State())

    private struct State {
        var body: WrittenBody?
        var blocks: [Int: [Int32]] = [:]
    }

    /// How far past the last match a scalar is looked for: the longest markup between two
    /// scalars a reader sees (a link's target and title) is shorter. A scalar not found costs
    /// this at most, and is placed where the match stopped.
    static let window = 4096

    init(translation: Translation, variables: VariableTree, blockStarts: [SourcePoint]) {
        self.translation = translation
        self.variables = variables
        self.blockStarts = blockStarts
    }

    /// Where the scalar at `offset` of block `index`'s text is written.
    func point(at offset: Int, in text: BlockText, block index: Int) -> SourcePoint? {
        written(at: offset, in: text, block: index) { body, position in
            position.map(body.point(at:)) ?? blockStarts[index]
        }
    }

    /// Whether the scalar at `offset` is written with a backslash before it (`\[`, `\{`),
    /// which asks for it as a character.
    func isEscaped(at offset: Int, in text: BlockText, block index: Int) -> Bool {
        written(at: offset, in: text, block: index) { body, position in
            position.map { body.scalars[$0] == "\\" } ?? false
        } ?? false
    }

    /// `read` of the body and the body offset the scalar is placed at (nil for an empty block).
    private func written<T>(at offset: Int, in text: BlockText, block index: Int,
                            _ read: (WrittenBody, Int?) -> T) -> T? {
        guard blockStarts.indices.contains(index) else { return nil }
        return state.withLock { state in
            if state.body == nil { state.body = WrittenBody(translation, variables: variables) }
            let body = state.body!
            if state.blocks[index] == nil { state.blocks[index] = offsets(of: text, block: index, in: body) }
            let offsets = state.blocks[index]!
            guard !offsets.isEmpty else { return read(body, nil) }
            let position = Int(offsets[min(max(offset, 0), offsets.count - 1)])
            return read(body, position < body.count ? position : nil)
        }
    }

    /// The body offset of each scalar of the block's text.
    private func offsets(of text: BlockText, block index: Int, in body: WrittenBody) -> [Int32] {
        let start = body.offset(of: blockStarts[index])
        // Footnote definitions come last among the blocks wherever they are written: a next
        // block that starts earlier bounds nothing.
        let next = blockStarts.indices.contains(index + 1) ? body.offset(of: blockStarts[index + 1]) : body.count
        let end = next > start ? next : body.count
        var offsets = [Int32](repeating: 0, count: text.count)
        var position = Self.afterMarkers(body, from: start, before: end)
        var pending: ArraySlice<Unicode.Scalar> = []
        var pendingAt = position
        for (at, scalar) in text.scalars.enumerated() {
            if let first = pending.first {
                pending = pending.dropFirst()
                if first == scalar {
                    offsets[at] = Int32(pendingAt)
                    continue
                }
                pending = []
            }
            offsets[at] = Int32(position)
            // A footnote reference shows a number the file does not hold.
            if scalar == BlockText.object { continue }
            var probe = position
            // Code and raw HTML show what is written, escapes and references included; what
            // of them is not found close by is left where the match stopped.
            if text.isHidden[at] && scalar != BlockText.object {
                let limit = min(end, position + 64)
                while probe < limit, body.scalars[probe] != scalar { probe += 1 }
                if probe < limit {
                    offsets[at] = Int32(probe)
                    position = probe + 1
                }
                continue
            }
            let limit = min(end, position + Self.window)
            let following = at + 1 < text.count && !text.isHidden[at + 1] ? text.scalars[at + 1] : nil
            search: while probe < limit {
                let (shown, next) = body.shown(at: probe, before: end)
                switch shown {
                case .scalar(let written, let escaped):
                    let matches = scalar == BlockText.fieldSeparator ? written == "|" && !escaped : written == scalar
                    if matches {
                        // Markup may show the same character just before the text does (`[[Name]](…)`):
                        // a match the next scalar does not follow gives way to one close by it does.
                        let (chosen, after) = Self.closer(scalar, then: following, from: probe, next: next, in: body,
                                                          before: end)
                        offsets[at] = Int32(chosen)
                        position = after
                        break search
                    }
                case .scalars(let shownScalars):
                    if shownScalars.first == scalar {
                        offsets[at] = Int32(probe)
                        pending = shownScalars.dropFirst()
                        pendingAt = probe
                        position = next
                        break search
                    }
                }
                probe = next
            }
        }
        return offsets
    }

    /// `probe` (whose shown scalar is `scalar`, and what follows it starts at `next`), unless
    /// `following` does not come next there but does after another `scalar` a few scalars on.
    private static func closer(_ scalar: Unicode.Scalar, then following: Unicode.Scalar?, from probe: Int, next: Int,
                               in body: WrittenBody, before end: Int) -> (Int, Int) {
        guard let following, following != BlockText.fieldSeparator, following != BlockText.object, next < end,
              firstShown(at: next, in: body, before: end).scalar != following else { return (probe, next) }
        var other = next
        while other < end, other - probe <= 16 {
            let (shown, after) = firstShown(at: other, in: body, before: end)
            if shown == scalar, after < end, firstShown(at: after, in: body, before: end).scalar == following {
                return (other, after)
            }
            other = after
        }
        return (probe, next)
    }

    private static func firstShown(at offset: Int, in body: WrittenBody, before end: Int) -> (scalar: Unicode.Scalar?, next: Int) {
        let (shown, next) = body.shown(at: offset, before: end)
        switch shown {
        case .scalar(let scalar, _): return (scalar, next)
        case .scalars(let scalars): return (scalars.first, next)
        }
    }

    /// Past what opens a block on its first line: indentation, `>`, a list marker and its task
    /// box, `#`s, a footnote's `[^label]:`. Each only where Markdown reads it as one (a space
    /// follows), so that text starting the block is never passed over.
    private static func afterMarkers(_ body: WrittenBody, from start: Int, before end: Int) -> Int {
        let scalars = body.scalars
        var at = start
        func skipSpaces() { while at < end, scalars[at] == " " || scalars[at] == "\t" { at += 1 } }
        func spaceFollows(_ offset: Int) -> Bool { offset < end && (scalars[offset] == " " || scalars[offset] == "\t") }
        skipSpaces()
        var afterListMarker = false
        while at < end {
            let scalar = scalars[at]
            let wasAfterListMarker = afterListMarker
            afterListMarker = false
            if scalar == ">" {
                at += 1
            } else if scalar == "-" || scalar == "*" || scalar == "+", spaceFollows(at + 1) {
                at += 1
                afterListMarker = true
            } else if scalar == "#" {
                var level = at
                while level < end, scalars[level] == "#" { level += 1 }
                guard level - at <= 6, spaceFollows(level) else { return at }
                at = level
            } else if scalar.properties.numericType != nil, scalar.isASCII {
                var digits = at
                while digits < end, digits - at < 9, scalars[digits].isASCII, scalars[digits].properties.numericType != nil {
                    digits += 1
                }
                guard digits < end, scalars[digits] == "." || scalars[digits] == ")", spaceFollows(digits + 1) else { return at }
                at = digits + 1
                afterListMarker = true
            } else if wasAfterListMarker, scalar == "[", at + 2 < end, scalars[at + 2] == "]", " xX".unicodeScalars.contains(scalars[at + 1]),
                      spaceFollows(at + 3) {
                at += 3
            } else if scalar == "[", at + 1 < end, scalars[at + 1] == "^" {
                var close = at + 2
                while close < end, scalars[close] != "]", scalars[close] != "\n" { close += 1 }
                guard close + 1 < end, scalars[close] == "]", scalars[close + 1] == ":" else { return at }
                at = close + 2
            } else {
                return at
            }
            skipSpaces()
        }
        return at
    }
}
