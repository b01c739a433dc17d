import BuildCache
import CFreeMemory
import Config
import Content
import Diagnostics
import Checks
import Foundation
import Markdown
import Output
import Pages
import Texts

public struct BuildOptions: Sendable {
    /// The site folder, holding policygen.yaml.
    public var source: URL
    public var output: URL
    /// The build date: which version is current is decided as of this day.
    public var asOf: EffectiveDate
    public var includeDrafts: Bool
    /// Overrides `base_url` of policygen.yaml.
    public var baseURL: String?
    /// Lets an already effective version's text differ from what was published (a warning).
    public var allowHistoryEdit: Bool
    /// Warnings count as errors.
    public var strict: Bool
    /// Whether compare pages are made; false for a quicker preview (`--no-compare`).
    public var includesComparisons = true
    /// The folder whose `versions.json` files are the published record (the history lock);
    /// nil: the output folder. `serve` builds into a private folder but keeps the published
    /// site's history.
    public var recordFolder: URL?
    /// Whether `.policygen-cache/` is read and written (`--no-cache`: neither).
    public var usesCache = true

    public init(source: URL, output: URL, asOf: EffectiveDate, includeDrafts: Bool = false, baseURL: String? = nil,
                allowHistoryEdit: Bool = false, strict: Bool = false, recordFolder: URL? = nil) {
        self.source = source
        self.output = output
        self.asOf = asOf
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.allowHistoryEdit = allowHistoryEdit
        self.strict = strict
        self.recordFolder = recordFolder
    }
}

public struct BuildOutcome: Sendable {
    public enum Status: Sendable, Equatable {
        case built(pages: Int)
        /// `policygen check` found no error (it writes nothing).
        case checked
        /// The content has errors, another build holds the output, or writing failed:
        /// the previous output is unchanged (exit 1).
        case failed
        /// The command line asked for something unsafe or impossible (exit 64).
        case usageError
    }

    public var status: Status
    public var diagnostics: [Diagnostic]
    /// When a built site has an upcoming version: the day it must be rebuilt for it to take effect.
    public var nextRebuild: EffectiveDate?
    /// The time of each stage that ran.
    public var timings: BuildTimings

    init(status: Status, diagnostics: [Diagnostic], nextRebuild: EffectiveDate? = nil, timings: BuildTimings = BuildTimings()) {
        self.status = status
        self.diagnostics = diagnostics
        self.nextRebuild = nextRebuild
        self.timings = timings
    }
}

/// `policygen build`: load, validate, render, and write the site atomically; `policygen
/// check`: the same without writing.
public enum SiteBuild {
    public static func run(_ options: BuildOptions) -> BuildOutcome {
        run(options, writing: true)
    }

    /// Every validation of `run`, and nothing written: not the site, not a lock.
    public static func check(_ options: BuildOptions) -> BuildOutcome {
        run(options, writing: false)
    }

