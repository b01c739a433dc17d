import Config
import Foundation

/// Whole numbers as a reader of the page's language writes them: "1,234", "1.234", "١٬٢٣٤".
///
/// Every compare page writes a few counts, and Foundation's formatter takes microseconds a
/// number: the strings of small numbers are kept, by the formatter's lock.
public struct NumberFormat: Sendable {
    private let formatter: LockedFormatter<NumberFormatter>
    /// Numbers below this have their strings kept once written.
    static let keptBelow = 4_096

    public init(language: LanguageCode) {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: language.rawValue)
        formatter.numberStyle = .decimal
        self.formatter = LockedFormatter(formatter)
    }

    public func string(_ number: Int) -> String {
        guard number >= 0, number < Self.keptBelow else {
            return formatter.withFormatter { $0.string(from: NSNumber(value: number)) } ?? String(number)
        }
        return formatter.withFormatter(keeping: number) { $0.string(from: NSNumber(value: number)) ?? String(number) }
    }
}
