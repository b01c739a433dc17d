// swift-tools-version: 6.1
import PackageDescription

// The engine is split by stage; data flows one way (docs/architecture.md):
// Config + Content --load--> model --Markdown--> texts (Texts, kept in BuildCache) --Checks--> findings
//   --Pages + Theme--> HTML --Output--> output/; Build runs the stages in order, Compare is `diff`.
let package = Package(
    name: "policygen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "policygen", targets: ["policygen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
        // Benchmarks/ only: `swift package benchmark` (its malloc counts need the interposer).
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        // cmark-gfm from the system (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),

        // jemalloc from the system (Debian: libjemalloc-dev), the command line's allocator: a
        // build allocates and frees millions of small strings and arrays on two threads, and
        // glibc's malloc spent about a fifth of a cold build's CPU doing it.
        .systemLibrary(name: "CJemalloc", path: "Sources/CJemalloc", pkgConfig: "jemalloc",
                       providers: [.apt(["libjemalloc-dev"])]),

        // libxml2's HTML parser from the system (Debian: libxml2-dev): `policygen import` reads
        // saved web pages with it, and the tests read the pages policygen writes.
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),

        // An allowlist HTML sanitizer on libxml2's HTML parser: what a text's own HTML may put
        // on a page (`html: safe`).
        .target(name: "SafeHTML", dependencies: ["CLibXML2"]),
        // Diagnostics shared by every stage: `path:line:col: error: message`.
        .target(name: "Diagnostics"),
        // policygen.yaml, and the strict YAML reading every stage uses.
        .target(name: "Config", dependencies: ["Diagnostics", "Yams"]),
        // The policy model, loaded from content/ and validated.
        .target(name: "Content", dependencies: [
            "Config", "Diagnostics", "Yams", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Heading ids and the table of contents (pure Swift).
        .target(name: "Outline"),
        // The one HTML writer of blocks: a document's, and a redline's with its change marks.
        .target(name: "BlockHTML", dependencies: ["Config", "Localization", "Outline", "SafeHTML"]),
        // The only module that touches cmark-gfm.
        .target(name: "Markdown", dependencies: [
            "BlockHTML", "CCmarkGFM", "Config", "Content", "Diagnostics", "Localization", "Outline", "SafeHTML",
        ]),
        // Redlines: what changed between two versions' blocks (pure Swift, no HTML).
        .target(name: "Diff", dependencies: ["Outline"]),
        // Interface strings and locale-aware dates.
        .target(name: "Localization", dependencies: ["Config", "Diagnostics", "Yams"]),
        // Templates (built-in default theme + a site's overrides): Mustache, parsed and rendered
        // by our own code (docs/themes.md says why), checked against the specification's tests.
        .target(name: "Theme", dependencies: ["Diagnostics"], plugins: ["EmbedDefaultTheme"]),
        // Content quality: the checks of `policygen check` (PG2xx) on the rendered texts.
        .target(name: "Checks", dependencies: ["Config", "Content", "Diagnostics", "Markdown", "Outline", "Texts"]),
        // `.policygen-cache/`: what earlier builds computed, by the hash of its inputs; kept on
        // disk, or in memory for a build without it.
        .target(name: "BuildCache", dependencies: [
            "Diagnostics", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Every text rendered once, as the checks and the pages read it, and its cache entry.
        .target(name: "Texts", dependencies: ["BlockHTML", "BuildCache", "Config", "Content", "Diagnostics", "Markdown", "Outline"]),
        // Linux's renameat2(RENAME_EXCHANGE), which Swift's Glibc module does not declare.
        .target(name: "CFolderExchange"),
        // Freed memory back to the system: jemalloc's purge, or glibc's malloc_trim, which
        // Swift's Glibc module does not declare either.
        .target(name: "CFreeMemory"),
        // The resolved page plan, one typed model per page kind, the jobs that make the pages,
        // the redline's HTML, feeds, sitemap and versions.json.
        .target(name: "Pages", dependencies: [
            "BlockHTML", "Config", "Content", "Diagnostics", "Diff", "Localization", "Markdown", "Outline", "SafeHTML", "Texts", "Theme",
        ]),
        // The atomic write of output/: staging, recycling earlier sites, linking unchanged
        // files, the manifest, the swap (OutputWriter).
        .target(name: "Output", dependencies: ["BuildCache", "CFolderExchange", "Diagnostics"]),
        // `policygen.lock`: the published record, an append-only list of hash-chained entries per policy.
        .target(name: "Record", dependencies: ["Content", "Diagnostics"]),
        // `policygen build` and `check`: the stages in order, each timed; the cache keys, the
        // cached checks, the history lock.
        .target(name: "Build", dependencies: [
            "BuildCache", "CFreeMemory", "Checks", "Config", "Content", "Diagnostics", "Localization", "Markdown", "Output",
            "Pages", "Record", "Texts", "Theme",
        ]),
        // `policygen verify`: a published site (a folder, or over HTTP) checked against the record.
        .target(name: "Verify", dependencies: ["Pages", "Record"]),
        // `policygen diff`: two versions of a policy compared.
        .target(name: "Compare", dependencies: [
            "Build", "Config", "Content", "Diagnostics", "Diff", "Localization", "Markdown", "Pages", "Texts", "Theme",
        ]),
        // `policygen import`: a scraped page (plain text or HTML) turned into a policy's Markdown.
        .target(name: "Import", dependencies: ["CLibXML2", "Config", "Content", "Outline"]),
        // `policygen serve`: a private build of the site served on loopback, rebuilt on change.
        .target(name: "Preview", dependencies: [
            "Build", "Content", "Diagnostics", "Localization",
            .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
        ]),
        // The command line, and nothing else (and `init`'s starter site).
        .executableTarget(name: "policygen", dependencies: [
            "CJemalloc", "Build", "Compare", "Config", "Content", "Diff", "Diagnostics", "Import", "Preview", "Record", "Theme",
            "Verify",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Build-time tool: turns themes/default/ into Swift source, so the binary carries its theme.
        .executableTarget(name: "EmbedTheme", dependencies: ["Diagnostics"]),
        .plugin(name: "EmbedDefaultTheme", capability: .buildTool(), dependencies: ["EmbedTheme"]),

        // The engine's hot paths on generated inputs: `swift package benchmark --target EngineBenchmarks`
        // (docs/performance.md).
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                "Build", "Config", "Content", "Diagnostics", "Diff", "Localization", "Markdown", "Outline", "Pages", "SafeHTML",
                "Theme",
            ],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // How close the redlines of a corpus's versions are to a minimal edit script:
        // `scripts/minimality.sh` (docs/performance.md).
        .executableTarget(name: "RedlineMinimality", dependencies: ["Diff", "Markdown", "Outline"], path: "Benchmarks/RedlineMinimality"),

        // Tests mirror the targets.
        .target(name: "TestSupport", dependencies: ["CLibXML2"], path: "Tests/TestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "SafeHTMLTests", dependencies: ["SafeHTML", "TestSupport"]),
        .testTarget(name: "ConfigTests", dependencies: ["Config", "Diagnostics", "TestSupport"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "Config", "Diagnostics", "TestSupport"]),
        .testTarget(name: "OutlineTests", dependencies: ["Outline"]),
        .testTarget(name: "BlockHTMLTests", dependencies: ["BlockHTML", "Config", "Markdown", "Outline", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Config", "Outline", "Diagnostics", "TestSupport"]),
        .testTarget(name: "ChecksTests", dependencies: [
            "Checks", "Config", "Content", "Diagnostics", "Markdown", "Texts", "TestSupport",
        ]),
        .testTarget(name: "ImportTests", dependencies: ["Import", "Content", "Diagnostics"], exclude: ["Fixtures"]),
        .testTarget(name: "BuildCacheTests", dependencies: ["BuildCache"]),
        .testTarget(name: "TextsTests", dependencies: [
            "Texts", "BuildCache", "Config", "Content", "Diagnostics", "Markdown", "Outline", "TestSupport",
        ]),
        .testTarget(name: "DiffTests", dependencies: ["Diff", "Markdown", "Outline"]),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport"]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization", "Config", "Diagnostics"]),
        .testTarget(name: "ThemeTests", dependencies: ["Theme", "Config", "Diagnostics", "Localization", "TestSupport"],
                    exclude: ["MustacheSpec"]),
        .testTarget(name: "RecordTests", dependencies: ["Record", "Content"]),
        .testTarget(name: "OutputTests", dependencies: ["Output", "BuildCache", "TestSupport"]),
        .testTarget(name: "PagesTests", dependencies: [
            "Pages", "BlockHTML", "Config", "Content", "Diagnostics", "Diff", "Localization", "Markdown", "Texts", "Theme", "TestSupport",
        ]),
        .testTarget(
            name: "BuildTests",
            dependencies: [
                "Build", "BuildCache", "Checks", "Config", "Content", "Diagnostics", "Markdown", "Outline", "Output", "Pages",
                "Record", "TestSupport",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(name: "CompareTests", dependencies: ["Compare", "Config", "Content", "Diff", "TestSupport", "Theme"]),
        // Runs the built `policygen` binary: arguments, exit codes, what it prints.
        .testTarget(name: "CLITests", dependencies: [
            "policygen", "Markdown", "TestSupport",
            .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
        ]),
        // Starts real preview servers on loopback and asks them over HTTP.
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Build", "Content", "Diagnostics", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// Fuzz targets (docs/fuzzing.md): declared only for `scripts/fuzz.sh`, which sets POLICYGEN_FUZZ=1
// and builds them with `-sanitize=fuzzer,address` into .build/fuzz; the normal build and the
// tests never see them. Each calls the entry points a build calls, on libFuzzer's inputs.
if Context.environment["POLICYGEN_FUZZ"] == "1" {
    package.targets += [
        .target(name: "CFuzzerDriver", path: "Fuzz/CFuzzerDriver"),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["CFuzzerDriver", "Config", "Content", "Diagnostics"],
                          path: "Fuzz/FuzzFrontMatter"),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["CFuzzerDriver", "Config", "Diagnostics", "Markdown"],
                          path: "Fuzz/FuzzMarkdown"),
        .executableTarget(name: "FuzzChecks", dependencies: [
            "CFuzzerDriver", "Checks", "Config", "Content", "Diagnostics", "Texts",
        ], path: "Fuzz/FuzzChecks"),
        .executableTarget(name: "FuzzRedline", dependencies: ["CFuzzerDriver", "Config", "Diagnostics", "Diff", "Markdown", "Outline"],
                          path: "Fuzz/FuzzRedline"),
        .executableTarget(name: "FuzzImport", dependencies: ["CFuzzerDriver", "Content", "Diagnostics", "Import"],
                          path: "Fuzz/FuzzImport"),
    ]
}

// Concrete generic types (`Set<DiagnosticCode>`, a dictionary of our keys) are made by direct
// calls to their metadata accessors rather than from mangled names: on Linux the runtime
// resolves a mangled name's conformances by scanning every conformance record of every loaded
// library, once per type, which cost a short text's checks a quarter of their time
// (docs/performance.md, "Metadata made by accessors").
for target in package.targets where target.type == .regular || target.type == .executable {
    target.swiftSettings = (target.swiftSettings ?? [])
        + [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]
}
