/// Makes a minimal edit script read like tracked changes.
///
/// 1. A short equal stretch squeezed between two changes is folded into them: "the
///    ~~cat~~ **dog** ~~sat~~ **ran**" has no use for the lone space, and in a script without
///    spaces a shared character inside a changed word ("りんご" → "みかん" share "ん") only
///    breaks the word apart. As in diff-match-patch's semantic clean-up, a stretch goes when it
///    is no longer (in characters) than the larger side of the change on each side of it.
/// 2. A lone insertion or deletion that could equally sit a little earlier or later (the
///    same tokens repeat around it) is slid to where it starts after white space and ends
///    before a word: "a <ins>new </ins>b", not "a<ins> new</ins> b".
struct SemanticCleanup {
    let diff: FieldDiff

    func apply(to segments: inout [EditSegment]) {
        mergeShortEqualities(&segments)
        // A change slides into the equal stretches around it and gives what it leaves to the
        // other one: each change gets one on both sides, empty at the edges of the field.
        var padded: [EditSegment] = []
        padded.reserveCapacity(segments.count * 2 + 1)
        for segment in segments {
            if !segment.isEqual, padded.last?.isEqual != true {
                padded.append(EditSegment(old: segment.old.lowerBound..<segment.old.lowerBound,
                                          new: segment.new.lowerBound..<segment.new.lowerBound, isEqual: true))
            }
            padded.append(segment)
        }
        if let last = padded.last, !last.isEqual {
            padded.append(EditSegment(old: last.old.upperBound..<last.old.upperBound,
                                      new: last.new.upperBound..<last.new.upperBound, isEqual: true))
        }
        segments = padded
        for index in segments.indices where !segments[index].isEqual {
            slideToWordBoundaries(&segments, at: index)
        }
        normalise(&segments)
    }

    private func mergeShortEqualities(_ segments: inout [EditSegment]) {
        guard segments.count >= 3 else { return }
        func size(_ change: EditSegment) -> Int {
            max(Self.characters(diff.old[change.old]), Self.characters(diff.new[change.new]))
        }
        var index = 1
        while index < segments.count - 1 {
            let equal = segments[index], before = segments[index - 1], after = segments[index + 1]
            // Every token has a character at least: a long stretch needs no counting.
            let limit = equal.isEqual && !before.isEqual && !after.isEqual ? min(size(before), size(after)) : -1
            if equal.new.count <= limit, Self.characters(diff.new[equal.new]) <= limit {
                segments.replaceSubrange(index - 1...index + 1, with: [
                    EditSegment(old: before.old.lowerBound..<after.old.upperBound,
                                new: before.new.lowerBound..<after.new.upperBound, isEqual: false),
                ])
                // The merged change is larger: the stretch before it may now go too.
                index = max(1, index - 1)
            } else {
                index += 1
            }
        }
    }

    /// The characters (Unicode scalars) of `tokens`; an element counts as one.
    private static func characters(_ tokens: ArraySlice<RedlineToken>) -> Int {
        tokens.reduce(0) { total, token in
            switch token.span.content {
            // Every byte but UTF-8's continuation bytes starts a scalar.
            case .text(let text), .code(let text): total + text.utf8.count { $0 & 0xC0 != 0x80 }
            default: total + 1
            }
        }
    }

    private func slideToWordBoundaries(_ segments: inout [EditSegment], at index: Int) {
        let change = segments[index]
        let isInsertion = change.old.isEmpty
        guard isInsertion != change.new.isEmpty else { return }
        let tokens = isInsertion ? diff.new : diff.old
        let numbers = isInsertion ? diff.newNumbers : diff.oldNumbers
        let range = isInsertion ? change.new : change.old
        // The equal stretches on both sides (see `apply`) are what the change can slide into.
        let room = (before: segments[index - 1].new.count, after: segments[index + 1].new.count)
        var left = 0
        while left < room.before, numbers[range.lowerBound - 1 - left] == numbers[range.upperBound - 1 - left] { left += 1 }
        var right = 0
        while right < room.after, numbers[range.lowerBound + right] == numbers[range.upperBound + right] { right += 1 }
        guard left > 0 || right > 0 else { return }
        func score(_ shift: Int) -> Int {
            let start = range.lowerBound + shift, end = range.upperBound + shift
            return Self.boundaryScore(start > 0 ? tokens[start - 1] : nil, tokens[start])
                + Self.boundaryScore(tokens[end - 1], end < tokens.count ? tokens[end] : nil)
        }
        var best = -left
        for shift in (-left + 1)...right where score(shift) > score(best) { best = shift }
        guard best != 0 else { return }
        segments[index].old = (change.old.lowerBound + best)..<(change.old.upperBound + best)
        segments[index].new = (change.new.lowerBound + best)..<(change.new.upperBound + best)
        segments[index - 1].old = segments[index - 1].old.lowerBound..<(segments[index - 1].old.upperBound + best)
        segments[index - 1].new = segments[index - 1].new.lowerBound..<(segments[index - 1].new.upperBound + best)
        segments[index + 1].old = (segments[index + 1].old.lowerBound + best)..<segments[index + 1].old.upperBound
        segments[index + 1].new = (segments[index + 1].new.lowerBound + best)..<segments[index + 1].new.upperBound
    }

    /// How good a place for a change to begin or end the point between `left` and `right` is;
    /// nil is the edge of the field.
    static func boundaryScore(_ left: RedlineToken?, _ right: RedlineToken?) -> Int {
        guard let left, let right else { return 6 }
        if left.kind == .space || left.span.content == .hardBreak { return 3 }
        if right.kind == .space || right.span.content == .hardBreak { return 2 }
        if left.kind == .punctuation || right.kind == .punctuation { return 1 }
        return 0
    }

    /// Drops emptied equal stretches and joins the changes they separated.
    private func normalise(_ segments: inout [EditSegment]) {
        var result: [EditSegment] = []
        result.reserveCapacity(segments.count)
        for segment in segments where !(segment.old.isEmpty && segment.new.isEmpty) {
            if let last = result.last, last.isEqual == segment.isEqual {
                result[result.count - 1] = EditSegment(old: last.old.lowerBound..<segment.old.upperBound,
                                                       new: last.new.lowerBound..<segment.new.upperBound,
                                                       isEqual: last.isEqual)
            } else {
                result.append(segment)
            }
        }
        segments = result
    }
}
