import Config
import Content
import Diagnostics
import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A text's fingerprints are taken from an earlier build only when its file's stamp is the
/// one they were computed for, and the file was last changed before that build read it.
@Suite struct KnownFingerprintsTests {
    static let files = """
        -- content/privacy/v1/en.md --
        ---
        title: Privacy Policy
        effective: 2024-01-01
        ---
        ## Scope

        This policy covers the app and the website, and nothing else.
        -- content/privacy/v1/ja.md --
        ---
        title: プライバシーポリシー
        effective: 2024-01-01
        ---
        ## 範囲

        本ポリシーはアプリとウェブサイトを対象とします。
        -- content/terms/v1/en.md --
        ---
        title: Terms of Use
        effective: 2024-02-01
        ---
        ### Accounts

        You keep your password to yourself.

        """

    private struct Loaded {
        var folder: URL
        var config: SiteConfig
        var content: SiteContent
    }

    private func loadFixture() throws -> Loaded {
        let fixture = try LoadedFixture.load(Self.files)
        let content = try #require(fixture.content)
        var diagnostics: [Diagnostic] = []
        let config = try #require(ConfigLoader.load(from: fixture.folder, diagnostics: &diagnostics))
        return Loaded(folder: fixture.folder, config: config, content: content.fingerprintingPublishedTexts(config))
    }

    private func reload(_ loaded: Loaded, known: KnownFingerprints) -> SiteContent {
        var diagnostics: [Diagnostic] = []
        return ContentLoader.load(from: loaded.folder, config: loaded.config, known: known, diagnostics: &diagnostics)
            .fingerprintingPublishedTexts(loaded.config)
    }

    private func translation(_ content: SiteContent, _ path: String) throws -> Translation {
        try #require(content.policies.flatMap(\.versions).flatMap(\.translations.values).first { $0.path == path })
    }

    /// Fingerprints no hash gives, so that a text that took them was not hashed.
    private func marked(_ known: KnownFingerprints) -> KnownFingerprints {
        var known = known
        for path in known.texts.keys {
            known.texts[path]!.sha256 = "known " + path
            known.texts[path]!.textSHA256 = "known text " + path
        }
        return known
    }

    /// The time a later build started reading: once the file system's clock has passed every
    /// stamp of the fixture (a tick of a few milliseconds).
    private func later(_ content: SiteContent) -> Int {
        let last = content.policies.flatMap(\.versions).flatMap(\.translations.values)
            .map { max($0.stamp!.modified, $0.stamp!.changed) }.max()!
        while FileStamp.now() <= last { usleep(1_000) }
        return FileStamp.now()
    }

    @Test func aSettledStampIsTrustedAndItsFileNotHashed() throws {
        let loaded = try loadFixture()
        defer { try? TemporaryDirectory.remove(loaded.folder) }
        #expect(loaded.content.hashedTexts == 3)
        let known = loaded.content.knownFingerprints(readFrom: later(loaded.content))
        #expect(known.texts.count == 3)
        let again = reload(loaded, known: marked(known))
        #expect(again.hashedTexts == 0)
        let text = try translation(again, "content/privacy/v1/ja.md")
        #expect(text.sha256 == "known content/privacy/v1/ja.md")
        #expect(text.textSHA256 == "known text content/privacy/v1/ja.md")
        // Nor read: its body, read when first asked for, must be of the file the fingerprint
        // names, and no file has this one, so the body is refused rather than trusted.
        #expect(again.readTexts == 0)
        #expect(text.body.isEmpty)
        #expect(text.bodyProblem?.severity == .error)
        #expect(again.bodyProblems.map(\.location.path) == ["content/privacy/v1/ja.md"])
    }

