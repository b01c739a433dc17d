import Config
import Content
import Diagnostics
import Foundation
import Output

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
    /// `--locked`: the build fails when it would change `policygen.lock`.
    public var locked = false
    /// Whether a build writes `policygen.lock`; false for `serve`'s private builds.
    public var writesRecord = true
    /// Whether the process ends once the build is done (`policygen build`): what the build
    /// holds is then left to the system to free, with the process (`ProcessEnd`).
    public var endsProcess = false

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
    /// Of the pages a build wrote, those left as the previous build made them.
    public var unchangedPages = 0
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
        var build = BuildStages(options: options, output: output, writing: writing)
        return build.run()
    }
}
