import Foundation
import Testing
import TestSupport

@Suite struct TemporaryDirectoryTests {
    @Test func makesUniqueEmptyFoldersUnderTheTemporaryDirectory() throws {
        let first = try TemporaryDirectory.make(prefix: "tmpdir-test")
        let second = try TemporaryDirectory.make(prefix: "tmpdir-test")
        defer {
            try? TemporaryDirectory.remove(first)
            try? TemporaryDirectory.remove(second)
        }
        #expect(first != second)
        #expect(first.lastPathComponent.hasPrefix("tmpdir-test-"))
        #expect(first.deletingLastPathComponent().standardizedFileURL.path
            == FileManager.default.temporaryDirectory.standardizedFileURL.path)
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: first.path, isDirectory: &isDirectory) && isDirectory.boolValue)
        #expect(try FileManager.default.contentsOfDirectory(atPath: first.path).isEmpty)
    }

    @Test func removeDeletesTheFolderAndItsContents() throws {
        let folder = try TemporaryDirectory.make(prefix: "tmpdir-test")
        let nested = folder.appendingPathComponent("a/b", isDirectory: true)
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: nested.appendingPathComponent("file.txt"))
        try TemporaryDirectory.remove(folder)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func withRemovesTheFolderAfterwardsEvenOnThrow() async throws {
        struct Boom: Error {}
        var seen: URL?
        let value = try await TemporaryDirectory.with(prefix: "tmpdir-test") { folder in
            seen = folder
            #expect(FileManager.default.fileExists(atPath: folder.path))
            return 42
        }
        #expect(value == 42)
        #expect(!FileManager.default.fileExists(atPath: try #require(seen).path))

        await #expect(throws: Boom.self) {
            try await TemporaryDirectory.with(prefix: "tmpdir-test") { folder in
                seen = folder
                throw Boom()
            }
        }
        #expect(!FileManager.default.fileExists(atPath: try #require(seen).path))
    }

    @Test func refusesToRemoveAnythingOutsideTheTemporaryDirectory() async {
        await #expect(processExitsWith: .failure) {
            try? TemporaryDirectory.remove(URL(fileURLWithPath: "/nonexistent-policygen-folder"))
        }
        await #expect(processExitsWith: .failure) {
            try? TemporaryDirectory.remove(FileManager.default.temporaryDirectory)
        }
        await #expect(processExitsWith: .failure) {
            try? TemporaryDirectory.remove(FileManager.default.temporaryDirectory.appendingPathComponent("x/../.."))
        }
    }
}