    @Test func aKnownFileIsNotReadAndItsBodyIsReadWhenAskedFor() throws {
        let loaded = try loadFixture()
        defer { try? TemporaryDirectory.remove(loaded.folder) }
        #expect(loaded.content.readTexts == 3)
        let again = reload(loaded, known: loaded.content.knownFingerprints(readFrom: later(loaded.content)))
        #expect(again.readTexts == 0)
        for path in ["content/privacy/v1/en.md", "content/privacy/v1/ja.md", "content/terms/v1/en.md"] {
            let before = try translation(loaded.content, path), after = try translation(again, path)
            #expect(after.frontMatter == before.frontMatter)
            #expect(after.bodyFirstLine == before.bodyFirstLine)
            #expect(!after.bodySource.isRead)
            #expect(after.body == before.body)
            #expect(after.bodyProblem == nil)
        }
        #expect(try translation(again, "content/privacy/v1/ja.md").body.contains("本ポリシー"))
        #expect(again.bodyProblems.isEmpty)
    }

    @Test func aBodyReadLateFromAFileChangedSinceTheLoadIsRefused() throws {
        let loaded = try loadFixture()
        defer { try? TemporaryDirectory.remove(loaded.folder) }
        let again = reload(loaded, known: loaded.content.knownFingerprints(readFrom: later(loaded.content)))
        let path = "content/terms/v1/en.md"
        let file = loaded.folder.appendingPathComponent(path)
        try (String(contentsOf: file, encoding: .utf8) + "\nAnd one more rule.\n").write(to: file, atomically: false, encoding: .utf8)
        // The load's fingerprint (which the text's cache key and the record take) is of the old
        // bytes: the new body is not taken under it.
        let text = try translation(again, path)
        #expect(!text.body.contains("one more rule"))
        #expect(text.bodyProblem?.location.path == path)
        #expect(again.bodyProblems.count == 1)
    }

    /// Front-matter no parse gives, so that a text that took it was not parsed.
    private func markedTitles(_ known: KnownFingerprints) -> KnownFingerprints {
        var known = known
        for path in known.texts.keys {
            known.texts[path]!.written!.frontMatter.title = "Known title of " + path
        }
        return known
    }

    @Test func theFrontMatterOfAFileChangedWithinTheTickItWasReadIsParsedAgain() throws {
        let loaded = try loadFixture()
        defer { try? TemporaryDirectory.remove(loaded.folder) }
        let terms = try translation(loaded.content, "content/terms/v1/en.md")
        var known = markedTitles(loaded.content.knownFingerprints(readFrom: later(loaded.content)))
        known.readFrom = max(terms.stamp!.modified, terms.stamp!.changed)
        let again = reload(loaded, known: known)
        #expect(try translation(again, "content/terms/v1/en.md").frontMatter.title == "Terms of Use")
        // The others were taken as known, but for one written within the same tick as the
        // terms (a busy machine can write the whole fixture within one).
        var unsettled = 0
        for text in loaded.content.policies.flatMap(\.versions).flatMap(\.translations.values) {
            let reread = try translation(again, text.path)
            if text.stamp!.settled(before: known.readFrom) {
                #expect(reread.frontMatter.title == "Known title of " + text.path)
            } else {
                unsettled += 1
                #expect(reread.frontMatter.title == text.frontMatter.title)
            }
        }
        #expect(unsettled >= 1)
        #expect(again.readTexts == unsettled)
    }

