import CFuzzerDriver
import Config
import Diagnostics
import Diff
import Glibc
import Markdown
import Outline

// The redline of two texts, as `diff` and the compare pages make it: the input is split in two
// (at its first NUL byte, or else in the middle), each half rendered by the Markdown stage, the
// blocks compared, and the redline written in the terminal's, JSON's and Markdown's forms.

func blocks(_ bytes: ArraySlice<UInt8>, path: String) -> [DocumentBlock]? {
    guard case .success(let checked) = SourceText.checked(Array(bytes), path: path) else { return nil }
    return MarkdownRenderer.render(MarkdownSource(text: checked.text(), path: path), options: MarkdownOptions()).document.blocks
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
    guard let old = blocks(bytes[..<cut], path: "content/privacy/v1/en.md"),
          let new = blocks(bytes[min(cut + (bytes.firstIndex(of: 0) == nil ? 0 : 1), bytes.count)...],
                           path: "content/privacy/v2/en.md") else { return 0 }
    let redline = Redline(old: old, new: new)
    let subject = RedlineSubject(policy: "privacy", language: "en",
                                 old: ComparedVersion(id: "v1", effective: "2024-01-01", title: "Privacy"),
                                 new: ComparedVersion(id: "v2", effective: "2025-01-01", title: "Privacy", summary: "Changes"))
    _ = TerminalRedline(colour: true).render(redline, subject: subject)
    _ = RedlineReport(redline, subject: subject).json()
    _ = MarkdownRedline().render(redline, subject: subject)
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
