import BlockHTML
import Config
import Diff
import Markdown
import Texts

/// Files made one after another, on one core, because they read the same texts: a policy's
/// pages whose texts are in one language, over a run of its versions (`versionsPerJob`), with
/// the compare pages placed among them. Every other file is a job of its own.
public struct PageJob: Sendable {
    public let files: [PlannedFile]
    /// For each file, what it is the last of the job to read: let go once it is made.
    let releases: [[TextNeed]]

    /// Versions per job: enough that a long history is shared among the cores, few enough that
    /// the texts read at both ends of a run (the previous version, the current one) are read
    /// again rarely.
    static let versionsPerJob = 16
}

/// What a file reads of the texts.
enum TextNeed: Hashable {
    /// The HTML and contents of a text (a document page).
    case pageParts(RenderedTexts.Key)
    /// A text prepared for comparison (a compare page).
    case comparable(RenderedTexts.Key)
    /// The redline of two versions, which every compare page showing it reads.
    case redline(Comparison.Key)
}

/// A text as redlines read it: prepared for comparison, and its footnotes' numbers.
struct ComparableText {
    var prepared: PreparedText
    var footnotes: [String: Int]
}

/// The texts one job reads, each read from the rendered texts when a file first needs it and
/// let go after the last file of the job that needs it: a job holds a text exactly as long as
/// its files need it, whatever the other jobs do.
struct JobTexts {
    let texts: RenderedTexts
    private var parts: [RenderedTexts.Key: RenderedTexts.PageParts] = [:]
    private var comparables: [RenderedTexts.Key: ComparableText] = [:]
    private var redlines: [Comparison.Key: Redline] = [:]
    /// Per text, its blocks as its compare pages wrote them unchanged: the current version is
    /// the later one of most of a policy's compare pages.
    var unchangedHTML: [RenderedTexts.Key: UnchangedBlockHTML] = [:]
    /// Per text, the ids of its headings and elements (`RedlineHTML.headingIDs(of:)`), for each
    /// compare page it is the later text of.
    private var headingIDs: [RenderedTexts.Key: Set<String>] = [:]
    /// One numbering of tokens for the job's texts: a text compared with several others (the
    /// current version, with every older one) has its changed blocks prepared once.
    private let numbering = TokenNumbering()

    init(_ texts: RenderedTexts) {
        self.texts = texts
    }

    mutating func pageParts(_ text: ShownText) -> RenderedTexts.PageParts {
        if let kept = parts[text.key] { return kept }
        let read = texts.pageParts(text.key, of: text.translation)
        parts[text.key] = read
        return read
    }

    mutating func comparable(_ text: ShownText) -> ComparableText {
        if let kept = comparables[text.key] { return kept }
        let document = texts.document(text.key, of: text.translation)
        let made = ComparableText(prepared: PreparedText(document.blocks, numbering: numbering), footnotes: document.footnoteNumbers)
        comparables[text.key] = made
        return made
    }

    mutating func headingIDs(_ text: ShownText) -> Set<String> {
        if let kept = headingIDs[text.key] { return kept }
        let made = RedlineHTML.headingIDs(of: comparable(text).prepared.blocks)
        headingIDs[text.key] = made
        return made
    }

    mutating func redline(_ comparison: Comparison) -> Redline {
        if let kept = redlines[comparison.key] { return kept }
        let made = Redline(old: comparable(comparison.older).prepared, new: comparable(comparison.newer).prepared)
        redlines[comparison.key] = made
        return made
    }

    mutating func release(_ needs: [TextNeed]) {
        for need in needs {
            switch need {
            case .pageParts(let key): parts[key] = nil
            case .comparable(let key):
                comparables[key] = nil
                unchangedHTML[key] = nil
                headingIDs[key] = nil
            case .redline(let key): redlines[key] = nil
            }
        }
    }
}

extension SiteRenderer {
    /// The plan's files in jobs, the largest first, so that the cores finish together.
    public func jobs() -> [PageJob] {
        struct Group: Hashable {
            var policy: String
            var language: LanguageCode
            var run: Int
        }
        var groups: [Group: [(anchor: Int, file: PlannedFile, needs: [TextNeed])]] = [:]
        var order: [Group] = []
        var alone: [PlannedFile] = []
        for file in plan {
            guard let place = place(of: file) else {
                alone.append(file)
                continue
            }
            let group = Group(policy: place.policy, language: place.language, run: place.anchor / PageJob.versionsPerJob)
            if groups[group] == nil { order.append(group) }
            groups[group, default: []].append((place.anchor, file, place.needs))
        }
        var jobs = order.map { group -> PageJob in
            // In version order (the plan's order among the files of one version), so that a text
            // is let go once the versions that read it are done.
            let files = groups[group]!.enumerated().sorted { ($0.element.anchor, $0.offset) < ($1.element.anchor, $1.offset) }
                .map(\.element)
            var last: [TextNeed: Int] = [:]
            for (index, file) in files.enumerated() {
                for need in file.needs { last[need] = index }
            }
            var releases = [[TextNeed]](repeating: [], count: files.count)
            for (need, index) in last { releases[index].append(need) }
            return PageJob(files: files.map(\.file), releases: releases)
        }
        jobs.sort { $0.files.count > $1.files.count }
        return jobs + alone.map { PageJob(files: [$0], releases: [[]]) }
    }

    /// Makes the files of `job` in order, reading its texts as they are first needed and letting
    /// each go after the last file that needs it. `each` gets every file and a way to make its
    /// bytes, which it need not call (a file the output has already).
    public func make(_ job: PageJob, _ each: (PlannedFile, () -> [UInt8]) throws -> Void) rethrows {
        var texts = JobTexts(self.texts)
        for (file, released) in zip(job.files, job.releases) {
            try each(file) { render(file, texts: &texts) }
            texts.release(released)
        }
    }

    /// Where a file that reads texts belongs: its policy, the language of the texts it shows, the
    /// version it is placed at (a compare page at the later version of two neighbours, else at
    /// the version compared with the current one), and what it reads. nil for the rest.
    func place(of file: PlannedFile) -> (policy: String, language: LanguageCode, anchor: Int, needs: [TextNeed])? {
        switch file {
        case .page(.current(let language, let policy)):
            let shown = policy.text(policy.current.version, in: language.code)
            return (policy.slug, shown.key.language, policy.index(of: policy.current.version), [.pageParts(shown.key)])
        case .page(.version(let language, let policy, let entry)):
            let shown = policy.text(entry.version, in: language.code)
            return (policy.slug, shown.key.language, policy.index(of: entry.version), [.pageParts(shown.key)])
        case .page(.compare(_, let policy, let comparison)):
            let older = policy.index(of: comparison.olderVersion), newer = policy.index(of: comparison.newerVersion)
            let anchor = newer - older == 1 || comparison.olderVersion.id == policy.current.version.id ? newer : older
            return (policy.slug, comparison.textLanguage, anchor,
                    [.comparable(comparison.older.key), .comparable(comparison.newer.key), .redline(comparison.key)])
        default:
            return nil
        }
    }
}
