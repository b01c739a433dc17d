import BuildCache
import Config
import Content
import Diagnostics
import Foundation
import Localization
import Pages
import Theme

/// Everything a build reads, loaded and validated: the Loader stage.
public struct SiteInputs: Sendable {
    public var config: SiteConfig
    public var content: SiteContent
    public var templates: PageTemplates
    public var strings: [LanguageCode: InterfaceStrings]
    /// Files under the theme's `assets/`, under their fingerprinted names.
    public var assets: ThemeAssets
    /// policygen.yaml as written, and every file of the theme: inputs of every cache key.
    public var configBytes: [UInt8]
    public var themeKey: CacheKey

    /// Loads everything in `source`, reporting every problem of every file in one run. nil only
    /// when policygen.yaml is unusable; otherwise what could be read, which is publishable only
    /// if no error was added to `diagnostics`. `publishing`: the site is to be written, so it
    /// needs its address (a comparison on the command line does not).
    /// `cache`: where the texts' fingerprints are kept from one build to the next, by their
    /// files' stamps (`KnownFingerprints`); without it every text is hashed.
    public static func load(source: URL, baseURL: String?, publishing: Bool = true, cache: CacheSession? = nil,
                            diagnostics: inout [Diagnostic]) -> SiteInputs? {
        guard var config = ConfigLoader.load(from: source, diagnostics: &diagnostics) else { return nil }
        if let baseURL { config.baseURL = baseURL }
        if publishing, config.baseURL == nil {
            // Feeds, versions.json and canonical links are absolute: a site needs its address.
            diagnostics.append(.error(.missingKey, at: SourceLocation(path: ConfigLoader.fileName, line: 1, column: 1),
                                      "policygen.yaml has no 'base_url', the address the site is published at",
                                      hint: "add base_url: https://example.com/legal/, or pass --base-url"))
        }
        // The theme does not depend on the content: read on another thread meanwhile, its
        // diagnostics reported after the content's, as before.
        let themeLoad = BackgroundValue { [config] in loadTheme(config, source: source) }
        let configBytes = (try? [UInt8](Data(contentsOf: source.appendingPathComponent(ConfigLoader.fileName)))) ?? []
        let fingerprintsKey = KnownFingerprintsCoding.key(configBytes: configBytes, config: config)
        let readFrom = FileStamp.now()
        let known = cache.map { KnownFingerprintsCoding.read($0, key: fingerprintsKey) } ?? KnownFingerprints()
        let content = ContentLoader.load(from: source, config: config, known: known, diagnostics: &diagnostics)
            .insertingVariables(config, diagnostics: &diagnostics)
            .fingerprintingPublishedTexts(config)
        if let cache {
            // For the next build only: made while this one goes on. Written only when it says
            // something new: a rebuild of an unchanged site writes nothing.
            cache.write(.fingerprints, fingerprintsKey) { [content] in
                let kept = content.knownFingerprints(readFrom: readFrom)
                return kept.texts != known.texts ? KnownFingerprintsCoding.encode(kept) : nil
            }
        }
        let (theme, themeDiagnostics) = themeLoad.wait()
        diagnostics += themeDiagnostics
        return SiteInputs(config: config, content: content, templates: theme.templates, strings: theme.strings,
                          assets: theme.assets, configBytes: configBytes, themeKey: theme.key)
    }

    /// The theme's templates, strings and assets, and its key.
    private struct LoadedTheme: Sendable {
        var templates: PageTemplates
        var strings: [LanguageCode: InterfaceStrings]
        var assets: ThemeAssets
        var key: CacheKey
    }

    private static func loadTheme(_ config: SiteConfig, source: URL) -> (LoadedTheme, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let theme = ThemeFiles.load(name: config.theme, siteFolder: source,
                                    configured: config.themeLocation ?? SourceLocation(path: ConfigLoader.fileName),
                                    diagnostics: &diagnostics)
        let templates = PageTemplates(theme: theme, diagnostics: &diagnostics)
        let strings = ThemeStrings.load(theme, config: config, &diagnostics)
        let assets = ThemeAssets(theme.paths(under: "assets/").map {
            (String($0.dropFirst("assets/".count)), theme.file($0)!.bytes)
        })
        var key = CacheKey.Builder("theme")
        for path in theme.files.keys.sorted() {
            key.add(path)
            key.add(bytes: theme.files[path]!.bytes)
        }
        return (LoadedTheme(templates: templates, strings: strings, assets: assets, key: key.finish()), diagnostics)
    }
}
