import Diagnostics
import Foundation

/// What the preview tells the terminal.
public enum PreviewEvent: Sendable {
    /// A build succeeded and is now served; its warnings, if any.
    case built(pages: Int, milliseconds: Int, diagnostics: [Diagnostic])
    /// A build failed; the last good site, if there is one, is still served, with the errors over it.
    case failed(diagnostics: [Diagnostic], servingLastGoodSite: Bool)
    /// The server answers at this address (once, after the first build).
    case serving(URL)
}