    @Test func aMovedFileAndAFileReplacedByAnotherAreRead() throws {
        let loaded = try loadFixture()
        defer { try? TemporaryDirectory.remove(loaded.folder) }
        let known = markedTitles(loaded.content.knownFingerprints(readFrom: later(loaded.content)))
        let content = loaded.folder.appendingPathComponent("content")
        // The terms' version folder renamed: its file keeps its stamp, under another path.
        try FileManager.default.moveItem(at: content.appendingPathComponent("terms/v1"),
                                         to: content.appendingPathComponent("terms/v2"))
        // Another file of the same size and modification time renamed over the English privacy
        // policy, as an editor saving through a temporary file does.
        let path = "content/privacy/v1/en.md"
        let before = try translation(loaded.content, path).stamp!
        let replacement = content.appendingPathComponent("privacy/v1/.en.md.tmp")
        try String(contentsOf: loaded.folder.appendingPathComponent(path), encoding: .utf8)
            .replacingOccurrences(of: "Privacy Policy", with: "Privacy Notice")
            .write(to: replacement, atomically: false, encoding: .utf8)
        var times = [timespec(tv_sec: before.modified / 1_000_000_000, tv_nsec: before.modified % 1_000_000_000),
                     timespec(tv_sec: before.modified / 1_000_000_000, tv_nsec: before.modified % 1_000_000_000)]
        #expect(utimensat(AT_FDCWD, replacement.path, &times, 0) == 0)
        #expect(rename(replacement.path, loaded.folder.appendingPathComponent(path).path) == 0)
        let again = reload(loaded, known: known)
        let replaced = try translation(again, path)
        #expect(replaced.stamp!.size == before.size)
        #expect(replaced.stamp!.modified == before.modified)
        #expect(replaced.frontMatter.title == "Privacy Notice")
        #expect(!replaced.fingerprintsKnown)
        let moved = try translation(again, "content/terms/v2/en.md")
        #expect(moved.frontMatter.title == "Terms of Use")
        #expect(!moved.fingerprintsKnown)
        #expect(again.readTexts == 2)
        // The Japanese text, untouched, was taken as known.
        #expect(try translation(again, "content/privacy/v1/ja.md").frontMatter.title
                    == "Known title of content/privacy/v1/ja.md")
    }

    @Test func anEntryChangedWithinTheTickItWasReadIsHashedAgain() throws {
        let loaded = try loadFixture()
        defer { try? TemporaryDirectory.remove(loaded.folder) }
        let terms = try translation(loaded.content, "content/terms/v1/en.md")
        // The earlier build started reading in the very nanosecond the file was last changed:
        // the file may have changed again after it was read, keeping its stamp.
        var known = marked(loaded.content.knownFingerprints(readFrom: later(loaded.content)))
        known.readFrom = max(terms.stamp!.modified, terms.stamp!.changed)
        let again = reload(loaded, known: known)
        let reread = try translation(again, "content/terms/v1/en.md")
        #expect(!reread.fingerprintsKnown)
        #expect(reread.sha256 == terms.sha256)
        #expect(reread.textSHA256 == terms.textSHA256)
        // Nor is such a stamp kept for the next build.
        #expect(again.knownFingerprints(readFrom: known.readFrom).texts["content/terms/v1/en.md"] == nil)
    }

    @Test func anEditKeepingTheSizeAndTheModificationTimeIsSeen() throws {
        let loaded = try loadFixture()
        defer { try? TemporaryDirectory.remove(loaded.folder) }
        let path = "content/privacy/v1/en.md"
        let before = try translation(loaded.content, path)
        let known = loaded.content.knownFingerprints(readFrom: later(loaded.content))
        // One word for another of the same length, written into the same file (its inode
        // kept), and its modification time set back as `touch -d` would.
        let file = loaded.folder.appendingPathComponent(path).path
        let edited = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "website", with: "webshop")
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
        let stamp = before.stamp!
        var times = [timespec(tv_sec: stamp.modified / 1_000_000_000, tv_nsec: stamp.modified % 1_000_000_000),
                     timespec(tv_sec: stamp.modified / 1_000_000_000, tv_nsec: stamp.modified % 1_000_000_000)]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
        let again = reload(loaded, known: known)
        let after = try translation(again, path)
        #expect(after.stamp!.size == stamp.size)
        #expect(after.stamp!.modified == stamp.modified)
        // Its status-change time, which no user can set, tells it apart.
        #expect(!after.fingerprintsKnown)
        #expect(again.hashedTexts == 1)
        #expect(after.sha256 != before.sha256)
        #expect(after.textSHA256 != before.textSHA256)
        #expect(after.body.contains("webshop"))
    }
}
