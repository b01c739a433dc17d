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
/// first placed, in time proportional to the block; a finding then costs one look-up. Only the
/// blocks with findings are read scalar by scalar; a text without findings is not read at all.
final class TextPlacement: Sendable {
    private let translation: Translation
    private let variables: VariableTree
    private let blockStarts: [SourcePoint]
    private let state = Mutex(State())

    private struct State {
        var body: WrittenBody?
        /// Each block placed so far: what the file holds from its start, and where in that
        /// each scalar of its text is written.
        var blocks: [Int: PlacedBlock] = [:]
    }

    /// An object: a finding reads it, and copying out its arrays and the variables' values
    /// cost more than the look-up.
    private final class PlacedBlock {
        let written: WrittenBody.Span
        let offsets: [Int32]

        init(written: WrittenBody.Span, offsets: [Int32]) {
            self.written = written
            self.offsets = offsets
        }
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
        written(at: offset, in: text, block: index) { span, position in
            position.map(span.point(at:)) ?? blockStarts[index]
        }
    }

    /// Whether the scalar at `offset` is written with a backslash before it (`\[`, `\{`),
    /// which asks for it as a character.
    func isEscaped(at offset: Int, in text: BlockText, block index: Int) -> Bool {
        written(at: offset, in: text, block: index) { span, position in
            position.map { span.scalars[$0] == "\\" } ?? false
        } ?? false
    }

    /// `read` of the block's span of the file and the index the scalar is placed at (nil for
    /// an empty block).
    private func written<T>(at offset: Int, in text: BlockText, block index: Int,
                            _ read: (WrittenBody.Span, Int?) -> T) -> T? {
        guard blockStarts.indices.contains(index) else { return nil }
        return state.withLock { state in
            if state.blocks[index] == nil {
                if state.body == nil { state.body = WrittenBody(translation, variables: variables) }
                state.blocks[index] = place(text, block: index, in: state.body!)
            }
            let placed = state.blocks[index]!
            guard !placed.offsets.isEmpty else { return read(placed.written, nil) }
            let position = Int(placed.offsets[min(max(offset, 0), placed.offsets.count - 1)])
            return read(placed.written, position < placed.written.count ? position : nil)
        }
    }

    /// The block's span of the file, and the index in it of each scalar of the block's text.
    private func place(_ text: BlockText, block index: Int, in body: WrittenBody) -> PlacedBlock {
        let start = body.offset(of: blockStarts[index])
        // Footnote definitions come last among the blocks wherever they are written: a next
        // block that starts earlier bounds nothing.
        let next = blockStarts.indices.contains(index + 1) ? body.offset(of: blockStarts[index + 1]) : body.byteCount
        // Then the span is bounded by what the text can take, so as not to read the rest of the body.
        let span = body.span(from: start, to: next > start ? next : min(body.byteCount, start + 16 * text.count + 2 * Self.window))
        let end = span.count
        let written = span.scalars
        var position = Self.afterMarkers(written, from: 0, before: end)
        var pending: ArraySlice<Unicode.Scalar> = []
        var pendingAt = position
        let scalars = text.scalars, isHidden = text.isHidden
        // Every scalar's offset is written as it is matched: the storage is not filled first.
        let offsets = [Int32](unsafeUninitializedCapacity: scalars.count) { offsets, count in
            for (at, scalar) in scalars.enumerated() {
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
                if isHidden[at] {
                    let limit = min(end, position + 64)
                    while probe < limit, written[probe] != scalar { probe += 1 }
                    if probe < limit {
                        offsets[at] = Int32(probe)
                        position = probe + 1
                    }
                    continue
                }
                let following = at + 1 < scalars.count && !isHidden[at + 1] ? scalars[at + 1] : nil
                // Most of a text is written as it reads: the scalar where the match stands, no markup
                // in it or in the next one, which is the one that follows. The search below finds
                // the same, through what each written scalar shows.
                if probe < end, written[probe] == scalar, !Self.mayShowOther(scalar) {
                    let next = probe + 1
                    if following == nil || following == BlockText.fieldSeparator || following == BlockText.object || next >= end
                        || (written[next] == following && !Self.mayShowOther(following!)) {
                        offsets[at] = Int32(probe)
                        position = next
                        continue
                    }
                }
                let limit = min(end, position + Self.window)
                search: while probe < limit {
                    let (shown, next) = span.shown(at: probe)
                    switch shown {
                    case .scalar(let written, let escaped):
                        let matches = scalar == BlockText.fieldSeparator ? written == "|" && !escaped : written == scalar
                        if matches {
                            // Markup may show the same character just before the text does (`[[Name]](…)`):
                            // a match the next scalar does not follow gives way to one close by it does.
                            let (chosen, after) = Self.closer(scalar, then: following, from: probe, next: next, in: span)
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
            count = scalars.count
        }
        return PlacedBlock(written: span, offsets: offsets)
    }

    /// Whether a written scalar may show something other than itself (`WrittenBody.Span.shown`):
    /// an escape, a character reference, `<br>`, a variable's reference; or stands for a table's
    /// pipe.
    @inline(__always)
    private static func mayShowOther(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\\", "&", "<", "{", "|", BlockText.fieldSeparator: true
        default: false
        }
    }

    /// `probe` (whose shown scalar is `scalar`, and what follows it starts at `next`), unless
    /// `following` does not come next there but does after another `scalar` a few scalars on.
    private static func closer(_ scalar: Unicode.Scalar, then following: Unicode.Scalar?, from probe: Int, next: Int,
                               in span: WrittenBody.Span) -> (Int, Int) {
        guard let following, following != BlockText.fieldSeparator, following != BlockText.object, next < span.count,
              firstShown(at: next, in: span).scalar != following else { return (probe, next) }
        var other = next
        while other < span.count, other - probe <= 16 {
            let (shown, after) = firstShown(at: other, in: span)
            if shown == scalar, after < span.count, firstShown(at: after, in: span).scalar == following {
                return (other, after)
            }
            other = after
        }
        return (probe, next)
    }

    private static func firstShown(at index: Int, in span: WrittenBody.Span) -> (scalar: Unicode.Scalar?, next: Int) {
        let (shown, next) = span.shown(at: index)
        switch shown {
        case .scalar(let scalar, _): return (scalar, next)
        case .scalars(let scalars): return (scalars.first, next)
        }
    }

    /// Past what opens a block on its first line: indentation, `>`, a list marker and its task
    /// box, `#`s, a footnote's `[^label]:`. Each only where Markdown reads it as one (a space
    /// follows), so that text starting the block is never passed over.
    private static func afterMarkers(_ scalars: [Unicode.Scalar], from start: Int, before end: Int) -> Int {
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
            } else if scalar.hasNumericType, scalar.isASCII {
                var digits = at
                while digits < end, digits - at < 9, scalars[digits].isASCII, scalars[digits].hasNumericType {
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