    private static func run(_ options: BuildOptions, writing: Bool) -> BuildOutcome {
        var diagnostics: [Diagnostic] = []
        guard case .directory = InputFile.kind(atPath: options.source.path) else {
            return BuildOutcome(status: .usageError, diagnostics: [.error(
                .missingConfig, at: SourceLocation(path: options.source.path), "the site folder does not exist",
                hint: "pass --source DIR, the folder holding policygen.yaml")])
        }
        let output: OutputFolder
        switch OutputFolder.checked(options.output, source: options.source) {
        case .failure(let problem): return BuildOutcome(status: .usageError, diagnostics: [problem])
        case .success(let folder): output = folder
        }
        if let baseURL = options.baseURL, BaseURL.normalized(baseURL) == nil {
            return BuildOutcome(status: .usageError, diagnostics: [.error(
                .invalidBaseURL, at: SourceLocation(path: "--base-url"),
                "'\(baseURL)' is not an absolute http(s) URL without query or fragment")])
        }

        // Every input is read and every text rendered, so that all problems are reported in
        // one run; nothing is written, not even a lock file, unless none is an error.
        var timings = BuildTimings()
        guard var inputs = timings.measure("load", {
            SiteInputs.load(source: options.source, baseURL: options.baseURL.flatMap(BaseURL.normalized), diagnostics: &diagnostics)
        }) else {
            return BuildOutcome(status: .failed, diagnostics: diagnostics, timings: timings)
        }
        if !options.includeDrafts { inputs.content = inputs.content.withoutDrafts() }
        // The history first: the day each version was first published is shown on pages, so it
        // is part of their keys.
        let firstPublished = timings.measure("history") {
            let record = PublishedRecord.read(from: options.recordFolder ?? output.url, config: inputs.config,
                                              diagnostics: &diagnostics)
            let rules = PublicationRules(config: inputs.config, record: record, asOf: options.asOf,
                                         allowHistoryEdit: options.allowHistoryEdit)
            return rules.check(inputs.content.withoutDrafts(), diagnostics: &diagnostics)
        }
        let cache = cacheSession(options, writing: writing)
        let discarded = cache.folder.map(DiscardedSites.init)
        // One site an earlier build replaced is kept for its folders; the rest goes while this
        // build reads and renders.
        let recycled = writing ? discarded?.takeOne() : nil
        discarded?.startRemoving()
        // A build that stops before staging leaves the site it took for the next one.
        defer { if let recycled { discarded?.giveBack(recycled) } }
        let keys = timings.measure("keys") {
            BuildKeys(inputs: inputs, asOf: options.asOf, firstPublished: firstPublished,
                      includesComparisons: options.includesComparisons)
        }
        let texts = timings.measure("markdown") {
            CachedTexts.render(inputs.content, config: inputs.config, keys: keys.texts, cache: cache, diagnostics: &diagnostics)
        }
        diagnostics += timings.measure("checks") {
            CachedChecks.run(config: inputs.config, content: inputs.content, texts: texts, keys: keys, cache: cache)
        }
        // What loading, rendering and checking freed goes back to the system before the pages
        // are made, rather than staying in malloc's arenas: the peak is then the pages' own.
        policygen_release_free_memory()
        if options.strict { diagnostics = diagnostics.map(\.strict) }
        guard !diagnostics.hasErrors else { return BuildOutcome(status: .failed, diagnostics: diagnostics, timings: timings) }
        guard writing else { return BuildOutcome(status: .checked, diagnostics: diagnostics, timings: timings) }

        let lock: OutputLock
        switch output.lock() {
        case .failure(let problem): return BuildOutcome(status: .failed, diagnostics: diagnostics + [problem], timings: timings)
        case .success(let held): lock = held
        }
        defer { withExtendedLifetime(lock) {} }
        let renderer = timings.measure("plan") {
            SiteRenderer(config: inputs.config, content: inputs.content, templates: inputs.templates, strings: inputs.strings,
                         assets: inputs.assets, texts: texts, asOf: options.asOf, firstPublished: firstPublished,
                         includesComparisons: options.includesComparisons)
        }
        var links: [String: Set<String>] = [:]
        for policy in inputs.content.policies {
            links[policy.slug] = CachedChecks.linkedPolicies(of: policy, in: texts)
        }
        do {
            let count = try write(renderer, assets: inputs.assets, to: output, source: options.source, keys: keys, links: links,
                                  cache: cache, discarded: discarded, recycled: recycled, timings: &timings)
            return BuildOutcome(status: .built(pages: count), diagnostics: diagnostics, nextRebuild: renderer.nextRebuild,
                                timings: timings)
        } catch {
            diagnostics.append(.error(.writeFailed, at: SourceLocation(path: options.output.path),
                                      "could not write the site: \(error.localizedDescription)",
                                      hint: "the previous output is unchanged"))
            return BuildOutcome(status: .failed, diagnostics: diagnostics, timings: timings)
        }
    }

    /// The cache of the site folder, unless `--no-cache`; read-only for `check`; in memory when
    /// the folder cannot be written or for `--no-cache`.
    private static func cacheSession(_ options: BuildOptions, writing: Bool) -> CacheSession {
        guard options.usesCache else { return .inMemory() }
        let folder = CacheFolder(site: options.source)
        if writing {
            return folder.prepare() ? .writing(folder) : .inMemory()
        }
        return .reading(folder)
    }

    /// Writes every planned file and every asset into a staging folder, then swaps it in.
    /// Returns the number of pages.
    private static func write(_ renderer: SiteRenderer, assets: ThemeAssets, to output: OutputFolder, source: URL,
                              keys: BuildKeys, links: [String: Set<String>], cache: CacheSession, discarded: DiscardedSites?,
                              recycled: URL?,
                              timings: inout BuildTimings) throws -> Int {
        var staging = try output.stage(recycling: recycled)
        if staging.isRecycled { staging.replacedFilesPath = discarded?.folderForReplacedFiles()?.path }
        let manifestKey = PageManifest.key(output: output.url.path)
        let previous = cache.read(.pages, manifestKey).flatMap { PageManifest($0, output: output.url.path) }
        // Without the cache, the manifest would describe an output this build replaces.
        if cache.folder == nil {
            try? FileManager.default.removeItem(at: CacheFolder(site: source).path(.pages, manifestKey))
        }
        do {
            let manifest = try timings.measure("pages") {
                try SiteWriter(renderer: renderer, assets: assets, staging: staging, reusable: previous, keys: keys, links: links)
                    .writeAll()
            }
            try timings.measure("swap") { try staging.commit(discardingInto: discarded) }
            discarded?.startRemoving()
            timings.measure("cache") {
                cache.write(.pages, manifestKey, manifest.encoded())
                cache.pruneUnused()
            }
            return renderer.plan.count { if case .page = $0 { true } else { false } }
        } catch {
            staging.discard()
            throw error
        }
    }
}
