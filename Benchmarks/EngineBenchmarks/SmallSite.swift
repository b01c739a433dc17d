import Foundation

/// A site folder written once to a temporary folder: `policies` policies in English and
/// German, `versions` versions each, every version the previous one edited (about 5 % of
/// its tokens), each text about 23 KB.
enum SmallSite {
    static let policies = 3
    static let languages = ["en", "de"]
    static let versions = 4
    static var documents: Int { policies * languages.count * versions }

    /// Where the site goes; nothing is written there until `folder` is first used.
    static let location = FileManager.default.temporaryDirectory
        .appendingPathComponent("policygen-engine-benchmarks-\(ProcessInfo.processInfo.processIdentifier)")

    static let folder: URL = {
        try! write(to: location)
        return location
    }()

    static var output: URL { folder.appendingPathComponent("output") }

    private static func write(to folder: URL) throws {
        let config = """
            title: Example Corp Policies
            base_url: https://policies.example.com/
            default_language: en
            languages:
            \(languages.map { "  - code: \($0)\n    name: \($0.uppercased())" }.joined(separator: "\n"))

            """
        try save(config, to: folder.appendingPathComponent("policygen.yaml"))
        for policy in 1...policies {
            var text = PolicyText(seed: UInt64(policy))
            var blocks = text.document(bytes: 23_000)
            for version in 1...versions {
                if version > 1 { blocks = text.edited(blocks) }
                let body = PolicyText.markdown(blocks)
                for language in languages {
                    let file = PolicyFile.text(
                        title: "Policy \(policy) (\(language))", effective: "202\(version)-0\(policy)-01",
                        summary: "Version \(version) of policy \(policy).", body: body)
                    try save(file, to: folder.appendingPathComponent("content/policy-\(policy)/v\(version)/\(language).md"))
                }
            }
        }
    }

    private static func save(_ text: String, to file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: false, encoding: .utf8)
    }
}
