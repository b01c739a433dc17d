import FlyingFox
import Foundation

/// The HTTP side of the preview, FlyingFox's handler: GET and HEAD only, and no answer cached,
/// since the next build may change any of them.
struct PreviewHandler: HTTPHandler {
    let responder: PreviewResponder

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            var response = Self.response(.text(405, "policygen serve: only GET and HEAD"), head: false)
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        let reply = responder.reply(path: request.target.path(), query: request.target.query())
        return Self.response(reply, head: request.method == .HEAD)
    }

    /// A HEAD answer has the headers of the GET one, its length included, and no body.
    private static func response(_ reply: PreviewReply, head: Bool) -> HTTPResponse {
        var headers: HTTPHeaders = [
            .contentType: reply.contentType,
            .cacheControl: "no-store",
            HTTPHeader("X-Content-Type-Options"): "nosniff",
        ]
        if let location = reply.location { headers[.location] = location }
        if head { headers[.contentLength] = String(reply.body.count) }
        return HTTPResponse(statusCode: HTTPStatusCode(reply.status, phrase: phrase(reply.status)), headers: headers,
                            body: head ? Data() : Data(reply.body))
    }

    private static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 302: "Found"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
