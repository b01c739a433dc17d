import Diff
import Localization

/// "12 words added, 1 word removed" in the page's language: each count in the language's
/// digits and plural form (`words_added_one`, `words_added_other`… in the interface strings).
public enum WordCounts {
    public static func html(_ summary: RedlineSummary, strings: InterfaceStrings, numbers: NumberFormat) -> String {
        strings.html("compare_words", [
            "added": strings.plural("words_added", count: summary.wordsAdded, shownCount: numbers.string(summary.wordsAdded)),
            "removed": strings.plural("words_removed", count: summary.wordsRemoved, shownCount: numbers.string(summary.wordsRemoved)),
        ])
    }
}
