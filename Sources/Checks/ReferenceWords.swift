import Config

/// How a language says where to write: the words after which an address, a number or a name
/// must come ("contact us at …", "E-mail: …"). Lowercase; apostrophes as `'`.
struct ReferenceWords: Sendable {
    /// One word or a phrase (`à l'adresse`) that announces an address.
    struct Lead: Sendable {
        var words: [String]
        /// Beginnings of words of which one must stand shortly before (`contact`, `writ`), so
        /// that a clause that merely ends on the word ("we rely on.") is left alone; empty when
        /// the lead announces an address by itself.
        var context: [String]
        /// Whether the lead followed by `and`/`or` and one space lost its address ("at or call
        /// us"): true for leads seldom joined to another preposition.
        var standsBeforeConjunctionsAlone = false
        /// `context` as bytes when every word of it is ASCII (English's): an ASCII word begins
        /// with one of them exactly when its lowercase bytes do, compared without a String.
        let asciiContext: [[UInt8]]?

        init(words: [String], context: [String], standsBeforeConjunctionsAlone: Bool = false) {
            self.words = words
            self.context = context
            self.standsBeforeConjunctionsAlone = standsBeforeConjunctionsAlone
            asciiContext = context.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? context.map { Array($0.utf8) } : nil
        }
    }

    let leads: [Lead]
    /// A lead that stands before a conjunction alone, then the conjunction: `at or`, `at and`.
    let leadsBeforeConjunctions: [[Unicode.Scalar]]
    /// The first word of every lead, or nil when a lead has none: most words start no lead, and
    /// are passed over after comparing them with these alone.
    let leadFirstWords: [LowercaseWord]?
    /// The lengths of those first words' ASCII forms, as bits (bit n: n bytes; 0 for lengths
    /// past 63): an ASCII word of another length starts no lead, and most are passed over on
    /// their length alone.
    let leadFirstWordLengths: UInt64
    /// Labels written before a colon: `e-mail`, `phone`.
    var labels: Set<String>
    /// Labels that may end a paragraph or precede another label, the address coming after
    /// them (`Contact:` then `Address: …`).
    var headingLabels: Set<String>
    var conjunctions: Set<String>
    /// Words after a conjunction that make the lead one of two prepositions ("to and from").
    var prepositions: Set<String>
    /// Words that start another clause between the context and the lead ("contact you if
    /// we need to."): the lead then belongs to that clause.
    var clauseWords: Set<String>
    /// Verbs that end a clause where the address should stand before them ("Sie erreichen uns
    /// unter erreichen" lost what stood between).
    var closingVerbs: Set<String>
    /// How many words back the context may stand.
    var window = 5

    init(leads: [Lead], labels: Set<String>, headingLabels: Set<String>, conjunctions: Set<String>,
         prepositions: Set<String>, clauseWords: Set<String>, closingVerbs: Set<String>) {
        self.leads = leads
        leadsBeforeConjunctions = leads.filter { $0.standsBeforeConjunctionsAlone }.flatMap { lead in
            conjunctions.map { Array((lead.words.joined(separator: " ") + " " + $0).unicodeScalars) }
        }
        let firstWords = leads.compactMap { $0.words.first }.map(LowercaseWord.init)
        leadFirstWords = firstWords.count == leads.count ? firstWords : nil
        leadFirstWordLengths = firstWords.reduce(0) { bits, word in
            guard let form = word.asciiForm, form.count < 64 else { return bits }
            return bits | 1 << UInt64(form.count)
        }
        self.labels = labels
        self.headingLabels = headingLabels
        self.conjunctions = conjunctions
        self.prepositions = prepositions
        self.clauseWords = clauseWords
        self.closingVerbs = closingVerbs
    }

    /// The words of `language`, or nil where policygen knows none.
    static func words(for language: LanguageCode) -> ReferenceWords? {
        switch language.primary {
        case "en": english
        case "de": german
        case "fr": french
        default: nil
        }
    }

    private static let englishContext = [
        "contact", "writ", "wrote", "reach", "email", "e-mail", "mail", "call", "phone", "telephon", "found",
        "available", "send", "sent", "address", "visit", "submit", "forward", "notif",
    ]

    static let english = ReferenceWords(
        leads: [Lead(words: ["at"], context: englishContext, standsBeforeConjunctionsAlone: true)]
            + ["to", "via", "on"].map { Lead(words: [$0], context: englishContext) },
        labels: ["e-mail", "email", "phone", "telephone", "tel", "fax", "address", "contact", "website"],
        headingLabels: ["address", "contact"],
        conjunctions: ["and", "or"],
        prepositions: [
            "from", "through", "by", "in", "with", "to", "at", "via", "on", "within", "into", "over", "near",
            "before", "after", "under", "above", "below", "around", "about", "beyond", "outside",
        ],
        clauseWords: [
            "if", "when", "where", "whether", "because", "unless", "need", "needs", "want", "wants", "wish",
            "have", "has", "had", "required", "able", "like", "choose", "chooses", "decide", "agree", "agreed",
            "ought", "used", "going", "asked", "allowed", "permitted", "obliged", "refer", "subject", "due",
            "according", "respond", "reply", "apply", "relate", "relates", "access",
        ],
        closingVerbs: [])

    static let german = ReferenceWords(
        leads: [Lead(words: ["unter"], context: [
            "erreich", "kontakt", "schreib", "e-mail", "email", "mail", "anruf", "telefon", "find", "abruf",
            "verfügbar", "erhältlich", "einseh", "send", "schick", "melden", "hotline", "nummer", "adresse",
        ])],
        labels: ["e-mail", "email", "telefon", "tel", "fax", "adresse", "anschrift", "kontakt", "website"],
        headingLabels: ["adresse", "anschrift", "kontakt"],
        conjunctions: ["und", "oder"],
        prepositions: ["von", "aus", "durch", "bei", "mit", "über"],
        clauseWords: ["wenn", "falls", "ob", "weil", "sofern", "dass"],
        closingVerbs: [
            "erreichen", "erreichbar", "kontaktieren", "anrufen", "schreiben", "senden", "abrufen", "abrufbar",
            "einsehen", "finden", "melden",
        ])

    private static let frenchContext = [
        "contact", "écri", "joindre", "joign", "envo", "adress", "courriel", "e-mail", "mail", "disponible",
        "consultable", "accessible", "appel", "téléphon", "trouv", "rend",
    ]

    static let french = ReferenceWords(
        leads: [
            Lead(words: ["à", "l'adresse"], context: []),
            Lead(words: ["au", "numéro"], context: []),
            Lead(words: ["à"], context: frenchContext),
            Lead(words: ["au"], context: frenchContext),
            Lead(words: ["via"], context: frenchContext),
            Lead(words: ["sur"], context: frenchContext),
        ],
        labels: ["e-mail", "email", "courriel", "téléphone", "tél", "fax", "adresse", "contact", "site"],
        headingLabels: ["adresse", "contact"],
        conjunctions: ["et", "ou"],
        prepositions: ["de", "par", "sur", "en", "avec", "depuis", "vers"],
        clauseWords: ["si", "lorsque", "quand", "parce", "afin"],
        closingVerbs: [])
}
