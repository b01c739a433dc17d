import Config
import Diagnostics
import Foundation

/// `policygen new`: a new version folder started from the latest version of a policy, in the
/// default language only (translations are made anew from the new text).
public struct NewVersion: Sendable {
    /// The version it starts from: the latest non-draft one by effective date, upcoming included.
    public let basis: PolicyVersion
    public let id: String
    public let effective: EffectiveDate
    /// Relative to the site folder: `content/<policy>/<id>/<lang>.md`.
    public let path: String
    public let text: String

    public enum Problem: Error, Equatable {
        case noPublishedVersion
        case effectiveDateTaken(version: String)
        case exists(path: String)
        case writeFailed(path: String, reason: String)
    }

    /// Plans the new version; nothing is written.
    public static func plan(from policy: Policy, effective: EffectiveDate, defaultLanguage: LanguageCode) -> Result<NewVersion, Problem> {
        guard let basis = policy.versions.last(where: { !$0.isDraft }) else { return .failure(.noPublishedVersion) }
        if let taken = policy.versions.first(where: { $0.effective == effective }) {
            return .failure(.effectiveDateTaken(version: taken.id))
        }
        let id = nextID(after: basis.id, effective: effective)
        let path = "\(ContentLoader.folderName)/\(policy.slug)/\(id)/\(defaultLanguage).md"
        return .success(NewVersion(basis: basis, id: id, effective: effective, path: path,
                                   text: frontMatter(basis.original.frontMatter, effective: effective) + basis.original.body))
    }

    /// Writes the file under `source`, never over an existing folder or file.
    public func write(in source: URL) -> Result<Void, Problem> {
        let file = source.appendingPathComponent(path)
        let folder = file.deletingLastPathComponent()
        guard case .missing = InputFile.kind(atPath: folder.path) else { return .failure(.exists(path: path)) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file, options: .withoutOverwriting)
            return .success(())
        } catch {
            return .failure(.writeFailed(path: path, reason: error.localizedDescription))
        }
    }

    /// `v3` follows `v2`; otherwise the version is named by its effective date, the convention.
    static func nextID(after id: String, effective: EffectiveDate) -> String {
        if id.hasPrefix("v"), let number = Int(id.dropFirst()), number >= 0 { return "v\(number + 1)" }
        return effective.description
    }

    /// The basis's title and description, the new date, and an empty summary for the author; the
    /// page's old addresses and its theme values (`extra`), which belong to the page rather
    /// than to one text: without them, the addresses would stay with the older version.
    static func frontMatter(_ basis: FrontMatter, effective: EffectiveDate) -> String {
        var lines = ["---", "title: \(quoted(basis.title))", "effective: \(effective)"]
        lines.append("summary: \"\"  # what changed: shown in the history, the feeds and the comparison")
        if let description = basis.description { lines.append("description: \(quoted(description))") }
        if !basis.aliases.isEmpty {
            lines.append("aliases:  # old addresses: each leads to the newest version listing it")
            lines += basis.aliases.map { "  - \(quoted($0.written))" }
        }
        if !basis.extra.isEmpty { lines.append("extra: " + flow(.map(basis.extra))) }
        return (lines + ["---", ""]).joined(separator: "\n")
    }

    /// A value of `extra` in YAML's flow style, which reads back as the same value.
    static func flow(_ value: ExtraValue) -> String {
        switch value {
        case .text(let text): quoted(text)
        case .flag(let flag): flag ? "true" : "false"
        case .list(let items): "[" + items.map(flow).joined(separator: ", ") + "]"
        case .map(let entries): "{" + entries.map { quoted($0.key) + ": " + flow($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// A YAML double-quoted scalar: any title reads back exactly.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t") + "\""
    }
}
