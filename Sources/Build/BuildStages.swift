import BuildCache
import CFreeMemory
import Checks
import Config
import Content
import Diagnostics
import Dispatch
import Foundation
import Output
import Pages
import Record
import Synchronization
import Texts

/// One build, stage by stage, each timed (`--profile`): the data flows down the list.
struct BuildStages {
    let options: BuildOptions
    let output: OutputFolder
    /// false for `policygen check`, which writes nothing: not the site, not a lock, not the cache.
    let writing: Bool
    let cache: CacheSession
    var diagnostics: [Diagnostic] = []
    var timings = BuildTimings()
    /// The record this build leaves, when it differs from `policygen.lock`, and its file's bytes,
    /// written out while the stages after the history run.
    var changedRecord: (record: SiteRecord, bytes: BackgroundValue<[UInt8]>)?
    /// The lock read, when its chain was checked whole but not taken from the cache: kept there
    /// once the build succeeds, unless the build writes another lock.
    var uncachedRecord: (key: CacheKey, record: SiteRecord)?

    init(options: BuildOptions, output: OutputFolder, writing: Bool) {
        self.options = options
        self.output = output
        self.writing = writing
        cache = Self.cacheSession(options, writing: writing)
    }

    mutating func run() -> BuildOutcome {
        // What was rendered is right whether the build succeeds or not: the next build reads it.
        defer { cache.finish() }
        // Every input is read and every text rendered, so that all problems are reported in
        // one run; nothing is written, not even a lock file, unless none is an error.
        guard let inputs = stage("load", { $0.load() }) else { return outcome(.failed) }
        // The sites earlier builds replaced: one kept to recycle, the rest removed at the end.
        let recycling = SiteRecycling(cache: cache, startNow: writing)
        // The history first: the day each version was first published is shown on pages, so it
        // is part of their keys.
        let (firstPublished, lockedTexts) = stage("history") { $0.history(inputs) }
        let keys = stage("keys") { $0.keys(inputs, firstPublished: firstPublished) }
        let texts = stage("markdown") { $0.texts(inputs, keys: keys) }
        // --strict makes warnings errors; the checks apply it themselves, as never to a locked text.
        if options.strict { diagnostics = diagnostics.map(\.strict) }
        stage("checks") { $0.checks(inputs, texts: texts, keys: keys, lockedTexts: lockedTexts) }
        // Planned before anything is written: an alias that names a page is an error of the input.
        let renderer = stage("plan") { $0.plan(inputs, texts: texts, firstPublished: firstPublished) }
        diagnostics += options.strict ? renderer.redirectProblems.map(\.strict) : renderer.redirectProblems
        // A body read late from a file changed since the load (`TextBody`) fails the build.
        diagnostics += inputs.content.bodyProblems
        // What loading, rendering and checking freed goes back to the system before the pages
        // are made, rather than staying in malloc's arenas: the peak is then the pages' own.
        policygen_release_free_memory()
        guard !diagnostics.hasErrors else { return outcome(.failed) }
        guard writing else { return outcome(.checked) }

        let lock: OutputLock
        switch output.lock() {
        case .failure(let problem):
            diagnostics.append(problem)
            return outcome(.failed)
        case .success(let held): lock = held
        }
        defer { withExtendedLifetime(lock) {} }
        do {
            let (writer, unchanged) = try stage("pages") {
                try $0.pages(renderer, inputs: inputs, texts: texts, keys: keys, recycling: recycling)
            }
            // The pages may have read a body late too (a text whose cache entry vanished).
            let changedBodies = inputs.content.bodyProblems
            guard changedBodies.isEmpty else {
                writer.discard()
                diagnostics += changedBodies
                return outcome(.failed)
            }
            do {
                try stage("swap") { _ in try writer.commit() }
            } catch {
                writer.discard()
                throw error
            }
            if let changedRecord, options.writesRecord {
                do {
                    let bytes = changedRecord.bytes.wait()
                    try SiteRecord.write(bytes, site: options.source)
                    // Chained by this build: the next one takes it from the cache, unchecked.
                    uncachedRecord = (CheckedRecordCoding.key(lockBytes: bytes), changedRecord.record)
                } catch {
                    diagnostics.append(.error(.writeFailed, at: SourceLocation(path: SiteRecord.fileName),
                                              "the site was written, but not its record: \(error.localizedDescription)",
                                              hint: "make the site folder writable and build again"))
                    return outcome(.failed)
                }
            }
            stage("cache") {
                if let checked = $0.uncachedRecord {
                    $0.cache.write(.fingerprints, checked.key, CheckedRecordCoding.encode(checked.record))
                }
                $0.cache.pruneUnused()
                recycling.removeStale()
            }
            var built = outcome(.built(pages: renderer.plan.count { if case .page = $0 { true } else { false } }),
                                nextRebuild: renderer.nextRebuild)
            built.unchangedPages = unchanged
            if options.endsProcess { ProcessEnd.keep(inputs, texts, keys, renderer, writer, cache) }
            return built
        } catch {
            diagnostics.append(.error(.writeFailed, at: SourceLocation(path: options.output.path),
                                      "could not write the site: \(error.localizedDescription)",
                                      hint: "the previous output is unchanged"))
            return outcome(.failed)
        }
    }

