import Diagnostics
import Foundation
import Markdown
import Outline

/// PG204: a link a reader cannot use: no text to click, or a target that leads nowhere
/// (`[write to us]()`, `mailto:` without an address, `#`). Images are left alone: their alt
/// text is another matter. A link to `#` that says it leads to the top ("Back to top", "↑")
/// does what it says.
enum EmptyLinkCheck: TextCheck {
    static let codes: [DiagnosticCode: Severity] = [.emptyLink: .warning]

    static func check(_ text: CheckedText, in site: CheckedSite) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var blocks: BlockFinder?
        for link in text.document.links where !link.isImage {
            let location = text.location(of: link.start)
            if link.destination == "#", BackToTop.says(link.text) { continue }
            if let emptiness = emptyTarget(link.destination) {
                let name = link.text.isEmpty ? "this link" : "the link '\(shown(link.text))'"
                found.append(.warning(.emptyLink, at: location, "\(name) \(emptiness)",
                                      hint: "write the address the link leads to, or remove the link"))
            } else if link.text.allSatisfy(\.isWhitespace) {
                let finder = blocks ?? BlockFinder(text.document.blockStarts)
                blocks = finder
                if holdsImage(link, in: text.document, blocks: finder) { continue }
                found.append(.warning(.emptyLink, at: location,
                                      "the link to '\(link.destination)' has no text: a reader sees nothing to follow",
                                      hint: "write the text between the brackets: [text](\(link.destination))"))
            }
        }
        return found
    }

    /// What is wrong with `destination`, when it leads nowhere.
    static func emptyTarget(_ destination: String) -> String? {
        let target = trimmed(destination)
        if target.isEmpty { return "has no target" }
        if target == "#" { return "leads to '#', the top of the same page, not somewhere meant" }
        for scheme in ["mailto:", "tel:"] where mayStart(target, with: scheme) && target.lowercased().hasPrefix(scheme) {
            // The address ends where the query (`?subject=…`) begins.
            let address = target.dropFirst(scheme.count).prefix { $0 != "?" }
            if (address.removingPercentEncoding ?? String(address)).allSatisfy(\.isWhitespace) {
                return scheme == "mailto:" ? "is a mailto: link without an e-mail address"
                                           : "is a tel: link without a phone number"
            }
        }
        return nil
    }

    /// `destination` without the white space around it. A target that starts and ends with
    /// printable ASCII (nearly all) has none, and is not handed to Foundation.
    private static func trimmed(_ destination: String) -> String {
        let printable: ClosedRange<UInt8> = 0x21...0x7E
        if let first = destination.utf8.first, let last = destination.utf8.last,
           printable.contains(first), printable.contains(last) {
            return destination
        }
        return destination.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether `target` lowercased may start with `scheme`, told by its first byte: false when
    /// that is ASCII and not the scheme's first letter in either case. Most targets are then not
    /// lowercased whole.
    private static func mayStart(_ target: String, with scheme: String) -> Bool {
        guard let first = target.utf8.first, first < 0x80 else { return true }
        let lowered = first >= 0x41 && first <= 0x5A ? first + 0x20 : first
        return lowered == scheme.utf8.first
    }

    /// Whether the link holds an image (`[![Logo](logo.png)](https://…)`), which gives it
    /// something to click: the block it starts in has an image inside a link to its target.
    private static func holdsImage(_ link: DocumentLink, in document: RenderedDocument, blocks: BlockFinder) -> Bool {
        guard let index = blocks.block(at: link.start), document.blocks.indices.contains(index) else { return false }
        return document.blocks[index].fields.joined().contains { span in
            guard case .image = span.content else { return false }
            return span.marks.contains { mark in
                // Safe mode empties a refused target in the mark, not in the link.
                if case .link(let destination, _) = mark { destination == link.destination || destination.isEmpty }
                else { false }
            }
        }
    }

    private static func shown(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(39)) + "…" : text
    }
}
