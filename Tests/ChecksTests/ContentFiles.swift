/// `policygen.yaml` of a site in `languages`, the first being the default.
func siteConfig(languages: [String] = ["en", "ja"]) -> String {
    """
    -- policygen.yaml --
    title: Test
    base_url: https://example.com/
    languages: [\(languages.joined(separator: ", "))]
    default_language: \(languages[0])
    """
}

/// A fixture section for a content file of the privacy policy: `title`, `effective` and the
/// `frontMatter` lines, then `body`, whose first line is line 5 of the file when
/// `frontMatter` is empty.
func contentFile(_ version: String, _ language: String, effective: String, title: String = "Privacy",
                 frontMatter: String = "", body: String) -> String {
    """
    -- content/privacy/\(version)/\(language).md --
    ---
    title: \(title)
    effective: \(effective)\(frontMatter.isEmpty ? "" : "\n" + frontMatter)
    ---
    \(body)
    """
}
