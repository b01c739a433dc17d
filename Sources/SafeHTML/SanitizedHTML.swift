/// What the sanitizer makes of a `MixedHTML`.
public struct SanitizedHTML: Sendable {
    /// The HTML to publish: only allowed elements and attributes, every text escaped, every
    /// element closed.
    public var html: String
    /// What the author wrote that the page does not show, in document order.
    public var removals: [HTMLRemoval]
    /// The ids the author's elements keep (`id`, or `name` on an anchor), in document order.
    public var ids: [String]
    /// For each of the author's pieces, the tags of it that were kept, in order: what a
    /// one-tag piece (`<sup>`, `</sup>`, `<br>`) stands for.
    public var tags: [[AuthoredTag]]
}

/// Something of an author's HTML the sanitizer left out: where in the piece (a byte offset
/// in it) and what.
public struct HTMLRemoval: Sendable, Hashable {
    /// The piece (its index among `MixedHTML.authored`).
    public var piece: Int
    /// The byte offset in the piece where the removed tag starts.
    public var offset: Int
    /// What was removed, for a reader: `<script> and what it holds`, `onclick from <a>`.
    public var message: String

    public init(piece: Int, offset: Int, message: String) {
        self.piece = piece
        self.offset = offset
        self.message = message
    }
}

/// A tag of the author's that was kept, with the attributes it kept.
public enum AuthoredTag: Sendable, Hashable {
    case start(name: String, attributes: [HTMLAttribute])
    case end(name: String)
}

public struct HTMLAttribute: Sendable, Hashable {
    public var name: String
    /// nil for an attribute written without a value (`<details open>`).
    public var value: String?

    public init(name: String, value: String?) {
        self.name = name
        self.value = value
    }
}
