/// Link texts that say the link leads to the top of the page, as a link to `#` (or `#top`)
/// does: "Back to top", "↑", "Nach oben", "ページの先頭へ".
enum BackToTop {
    static func says(_ text: String) -> Bool {
        let words = text.lowercased().unicodeScalars
            .map { $0.properties.isAlphabetic || $0 == " " ? Character($0) : " " }
            .split(separator: " ").map { String($0) }.joined(separator: " ")
        if words.isEmpty { return !text.isEmpty && text.unicodeScalars.allSatisfy { arrows.contains($0) || $0 == " " } }
        return phrases.contains(words)
    }

    private static let arrows = Set("↑⬆▲△^⇧⤴︎".unicodeScalars)

    private static let phrases: Set<String> = [
        "top", "to top", "back to top", "back to the top", "return to top", "return to the top", "go to top",
        "go to the top", "scroll to top", "top of page", "top of the page", "back to top of page", "page top",
        "nach oben", "zurück nach oben", "zum seitenanfang", "seitenanfang", "nach oben scrollen",
        "haut de page", "retour en haut", "retour en haut de page", "haut", "retour haut de page",
        "volver arriba", "ir arriba", "arriba", "volver al inicio", "voltar ao topo", "topo", "ir para o topo",
        "torna su", "torna all inizio", "naar boven", "terug naar boven",
        "ページの先頭へ", "ページの先頭に戻る", "ページトップへ", "トップへ戻る", "先頭へ", "先頭に戻る",
        "返回顶部", "回到顶部", "返回頂部", "回到頂部", "맨 위로", "위로", "맨위로",
    ]
}
