import Foundation

/// Answers a request path from the preview's state: a file of the last good build (a page
/// with the reload script added), the preview's own script and stylesheet, or an error.
struct PreviewResponder: Sendable {
    let builds: PreviewBuilds

    /// `path` and `query` as the request target wrote them, still percent-encoded.
    func reply(path: String, query: String) -> PreviewReply {
        let state = builds.current
        if path.hasPrefix(ReloadScript.prefix) { return own(path, state) }
        guard let served = ServedPath(path) else {
            return .text(400, "policygen serve: \(path) does not name a file of the site")
        }
        guard let site = state.site.flatMap(SiteFolder.init) else {
            if let failure = state.failure { return .html(500, BuildErrorPage.page(failure, build: state.buildToken)) }
            return .html(503, PreviewDocument.building(build: state.buildToken))
        }
        switch site.lookup(served) {
        case .file(let file):
            return self.file(file, status: 200, state) ?? .text(404, "policygen serve: not found")
        case .folder:
            var reply = PreviewReply.text(302, "policygen serve: see \(path)/")
            reply.location = path + "/" + (query.isEmpty ? "" : "?" + query)
            return reply
        case .missing:
            // As a static host does: the site's own 404 page, at any unknown address.
            guard case .file(let notFound) = site.lookup(ServedPath("/404.html")!),
                  let page = file(notFound, status: 404, state) else {
                return .text(404, "policygen serve: not found")
            }
            return page
        }
    }

    /// Only pages get the script (and the banner of a failed build); every other file is sent as built.
    private func file(_ url: URL, status: Int, _ state: PreviewState) -> PreviewReply? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let type = ContentType.of(fileNamed: url.lastPathComponent)
        guard type == ContentType.html else { return PreviewReply(status: status, contentType: type, body: Array(data)) }
        let page = ServedPage.html(String(decoding: data, as: UTF8.self), build: state.buildToken, failure: state.failure)
        return .html(status, page)
    }

    private func own(_ path: String, _ state: PreviewState) -> PreviewReply {
        switch path {
        case ReloadScript.path:
            PreviewReply(status: 200, contentType: ContentType.of(fileNamed: "reload.js"), body: Array(ReloadScript.source.utf8))
        case ReloadScript.buildPath:
            // The bare token, which the script compares as it is.
            PreviewReply(status: 200, contentType: ContentType.of(fileNamed: "build.txt"), body: Array(state.buildToken.utf8))
        case BuildErrorPage.stylesheetPath:
            PreviewReply(status: 200, contentType: ContentType.of(fileNamed: "preview.css"), body: Array(BuildErrorPage.stylesheet.utf8))
        default:
            .text(404, "policygen serve: not found")
        }
    }
}
