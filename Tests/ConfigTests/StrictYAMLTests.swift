import Config
import Diagnostics
import Testing

@Suite struct StrictYAMLTests {
    private func problems(_ yaml: String, firstLine: Int = 1) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        _ = StrictYAML.parse(yaml, path: "f.yaml", firstLine: firstLine, diagnostics: &diagnostics)
        return diagnostics
    }

    @Test func malformedYAMLIsReportedAtItsLine() throws {
        let found = problems("a: 1\nb: [unclosed\nc: 3\n", firstLine: 2)
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.code == .yamlSyntax)
        #expect(problem.location.path == "f.yaml")
        #expect((problem.location.line ?? 0) >= 3, "lines are counted from the file's first line")
    }

    @Test func duplicateKeysAreRejected() throws {
        let problem = try #require(problems("title: A\neffective: 2024-01-01\ntitle: B\n").first)
        #expect(problem.code == .yamlDuplicateKey)
        #expect(problem.message.contains("'title'"))
        #expect(problem.location.line == 1)
    }

    @Test func anchorsAndAliasesAreRejected() throws {
        let found = problems("base: &b\n  x: 1\ncopy: *b\n")
        #expect(found.map(\.code) == [.yamlAnchor])
        #expect(found.first?.location == SourceLocation(path: "f.yaml", line: 1, column: 7), "at the anchor")
    }

    @Test func anAliasBombStopsAtTheFirstAnchor() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [*\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous)]\n"
            previous = name
        }
        let found = problems(yaml)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.code == .yamlAnchor })
        #expect(found.count == 9, "one report per anchor, nothing expanded")
    }

    @Test func onlyCoreSchemaTagsPass() {
        #expect(problems("a: !!str 1\nb: !!int 2\nc: !!bool true\nd: !!null ~\ne: !!map {}\nf: !!seq []\n").isEmpty)
        #expect(problems("a: !!python/object:os.system x\n").map(\.code) == [.yamlTag])
        #expect(problems("a: !!binary aGk=\n").map(\.code) == [.yamlTag])
    }

    @Test func customTagsAreRejected() throws {
        let found = problems("title: !secret x\nother: !!str fine\n")
        #expect(found.map(\.code) == [.yamlTag])
        #expect(found.first?.location.line == 1)
    }

    @Test func anEmptyDocumentIsAnEmptyMapping() {
        var diagnostics: [Diagnostic] = []
        let document = StrictYAML.parse("", path: "f.yaml", diagnostics: &diagnostics)
        #expect(document?.root.mapping?.count == 0)
        #expect(diagnostics.isEmpty)
    }
}
