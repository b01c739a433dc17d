import Content
import Foundation

/// What `policygen serve` was asked for.
public struct PreviewOptions: Sendable {
    /// The site folder, holding policygen.yaml.
    public var source: URL
    /// The published site (`output/`): its record keeps the history lock as `build` does.
    /// Only read; the preview's builds go to a private folder.
    public var recordFolder: URL
    public var asOf: EffectiveDate
    public var includeDrafts: Bool
    /// An IP address, or `localhost`; loopback unless told otherwise.
    public var host: String
    /// 0: any free port.
    public var port: UInt16
    /// How often the inputs are compared with what was built.
    public var pollInterval: Duration

    public init(source: URL, recordFolder: URL, asOf: EffectiveDate, includeDrafts: Bool = false,
                host: String = "127.0.0.1", port: UInt16 = 8080, pollInterval: Duration = .milliseconds(300)) {
        self.source = source
        self.recordFolder = recordFolder
        self.asOf = asOf
        self.includeDrafts = includeDrafts
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
    }

    /// Whether `host` can be listened on as written (see `ListeningAddress`).
    public static func isValidHost(_ host: String) -> Bool {
        ListeningAddress(host: host, port: 0) != nil
    }
}
