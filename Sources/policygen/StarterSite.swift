import Config
import Content
import Foundation
import Theme

/// `policygen init`: the files of a new site that builds at once — policygen.yaml with the
/// chosen languages, every key explained, and a privacy policy whose first version takes
/// effect on the day given. The theme is the built-in one unless an editable copy is asked for.
public struct StarterSite: Sendable {
    public var languages: [LanguageCode]
    public var baseURL: String
    public var effective: EffectiveDate
    public var withTheme: Bool

    public init(languages: [LanguageCode], baseURL: String, effective: EffectiveDate, withTheme: Bool) {
        precondition(!languages.isEmpty, "a site has at least one language")
        self.languages = languages
        self.baseURL = baseURL
        self.effective = effective
        self.withTheme = withTheme
    }

    /// Every file, by path relative to the site folder, in a stable order.
    public var files: [(path: String, bytes: [UInt8])] {
        var files: [(String, [UInt8])] = [
            ("policygen.yaml", Array(configuration.utf8)),
            (".gitignore", Array("output/\n.output.*\n.policygen-cache/\n".utf8)),
            ("content/privacy/policy.yaml", Array(policySettings.utf8)),
            ("content/privacy/v1/\(languages[0]).md", Array(samplePolicy.utf8)),
        ]
        if withTheme {
            let theme = ThemeFiles.builtIn
            for path in theme.files.keys.sorted() {
                files.append(("themes/\(ThemeFiles.builtInName)/\(path)", theme.files[path]!.bytes))
            }
        }
        return files
    }

    public enum Refusal: Error, Equatable {
        case notEmpty
        case notAFolder
    }

    /// Writes the site into `folder`, which must be missing or empty (dot-files such as
    /// `.git` aside, so that `git init` may come first).
    public func write(to folder: URL) throws -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Refusal.notAFolder }
            let names = try manager.contentsOfDirectory(atPath: folder.path)
            guard names.allSatisfy({ $0.hasPrefix(".") && $0 != ".gitignore" }) else { throw Refusal.notEmpty }
        }
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url, options: .withoutOverwriting)
        }
        return files.map(\.path)
    }

    private var configuration: String {
        let codes = languages.map(\.rawValue)
        return """
        # policygen.yaml: the site. Every key is explained in docs/content-format.md.

        # The site's name, shown in every page's header. One text, or one per language:
        #   title:
        #     en: Example Ltd. — Legal
        #     ja: Example株式会社 — 規約
        title: Example Ltd. — Legal

        # The address the site will be published at (canonical links, feeds and
        # versions.json are absolute). Change it before you publish; --base-url overrides it.
        base_url: \(baseURL)

        # The languages, in the order of the language switcher. Each is a BCP 47 code
        # (en, de, ja, zh-Hans, pt-BR); its name and direction default to the language's own.
        # Longer form: - {code: ar, name: العربية, dir: rtl}
        languages: [\(codes.joined(separator: ", "))]

        # Every version is written in this language first; translations follow it.
        default_language: \(codes[0])

        # The theme: the built-in "default", or a folder of your own in themes/.
        theme: default

        # The deepest heading level listed in each page's table of contents (2–6).
        toc_depth: 3

        # HTML written in a policy: safe keeps <br>, <sup>, <abbr>, <details>… and removes
        # the rest with a warning (recommended); none drops all of it; trusted publishes it
        # as written, scripts included.
        html: safe

        # Values inserted in texts with {{ company.name }}, so that a name or an address is
        # spelled one way everywhere. Per-language values go under language_variables.
        variables:
          company:
            name: Example Ltd.
            privacy_email: privacy@example.com

        """
    }

    private var policySettings: String {
        """
        # content/privacy/policy.yaml: settings of this policy (all optional).

        # Its place on the home pages (lower comes first).
        order: 1

        # The language whose text prevails if translations differ.
        governing_language: \(languages[0])

        """
    }

    private var samplePolicy: String {
        """
        ---
        title: \(Self.sampleTitles[languages[0].rawValue] ?? Self.sampleTitles["en"]!)
        effective: \(effective)
        description: How {{ company.name }} uses personal data.
        ---

        This is the first version of the privacy policy of {{ company.name }}. Replace this text
        with your own. Each `## heading` becomes a section with its own link and an entry in the
        table of contents.

        ## Who we are

        {{ company.name }} decides how the personal data described here is used.

        ## What we collect

        - the details you give us when you contact us;
        - the pages of our website you visit.

        ## Contact

        Write to <{{ company.privacy_email }}>.

        """
    }

    /// "Privacy Policy" in the languages the built-in theme speaks.
    static let sampleTitles = [
        "en": "Privacy Policy", "de": "Datenschutzerklärung", "fr": "Politique de confidentialité",
        "es": "Política de privacidad", "pt-BR": "Política de Privacidade", "ja": "プライバシーポリシー",
        "zh-Hans": "隐私政策", "zh-Hant": "隱私權政策", "ko": "개인정보 처리방침",
        "ar": "سياسة الخصوصية", "he": "מדיניות פרטיות",
    ]
}
