import Diagnostics
import Foundation

/// A page of the site as the preview sends it: the bytes on disk plus, before `</body>`, the
/// reload script (after the error banner while the last build failed), with the page's
/// Content-Security-Policy opened to that script and its requests. Only what is sent
/// changes: the files of the build are never touched.
enum ServedPage {
    /// The policy meta tag exactly as the theme writes it.
    static let policyTag = #"<meta http-equiv="Content-Security-Policy" content=""#
    /// Put first in the policy: the script and its requests come from the server itself.
    static let previewSources = "script-src 'self'; connect-src 'self'; "

    static func html(_ page: String, build: String, failure: [Diagnostic]?) -> String {
        var page = page
        let head = page.range(of: "</head>").map { page.startIndex..<$0.lowerBound } ?? page.startIndex..<page.endIndex
        if let policy = page.range(of: policyTag, range: head) {
            page.insert(contentsOf: previewSources, at: policy.upperBound)
        }
        let added = (failure.map { BuildErrorPage.banner($0) + "\n" } ?? "") + ReloadScript.tag(build: build) + "\n"
        if let end = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: added, at: end.lowerBound)
        } else {
            page += added
        }
        return page
    }
}
