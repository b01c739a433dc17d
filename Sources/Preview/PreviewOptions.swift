import Foundation
import Build

/// What `policygen serve` was asked for.
public struct PreviewOptions: Sendable {
    /// What to build, as `build` would. Its `output` is the published site, whose record keeps
    /// the history lock and which is only read: the preview's builds go to a private folder.
    /// Without a `baseURL` the pages link to the preview's own address.
    public var build: BuildOptions
    /// An IP address, or `localhost`; loopback unless told otherwise.
    public var host: String
    /// 0: any free port.
    public var port: UInt16
    /// How often the inputs are compared with what was built.
    public var pollInterval: Duration

    public init(build: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8080,
                pollInterval: Duration = .milliseconds(300)) {
        self.build = build
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
    }

    /// Whether `host` can be listened on as written (see `ListeningAddress`).
    public static func isValidHost(_ host: String) -> Bool {
        ListeningAddress(host: host, port: 0) != nil
    }
}
