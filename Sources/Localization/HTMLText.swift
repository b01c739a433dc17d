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
        // Byte by byte in the string's own storage: every page escapes much text, most of it
        // with nothing to escape.
        let escaped = text.utf8.withContiguousStorageIfAvailable { escape($0, apostrophe: apostrophe) }
            ?? Array(text.utf8).withUnsafeBufferPointer { escape($0, apostrophe: apostrophe) }
        return escaped ?? text
    }

    /// nil when nothing needs escaping. Only ASCII bytes are replaced, so the UTF-8 stays whole.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, apostrophe: Bool) -> String? {
        guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || (apostrophe && $0 == 0x27) })
        else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            switch byte {
            case 0x26: result += "&amp;".utf8
            case 0x3C: result += "&lt;".utf8
            case 0x3E: result += "&gt;".utf8
            case 0x22: result += "&quot;".utf8
            case 0x27 where apostrophe: result += "&#39;".utf8
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
