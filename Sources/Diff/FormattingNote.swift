/// Where a field's formatting change is told: after the last run of the text it concerns,
/// once for a stretch however many runs it spans (a link whose address changed, one of whose
/// words was replaced, is one link: "link changed: old → new" after it).
public struct FormattingNote: Sendable, Hashable {
    /// The index of the run the note follows.
    public var afterRun: Int
    public var change: FormattingChange

    public init(afterRun: Int, change: FormattingChange) {
        self.afterRun = afterRun
        self.change = change
    }
}

extension Array where Element == TokenRun {
    /// The notes of a field's runs, in order. Equal runs with one formatting change, and the
    /// changes between them that are formatted as they are (new words inside the same new
    /// link), make one stretch; anything else ends it.
    public var formattingNotes: [FormattingNote] {
        var notes: [FormattingNote] = []
        var pending: FormattingNote?
        func flush() {
            if let note = pending { notes.append(note) }
            pending = nil
        }
        for (index, run) in enumerated() {
            switch run.operation {
            case .equal:
                if let change = run.formatting {
                    if pending?.change == change {
                        pending?.afterRun = index
                    } else {
                        flush()
                        pending = FormattingNote(afterRun: index, change: change)
                    }
                } else if run.tokens.contains(where: { $0.kind != .space }) {
                    flush()
                }
            case .inserted, .deleted:
                guard let change = pending?.change else { continue }
                let style = run.operation == .inserted ? change.new : change.old
                if run.tokens.contains(where: { $0.kind != .space && TextStyle($0.span) != style }) {
                    flush()
                } else {
                    // New words of the same link: the note follows them too.
                    pending?.afterRun = index
                }
            }
        }
        flush()
        return notes
    }
}
