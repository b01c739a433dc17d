/// The `{{ company.name }}` references written in a text, found in one pass.
///
/// `\{{` is an escape: it never starts a reference (Markdown's backslash escape then shows
/// `{{`; plain texts drop the backslash). A `{{` that does not open a well-formed reference
/// closed on the same line is `malformed`, so that a typo such as `{{ company name }}` is
/// reported instead of published.
public struct VariableReferences: Sendable {
    public enum Kind: Sendable, Hashable {
        case reference(path: [String])
        case malformed
        /// `\{{`: the backslash and the braces.
        case escape
    }

    public struct Occurrence: Sendable, Hashable {
        public var kind: Kind
        /// What is written, `{{ company.name }}` or `\{{`.
        public var written: String
        /// Where it starts in the text: UTF-8 offsets, 0-based.
        public var utf8Range: Range<Int>
        /// 1-based line within the text.
        public var line: Int
        /// 1-based column within the line, in Unicode scalars.
        public var column: Int

        /// Whether what is written is markup of another template language that writes `{{ }}`
        /// too, left in a migrated text: Liquid and Jekyll (`{{ site.email }}`, `{{ page.title |
        /// upcase }}`), Hugo and Go templates (`{{< note >}}`, `{{% note %}}`, `{{ .Site.Title }}`).
        /// When policygen's variables do not define it, it is published as written and the
        /// checks report it (PG213) instead of stopping the build: it is not a typo of a
        /// policygen reference. An unclosed `{{` is not.
        public var isOtherTemplateMarkup: Bool {
            switch kind {
            case .escape:
                return false
            case .reference(let path):
                return path.first.map(Self.otherTemplateGlobals.contains) ?? false
            case .malformed:
                guard written.utf8.count > 4, written.hasSuffix("}}") else { return false }
                let inside = written.dropFirst(2).dropLast(2)
                let first = inside.first { $0 != " " && $0 != "\t" }
                return first.map { "<%-.".contains($0) } ?? false || inside.contains("|")
            }
        }

        /// The names other template languages give their site, page and includes.
        static let otherTemplateGlobals: Set<String> = ["site", "page", "layout", "include", "jekyll", "paginator",
                                                        "content", "params"]
    }

    public private(set) var occurrences: [Occurrence] = []

    public init(in text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        var line = 1
        var lineStart = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                index += 1
                lineStart = index
                continue
            }
            let isEscape = byte == UInt8(ascii: "\\") && Self.opensBraces(bytes, at: index + 1)
            guard isEscape || Self.opensBraces(bytes, at: index) else {
                index += 1
                continue
            }
            let column = Self.scalarCount(bytes[lineStart..<index]) + 1
            if isEscape {
                occurrences.append(Occurrence(kind: .escape, written: "\\{{", utf8Range: index..<index + 3,
                                              line: line, column: column))
                index += 3
                continue
            }
            let (kind, end) = Self.reference(bytes, openingAt: index)
            occurrences.append(Occurrence(kind: kind, written: String(decoding: bytes[index..<end], as: UTF8.self),
                                          utf8Range: index..<end, line: line, column: column))
            index = end
        }
    }

    private static func opensBraces(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 1 < bytes.count && bytes[index] == UInt8(ascii: "{") && bytes[index + 1] == UInt8(ascii: "{")
    }

    /// The reference opened by `{{` at `start`, and where it ends: after `}}`, or after the
    /// `{{` alone when no `}}` closes it on the line.
    private static func reference(_ bytes: [UInt8], openingAt start: Int) -> (Kind, Int) {
        var close = start + 2
        while close + 1 < bytes.count, bytes[close] != 0x0A {
            if bytes[close] == UInt8(ascii: "}") && bytes[close + 1] == UInt8(ascii: "}") { break }
            close += 1
        }
        guard close + 1 < bytes.count, bytes[close] == UInt8(ascii: "}"), bytes[close + 1] == UInt8(ascii: "}") else {
            return (.malformed, start + 2)
        }
        let inside = String(decoding: bytes[start + 2..<close], as: UTF8.self)
            .trimmingCharacters(in: [" ", "\t"])
        let path = inside.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !inside.isEmpty, path.allSatisfy(VariableReader.isName) else { return (.malformed, close + 2) }
        return (.reference(path: path), close + 2)
    }

    private static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        bytes.count { $0 & 0xC0 != 0x80 }
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
