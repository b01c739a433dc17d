/// Escaping text for HTML.
public enum HTMLText {
    /// For attribute values and text alike: `&`, `<`, `>`, `"` and `'`.
    public static func escape(_ text: String) -> String {
        escape(text, apostrophe: true)
    }

    /// Element text as cmark-gfm escapes it: `&`, `<`, `>` and `"`, not `'`, so a redline of an
    /// unchanged document reads exactly as cmark's own HTML.
    public static func escapeText(_ text: String) -> String {
        escape(text, apostrophe: false)
    }

    private static func escape(_ text: String, apostrophe: Bool) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || (apostrophe && $0 == 0x27) }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'" where apostrophe: result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
