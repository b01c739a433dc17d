import Config
import Synchronization
import Foundation

/// Dates as a reader of the page's language writes them: "January 15, 2024", "2024年1月15日".
/// Effective dates are whole days, so they are formatted in UTC, in the Gregorian calendar.
public struct LongDateFormat: Sendable {
    public let language: LanguageCode
    private let formatter: DateFormatterBox

    public init(language: LanguageCode) {
        self.language = language
        self.formatter = DateFormatterBox(localeIdentifier: language.rawValue)
    }

    public func string(year: Int, month: Int, day: Int) -> String {
        formatter.string(year: year, month: month, day: day)
    }
}

/// DateFormatter is not Sendable; each box owns one and only reads it behind a lock.
private final class DateFormatterBox: Sendable {
    private let formatter: Mutex<DateFormatter>
    private static let utc = TimeZone(identifier: "UTC")!

    init(localeIdentifier: String) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: localeIdentifier)
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = Self.utc
        formatter.dateStyle = .long
        formatter.timeStyle = .none
        self.formatter = Mutex(formatter)
    }

    func string(year: Int, month: Int, day: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.utc
        let date = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
        return formatter.withLock { $0.string(from: date) }
    }
}
