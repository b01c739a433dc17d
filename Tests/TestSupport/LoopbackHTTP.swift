import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One HTTP/1.1 exchange with a server on 127.0.0.1, the request target sent byte for byte
/// as written: no client library normalises `..` or re-encodes `%2e` on the way.
public enum LoopbackHTTP {
    public struct Response: Sendable {
        public var status: Int
        /// Names lowercased.
        public var headers: [String: String]
        public var body: Data
        public var text: String { String(decoding: body, as: UTF8.self) }
        public var contentType: String? { headers["content-type"] }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// On a thread of its own: the blocking socket must not hold one of the threads a server
    /// in the same process answers on.
    public static func request(_ target: String, method: String = "GET", port: Int) async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try exchange(method, target, port: port) }) }.start()
        }
    }

    private static func exchange(_ method: String, _ target: String, port: Int) throws -> Response {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(descriptor) }
        // Generous: a server in the same test process may wait long for a thread.
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "cannot connect to port \(port)") }
        let request = Array("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8)
        guard send(descriptor, request, request.count, 0) == request.count else { throw Failure(description: "send failed") }

        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        func receive() throws -> Bool {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            guard count >= 0 else { throw Failure(description: "no answer to \(method) \(target)") }
            received += buffer[0..<count]
            return count > 0
        }
        let separator = Array("\r\n\r\n".utf8)
        var headerEnd: Int?
        while headerEnd == nil {
            guard try receive() else { throw Failure(description: "connection closed before the headers") }
            headerEnd = received.indices.first { received[$0...].starts(with: separator) }
        }
        let lines = String(decoding: received[..<headerEnd!], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(lines[0])") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let bodyStart = headerEnd! + separator.count
        let length = method == "HEAD" ? 0 : Int(headers["content-length"] ?? "0") ?? 0
        while received.count - bodyStart < length {
            guard try receive() else { throw Failure(description: "connection closed inside the body") }
        }
        return Response(status: status, headers: headers, body: Data(received[bodyStart..<bodyStart + length]))
    }
}