    // MARK: The stages

    /// policygen.yaml, the content, the theme; drafts left out unless asked for.
    private mutating func load() -> SiteInputs? {
        guard var inputs = SiteInputs.load(source: options.source, baseURL: options.baseURL.flatMap(BaseURL.normalized),
                                           cache: cache, diagnostics: &diagnostics) else { return nil }
        if !options.includeDrafts { inputs.content = inputs.content.withoutDrafts() }
        return inputs
    }

    /// The published record checked (the history lock, notice periods), the entries this build
    /// adds to it, the day each version was first published, and the texts the lock keeps as
    /// published.
    private mutating func history(_ inputs: SiteInputs) -> (firstPublished: [String: [String: EffectiveDate]],
                                                            lockedTexts: Set<String>) {
        let published = inputs.content.withoutDrafts()
        guard let loaded = PublishedRecord.load(site: options.source, previousOutput: options.recordFolder ?? output.url,
                                                config: inputs.config, content: published, cache: cache,
                                                diagnostics: &diagnostics) else { return ([:], []) }
        let (record, source) = (loaded.record, loaded.source)
        var checked = record
        let breaks = loaded.chainChecked ? [] : record.chainBreaks
        if breaks.isEmpty, let key = loaded.checkedKey { uncachedRecord = (key, record) }
        if !breaks.isEmpty {
            let accepted = options.allowHistoryEdit && !options.locked
            for broken in breaks {
                let message = "the record's chain is broken: \(broken)"
                diagnostics.append(accepted
                    ? .warning(.recordBroken, at: SourceLocation(path: SiteRecord.fileName),
                               message + "; its entries are chained again as they read (--allow-history-edit)")
                    : .error(.recordBroken, at: SourceLocation(path: SiteRecord.fileName), message,
                             hint: "restore policygen.lock from version control; to accept its entries as they read, "
                                 + "build with --allow-history-edit"))
            }
            guard accepted else { return ([:], []) }
            checked = record.rechained()
        }
        if source == .previousOutput {
            diagnostics.append(.warning(.recordBroken, at: SourceLocation(path: SiteRecord.fileName),
                                        "there is no policygen.lock: the published record was read from the previous output's "
                                            + "versions.json files",
                                        hint: "build once without --locked to write policygen.lock from them, and commit it"))
        }
        let rules = PublicationRules(config: inputs.config, record: checked, asOf: options.asOf,
                                     allowHistoryEdit: options.allowHistoryEdit)
        let outcome = rules.apply(published, diagnostics: &diagnostics)
        let changed = source != .lock || outcome.record != record
        if changed, options.locked {
            let added = outcome.record.entries(after: source == .lock ? record : SiteRecord())
            diagnostics.append(.error(
                .recordWouldChange, at: SourceLocation(path: SiteRecord.fileName),
                (source == .lock ? "this build would change the record" : "there is no policygen.lock to build against")
                    + " (--locked): " + (added.isEmpty ? "its entries would be chained again"
                        : "\(added.count) entr\(added.count == 1 ? "y" : "ies") to add: "
                            + added.prefix(8).map(\.description).joined(separator: "; ") + (added.count > 8 ? "; …" : "")),
                hint: "build without --locked, review the entries it adds to policygen.lock, and commit them"))
        }
        if changed {
            let record = outcome.record
            changedRecord = (record, BackgroundValue { record.fileBytes() })
        }
        return (outcome.firstPublished, CachedChecks.lockedTexts(inputs.content, rules: rules))
    }

    private func keys(_ inputs: SiteInputs, firstPublished: [String: [String: EffectiveDate]]) -> BuildKeys {
        BuildKeys(inputs: inputs, asOf: options.asOf, firstPublished: firstPublished,
                  includesComparisons: options.includesComparisons)
    }

