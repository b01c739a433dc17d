import Foundation
import Pages
import Record

/// `policygen verify`: a published site checked against `policygen.lock`. Every version and
/// language the record holds must be in the site's `versions.json` and have its page, with the
/// recorded date and published-text fingerprint; the page's text must be the HTML it was built
/// with; nothing the record does not hold may be published; the record's chain must hold.
public enum SiteVerification {
    /// One version in one language as the site shows it, for the report.
    public struct Checked: Sendable, Hashable, CustomStringConvertible {
        public var policy: String
        public var version: String
        public var language: String
        public var effective: String
        public var textSHA256: String

        public var description: String {
            "\(policy) \(version) \(language) effective \(effective) text \(textSHA256)"
        }
    }

    public struct Difference: Sendable, Hashable, CustomStringConvertible {
        /// Where: a path of the site, or `policygen.lock`.
        public var place: String
        public var message: String

        public var description: String { "\(place): \(message)" }
    }

    public struct Report: Sendable {
        public var checked: [Checked] = []
        public var differences: [Difference] = []
    }

    public static func run(_ record: SiteRecord, against site: PublishedSite) async -> Report {
        var report = Report()
        for broken in record.chainBreaks {
            report.differences.append(Difference(place: SiteRecord.fileName, message: "the record's chain is broken: \(broken)"))
        }
        for (policy, versions) in record.standing.sorted(by: { $0.key < $1.key }) {
            var byLanguage: [String: [String: RecordEntry]] = [:]
            for (id, texts) in versions {
                for (language, entry) in texts { byLanguage[language, default: [:]][id] = entry }
            }
            for (language, entries) in byLanguage.sorted(by: { $0.key < $1.key }) {
                await verify(policy: policy, language: language, entries: entries, site: site, into: &report)
            }
        }
        return report
    }

    private static func verify(policy: String, language: String, entries: [String: RecordEntry], site: PublishedSite,
                               into report: inout Report) async {
        func differ(_ place: String, _ message: String) {
            report.differences.append(Difference(place: place, message: message))
        }
        let listPath = "\(language)/\(policy)/versions.json"
        var listed: [String: VersionsRecord.Entry] = [:]
        var hasList = false
        do {
            if let data = try await site.read(listPath) {
                hasList = true
                guard let versions = try? JSONDecoder().decode(VersionsRecord.self, from: data) else {
                    differ(listPath, "not a versions.json policygen can read")
                    return
                }
                for entry in versions.versions where !entry.draft { listed[entry.id] = entry }
            } else {
                differ(listPath, "missing: the record holds \(entries.count) version\(entries.count == 1 ? "" : "s") of \(policy) in \(language)")
            }
        } catch {
            differ(listPath, "cannot be read: \(error)")
        }
        for id in listed.keys.sorted() where entries[id] == nil {
            differ(listPath, "lists version '\(id)', which the record does not hold (published without being recorded)")
        }
        for (id, entry) in entries.sorted(by: { ($0.value.effective, $0.key) < ($1.value.effective, $1.key) }) {
            let before = report.differences.count
            if let shown = listed[id] {
                if shown.effective != entry.effective {
                    differ(listPath, "version '\(id)' takes effect on \(shown.effective); the record says \(entry.effective)")
                }
                if shown.textSHA256 != entry.textSHA256 {
                    differ(listPath, "version '\(id)' has text SHA-256 \(shown.textSHA256 ?? "none"); the record says "
                               + (entry.textSHA256 ?? "none"))
                }
                if shown.translated != entry.translated {
                    differ(listPath, "version '\(id)' is shown \(shown.translated ? "translated" : "untranslated"); "
                               + "the record says \(entry.translated ? "translated" : "untranslated")")
                }
                if shown.firstPublished != entry.published {
                    differ(listPath, "version '\(id)' was first published on \(shown.firstPublished ?? "no day"); "
                               + "the record says \(entry.published)")
                }
            } else if hasList {
                differ(listPath, "does not list version '\(id)', which the record holds (effective \(entry.effective))")
            }
            await verifyPage(policy: policy, language: language, id: id, entry: entry, site: site, into: &report)
            if report.differences.count == before {
                report.checked.append(Checked(policy: policy, version: id, language: language, effective: entry.effective,
                                              textSHA256: entry.textSHA256 ?? "none"))
            }
        }
    }

    private static func verifyPage(policy: String, language: String, id: String, entry: RecordEntry, site: PublishedSite,
                                   into report: inout Report) async {
        let path = "\(language)/\(policy)/versions/\(id)/"
        func differ(_ message: String) {
            report.differences.append(Difference(place: path, message: message))
        }
        let data: Data
        do {
            guard let read = try await site.read(path) else {
                differ("missing: version '\(id)' (effective \(entry.effective)) is in the record but has no page")
                return
            }
            data = read
        } catch {
            differ("cannot be read: \(error)")
            return
        }
        let page = VersionPageRecord(data)
        if page.meta["version"] != id {
            differ("the page is of version '\(page.meta["version"] ?? "none")', not '\(id)'")
        }
        if page.meta["effective"] != entry.effective {
            differ("the page says it takes effect on \(page.meta["effective"] ?? "no day"); the record says \(entry.effective)")
        }
        if page.meta["text-sha256"] != entry.textSHA256 {
            differ("the page's text SHA-256 is \(page.meta["text-sha256"] ?? "missing"); the record says \(entry.textSHA256 ?? "none")")
        }
        if let marked = page.markedHTMLSHA256 {
            if marked != page.meta["html-sha256"] {
                differ("the page's text was changed after it was built: its HTML has SHA-256 \(marked), "
                           + "the page was built with \(page.meta["html-sha256"] ?? "none")")
            }
        } else {
            differ("the page has no marked text (<!--policygen:text--> … <!--/policygen:text-->)")
        }
    }
}
