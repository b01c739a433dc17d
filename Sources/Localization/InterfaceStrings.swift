import Config
import Diagnostics

/// The theme's interface strings for one language (`themes/<theme>/i18n/<lang>.yaml`),
/// with the default language's strings filling any gap.
public struct InterfaceStrings: Sendable {
    public let language: LanguageCode
    public private(set) var values: [String: String]

    public init(language: LanguageCode, values: [String: String]) {
        self.language = language
        self.values = values
    }

    public subscript(key: String) -> String { values[key] ?? key }

    /// The form of `key` for `count`: the entry `key_<category>` (`words_added_one`) for the
    /// language's plural category of the count, else `key_other`, as HTML with `{count}`
    /// replaced by `shownCount` (the count written in the language's digits) and `arguments`.
    public func plural(_ key: String, count: Int, shownCount: String, _ arguments: [String: String] = [:]) -> String {
        let category = PluralRule(language: language).category(count)
        let form = values["\(key)_\(category.rawValue)"] != nil ? "\(key)_\(category.rawValue)" : "\(key)_other"
        return html(form, arguments.merging(["count": HTMLText.escape(shownCount)]) { first, _ in first })
    }

    /// `values` completed with `fallback`'s strings; each key taken from there is returned,
    /// so the caller can warn about it.
    /// A plural form of a category this language does not use (`_one` for Japanese) is
    /// neither taken nor missing; one it uses but lacks falls back to its own `_other`.
    public func filled(from fallback: InterfaceStrings) -> (strings: InterfaceStrings, missing: [String]) {
        var copy = self
        var missing: [String] = []
        let categories = PluralRule(language: language).categories
        func isPluralFormNotNeeded(_ key: String) -> Bool {
            guard let underscore = key.lastIndex(of: "_"),
                  let category = PluralCategory(rawValue: String(key[key.index(after: underscore)...])),
                  category != .other else { return false }
            return !categories.contains(category) || copy.values[String(key[..<underscore]) + "_other"] != nil
        }
        for (key, value) in fallback.values.sorted(by: { $0.key < $1.key })
            where copy.values[key] == nil && !isPluralFormNotNeeded(key) {
            copy.values[key] = value
            missing.append(key)
        }
        return (copy, missing)
    }

    /// The string for `key` as HTML: its text escaped, then each `{name}` replaced by
    /// `arguments[name]`, which must already be HTML (escaped text or our own markup).
    public func html(_ key: String, _ arguments: [String: String] = [:]) -> String {
        // One pass over the template, so text inside an argument is never substituted again.
        let template = HTMLText.escape(self[key])
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}",
               let fragment = arguments[String(rest[afterOpen..<close])] {
                result += fragment
                rest = rest[rest.index(after: close)...]
            } else {
                // Not a placeholder we fill: keep the brace and look again just after it.
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    /// Reads a flat map of keys to strings. nil (with diagnostics) when the file is malformed.
    public static func parse(_ text: String, path: String, language: LanguageCode,
                             diagnostics: inout [Diagnostic]) -> InterfaceStrings? {
        guard let document = StrictYAML.parse(text, path: path, diagnostics: &diagnostics) else { return nil }
        guard let mapping = document.root.mapping else {
            diagnostics.append(.error(.invalidValue, at: document.location(of: document.root),
                                      "an interface-strings file is a mapping of keys to texts"))
            return nil
        }
        var values: [String: String] = [:]
        var malformed = false
        for (key, value) in mapping {
            if let scalar = value.scalar, scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                continue  // `key:` with no text: missing, so the fallback language's text is used
            }
            guard let name = key.scalar?.string, let text = value.scalar?.string else {
                diagnostics.append(.error(.invalidValue, at: document.location(of: key),
                                          "each entry is a key and a text"))
                malformed = true
                continue
            }
            if let problem = YAMLText.problem(in: text, at: document.location(of: value)) {
                diagnostics.append(problem)
                malformed = true
                continue
            }
            values[name] = text
        }
        return malformed ? nil : InterfaceStrings(language: language, values: values)
    }
}
