import Foundation
import Content

/// A page policygen itself published (the default theme's markup, or a theme that keeps its
/// class names): its text is `.policy-body`; the header around it (title, dates, notices,
/// "What changed"), the contents and the list of versions are the page's furniture.
enum PublishedPage {
    /// `<div class="policy-body">` inside `<article class="policy">`.
    static func isBody(_ element: HTMLElementNode) -> Bool {
        element.name == "div" && classes(of: element).contains("policy-body")
    }

    /// The day the page says its version took effect: `<p class="policy-meta">`'s `<time datetime>`.
    static func effectiveDates(in body: HTMLElementNode) -> [StatedDate] {
        guard let article = body.all("article").first(where: { classes(of: $0).contains("policy") }),
              let meta = article.all("p").first(where: { classes(of: $0).contains("policy-meta") }),
              let time = meta.first("time"), let date = time.attributes["datetime"].flatMap(EffectiveDate.init) else { return [] }
        return [StatedDate(date: date, kind: .effective, line: time.line, statement: HTMLText.collapsed(meta.text)
            .trimmingCharacters(in: .whitespaces), standsAlone: true)]
    }

    private static func classes(of element: HTMLElementNode) -> [Substring] {
        (element.attributes["class"] ?? "").split(separator: " ")
    }
}
