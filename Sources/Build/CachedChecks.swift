import BuildCache
import Checks
import Config
import Content
import Diagnostics
import Dispatch
import Foundation
import Markdown
import Pages
import Record
import Synchronization
import Texts

/// The checks stage with the cache, text by text: what the checks found in a text is reused
/// while the text and the one it is compared with (the previous version's in its language)
/// are unchanged, so adding or editing a version checks only its texts again. The checks
/// across texts then run on what was found, which is small, without reading the texts.
enum CachedChecks {
    static func run(config: SiteConfig, content: SiteContent, texts: RenderedTexts, keys: BuildKeys,
                    cache: CacheSession, settings: CheckSettings) -> [Diagnostic] {
        let site = CheckedSite(config: config, content: content, rendered: texts,
                                pages: SitePages(planned: { pages(of: content, config) }))
        let units = site.units
        // On every core, each text's findings into its slot: read back, or found and kept.
        let found = Mutex([TextFindings](repeating: TextFindings(), count: units.count))
        DispatchQueue.concurrentPerform(iterations: units.count) { index in
            let key = keys.checks(of: units[index])
            let findings: TextFindings
            if let bytes = cache.read(.checks, key), let known = TextFindings(cached: bytes) {
                findings = known
            } else {
                findings = QualityChecks.check(units[index], in: site)
                // A body that is not the file's the key was made from is never kept (`TextBody`).
                // A build that keeps nothing (`check`, `--no-cache`) would never read the entry
                // back: each key names one text's path, which no other unit of the build has.
                if cache.folder != nil, units[index].translation.bodyProblem == nil,
                   units[index].previousTranslation?.bodyProblem == nil {
                    cache.write(.checks, key, findings.encoded())
                }
            }
            found.withLock { $0[index] = findings }
        }
        return QualityChecks.finish(found.withLock { $0 }, of: site, settings: settings)
    }

    /// The texts the history lock keeps as published: every text in effect or superseded on a
    /// first build (which imports the history), else those the record holds.
    static func lockedTexts(_ content: SiteContent, rules: PublicationRules) -> Set<String> {
        let (record, lockDate, standing) = (rules.record, rules.lockDate, rules.standing)
        var locked = Set<String>()
        for policy in content.policies {
            for version in policy.versions where !version.isDraft && version.effective <= lockDate {
                let recorded = standing[policy.slug]?[version.id]
                for (language, translation) in version.translations where !translation.frontMatter.draft {
                    let isPublished = record.isEmpty
                        || recorded?[language.rawValue].map { $0.translated || language == version.defaultLanguage } == true
                    if isPublished { locked.insert(translation.path) }
                }
            }
        }
        return locked
    }

    /// The pages and files the site plans for its content, for the links written from the
    /// root: theme assets whatever their names, and compare pages between any two versions.
    static func pages(of content: SiteContent, _ config: SiteConfig) -> SitePages {
        var paths: Set<[String]> = [PageAddress.home.path.components, ["404.html"], ["sitemap.xml"], ["robots.txt"]]
        var versions: [String: Set<String>] = [:]
        for language in config.languages.map(\.code) {
            paths.insert(PageAddress.languageHome(language).path.components)
            paths.insert(components(of: PlannedFile.feedPath(language, policy: nil)))
            for policy in content.policies {
                paths.insert(PageAddress.current(language, policy: policy.slug).path.components)
                paths.insert(PageAddress.history(language, policy: policy.slug).path.components)
                paths.insert(components(of: PlannedFile.versionsRecordPath(language, policy: policy.slug)))
                paths.insert(components(of: PlannedFile.feedPath(language, policy: policy.slug)))
                for version in policy.versions {
                    paths.insert(PageAddress.version(language, policy: policy.slug, version: version.id).path.components)
                }
                versions[policy.slug] = Set(policy.versions.map(\.id))
            }
        }
        return SitePages { [paths, versions] components in
            if paths.contains(components) || components.first == "assets" { return true }
            // <lang>/<policy>/compare/<older>...<newer>
            guard components.count == 4, components[2] == "compare", let known = versions[components[1]] else { return false }
            let pair = components[3].components(separatedBy: "...")
            return pair.count == 2 && pair.allSatisfy(known.contains)
        }
    }

    private static func components(of path: String) -> [String] {
        path.split(separator: "/").map(String.init)
    }

    /// The policies the texts of `policy` link to.
    static func linkedPolicies(of policy: Policy, in texts: RenderedTexts) -> Set<String> {
        var linked = Set<String>()
        for version in policy.versions {
            for language in version.translations.keys {
                linked.formUnion(texts.linkedPolicies[RenderedTexts.Key(policy: policy.slug, version: version.id,
                                                                        language: language)] ?? [])
            }
        }
        return linked
    }
}
