import Content
/// Lines a scrape picks up from the page around the policy: breadcrumbs, links to jump up
/// and down the page, cookie banners.
enum WebDebris {
    /// Why `line` is debris, or nil when it belongs to the policy.
    static func reason(for line: String) -> DroppedText.Reason? {
        let folded = DateWords.fold(line)
        if isBreadcrumb(folded) { return .breadcrumb }
        let bare = folded.trimmingCharacters(in: CharacterSet(charactersIn: " ↑↓^▲△⬆︿»«>|-–·•.!:"))
        if pageNavigation.contains(bare) { return .pageNavigation }
        if cookieButtons.contains(bare) { return .cookieBanner }
        if folded.contains("cookie"), line.count <= 500, cookieBannerPhrases.contains(where: folded.contains) {
            return .cookieBanner
        }
        return nil
    }

    /// A button line of a banner ("Accept all") only counts as debris next to a line about cookies.
    static func isCookieButton(_ line: String) -> Bool {
        cookieButtons.contains(DateWords.fold(line).trimmingCharacters(in: CharacterSet(charactersIn: " !.")))
    }

    /// "Home > Legal > Privacy Policy", "Startseite / Datenschutz", "ホーム > プライバシーポリシー".
    private static func isBreadcrumb(_ folded: String) -> Bool {
        guard folded.count <= 160 else { return false }
        let withoutLead = folded.hasPrefix("you are here:") ? String(folded.dropFirst(13)).trimmingCharacters(in: .whitespaces) : folded
        guard let home = homeWords.first(where: { withoutLead.hasPrefix($0) }) else { return false }
        let rest = withoutLead.dropFirst(home.count).trimmingCharacters(in: .whitespaces)
        guard let separator = rest.first, ">»›→/|".contains(separator) else { return false }
        return !HeadingShape.endsClause(rest)
    }

    private static let homeWords = ["home", "homepage", "start", "startseite", "accueil", "inicio", "inicial", "pagina inicial",
                                    "ホーム", "トップ", "首页", "首頁", "主页", "홈", "الرئيسية", "الصفحة الرئيسية", "דף הבית", "ראשי"]
        .map(DateWords.fold)

    private static let pageNavigation: Set<String> = [
        "top of page", "bottom of page", "back to top", "to top", "top", "go to top", "scroll to top", "return to top",
        "skip to content", "skip to main content", "skip navigation", "jump to content", "print", "print this page",
        "share", "share this page", "menu", "close", "nach oben", "zum seitenanfang", "zum inhalt springen",
        "retour en haut", "haut de page", "aller au contenu", "volver arriba", "ir arriba", "saltar al contenido",
        "voltar ao topo", "ir para o conteudo", "ページトップへ", "トップへ戻る", "ページの先頭へ", "ページ上部へ",
        "返回顶部", "回到顶部", "返回頂部", "回到頂部", "맨 위로", "위로", "العودة إلى الأعلى", "חזרה למעלה",
    ].reduce(into: Set<String>()) { $0.insert(DateWords.fold($1)) }

    private static let cookieButtons: Set<String> = [
        "accept", "accept all", "accept all cookies", "accept cookies", "allow all", "allow all cookies", "allow cookies",
        "reject all", "reject", "decline", "deny", "got it", "i agree", "i accept", "ok", "okay", "agree",
        "cookie settings", "cookies settings", "manage cookies", "manage preferences", "customize", "customise",
        "alle akzeptieren", "akzeptieren", "ablehnen", "tout accepter", "accepter", "refuser", "tout refuser",
        "aceptar", "aceptar todo", "rechazar", "aceitar", "aceitar todos", "rejeitar", "同意する", "すべて許可", "接受", "同意", "동의",
    ].reduce(into: Set<String>()) { $0.insert(DateWords.fold($1)) }

    private static let cookieBannerPhrases = [
        "this website uses cookies", "this site uses cookies", "our website uses cookies to give you",
        "by continuing to browse", "by continuing to use this site", "by continuing to use our site",
        "by clicking \"accept", "by clicking “accept", "by clicking accept", "accept all cookies", "click accept",
        "diese website verwendet cookies", "ce site utilise des cookies", "este sitio web utiliza cookies",
        "este site usa cookies", "este site utiliza cookies",
    ]
}

import Foundation
