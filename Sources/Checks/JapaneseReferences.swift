/// PG203 in Japanese, where words have no spaces to count: a request to write "to" nothing
/// (`。までご連絡ください`, `、までお問い合わせ`), a label with nothing after its colon
/// (`メールアドレス：。`); and, in every text, CJK quotation marks or brackets with nothing
/// between them (`「」`), which a name or an address left empty.
enum JapaneseReferences {
    /// What asking to contact someone continues with after `まで`.
    private static let requests = ["ご連絡", "お問い合わせ", "お問合せ", "お問い合せ", "ご送付", "お送り", "ご郵送",
                                   "ご相談", "お寄せ", "ご請求", "お申し出", "ご提出", "ご返送"]
    /// What may come right before `まで` when nothing else does: punctuation or an opening
    /// bracket (or the start of the block). (A closing bracket ends a name: `「窓口」までご連絡` is whole.)
    private static let nothingBefore = Set("。、，．：:・「『（(".unicodeScalars)
    private static let labels = ["メールアドレス", "Eメール", "メール", "電話番号", "電話", "FAX", "ファックス"]
    private static let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
        ("「", "」"), ("『", "』"), ("【", "】"), ("（", "）"), ("〔", "〕"), ("《", "》"), ("〈", "〉"),
    ]

    private static let lowestOpening = pairs.map(\.open.value).min()!
    /// The opening marks among U+3000–U+303F as bits of their offset there, and the others: a
    /// Japanese text's every scalar is above `lowestOpening`, and comparing each with every
    /// pair was most of this check's time on such a text.
    private static let cjkOpenings: UInt64 = pairs.reduce(0) { bits, pair in
        pair.open.value & ~0x3F == 0x3000 ? bits | 1 << UInt64(pair.open.value - 0x3000) : bits
    }
    private static let otherOpenings = pairs.map(\.open).filter { $0.value & ~0x3F != 0x3000 }

    /// Whether `scalar` opens one of `pairs`.
    static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= lowestOpening else { return false }
        if value & ~0x3F == 0x3000 { return cjkOpenings >> UInt64(value - 0x3000) & 1 != 0 }
        return otherOpenings.contains(scalar)
    }
    /// The requests and labels as scalars, compared with the block's in place.
    private static let requestScalars = requests.map { (text: $0, scalars: Array($0.unicodeScalars)) }
    private static let labelScalars = labels.map { (text: $0, scalars: Array($0.unicodeScalars)) }

    static func gaps(in block: BlockText) -> [EmptyReferenceCheck.Gap] {
        requestGaps(in: block) + labelGaps(in: block)
    }

    private static func requestGaps(in block: BlockText) -> [EmptyReferenceCheck.Gap] {
        var gaps: [EmptyReferenceCheck.Gap] = []
        let made = Array("まで".unicodeScalars)
        var from = 0
        while let found = BlockText.find(made, in: block.scalars, from: from, wholeWord: false) {
            from = found + 1
            let after = found + made.count
            guard let request = requestScalars.first(where: { starts(with: $0.scalars, at: after, in: block) })?.text,
                  !block.isHidden(found..<after) else { continue }
            // Spaces are passed over: `info@example.com までご連絡` has its address.
            var before = found - 1
            while before >= 0, block.scalars[before].properties.isWhitespace { before -= 1 }
            guard before < 0 || nothingBefore.contains(block.scalars[before])
                    || block.scalars[before] == BlockText.fieldSeparator else { continue }
            let shown = EmptyReferenceCheck.snippet(block, from: max(found - 1, 0),
                                                    to: after + request.unicodeScalars.count)
            gaps.append(.init(offset: found,
                              message: "nothing stands before 'まで\(request)' where an address or a name belongs: "
                                  + "'\(shown)'"))
        }
        return gaps
    }

    private static func labelGaps(in block: BlockText) -> [EmptyReferenceCheck.Gap] {
        var gaps: [EmptyReferenceCheck.Gap] = []
        let scalars = block.scalars
        for colon in scalars.indices where (scalars[colon] == "：" || scalars[colon] == ":") && !block.isHidden[colon] {
            var next = colon + 1
            while next < block.count, block.scalars[next] == " " || block.scalars[next] == "\u{3000}" { next += 1 }
            guard next == block.count || "。、".unicodeScalars.contains(block.scalars[next]) else { continue }
            guard let label = labelScalars.first(where: { ends(with: $0.scalars, at: colon, in: block) })?.text else { continue }
            let start = colon - label.unicodeScalars.count
            let shown = EmptyReferenceCheck.snippet(block, from: start, to: min(next + 1, block.count))
            gaps.append(.init(offset: start,
                              message: "nothing follows '\(label)\(block.string(colon..<colon + 1))' where it belongs: "
                                  + "'\(shown)'"))
        }
        return gaps
    }

    /// `「」`, `（ ）`: brackets holding nothing but spaces.
    static func emptyQuotes(in block: BlockText) -> [EmptyReferenceCheck.Gap] {
        var gaps: [EmptyReferenceCheck.Gap] = []
        for (index, scalar) in block.scalars.enumerated() {
            // One comparison passes over the scalars below every opening mark: all of a Latin text.
            guard isOpening(scalar), !block.isHidden[index], let pair = pairs.first(where: { $0.open == scalar }) else { continue }
            var close = index + 1
            while close < block.count, block.scalars[close] == " " || block.scalars[close] == "\u{3000}" { close += 1 }
            guard close < block.count, block.scalars[close] == pair.close else { continue }
            let shown = block.string(index..<close + 1)
            gaps.append(.init(offset: index,
                              message: "'\(shown)' holds nothing where a name or an address belongs"))
        }
        return gaps
    }

    private static func starts(with scalars: [Unicode.Scalar], at offset: Int, in block: BlockText) -> Bool {
        offset + scalars.count <= block.count && block.scalars[offset..<offset + scalars.count].elementsEqual(scalars)
    }

    private static func ends(with scalars: [Unicode.Scalar], at offset: Int, in block: BlockText) -> Bool {
        offset >= scalars.count && block.scalars[offset - scalars.count..<offset].elementsEqual(scalars)
    }
}
