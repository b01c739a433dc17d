import Diagnostics
import Markdown

/// PG212: a link or image over `http://`, which readers' browsers flag or block (an image on
/// an https page is mixed content) and which anyone on the way can alter.
enum InsecureLinkCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.insecureLink: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        text.document.links.compactMap { link in
            let target = link.destination
            guard target.lowercased().hasPrefix("http://") else { return nil }
            let secure = "https://" + target.dropFirst("http://".count)
            return .warning(.insecureLink, at: text.location(of: link.start),
                            "\(link.isImage ? "the image" : "the link") '\(target)' is not encrypted (http://)",
                            hint: "write \(secure) if the site serves it, as nearly all do")
        }
    }
}
