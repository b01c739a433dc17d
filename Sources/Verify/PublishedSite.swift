import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A published site as `verify` reads it: an output folder on disk, or the site on the web.
public enum PublishedSite: Sendable {
    case folder(URL)
    /// The site's address, ending in `/`.
    case web(URL, timeout: TimeInterval)

    /// `argument` as given on the command line: an http(s) address, or a folder.
    public static func named(_ argument: String, timeout: TimeInterval) -> PublishedSite? {
        if argument.hasPrefix("http://") || argument.hasPrefix("https://") {
            let address = argument.hasSuffix("/") ? argument : argument + "/"
            guard let url = URL(string: address), url.host != nil, url.query == nil, url.fragment == nil else { return nil }
            return .web(url, timeout: timeout)
        }
        return .folder(URL(fileURLWithPath: argument, isDirectory: true))
    }

    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The file at `path` (relative to the site; a folder's `index.html` for a path ending in
    /// `/`); nil when the site has none (HTTP 404, no such file).
    func read(_ path: String) async throws -> Data? {
        switch self {
        case .folder(let root):
            let file = root.appendingPathComponent(path.hasSuffix("/") ? path + "index.html" : path)
            return FileManager.default.contents(atPath: file.path)
        case .web(let base, let timeout):
            guard let url = URL(string: path, relativeTo: base)?.absoluteURL else {
                throw ReadError(description: "'\(path)' is not an address under \(base.absoluteString)")
            }
            return try await Self.fetch(url, timeout: timeout)
        }
    }

    /// One GET with a time limit on the request and on the whole transfer; redirects are followed.
    private static func fetch(_ url: URL, timeout: TimeInterval) async throws -> Data? {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let (data, response): (Data, URLResponse?) = try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: URLRequest(url: url)) { data, response, error in
                if let error {
                    continuation.resume(throwing: ReadError(description: "\(url.absoluteString): \(error.localizedDescription)"))
                } else {
                    continuation.resume(returning: (data ?? Data(), response))
                }
            }.resume()
        }
        guard let status = (response as? HTTPURLResponse)?.statusCode else {
            throw ReadError(description: "\(url.absoluteString): no HTTP response")
        }
        if status == 404 || status == 410 { return nil }
        guard (200..<300).contains(status) else {
            throw ReadError(description: "\(url.absoluteString): HTTP \(status)")
        }
        return data
    }

    /// The site as named in messages.
    public var shown: String {
        switch self {
        case .folder(let url): url.path
        case .web(let url, _): url.absoluteString
        }
    }
}
