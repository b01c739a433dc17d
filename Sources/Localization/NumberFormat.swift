import Config
import Foundation

/// Whole numbers as a reader of the page's language writes them: "1,234", "1.234", "١٬٢٣٤".
///
/// Every compare page writes a few counts, and Foundation's formatter takes microseconds a
/// number: the strings written are kept (a site's counts are few and small).
public struct NumberFormat: Sendable {
    private let formatter: LockedFormatter<NumberFormatter>

    public init(language: LanguageCode) {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: language.rawValue)
        formatter.numberStyle = .decimal
        self.formatter = LockedFormatter(formatter)
    }

    public func string(_ number: Int) -> String {
        formatter.withFormatter(keeping: number) { $0.string(from: NSNumber(value: number)) ?? String(number) }
    }
}
