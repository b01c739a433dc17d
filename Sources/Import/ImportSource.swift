import Diagnostics

/// One input file of an import: its bytes read as plain text or as HTML.
public struct ImportSource: Sendable {
    public enum Format: String, Sendable {
        case plainText = "plain text"
        case html = "HTML"
    }

    /// As given on the command line, for messages.
    public var path: String
    public var format: Format
    public var document: ImportedDocument

    public init(path: String, format: Format, document: ImportedDocument) {
        self.path = path
        self.format = format
        self.document = document
    }

    /// Reads the file at `url`; a diagnostic when it cannot be read or is not UTF-8 text.
    public static func read(_ url: URL, shownAs path: String) -> Result<ImportSource, Diagnostic> {
        InputFile.readBytes(url.resolvingSymlinksInPath(), path: path).flatMap { read($0, shownAs: path) }
    }

    /// A file's bytes read as `format`, or as its name and first tag say when nil.
    public static func read(_ bytes: [UInt8], shownAs path: String, as format: Format? = nil) -> Result<ImportSource, Diagnostic> {
        switch format ?? (isHTML(bytes, path: path) ? .html : .plainText) {
        case .html:
            return .success(ImportSource(path: path, format: .html, document: HTMLReader.read(bytes)))
        case .plainText:
            return text(bytes, path: path).map {
                ImportSource(path: path, format: .plainText, document: PlainTextReader.read($0))
            }
        }
    }

    /// HTML by its name (`.html`, `.htm`, `.xhtml`), or by starting with a tag a page starts with.
    static func isHTML(_ bytes: [UInt8], path: String) -> Bool {
        let lowered = path.lowercased()
        if [".html", ".htm", ".xhtml"].contains(where: lowered.hasSuffix) { return true }
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
            .drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard head.hasPrefix("<") else { return false }
        return ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--", "<div", "<p>", "<h1", "<main", "<article", "<section"]
            .contains(where: head.hasPrefix)
            || (head.hasPrefix("<?xml") && head.contains("<html"))
    }

    /// UTF-8 (a byte-order mark dropped, CRLF read as LF), or UTF-16 with its byte-order mark.
    /// Control characters a scrape may carry (a form feed between pages) are read as spaces or
    /// dropped rather than refused: the file written is checked afterwards anyway.
    static func text(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            if let text = String(bytes: bytes.dropFirst(2), encoding: encoding) { return .success(cleaned(text)) }
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard let text = String(validating: body, as: UTF8.self) else {
            if case .failure(let problem) = SourceText.decode(bytes, path: path) { return .failure(problem) }
            return .failure(.error(.notUTF8, at: SourceLocation(path: path), "the file is not valid UTF-8"))
        }
        return .success(cleaned(text))
    }

    private static func cleaned(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: out.append("\n")
            case 0x0A where previousCR: continue
            case 0x09, 0x0A: out.append(scalar)
            case 0x0C: out.append("\n"); out.append("\n")
            default: if SourceText.allows(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }
}

import Foundation