    /// Every text through cmark-gfm, or its cache entry's head.
    private mutating func texts(_ inputs: SiteInputs, keys: BuildKeys) -> RenderedTexts {
        CachedTexts.render(inputs.content, config: inputs.config, keys: keys.texts, cache: cache, diagnostics: &diagnostics)
    }

    private mutating func checks(_ inputs: SiteInputs, texts: RenderedTexts, keys: BuildKeys, lockedTexts: Set<String>) {
        diagnostics += CachedChecks.run(config: inputs.config, content: inputs.content, texts: texts, keys: keys, cache: cache,
                                        settings: CheckSettings(lockedPaths: lockedTexts, strict: options.strict))
    }

    /// Every file of the site, resolved.
    private func plan(_ inputs: SiteInputs, texts: RenderedTexts, firstPublished: [String: [String: EffectiveDate]]) -> SiteRenderer {
        SiteRenderer(config: inputs.config, content: inputs.content, templates: inputs.templates, strings: inputs.strings,
                     assets: inputs.assets, texts: texts, asOf: options.asOf, firstPublished: firstPublished,
                     includesComparisons: options.includesComparisons)
    }

    /// Every file made, on every core, job by job, and staged; a file whose key made the one
    /// in the output is linked from there instead. The first error stops the rest. Also says how
    /// many pages were linked, unchanged.
    private func pages(_ renderer: SiteRenderer, inputs: SiteInputs, texts: RenderedTexts, keys: BuildKeys,
                       recycling: SiteRecycling) throws -> (writer: OutputWriter, unchangedPages: Int) {
        let assets = inputs.assets.files.map { (path: "assets/" + $0.path, bytes: $0.bytes) }
        // The files in jobs on one core while the writer stages the site, mostly file system
        // work, on the other.
        let grouped = Mutex<[PageJob]>([])
        let begun = Mutex<Result<OutputWriter, any Error>?>(nil)
        recycling.awaitSurvey()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let jobs = renderer.jobs()
                grouped.withLock { $0 = jobs }
            } else {
                let writer = Result { try OutputWriter.begin(output, paths: renderer.plan.map(\.path) + assets.map(\.path),
                                                             cache: cache, recycling: recycling) }
                begun.withLock { $0 = writer }
            }
        }
        let writer = try begun.withLock { $0! }.get()
        do {
            var links: [String: Set<String>] = [:]
            for policy in inputs.content.policies {
                links[policy.slug] = CachedChecks.linkedPolicies(of: policy, in: texts)
            }
            let jobs = grouped.withLock { $0 }
            let failure = Mutex<(any Error)?>(nil)
            let unchanged = Atomic(0)
            DispatchQueue.concurrentPerform(iterations: jobs.count) { [links] index in
                guard failure.withLock({ $0 == nil }) else { return }
                do {
                    try renderer.make(jobs[index]) { file, render in
                        let key = keys.file(file, linkedPolicies: { links[$0] ?? [] })
                        if try writer.link(file.path, key: key) {
                            if case .page = file { unchanged.add(1, ordering: .relaxed) }
                        } else {
                            try writer.write(render(), to: file.path, key: key)
                        }
                    }
                } catch {
                    failure.withLock { if $0 == nil { $0 = error } }
                }
            }
            if let error = failure.withLock({ $0 }) { throw error }
            for asset in assets {
                try writer.write(asset.bytes, to: asset.path, key: nil)
            }
            return (writer, unchanged.load(ordering: .relaxed))
        } catch {
            writer.discard()
            throw error
        }
    }

    // MARK: Running a stage

    private mutating func stage<T>(_ name: String, _ body: (inout Self) throws -> T) rethrows -> T {
        var timings = self.timings
        defer { self.timings = timings }
        return try timings.measure(name) { try body(&self) }
    }

    private func outcome(_ status: BuildOutcome.Status, nextRebuild: EffectiveDate? = nil) -> BuildOutcome {
        BuildOutcome(status: status, diagnostics: diagnostics, nextRebuild: nextRebuild, timings: timings)
    }

    /// The cache of the site folder, unless `--no-cache`; read-only for `check`; a scratch
    /// file (or memory) for `--no-cache` or when the folder cannot be written, in the site
    /// folder when it can hold one: on the site's disk, not in a temporary folder that may be
    /// memory.
    private static func cacheSession(_ options: BuildOptions, writing: Bool) -> CacheSession {
        let scratch = options.source.path
        guard options.usesCache else { return .inMemory(scratchFolder: scratch) }
        let folder = CacheFolder(site: options.source)
        if writing {
            return folder.prepare() ? .writing(folder) : .inMemory(scratchFolder: scratch)
        }
        return .reading(folder, scratchFolder: scratch)
    }
}
