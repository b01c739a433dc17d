import Config
import Foundation

/// Dates as a reader of the page's language writes them: "January 15, 2024", "2024年1月15日".
/// Effective dates are whole days, so they are formatted in UTC, in the Gregorian calendar.
public struct LongDateFormat: Sendable {
    public let language: LanguageCode
    private let formatter: LockedFormatter<DateFormatter>

    public init(language: LanguageCode) {
        self.language = language
        self.formatter = DateFormatterBox.make(localeIdentifier: language.rawValue)
    }

    public func string(year: Int, month: Int, day: Int) -> String {
        DateFormatterBox.string(formatter, year: year, month: month, day: day)
    }
}

private enum DateFormatterBox {
    private static let utc = TimeZone(identifier: "UTC")!

    static func make(localeIdentifier: String) -> LockedFormatter<DateFormatter> {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: localeIdentifier)
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = utc
        formatter.dateStyle = .long
        formatter.timeStyle = .none
        return LockedFormatter(formatter)
    }

    static func string(_ formatter: LockedFormatter<DateFormatter>, year: Int, month: Int, day: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let date = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
        return formatter.withFormatter { $0.string(from: date) }
    }
}
