import CFuzzerDriver
import Content
import Diagnostics
import Glibc
import Import

// `policygen import` of the input read as an HTML page and as plain text, planned as an
// English and as a Japanese text (the two differ in how numbers and headings are read). The
// file planned must be one the load stage reads: checked text and front-matter without errors.

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for format in [ImportSource.Format.html, .plainText] {
        guard case .success(let source) = ImportSource.read(bytes, shownAs: "page", as: format) else { continue }
        for language in ["en", "ja"] {
            switch PolicyImport.plan([source], PolicyImport.Request(policy: "privacy", language: language)) {
            case .success(let planned):
                _ = planned.warnings.map(\.description)
                // What import writes, the build must read: a checked text with valid front-matter.
                var problems: [Diagnostic] = []
                switch SourceText.checked(Array(planned.text.utf8), path: planned.path) {
                case .failure(let problem):
                    fatalError("import wrote a file the build refuses: \(problem)")
                case .success(let checked):
                    if FrontMatterParser.parse(checked, path: planned.path, diagnostics: &problems) == nil {
                        fatalError("import wrote front-matter the build refuses: \(problems.map(\.description))")
                    }
                }
            case .failure(let problem): _ = problem.description
            }
        }
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
