/// The anchor ids of every heading of one document.
public enum HeadingIDs {
    /// Ids for `headings`, in order.
    ///
    /// Decision: custom ids are reserved for the whole document before any automatic id is
    /// made, so a custom id is always exactly what the author wrote (links to it stay stable
    /// across versions and languages) and automatic ids step around it, even around one that
    /// appears later. An automatic id already taken gets `-1`, `-2`, … appended, choosing the
    /// first suffix not taken either; "Data: use" and "Data use" therefore get `data-use` and
    /// `data-use-1`. Headings are taken in order, so adding a heading never changes the id of
    /// one above it. Two equal custom ids both keep their id here; that is an error, which the
    /// Markdown module reports. `reserved` ids belong to something else in the page (footnotes):
    /// automatic ids step around them too.
    public static func assign(_ headings: [(text: String, customID: String?)], reserved: Set<String> = []) -> [String] {
        var tried = 0
        return assign(headings, reserved: reserved, tried: &tried)
    }

    /// `assign`, counting in `tried` the ids looked up: what the tests hold to the number of headings.
    static func assign(_ headings: [(text: String, customID: String?)], reserved: Set<String>,
                       tried: inout Int) -> [String] {
        var used = Set(headings.compactMap(\.customID)).union(reserved)
        // The last suffix each base took: every suffix up to it was taken then and still is, so
        // the next heading of that base starts after it (n equal headings: n steps, not n²/2).
        var lastSuffix: [String: Int] = [:]
        return headings.map { heading in
            if let custom = heading.customID { return custom }
            let base = HeadingSlug.slug(for: heading.text)
            var candidate = base
            var suffix = lastSuffix[base] ?? 0
            if suffix > 0 { candidate = "\(base)-\(suffix)" }
            while used.contains(candidate) {
                tried += 1
                suffix += 1
                candidate = "\(base)-\(suffix)"
            }
            used.insert(candidate)
            lastSuffix[base] = suffix
            return candidate
        }
    }

    /// Whether `id` may be written as `{#id}`: not empty, and only letters, marks and digits
    /// of any script, `-` and `_` (no spaces, no punctuation).
    public static func isValidCustomID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy(HeadingSlug.isIDScalar)
    }
}
