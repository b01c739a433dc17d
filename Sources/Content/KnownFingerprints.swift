import Diagnostics

/// Each text's two fingerprints as an earlier build computed them, by the file's stamp: a text
/// whose file has the same stamp, last changed before that build looked at it, is not hashed
/// again (docs/incremental-builds.md, "Trusting file stamps"). Only valid for the same
/// policygen and policygen.yaml, which the published-text fingerprint depends on: the build's
/// cache keeps it under a key of both.
public struct KnownFingerprints: Sendable, Equatable {
    public struct Text: Sendable, Equatable {
        public var stamp: FileStamp
        /// SHA-256 of the file's bytes (`Translation.sha256`).
        public var sha256: String
        /// The published text's (`Translation.textSHA256`).
        public var textSHA256: String
        /// The front-matter as written (`Translation.writtenFrontMatter`) and the line the body
        /// starts on: with them the file is not read at all, its body only when a stage needs it.
        public var written: Written?

        public init(stamp: FileStamp, sha256: String, textSHA256: String, written: Written? = nil) {
            self.stamp = stamp
            self.sha256 = sha256
            self.textSHA256 = textSHA256
            self.written = written
        }
    }

    /// What parsing a file gave, when it gave no diagnostic.
    public struct Written: Sendable, Equatable {
        public var frontMatter: FrontMatter
        public var bodyFirstLine: Int

        public init(frontMatter: FrontMatter, bodyFirstLine: Int) {
            self.frontMatter = frontMatter
            self.bodyFirstLine = bodyFirstLine
        }
    }

    /// By the text's path (`content/<policy>/<version>/<lang>.md`).
    public var texts: [String: Text]
    /// When the build that computed them started reading (`FileStamp.now()`): only a stamp of
    /// a file last changed before it is trusted.
    public var readFrom: Int

    public init(texts: [String: Text] = [:], readFrom: Int = 0) {
        self.texts = texts
        self.readFrom = readFrom
    }

    /// The fingerprints of the file at `path` with `stamp`, when they can be trusted.
    public func text(at path: String, stamp: FileStamp?) -> Text? {
        guard let stamp, let known = texts[path], known.stamp == stamp, stamp.settled(before: readFrom) else { return nil }
        return known
    }
}

extension SiteContent {
    /// The fingerprints of this content's texts, for a later build; `readFrom` is when this
    /// build started reading them. Texts changed since then are left out: they could change
    /// again within the same tick and keep their stamp.
    public func knownFingerprints(readFrom: Int) -> KnownFingerprints {
        var known = KnownFingerprints(readFrom: readFrom)
        for policy in policies {
            for version in policy.versions {
                for translation in version.translations.values {
                    guard let stamp = translation.stamp, stamp.settled(before: readFrom), !translation.textSHA256.isEmpty
                    else { continue }
                    known.texts[translation.path] = .init(
                        stamp: stamp, sha256: translation.sha256, textSHA256: translation.textSHA256,
                        written: translation.writtenFrontMatter.map { .init(frontMatter: $0, bodyFirstLine: translation.bodyFirstLine) })
                }
            }
        }
        return known
    }

    /// How many texts' files this load read (to parse them) rather than knew by their stamps; asked
    /// right after the load, before a stage reads a body.
    public var readTexts: Int {
        policies.reduce(0) { $0 + $1.versions.reduce(0) { $0 + $1.translations.values.count { $0.bodySource.isRead } } }
    }

    /// Why bodies read late are not their files' as the load saw them (`TextBody`): errors.
    public var bodyProblems: [Diagnostic] {
        policies.flatMap { $0.versions.flatMap { $0.translations.values.compactMap(\.bodyProblem) } }.sorted { $0.location < $1.location }
    }

    /// How many texts were hashed by this load rather than known by their stamps.
    public var hashedTexts: Int {
        policies.reduce(0) { $0 + $1.versions.reduce(0) { $0 + $1.translations.values.count { !$0.fingerprintsKnown } } }
    }
}
