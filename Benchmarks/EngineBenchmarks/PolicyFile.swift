/// A content file as policygen reads it (`content/<policy>/<version>/<lang>.md`): the
/// front-matter between two `---` lines, then the Markdown body.
enum PolicyFile {
    static func text(title: String, effective: String, summary: String, body: String) -> String {
        """
        ---
        title: "\(title)"
        effective: \(effective)
        summary: "\(summary)"
        description: "How \(title.lowercased()) applies to the personal data we process."
        material: true
        ---

        """ + body
    }
}
