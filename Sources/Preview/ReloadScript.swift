/// The script `serve` adds to every page it sends: it asks the server for the number of the
/// latest build and reloads the page when it is no longer the one the page was served from.
/// A failed build counts too, so an open page shows the error at once, and a restarted
/// server (a new session) as well.
enum ReloadScript {
    /// Everything of the preview's own lives under this prefix, which no page of a site can
    /// have (policy and language names start with a letter or digit).
    static let prefix = "/__policygen/"
    static let path = prefix + "reload.js"
    static let buildPath = prefix + "build"

    /// The tag that loads the script, carrying the build the page comes from.
    static func tag(build: String) -> String {
        #"<script src="\#(path)" data-build="\#(build)"></script>"#
    }

    static let source = """
    // policygen serve: reloads the page when the site was rebuilt (or a rebuild failed).
    (function () {
      "use strict";
      var served = document.currentScript && document.currentScript.dataset.build;
      function ask() {
        fetch("\(buildPath)", { cache: "no-store" })
          .then(function (response) { return response.ok ? response.text() : served; })
          .then(function (build) {
            if (build !== served) { location.reload(); } else { setTimeout(ask, 500); }
          })
          // The server is stopped or restarting: keep asking, a little less often.
          .catch(function () { setTimeout(ask, 1500); });
      }
      setTimeout(ask, 500);
    })();

    """
}
