/// The files a theme stylesheet refers to (`url(fonts/body.woff2)`, `@import "print.css"`),
/// found so that they can be rewritten to their fingerprinted names. Comments are skipped;
/// absolute URLs, `data:` and root-relative paths are left alone.
struct StylesheetReferences {
    private let text: String
    /// Each reference as written, with its place in `text`.
    private let references: [(range: Range<String.Index>, target: String)]

    init(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        self.text = text
        self.references = Self.scan(text)
    }

    /// The assets referred to, as paths below `assets/`, resolved from the stylesheet at `path`.
    func assetPaths(from path: String) -> [String] {
        references.compactMap { Self.resolve($0.target, from: path)?.path }
    }

    /// The stylesheet with every reference to an asset that `published` knows replaced by a
    /// relative link to its published name; a query or fragment is kept.
    func rewritten(from path: String, published: (String) -> String?) -> [UInt8] {
        var result = ""
        var position = text.startIndex
        for reference in references {
            guard let resolved = Self.resolve(reference.target, from: path),
                  let name = published(resolved.path) else { continue }
            result += text[position..<reference.range.lowerBound]
            result += Self.relative(from: path, to: name) + resolved.suffix
            position = reference.range.upperBound
        }
        result += text[position...]
        return Array(result.utf8)
    }

    /// `target` below `assets/`, from the stylesheet at `path`; nil when it leaves the assets
    /// folder or is not a relative path. `suffix` is the query or fragment, kept as written.
    static func resolve(_ target: String, from path: String) -> (path: String, suffix: String)? {
        let cut = target.firstIndex { $0 == "?" || $0 == "#" } ?? target.endIndex
        let file = target[..<cut]
        if file.isEmpty || file.hasPrefix("/") || file.contains(":") || file.contains("\\") { return nil }
        var parts = path.split(separator: "/").dropLast().map(String.init)
        for part in file.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return (parts.joined(separator: "/"), String(target[cut...]))
    }

    /// A relative link from the folder of the file at `from` to the file at `to` (both below `assets/`).
    static func relative(from: String, to: String) -> String {
        let source = from.split(separator: "/").dropLast()
        let target = to.split(separator: "/")
        let common = zip(source, target.dropLast()).prefix { $0 == $1 }.count
        let up = Array(repeating: "..", count: source.count - common)
        return (up + target[common...].map(String.init)).joined(separator: "/")
    }

    private static func scan(_ text: String) -> [(range: Range<String.Index>, target: String)] {
        var found: [(range: Range<String.Index>, target: String)] = []
        var index = text.startIndex
        func starts(with word: String, at position: String.Index) -> Bool {
            text[position...].prefix(word.count).lowercased() == word
        }
        func skipSpaces(_ position: inout String.Index) {
            while position < text.endIndex, text[position].isWhitespace { position = text.index(after: position) }
        }
        /// A quoted string starting at `position` (on its quote): the range inside the quotes.
        func quoted(at position: String.Index) -> Range<String.Index>? {
            let quote = text[position]
            let start = text.index(after: position)
            guard let end = text[start...].firstIndex(of: quote) else { return nil }
            return start..<end
        }
        while index < text.endIndex {
            if starts(with: "/*", at: index) {
                let rest = text[text.index(index, offsetBy: 2)...]
                index = rest.range(of: "*/")?.upperBound ?? text.endIndex
                continue
            }
            if starts(with: "url(", at: index) {
                var position = text.index(index, offsetBy: 4)
                skipSpaces(&position)
                if position < text.endIndex, text[position] == "\"" || text[position] == "'" {
                    if let inner = quoted(at: position) {
                        found.append((inner, String(text[inner])))
                        index = inner.upperBound
                        continue
                    }
                } else if let close = text[position...].firstIndex(of: ")") {
                    var end = close
                    while end > position, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
                    found.append((position..<end, String(text[position..<end])))
                    index = close
                    continue
                }
            } else if starts(with: "@import", at: index) {
                var position = text.index(index, offsetBy: 7)
                skipSpaces(&position)
                if position < text.endIndex, text[position] == "\"" || text[position] == "'", let inner = quoted(at: position) {
                    found.append((inner, String(text[inner])))
                    index = inner.upperBound
                    continue
                }
            }
            index = text.index(after: index)
        }
        return found
    }
}
