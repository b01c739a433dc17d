/// The token changes inside one field of a paired block (a paragraph, a table cell).
///
/// Tokens are compared by their text alone (`TokenNumbers`); their formatting is compared
/// afterwards, in the stretches that read the same, so that a word made bold or a link whose
/// address changed is one formatting change rather than its words deleted and inserted again.
struct FieldDiff {
    let old: [RedlineToken]
    let oldNumbers: [Int32]
    /// Per token, the number of its formatting (`TokenNumbers.style`).
    let oldStyles: [Int32]
    let new: [RedlineToken]
    let newNumbers: [Int32]
    let newStyles: [Int32]

    /// Equal, deleted and inserted runs; a change's deletion comes before its insertion. An
    /// equal run holds text formatted one way in each version (`TokenRun.formatting`).
    func runs() -> [TokenRun] {
        var runs: [TokenRun] = []
        if oldNumbers == newNumbers {
            if !old.isEmpty || !new.isEmpty { appendEqual(0..<old.count, 0..<new.count, to: &runs) }
            return runs
        }
        let script = MyersDiff(old: oldNumbers, new: newNumbers)
        var segments = Self.segments(deleted: script.deleted, inserted: script.inserted)
        SemanticCleanup(diff: self).apply(to: &segments)
        for segment in segments {
            if segment.isEqual || readsSame(segment.old, segment.new) {
                // A change of white space alone ("a ,b" for "a, b") is no change.
                appendEqual(segment.old, segment.new, to: &runs)
            } else {
                Self.append(.deleted, old[segment.old], splitAtLinks: &runs)
                Self.append(.inserted, new[segment.new], splitAtLinks: &runs)
            }
        }
        return Self.joiningFormatted(runs)
    }

    /// A change's tokens as runs, one per link they are in (or not): a change that ends a
    /// link and goes on after it lets the link's note follow the link (`formattingNotes`).
    private static func append(_ operation: TokenRun.Operation, _ tokens: ArraySlice<RedlineToken>,
                               splitAtLinks runs: inout [TokenRun]) {
        guard !tokens.isEmpty else { return }
        guard tokens.contains(where: { TextStyle($0.span).link != nil }) else {
            return runs.append(TokenRun(operation: operation, tokens: Array(tokens)))
        }
        var start = tokens.startIndex
        var current: LinkTarget?? = .none
        for index in tokens.indices where tokens[index].kind != .space {
            let link = TextStyle(tokens[index].span).link
            if case .some(let previous) = current, previous != link {
                runs.append(TokenRun(operation: operation, tokens: Array(tokens[start..<index])))
                start = index
            }
            current = .some(link)
        }
        runs.append(TokenRun(operation: operation, tokens: Array(tokens[start...])))
    }

    /// Equal runs formatted alike, with nothing but white space between them, as one run: the
    /// spaces of a link whose address changed are their own tokens (a space's formatting
    /// tells which space it is), but the link is one stretch of text.
    private static func joiningFormatted(_ runs: [TokenRun]) -> [TokenRun] {
        guard runs.contains(where: { $0.formatting != nil }) else { return runs }
        var joined: [TokenRun] = []
        joined.reserveCapacity(runs.count)
        var index = 0
        while index < runs.count {
            var run = runs[index]
            index += 1
            guard run.formatting != nil else { joined.append(run); continue }
            while index < runs.count {
                var next = index
                while next < runs.count, runs[next].operation == .equal, runs[next].formatting == nil,
                      runs[next].tokens.allSatisfy({ $0.kind == .space }),
                      (runs[next].oldTokens ?? []).allSatisfy({ $0.kind == .space }) { next += 1 }
                guard next < runs.count, runs[next].operation == .equal, runs[next].formatting == run.formatting else { break }
                for part in runs[index...next] {
                    run.tokens += part.tokens
                    run.oldTokens = (run.oldTokens ?? []) + (part.oldTokens ?? part.tokens)
                }
                index = next + 1
            }
            joined.append(run)
        }
        return joined
    }

    /// Whether two stretches hold the same tokens but for white space.
    private func readsSame(_ oldRange: Range<Int>, _ newRange: Range<Int>) -> Bool {
        var i = oldRange.lowerBound, j = newRange.lowerBound
        while true {
            while i < oldRange.upperBound, old[i].kind == .space { i += 1 }
            while j < newRange.upperBound, new[j].kind == .space { j += 1 }
            guard i < oldRange.upperBound, j < newRange.upperBound else {
                return i == oldRange.upperBound && j == newRange.upperBound
            }
            guard oldNumbers[i] == newNumbers[j] else { return false }
            i += 1
            j += 1
        }
    }

