import Diagnostics
import Foundation
import Synchronization

/// A text's body, the Markdown after its front-matter: read with its file, or, for a file whose
/// stamp an earlier build knew (`KnownFingerprints`), read from the file when first asked for.
/// A rebuild then reads only the bodies a stage needs: those of texts rendered or checked again.
/// A body read late is taken only if the file still has the SHA-256 the load gave the text
/// (which its cache keys and the record hold); otherwise it is empty and `problem` says why,
/// an error that stops the build before anything is kept from it.
public final class TextBody: Sendable {
    private enum State: Sendable {
        case read(String)
        case unread(url: URL, path: String, sha256: String)
        case failed(Diagnostic)
    }

    private let state: Mutex<State>

    public init(_ text: String) { state = Mutex(.read(text)) }

    init(unreadAt url: URL, path: String, sha256: String) {
        state = Mutex(.unread(url: url, path: path, sha256: sha256))
    }

    /// The body; read from the file on first use when it was not read with it.
    public var text: String {
        state.withLock { state in
            if case .unread(let url, let path, let sha256) = state { state = Self.read(url, path: path, sha256: sha256) }
            switch state {
            case .read(let text): return text
            case .failed, .unread: return ""
            }
        }
    }

    /// Why the body read late is not the file's the load saw; nil when it was read, or not yet.
    public var problem: Diagnostic? {
        state.withLock { if case .failed(let problem) = $0 { problem } else { nil } }
    }

    /// Whether the body was read, with its file or since.
    public var isRead: Bool {
        state.withLock { if case .unread = $0 { false } else { true } }
    }

    private static func read(_ url: URL, path: String, sha256: String) -> State {
        let changed = Diagnostic.error(.unreadableFile, at: SourceLocation(path: path),
                                       "the file changed while the site was being built", hint: "build again")
        guard case .success(let contents) = InputFile.read(url, path: path), Fingerprint.sha256(contents.bytes) == sha256,
              let (_, body, _) = FrontMatterParser.split(contents.source.bytes)
        else { return .failed(changed) }
        return .read(contents.source.text(body))
    }
}
