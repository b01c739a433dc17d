/// A calendar day on which a text takes effect, written `YYYY-MM-DD`.
/// No time and no time zone: a policy takes effect for the whole day.
public struct EffectiveDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// nil unless `text` is exactly `YYYY-MM-DD`, a real day, with the year in 1900...9999.
    /// Read as bytes: ten of them, ASCII digits but for the two hyphens (every date of every
    /// text and of the record is read so, each build).
    public init?(_ text: String) {
        guard let parsed = text.utf8.withContiguousStorageIfAvailable(Self.parse) ?? Self.parse(Array(text.utf8))
        else { return nil }
        self.init(year: parsed.year, month: parsed.month, day: parsed.day)
    }

    /// (year, month, day) of the bytes `YYYY-MM-DD`; nil for anything else.
    private static func parse(_ bytes: some Collection<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard bytes.count == 10 else { return nil }
        var number = 0, year = 0, month = 0
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                if index == 4 { year = number } else { month = number }
                number = 0
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
            }
        }
        return (year, month, number)
    }

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month),
              (1...Self.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (a proleptic Gregorian day count), for date arithmetic.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `count` days after this one (before it when negative); nil outside 1900...9999.
    public func adding(days count: Int) -> EffectiveDate? {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + count + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return EffectiveDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Whole days from `other` to this day (positive when this day is later).
    public func days(since other: EffectiveDate) -> Int { dayNumber - other.dayNumber }

    public var description: String {
        // Written digit by digit: every date a page or the record shows is written so.
        String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, at start: Int, width: Int) {
                var rest = value
                for place in stride(from: start + width - 1, through: start, by: -1) {
                    buffer[place] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, at: 0, width: 4)
            buffer[4] = UInt8(ascii: "-")
            put(month, at: 5, width: 2)
            buffer[7] = UInt8(ascii: "-")
            put(day, at: 8, width: 2)
            return 10
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
