import FlyingFox
import FlyingSocks
import Foundation

/// A built site served by FlyingFox on a free loopback port under `/<prefix>/`, as a host
/// serves it: `index.html` for a folder's address, 404 for anything else.
actor StaticSiteServer {
    let folder: URL
    let prefix: String
    private var server: HTTPServer?
    private var task: Task<Void, any Error>?

    init(folder: URL, prefix: String = "legal") {
        self.folder = folder
        self.prefix = prefix
    }

    /// Starts listening; returns the site's address, `http://127.0.0.1:PORT/<prefix>/`.
    func start() async throws -> String {
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: 0)
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled,
                                handler: FolderHandler(folder: folder.standardizedFileURL, prefix: "/\(prefix)/"))
        self.server = server
        task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 30)
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            throw CocoaError(.fileReadUnknown)
        }
        return "http://127.0.0.1:\(port)/\(prefix)/"
    }

    func stop() async {
        await server?.stop(timeout: 3)
        task?.cancel()
    }

    private struct FolderHandler: HTTPHandler {
        let folder: URL
        let prefix: String

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            guard request.path.hasPrefix(prefix) else { return HTTPResponse(statusCode: .notFound) }
            let relative = String(request.path.dropFirst(prefix.count))
            let components = relative.split(separator: "/").map(String.init)
            // Never outside the folder.
            guard !components.contains(where: { $0 == ".." || $0 == "." }) else { return HTTPResponse(statusCode: .notFound) }
            var file = components.reduce(folder) { $0.appendingPathComponent($1) }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), isFolder.boolValue {
                file = file.appendingPathComponent("index.html")
            }
            guard let data = FileManager.default.contents(atPath: file.path) else { return HTTPResponse(statusCode: .notFound) }
            let type = file.pathExtension == "json" ? "application/json" : "text/html; charset=utf-8"
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type], body: data)
        }
    }
}
