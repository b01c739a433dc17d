import Content
/// A table of contents written into the page: a run of short numbered or title lines whose
/// texts come back later as the headings. The site makes its own, so it is dropped.
enum InPageContents {
    private static let captions: Set<String> = [
        "contents", "table of contents", "inhalt", "inhaltsverzeichnis", "sommaire", "table des matieres",
        "indice", "contenido", "contenidos", "sumario", "目次", "目录", "目錄", "목차", "المحتويات", "תוכן העניינים",
    ].reduce(into: []) { $0.insert(DateWords.fold($1)) }

    /// The indices of the lines that make up tables of contents.
    static func lines(in lines: [ClassifiedLine]) -> [Int] {
        var found: [Int] = []
        var index = 0
        while index < lines.count {
            var run: [Int] = []
            var entries = Set<String>()
            var cursor = index
            while cursor < lines.count {
                if lines[cursor].isBlank { cursor += 1; continue }
                // An entry met again is the first heading of the text itself.
                guard isEntry(lines[cursor]), entries.insert(DateWords.fold(lines[cursor].line.text)).inserted else { break }
                run.append(cursor)
                cursor += 1
            }
            if run.count >= 3 {
                let later = Set(lines[cursor...].filter { !$0.isBlank }.map { DateWords.fold($0.line.text) })
                let repeated = run.count { later.contains(DateWords.fold(lines[$0].line.text)) }
                if repeated >= 3, repeated * 3 >= run.count * 2 {
                    if let caption = lines[..<run[0]].lastIndex(where: { !$0.isBlank }),
                       captions.contains(DateWords.fold(lines[caption].line.text).trimmingCharacters(in: .punctuationCharacters)) {
                        found.append(caption)
                    }
                    found += run.filter { later.contains(DateWords.fold(lines[$0].line.text)) }
                }
            }
            index = max(cursor, index + 1)
        }
        return found
    }

    private static func isEntry(_ line: ClassifiedLine) -> Bool {
        switch line.kind {
        case .numbered(let number, let text): number.canHead && HeadingShape.fits(text, numbered: true)
        case .text: HeadingShape.fits(line.line.text, numbered: false)
        case .bullet, .blank: false
        }
    }
}

import Foundation