    /// A stretch that reads the same in both versions, as equal runs: one per stretch of text
    /// formatted alike, split where the formatting changes from version to version. White
    /// space between two such stretches goes with the one whose formatting did not change.
    private func appendEqual(_ oldRange: Range<Int>, _ newRange: Range<Int>, to runs: inout [TokenRun]) {
        // Most equal stretches keep their formatting: one run, compared by numbers only.
        if oldRange.count == newRange.count,
           zip(oldRange, newRange).allSatisfy({ oldStyles[$0] == newStyles[$1] || new[$1].kind == .space }) {
            return runs.append(equalRun(oldRange, newRange, formatting: nil))
        }
        // The old and new position of each token other than white space, with its change.
        var cuts: [(old: Int, new: Int, change: FormattingChange?)] = []
        var i = oldRange.lowerBound, j = newRange.lowerBound
        var current: FormattingChange?? = .none
        var lastOld = i, lastNew = j
        while true {
            while i < oldRange.upperBound, old[i].kind == .space { i += 1 }
            while j < newRange.upperBound, new[j].kind == .space { j += 1 }
            guard i < oldRange.upperBound, j < newRange.upperBound else { break }
            let change = oldStyles[i] == newStyles[j] ? nil : Self.change(old[i], new[j])
            if case .some(let previous) = current, previous != change {
                // The white space between goes with the side whose formatting is unchanged.
                let spacesJoinNext = change == nil && previous != nil
                cuts.append(spacesJoinNext ? (lastOld + 1, lastNew + 1, previous) : (i, j, previous))
            }
            current = .some(change)
            lastOld = i
            lastNew = j
            i += 1
            j += 1
        }
        var oldStart = oldRange.lowerBound, newStart = newRange.lowerBound
        for cut in cuts {
            runs.append(equalRun(oldStart..<cut.old, newStart..<cut.new, formatting: cut.change))
            oldStart = cut.old
            newStart = cut.new
        }
        let last: FormattingChange? = if case .some(let change) = current { change } else { nil }
        if oldStart < oldRange.upperBound || newStart < newRange.upperBound {
            runs.append(equalRun(oldStart..<oldRange.upperBound, newStart..<newRange.upperBound, formatting: last))
        }
    }

    /// How two tokens that read the same are formatted, or nil when alike.
    private static func change(_ old: RedlineToken, _ new: RedlineToken) -> FormattingChange? {
        let change = FormattingChange(old: TextStyle(old.span), new: TextStyle(new.span))
        return change.old == change.new ? nil : change
    }

    private func equalRun(_ oldRange: Range<Int>, _ newRange: Range<Int>, formatting: FormattingChange?) -> TokenRun {
        // Tokens with one number read the same: they differ in white space or formatting only.
        let differs = oldRange.count != newRange.count || zip(oldRange, newRange).contains { i, j in
            (new[j].kind == .space || oldStyles[i] != newStyles[j] || new[j].kind == .element) && old[i] != new[j]
        }
        return TokenRun(operation: .equal, tokens: Array(new[newRange]), oldTokens: differs ? Array(old[oldRange]) : nil,
                        formatting: formatting)
    }

    /// Alternating equal stretches and changes, from an edit script's marks.
    static func segments(deleted: [Bool], inserted: [Bool]) -> [EditSegment] {
        var segments: [EditSegment] = []
        var i = 0, j = 0
        while i < deleted.count || j < inserted.count {
            let oldStart = i, newStart = j
            if (i < deleted.count && deleted[i]) || (j < inserted.count && inserted[j]) {
                var advanced = true
                while advanced {
                    advanced = false
                    while i < deleted.count, deleted[i] { i += 1; advanced = true }
                    while j < inserted.count, inserted[j] { j += 1; advanced = true }
                }
                segments.append(EditSegment(old: oldStart..<i, new: newStart..<j, isEqual: false))
            } else {
                while i < deleted.count, j < inserted.count, !deleted[i], !inserted[j] {
                    i += 1
                    j += 1
                }
                precondition(i > oldStart, "an edit script pairs every unmarked element")
                segments.append(EditSegment(old: oldStart..<i, new: newStart..<j, isEqual: true))
            }
        }
        return segments
    }
}

/// A stretch of a field: equal in both versions (ranges of one length), or a change (old
/// tokens replaced by new ones; either range may be empty).
struct EditSegment: Equatable {
    var old: Range<Int>
    var new: Range<Int>
    var isEqual: Bool
}
