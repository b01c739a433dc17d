/// The token changes inside one field of a paired block (a paragraph, a table cell).
struct FieldDiff {
    let old: [RedlineToken]
    let oldNumbers: [Int32]
    let new: [RedlineToken]
    let newNumbers: [Int32]

    /// Equal, deleted and inserted runs; a change's deletion comes before its insertion.
    func runs() -> [TokenRun] {
        if oldNumbers == newNumbers {
            return old.isEmpty && new.isEmpty ? [] : [equalRun(0..<old.count, 0..<new.count)]
        }
        let script = MyersDiff(old: oldNumbers, new: newNumbers)
        var segments = Self.segments(deleted: script.deleted, inserted: script.inserted)
        SemanticCleanup(diff: self).apply(to: &segments)
        var runs: [TokenRun] = []
        for segment in segments {
            if segment.isEqual {
                runs.append(equalRun(segment.old, segment.new))
            } else {
                if !segment.old.isEmpty { runs.append(TokenRun(operation: .deleted, tokens: Array(old[segment.old]))) }
                if !segment.new.isEmpty { runs.append(TokenRun(operation: .inserted, tokens: Array(new[segment.new]))) }
            }
        }
        return runs
    }

    private func equalRun(_ oldRange: Range<Int>, _ newRange: Range<Int>) -> TokenRun {
        // Tokens with one number are identical but for white space, so only spaces can differ.
        let differs = zip(oldRange, newRange).contains { i, j in new[j].kind == .space && old[i] != new[j] }
        return TokenRun(operation: .equal, tokens: Array(new[newRange]), oldTokens: differs ? Array(old[oldRange]) : nil)
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
