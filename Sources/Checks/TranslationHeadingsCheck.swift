import Diagnostics

/// PG208: a translation whose headings do not stand for the default-language text's one for
/// one: another number of headings, another level at some place, or another explicit id
/// where either text gives one (`{#contact}`), which breaks links into the translation.
/// Heading texts are translated, so they are not compared.
enum TranslationHeadingsCheck: SiteCheck {
    static let codes: [DiagnosticCode: Severity] = [.translationHeadingsDiffer: .warning]

    static func check(_ site: CheckedSite, _ found: FoundInTexts) -> [Diagnostic] {
        site.units.compactMap { unit in
            guard unit.language != unit.version.defaultLanguage,
                  let headings = found[unit.policy.slug, unit.version.id, unit.language]?.headings,
                  let originals = found[unit.policy.slug, unit.version.id, unit.version.defaultLanguage]?.headings else {
                return nil
            }
            return difference(headings, from: originals, of: unit.version.original.path, in: unit.translation.path,
                              bodyFirstLine: unit.translation.bodyFirstLine)
        }
    }

    /// The first place where the headings part, as a warning on the translation.
    private static func difference(_ headings: [PlacedHeading], from originals: [PlacedHeading], of originalPath: String,
                                   in path: String, bodyFirstLine: Int) -> Diagnostic? {
        let counts = headings.count == originals.count ? ""
            : " (it has \(headings.count) heading\(headings.count == 1 ? "" : "s"), \(originalPath) \(originals.count))"
        let hint = "give the translation the sections of \(originalPath): the same headings, levels and {#ids}, in order"
        for (heading, original) in zip(headings, originals) {
            if heading.level != original.level {
                return .warning(.translationHeadingsDiffer, at: heading.location,
                                "'\(heading.text)' is a level-\(heading.level) heading where \(originalPath) has the "
                                    + "level-\(original.level) heading '\(original.text)'\(counts)", hint: hint)
            }
            if (heading.isCustomID || original.isCustomID) && heading.id != original.id {
                let here = heading.isCustomID ? "{#\(heading.id)}" : "no {#\(original.id)}"
                let there = original.isCustomID ? "{#\(original.id)}" : "the id '\(original.id)'"
                return .warning(.translationHeadingsDiffer, at: heading.location,
                                "'\(heading.text)' has \(here) where \(originalPath) has \(there) "
                                    + "('\(original.text)')\(counts)", hint: hint)
            }
        }
        if headings.count > originals.count {
            let extra = headings[originals.count]
            return .warning(.translationHeadingsDiffer, at: extra.location,
                            "'\(extra.text)' stands for no heading of \(originalPath)\(counts)", hint: hint)
        }
        if headings.count < originals.count {
            let missing = originals[headings.count...].map { "'\($0.text)'" }.joined(separator: ", ")
            return .warning(.translationHeadingsDiffer, at: SourceLocation(path: path, line: bodyFirstLine, column: 1),
                            "this translation has no counterpart for the last headings of \(originalPath): "
                                + "\(missing)\(counts)", hint: hint)
        }
        return nil
    }
}
