import Diagnostics
import Dispatch
import Foundation
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `InputFile.read` against real files in a scratch folder. (This target has no TestSupport,
/// so the folder is made here.)
@Suite struct InputFileTests {
    private static func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("policygen-inputfile-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    private final class Outcome: Sendable {
        let value = Mutex<Result<InputFile.Contents, Diagnostic>?>(nil)
    }

    private func failure(_ result: Result<InputFile.Contents, Diagnostic>,
                         sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        switch result {
        case .success(let contents):
            Issue.record("read \(contents.bytes.count) bytes instead of failing", sourceLocation: sourceLocation)
            return nil
        case .failure(let diagnostic):
            return diagnostic
        }
    }

    /// The listing content/ is read by: every name FileManager lists (dot-files, spaces,
    /// non-ASCII, links and folders included, `.` and `..` not), nil where there is no folder.
    @Test func aFolderListsTheNamesFileManagerLists() throws {
        try Self.withFolder { folder in
            let names = [".DS_Store", "en.md", "en.md~", "利用規約", "política", "e\u{301}.md", "with space", "#x#", "a\\b"]
            for name in names { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("v1"), withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link").path,
                                                       withDestinationPath: "/nonexistent")
            let listed = try #require(InputFile.names(inFolder: folder.path))
            #expect(listed.sorted() == (names + ["v1", "link"]).sorted())
            #expect(listed.sorted() == (try FileManager.default.contentsOfDirectory(atPath: folder.path)).sorted())
            #expect(InputFile.names(inFolder: folder.appendingPathComponent("v1").path) == [])
            #expect(InputFile.names(inFolder: folder.appendingPathComponent("en.md").path) == nil, "a file is no folder")
            #expect(InputFile.names(inFolder: folder.appendingPathComponent("missing").path) == nil)
        }
    }

    @Test func aRegularFileKeepsItsRawBytesAndDecodesItsText() throws {
        try Self.withFolder { folder in
            let url = folder.appendingPathComponent("en.md")
            let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# Title\r\nBody 日本\r\n".utf8)
            try Data(bytes).write(to: url)
            let contents = try InputFile.read(url, path: "content/p/v1/en.md").get()
            #expect(contents.bytes == bytes, "hashes are of the bytes as stored")
            #expect(contents.text == "# Title\nBody 日本\n")
        }
    }

    /// Read into an array of the file's size: an empty file, and one larger than any chunk.
    @Test func filesOfEverySizeAreReadWhole() throws {
        try Self.withFolder { folder in
            for size in [0, 1, 65_536, 200_001] {
                let url = folder.appendingPathComponent("f\(size).md")
                let bytes = (0 ..< size).map { UInt8(ascii: "a") + UInt8($0 % 26) }
                try Data(bytes).write(to: url)
                #expect(try InputFile.read(url, path: "f.md").get().bytes == bytes, "\(size) bytes")
            }
        }
    }

    @Test func decodingProblemsNameTheGivenPath() throws {
        try Self.withFolder { folder in
            let url = folder.appendingPathComponent("en.md")
            try Data(Array("ok\nx".utf8) + [0x00]).write(to: url)
            let diagnostic = try #require(failure(InputFile.read(url, path: "content/p/v1/en.md")))
            #expect(diagnostic.code == .controlCharacter)
            #expect(diagnostic.location == SourceLocation(path: "content/p/v1/en.md", line: 2, column: 2))
        }
    }

    @Test func aSymbolicLinkToAFileIsNotFollowed() throws {
        try Self.withFolder { folder in
            let target = folder.appendingPathComponent("real.md")
            try Data("secret\n".utf8).write(to: target)
            let link = folder.appendingPathComponent("en.md")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
            let diagnostic = try #require(failure(InputFile.read(link, path: "content/p/v1/en.md")))
            #expect(diagnostic.code == .symbolicLink)
            #expect(diagnostic.severity == .error)
            #expect(diagnostic.location == SourceLocation(path: "content/p/v1/en.md"))
            #expect(!diagnostic.description.contains("secret"))
        }
    }

    @Test func aDanglingSymbolicLinkIsALinkNotAMissingFile() throws {
        try Self.withFolder { folder in
            let link = folder.appendingPathComponent("en.md")
            try FileManager.default.createSymbolicLink(atPath: link.path,
                                                       withDestinationPath: folder.appendingPathComponent("nowhere").path)
            let diagnostic = try #require(failure(InputFile.read(link, path: "en.md")))
            #expect(diagnostic.code == .symbolicLink)
        }
    }

    @Test func aSymbolicLinkToAFolderIsNotFollowed() throws {
        try Self.withFolder { folder in
            let link = folder.appendingPathComponent("en.md")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: folder.path)
            #expect(InputFile.kind(atPath: link.path) == .symbolicLink)
            let diagnostic = try #require(failure(InputFile.read(link, path: "en.md")))
            #expect(diagnostic.code == .symbolicLink)
        }
    }

    @Test func aFolderIsNotARegularFile() throws {
        try Self.withFolder { folder in
            let url = folder.appendingPathComponent("en.md", isDirectory: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
            let diagnostic = try #require(failure(InputFile.read(url, path: "content/p/v1/en.md")))
            #expect(diagnostic.code == .notARegularFile)
            #expect(diagnostic.location == SourceLocation(path: "content/p/v1/en.md"))
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aFIFOIsRejectedWithoutBlocking() throws {
        try Self.withFolder { folder in
            let url = folder.appendingPathComponent("en.md")
            try #require(mkfifo(url.path, 0o600) == 0, "mkfifo failed: errno \(errno)")
            #expect(InputFile.kind(atPath: url.path) == .other)

            // Reading a FIFO that no one writes to would wait for a writer forever. Read on
            // another thread; if it has not returned in time, record that and release it by
            // opening the FIFO for writing, so the test fails instead of hanging.
            let outcome = Outcome()
            let done = DispatchSemaphore(value: 0)
            DispatchQueue.global().async {
                let result = InputFile.read(url, path: "content/p/v1/en.md")
                outcome.value.withLock { $0 = result }
                done.signal()
            }
            if done.wait(timeout: .now() + 5) == .timedOut {
                Issue.record("InputFile.read blocked on a FIFO")
                let writer = open(url.path, O_WRONLY | O_NONBLOCK)
                if writer >= 0 { close(writer) }
                _ = done.wait(timeout: .now() + 5)
            }
            let result = try #require(outcome.value.withLock { $0 })
            let diagnostic = try #require(failure(result))
            #expect(diagnostic.code == .notARegularFile)
            #expect(diagnostic.location == SourceLocation(path: "content/p/v1/en.md"))
        }
    }

    @Test func aMissingFileIsUnreadable() throws {
        try Self.withFolder { folder in
            let url = folder.appendingPathComponent("missing.md")
            let diagnostic = try #require(failure(InputFile.read(url, path: "content/p/v1/missing.md")))
            #expect(diagnostic.code == .unreadableFile)
            #expect(diagnostic.location == SourceLocation(path: "content/p/v1/missing.md"))
            #expect(InputFile.kind(atPath: url.path) == .missing)
        }
    }

    @Test func aFileOneByteOverTenMiBIsTooLarge() throws {
        try Self.withFolder { folder in
            let url = folder.appendingPathComponent("big.md")
            try Data(repeating: 0x61, count: 10 * 1024 * 1024 + 1).write(to: url)
            #expect(InputFile.kind(atPath: url.path) == .regular(size: 10_485_761))
            let diagnostic = try #require(failure(InputFile.read(url, path: "content/p/v1/big.md")))
            #expect(diagnostic.code == .fileTooLarge)
            #expect(diagnostic.location == SourceLocation(path: "content/p/v1/big.md"))
            #expect(diagnostic.message.contains("10485761"))
        }
    }

    @Test func aFileOfExactlyTenMiBIsRead() throws {
        try Self.withFolder { folder in
            let url = folder.appendingPathComponent("big.md")
            let size = 10 * 1024 * 1024
            #expect(InputFile.maximumSize == size)
            var bytes = [UInt8](repeating: 0x61, count: size)
            for index in stride(from: 79, to: size, by: 80) { bytes[index] = 0x0A }
            try Data(bytes).write(to: url)
            let contents = try InputFile.read(url, path: "content/p/v1/big.md").get()
            #expect(contents.bytes.count == size)
            #expect(contents.text.utf8.count == size)
        }
    }
}
