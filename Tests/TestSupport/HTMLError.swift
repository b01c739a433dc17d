/// Why an `HTMLDocument` could not be made or queried.
public enum HTMLError: Error, Sendable, Equatable {
    /// libxml2 produced no document at all (for instance from empty input).
    case noDocument
    /// The XPath expression did not compile or evaluate; `reason` is libxml2's message.
    case invalidXPath(expression: String, reason: String)
    /// The expression is valid but yields a number, string or boolean where nodes were asked for.
    case notANodeSet(expression: String)
}
