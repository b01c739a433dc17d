import Foundation

/// A redline as data: what `policygen diff --format json` writes (schema in `docs/diff-json.md`).
///
/// The two versions, the summary, and every block that is not unchanged, in redline order.
public struct RedlineReport: Sendable, Hashable, Codable {
    public var policy: String
    /// The language of the texts compared.
    public var language: String
    public var old: ComparedVersion
    public var new: ComparedVersion
    public var summary: Summary
    public var blocks: [Block]

    public init(_ redline: Redline, subject: RedlineSubject) {
        policy = subject.policy
        language = subject.language
        old = subject.old
        new = subject.new
        summary = Summary(redline.summary)
        blocks = redline.blocks.compactMap(Block.init)
    }

    /// The report as pretty-printed JSON with its keys sorted, ending with a line break.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every value is a string, a number, a Boolean, null, or an array or object of them.
        let data = try! encoder.encode(self)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension RedlineReport {
    /// `RedlineSummary` as data.
    public struct Summary: Sendable, Hashable, Codable {
        public var changed: [Section]
        public var added: [Section]
        public var removed: [Section]
        public var moved: [Section]
        public var reformatted: [Section]
        public var wordsAdded: Int
        public var wordsRemoved: Int
        public var linksChanged: Int
        public var formattingChanges: Int
        public var formattingOnly: Bool

        private enum CodingKeys: String, CodingKey {
            case changed, added, removed, moved, reformatted
            case wordsAdded = "words_added"
            case wordsRemoved = "words_removed"
            case linksChanged = "links_changed"
            case formattingChanges = "formatting_changes"
            case formattingOnly = "formatting_only"
        }

        init(_ summary: RedlineSummary) {
            changed = summary.changed.map(Section.init)
            added = summary.added.map(Section.init)
            removed = summary.removed.map(Section.init)
            moved = summary.moved.map(Section.init)
            reformatted = summary.reformatted.map(Section.init)
            wordsAdded = summary.wordsAdded
            wordsRemoved = summary.wordsRemoved
            linksChanged = summary.linksChanged
            formattingChanges = summary.formattingChanges
            formattingOnly = summary.isFormattingOnly
        }
    }

    /// A section named in the summary; `id` is null for the text before the first heading.
    public struct Section: Sendable, Hashable, Codable {
        public var id: String?
        public var heading: String

        private enum CodingKeys: String, CodingKey {
            case id, heading
        }

        init(_ section: RedlineSummary.Section) {
            id = section.id
            heading = section.heading
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(heading, forKey: .heading)
        }
    }
}
