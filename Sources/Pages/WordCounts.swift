import Diff
import Localization

/// "12 words added, 1 word removed, 2 links changed" in the page's language: each count in
/// the language's digits and plural form (`words_added_one`, `words_added_other`… in the
/// interface strings). Versions that differ in formatting alone say so: "Formatting changed
/// in 3 sections, no words changed".
public enum WordCounts {
    public static func html(_ summary: RedlineSummary, strings: InterfaceStrings, numbers: NumberFormat) -> String {
        func counted(_ key: String, _ count: Int) -> String {
            strings.plural(key, count: count, shownCount: numbers.string(count))
        }
        var html = summary.isFormattingOnly
            ? counted("compare_formatting_only", summary.reformatted.count)
            : strings.html("compare_words", [
                "added": counted("words_added", summary.wordsAdded),
                "removed": counted("words_removed", summary.wordsRemoved),
            ])
        var more: [String] = []
        if summary.linksChanged > 0 { more.append(counted("links_changed", summary.linksChanged)) }
        if summary.formattingChanges > 0, !summary.isFormattingOnly {
            more.append(counted("formatting_changes", summary.formattingChanges))
        }
        for count in more { html = strings.html("compare_list", ["first": html, "second": count]) }
        return html
    }
}
