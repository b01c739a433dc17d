import FlyingSocks
import Foundation

/// Where the preview listens: an IP address written as such, or `localhost` (127.0.0.1), and a port.
struct ListeningAddress: Sendable {
    let socketAddress: any SocketAddress

    /// nil when `host` is neither an IPv4 nor an IPv6 address nor `localhost`: no name is
    /// looked up, so the address listened on is the one written.
    init?(host: String, port: UInt16) {
        let host = host == "localhost" ? "127.0.0.1" : host
        if let address = try? sockaddr_in.inet(ip4: host, port: port) {
            socketAddress = address
        } else if host.contains(":"), let address = try? sockaddr_in6.inet6(ip6: host, port: port) {
            socketAddress = address
        } else {
            return nil
        }
    }

    /// The address a browser opens: `http://127.0.0.1:8080/`, `http://[::1]:8080/`.
    static func url(of address: Socket.Address) -> URL? {
        switch address {
        case .ip4(let host, let port): URL(string: "http://\(host):\(port)/")
        case .ip6(let host, let port): URL(string: "http://[\(host)]:\(port)/")
        case .unix: nil
        }
    }
}
