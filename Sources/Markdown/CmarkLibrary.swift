import CCmarkGFM
import Synchronization

/// The one door to cmark-gfm.
///
/// cmark-gfm keeps process-wide state: the extension registry (guarded by a plain static int)
/// and the table of inline special characters, which every parser with the strikethrough or
/// autolink extension sets while it parses inlines (in `cmark_parser_finish`, and in the
/// table extension's rows while it is fed) and clears after. Concurrent parses therefore
/// sometimes render `~~old~~` or bare URLs literally. So every parse in the process runs
/// inside `shared`'s lock: the only instance lives in that lock, and it is not copyable, so
/// its `parse` cannot be called anywhere else. The finished tree (`CmarkTree`) is read, changed
/// and rendered outside it, by the one thread that holds it: none of that touches the table.
struct CmarkLibrary: ~Copyable {
    static let shared = Mutex(CmarkLibrary())

    /// Runs once, when `shared` is first used (static lets are initialised exactly once).
    private init() {
        cmark_gfm_core_extensions_ensure_registered()
    }

    /// The GFM extensions of the SPEC; footnotes are a parse option, not an extension.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    static func options(unsafeHTML: Bool) -> Int32 {
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES
        if unsafeHTML { options |= CMARK_OPT_UNSAFE }
        return options
    }
}
