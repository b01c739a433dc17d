/// An answer of the preview, before it becomes HTTP: the status, the headers that matter, the body.
struct PreviewReply: Sendable {
    var status: Int
    var contentType: String
    var body: [UInt8]
    /// Where a redirect leads.
    var location: String?

    static func text(_ status: Int, _ text: String) -> PreviewReply {
        PreviewReply(status: status, contentType: "text/plain; charset=utf-8", body: Array((text + "\n").utf8))
    }

    static func html(_ status: Int, _ page: String) -> PreviewReply {
        PreviewReply(status: status, contentType: ContentType.html, body: Array(page.utf8))
    }
}
