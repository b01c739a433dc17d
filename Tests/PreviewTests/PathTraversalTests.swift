import Foundation
@testable import Preview
import Testing

/// No request reaches a file outside the served build, however it is written.
@Suite struct PathTraversalTests {
    static let sentinel = "SENTINEL-OUTSIDE-THE-SITE"

    static let attempts = [
        "/../policygen.yaml", "/%2e%2e/policygen.yaml", "/%2E%2E/policygen.yaml", "/%2E%2E%2Fpolicygen.yaml",
        "/..%2fpolicygen.yaml", "/..%2Fpolicygen.yaml", "/%252e%252e/policygen.yaml", "/%252e%252e%252fpolicygen.yaml",
        "/en/../../policygen.yaml", "/en/%2e%2e/%2e%2e/policygen.yaml", "/..\\policygen.yaml", "/%5c..%5cpolicygen.yaml",
        "/./../policygen.yaml", "/../secret.txt", "/en/../../secret.txt", "//secret.txt", "/..", "/.%2e/secret.txt",
        "/%2e%2e", "/..;/secret.txt", "/secret.txt%00.html", "http://127.0.0.1/../secret.txt",
    ]

    /// Files with the sentinel where a step out of the served folder lands: in the private
    /// workspace beside it, which goes when the server stops.
    private func plantSentinels(_ preview: RunningPreview) throws {
        let workspace = try #require(preview.server.builds.current.site).deletingLastPathComponent()
        try Self.sentinel.write(to: workspace.appendingPathComponent("policygen.yaml"), atomically: true, encoding: .utf8)
        try Self.sentinel.write(to: workspace.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
    }

    @Test func encodedAndPlainDotDotNeverLeaveTheSite() async throws {
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            try plantSentinels(preview)
            for attempt in Self.attempts {
                let response = try await preview.get(attempt)
                #expect([400, 404].contains(response.status), "\(attempt): \(response.status)")
                #expect(!response.text.contains(Self.sentinel), "\(attempt) served a file outside the site")
            }
            let robots = try await preview.get("/robots.txt")
            #expect(robots.status == 200, "the server still answers")
        }
    }

    @Test func aLinkInsideTheServedFolderPointingOutIsNotFollowed() async throws {
        try await RunningPreview.with(PreviewFixtures.site) { preview in
            try plantSentinels(preview)
            let served = try #require(preview.server.builds.current.site)
            let workspace = served.deletingLastPathComponent()
            try FileManager.default.createSymbolicLink(at: served.appendingPathComponent("leak.txt"),
                                                       withDestinationURL: workspace.appendingPathComponent("secret.txt"))
            try FileManager.default.createSymbolicLink(atPath: served.appendingPathComponent("up").path, withDestinationPath: "..")
            for attempt in ["/leak.txt", "/up/secret.txt", "/up/policygen.yaml", "/up/"] {
                let response = try await preview.get(attempt)
                #expect(response.status == 404, "\(attempt)")
                #expect(!response.text.contains(Self.sentinel), "\(attempt) followed a link out of the site")
            }
        }
    }
}
