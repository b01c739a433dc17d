/// The few pages the preview makes itself (a failed first build, the wait for the first
/// build), each carrying the reload script so it turns into the site once that builds.
enum PreviewDocument {
    static func html(title: String, body: String, build: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · policygen serve</title>
        </head>
        <body>
        \(body)
        \(ReloadScript.tag(build: build))
        </body>
        </html>

        """
    }

    /// While the first build runs (the server listens before it ends).
    static func building(build: String) -> String {
        html(title: "Building", body: "<p>Building the site…</p>", build: build)
    }
}
