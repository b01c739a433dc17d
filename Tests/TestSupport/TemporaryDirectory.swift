import Foundation

/// Unique scratch folders for tests that write files (fixtures, generated sites).
public enum TemporaryDirectory {
    /// Creates a new, empty folder `<prefix>-<UUID>` under the system temporary
    /// directory. The UUID keeps parallel tests (and parallel runs) apart; creating
    /// without intermediates makes a clash an error rather than a shared folder.
    public static func make(prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        return url
    }

    /// Deletes `url` and everything in it. Refuses (precondition) anything outside
    /// the temporary directory, so a test bug cannot delete the checkout.
    public static func remove(_ url: URL) throws {
        let root = FileManager.default.temporaryDirectory.resolvingSymlinksInPath().standardizedFileURL.path
        let target = url.resolvingSymlinksInPath().standardizedFileURL.path
        let rootPrefix = root.hasSuffix("/") ? root : root + "/"
        precondition(target.hasPrefix(rootPrefix) && target.count > rootPrefix.count,
                     "TemporaryDirectory.remove: \(target) is not inside \(root)")
        try FileManager.default.removeItem(atPath: target)
    }

    /// Runs `body` with a fresh folder and removes the folder afterwards, even on throw.
    public static func with<T>(
        prefix: String,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (URL) async throws -> T
    ) async throws -> T {
        let url = try make(prefix: prefix)
        do {
            let result = try await body(url)
            try remove(url)
            return result
        } catch {
            try? remove(url)
            throw error
        }
    }
}
