/// What a site does with HTML written in its texts (`html:` in policygen.yaml).
public enum HTMLMode: String, Sendable, CaseIterable {
    /// Allowed elements and attributes are kept, everything else removed with a warning.
    case safe
    /// All of it is left out of the page.
    case none
    /// It is published as written, scripts included (`unsafe_html: true`).
    case trusted
}
