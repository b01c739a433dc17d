/// The sites the preview tests serve.
enum PreviewFixtures {
    /// One policy in English with two versions; the site lives under a sub-path of its host.
    static let site = """
    -- policygen.yaml --
    title: Preview Policies
    base_url: https://preview.example.com/legal/
    languages: [en]
    -- content/privacy/v1/en.md --
    ---
    title: Privacy Policy
    effective: 2024-01-01
    ---
    ## Scope

    The first text.
    -- content/privacy/v2/en.md --
    ---
    title: Privacy Policy
    effective: 2024-06-01
    summary: Shorter.
    ---
    ## Scope

    The second text.
    """

    /// v2 of the privacy policy with `body` as its text.
    static func privacyV2(_ body: String, frontMatter: String = "") -> String {
        """
        -- content/privacy/v2/en.md --
        ---
        title: Privacy Policy
        effective: 2024-06-01
        summary: Shorter.
        \(frontMatter)---
        ## Scope

        \(body)
        """
    }
}
