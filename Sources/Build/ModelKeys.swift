import BuildCache
import Config
import Content
import Diagnostics

/// The model's values in cache keys, field by field. A test compares these fields with the
/// types' stored properties, so that a field added later cannot be left out of the keys.
extension CacheKey.Builder {
    mutating func add(_ frontMatter: FrontMatter) {
        add(frontMatter.title)
        add(frontMatter.effective.description)
        add(frontMatter.effectiveLocation)
        add(frontMatter.summary)
        add(frontMatter.description)
        add(frontMatter.draft)
        add(frontMatter.material)
        add(frontMatter.translatedFrom)
        add(frontMatter.ignore.count)
        for code in frontMatter.ignore { add(code) }
        add(frontMatter.textStarts.count)
        for (key, start) in frontMatter.textStarts.sorted(by: { $0.key < $1.key }) {
            add(key)
            add(start.location)
            add(start.isExact)
        }
    }

    mutating func add(_ settings: PolicySettings) {
        add(settings.order)
        add(settings.governingLanguage?.rawValue)
        add(settings.governingLanguageLocation != nil)
        if let location = settings.governingLanguageLocation { add(location) }
        add(settings.noticeDays)
    }

    mutating func add(_ location: SourceLocation) {
        add(location.path)
        add(location.line)
        add(location.column)
    }
}
