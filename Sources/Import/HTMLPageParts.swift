/// Which parts of a web page are the page's furniture rather than its text: navigation,
/// scripts and styles, footers, cookie banners, breadcrumbs, forms.
enum HTMLPageParts {
    /// Why an element is dropped whole, or nil when its content is read.
    static func dropReason(_ element: HTMLElementNode) -> DroppedText.Reason? {
        switch element.name {
        case "script", "style", "noscript", "template", "link", "meta": return .scriptOrStyle
        case "nav", "menu": return .navigation
        case "footer": return .footer
        case "form", "button", "select", "input", "textarea", "dialog": return .form
        case "img", "svg", "picture", "video", "audio", "iframe", "object", "embed", "canvas": return .image
        case "aside": return .navigation
        default: break
        }
        if element.attributes["hidden"] != nil || element.attributes["aria-hidden"] == "true" { return .navigation }
        switch element.attributes["role"] {
        case "navigation", "menu", "menubar", "banner", "search": return .navigation
        case "contentinfo": return .footer
        case "doc-toc": return .tableOfContents
        case "dialog", "alertdialog": return marks(element, cookie) ? .cookieBanner : nil
        default: break
        }
        if marks(element, cookie) { return .cookieBanner }
        if marks(element, ["breadcrumb", "breadcrumbs"]) { return .breadcrumb }
        if marks(element, ["toc", "table-of-contents"]) { return .tableOfContents }
        if marks(element, ["nav", "navbar", "navigation", "menu", "sidebar", "skip-link", "skiplink"]) { return .navigation }
        if marks(element, ["footer", "site-footer", "page-footer"]) { return .footer }
        return nil
    }

    /// The element holding the text itself: `<main>`, `role="main"`, the only `<article>`; else the body.
    static func content(of root: HTMLElementNode) -> HTMLElementNode {
        let body = root.first("body") ?? root
        if let main = body.first("main") { return main }
        if let main = first(in: body, where: { $0.attributes["role"] == "main" }) { return main }
        let articles = body.all("article")
        if articles.count == 1 { return articles[0] }
        return body
    }

    /// A list whose every item is one link to a place in the same page: a table of contents.
    static func isContentsList(_ list: HTMLElementNode) -> Bool {
        let items = list.elements.filter { $0.name == "li" }
        guard items.count >= 2 else { return false }
        return items.allSatisfy { item in
            let links = item.all("a")
            return !links.isEmpty && links.allSatisfy { $0.attributes["href"]?.hasPrefix("#") == true }
                && item.elements.allSatisfy { $0.name == "a" || $0.name == "ul" || $0.name == "ol" || $0.name == "span" }
        }
    }

    private static let cookie = ["cookie-banner", "cookiebanner", "cookie-notice", "cookie-consent", "cookie-bar",
                                 "cookiebar", "cookie-popup", "cookie-law", "consent", "onetrust", "cc-banner", "cc-window", "gdpr"]

    /// The element's id or one of its classes is one of `names`, or (for the cookie words) contains one.
    private static func marks(_ element: HTMLElementNode, _ names: [String]) -> Bool {
        let id = element.attributes["id"]?.lowercased() ?? ""
        let classes = (element.attributes["class"] ?? "").lowercased().split(separator: " ").map(String.init)
        let tokens = [id] + classes
        if names == cookie { return tokens.contains { token in names.contains { token.contains($0) } } }
        return tokens.contains { names.contains($0) }
    }

    private static func first(in element: HTMLElementNode, where test: (HTMLElementNode) -> Bool) -> HTMLElementNode? {
        for child in element.elements {
            if test(child) { return child }
            if let found = first(in: child, where: test) { return found }
        }
        return nil
    }
}
