import Diff
import Markdown
import Outline

/// The lists a comparison's summary shows, in order: sections changed, added, removed and
/// moved, each with its interface-string key and what its links point to (a removed section's
/// heading carries the prefixed id `RedlineHTML` gives it).
public enum RedlineSummaryGroups {
    public struct Group {
        public var key: String
        public var sections: [RedlineSummary.Section]
        public var anchorPrefix: String
    }

    public static func of(_ summary: RedlineSummary) -> [Group] {
        [
            Group(key: "compare_changed", sections: summary.changed, anchorPrefix: ""),
            Group(key: "compare_added", sections: summary.added, anchorPrefix: ""),
            Group(key: "compare_removed", sections: summary.removed, anchorPrefix: "pg:del-"),
            Group(key: "compare_moved", sections: summary.moved, anchorPrefix: ""),
            Group(key: "compare_reformatted", sections: summary.reformatted, anchorPrefix: ""),
        ].filter { !$0.sections.isEmpty }
    }
}

extension RenderedDocument {
    /// Footnote numbers by label, in the order the document defines them.
    var footnoteNumbers: [String: Int] {
        var numbers: [String: Int] = [:]
        for block in blocks {
            if case .footnoteDefinition(let label) = block.kind { numbers[label] = numbers.count + 1 }
        }
        return numbers
    }
}
