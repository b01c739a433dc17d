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

    /// Where the text itself stands, as the indices of elements from the body down: `<main>`,
    /// `role="main"`, the only `<article>`; empty for the body itself.
    static func contentPath(in body: HTMLElementNode) -> [Int] {
        if let path = path(in: body, to: PublishedPage.isBody) { return path }
        if let path = path(in: body, to: { $0.name == "main" }) { return path }
        if let path = path(in: body, to: { $0.attributes["role"] == "main" }) { return path }
        if body.all("article").count == 1, let path = path(in: body, to: { $0.name == "article" }) { return path }
        return []
    }

    private static func path(in element: HTMLElementNode, to test: (HTMLElementNode) -> Bool) -> [Int]? {
        for (index, child) in element.elements.enumerated() {
            if test(child) { return [index] }
            if let below = path(in: child, to: test) { return [index] + below }
        }
        return nil
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

}
