import Diff
import Foundation
import Outline
import Testing

/// Tokens a redline marks as changed stay within 1.10 × a minimal edit script of the two
/// texts (`RedlineMinimality`), on hand-written pairs of every kind of change; the generated
/// corpora are measured by `scripts/minimality.sh`. (A paragraph rewritten beyond pairing is
/// deleted and inserted whole, where an edit script keeps the words it happens to share with
/// the new one: the example site's heavier rewrites read about 1.35, and should.)
@Suite struct RedlineMinimalityTests {
    static let limit = 1.10

    static let pairs: [(String, String)] = [
        ("We keep your data for 12 months after you close your account.",
         "We keep your data for 6 months after you close your account, and backups for 30 days."),
        ("Read our [Export Controls policy](https://example.com/export) before you ship.",
         "Read our [Export Control policy](https://example.com/legal/export) before you ship."),
        ("### Scope\n\nThis policy covers the app.\n\n### Data\n\nWe collect your name.\n",
         "## Scope\n\nThis policy covers the app and the website.\n\n## Data\n\nWe collect your **name**.\n"),
        ("- your name and postal address\n- your phone number\n- the pages you visit\n",
         "- your full name\n- your name and email address\n- your phone number\n- the device you use\n- the pages you open\n"),
        ("1. The provider keeps logs for thirty days.\n2. The provider deletes backups after a year.\n",
         "1\\. The provider keeps logs for thirty days.\n\n2\\. The provider deletes backups after one year.\n"),
        ("| Data | Period |\n|---|---|\n| Logs | 30 days |\n| Invoices | 10 years |\n",
         "| Data | Purpose | Period |\n|---|---|---|\n| Cookies | analytics | 13 months |\n| Logs | security | 30 days |\n| Invoices | tax | 10 years |\n"),
        ("Text with a note[^a] and another[^b].\n\n[^a]: First note.\n[^b]: Second note.\n",
         "Text with another[^b].\n\n[^b]: Second note, longer now.\n"),
        ("個人情報を第三者に提供しません。\n\nデータは30日間保存します。\n", "個人情報を第三者に販売しません。\n\nデータは90日間保存します。\n"),
        ("We keep data , and logs. We <span  class=\"x\">never</span> sell it.\n",
         "We keep data, and logs. We <span class=\"x\">never</span> sell it to anyone.\n"),
        ("## A\n\nSecurity measures include encryption of data at rest and in transit.\n\n## B\n\nOther text here.\n",
         "## A\n\nOther text here.\n\n## B\n\nSecurity measures include strong encryption of data at rest and in transit.\n"),
    ]

    @Test(arguments: pairs.indices)
    func aRedlineMarksNoMoreThanAMinimalEditScript(index: Int) {
        let (old, new) = (blocks(Self.pairs[index].0), blocks(Self.pairs[index].1))
        let measure = RedlineMinimality(old: old, new: new, redline: Redline(old: old, new: new))
        #expect(Double(measure.marked) <= Self.limit * Double(measure.minimal), "marked \(measure.marked), minimal \(measure.minimal)")
    }

    @Test func theMeasureCountsWhatChanged() {
        let (old, new) = (blocks("We keep data for 12 months.\n"), blocks("We keep data for 6 months.\n\nNew paragraph here.\n"))
        let measure = RedlineMinimality(old: old, new: new, redline: Redline(old: old, new: new))
        // "12" → "6" and three words and a full stop inserted: 1 + 1 + 4.
        #expect(measure.minimal == 6 && measure.marked == 6)
        let same = RedlineMinimality(old: old, new: old, redline: Redline(old: old, new: old))
        #expect(same.minimal == 0 && same.marked == 0 && same.ratio == 1)
    }
}
