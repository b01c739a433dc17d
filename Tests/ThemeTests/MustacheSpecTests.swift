import Foundation
import Testing
@testable import Theme

/// The Mustache specification's own tests (the JSON files of github.com/mustache/spec, copied
/// unchanged into `MustacheSpec/` beside this file): every test of the core modules and of
/// inheritance, which the themes' layouts use, through `TemplateParser` and `TemplateRenderer`.
@Suite struct MustacheSpecTests {
    static let required = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    /// In the repository, so that a fresh clone and CI run them.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("MustacheSpec")

    @Test(arguments: required)
    func everyTestOfTheModulePasses(_ module: String) throws {
        let url = Self.folder.appendingPathComponent("\(module).json")
        let data = try #require(try? Data(contentsOf: url), "the specification's \(module).json is missing at \(url.path)")
        let spec = try JSONDecoder().decode(SpecFile.self, from: data)
        #expect(spec.tests.count >= 10, "\(module): \(spec.tests.count) tests")
        for test in spec.tests {
            var library: [String: [TemplateNode]] = [:]
            for (name, text) in test.partials ?? [:] {
                library[name] = try TemplateParser.parse(text)
            }
            let nodes = try TemplateParser.parse(test.template)
            var renderer = TemplateRenderer(templates: library, root: test.data.value.map { TemplateValue(any: $0) } ?? .other(()), capacity: 256)
            renderer.render(nodes)
            let output = String(decoding: renderer.output, as: UTF8.self)
            #expect(output == test.expected, "\(module): \(test.name): \(test.desc)\ntemplate: \(test.template.debugDescription)")
        }
    }

    @Test func aPartialThatIncludesItselfStops() throws {
        let library = ["loop": try TemplateParser.parse("[{{> loop}}]")]
        var renderer = TemplateRenderer(templates: library, root: .object([String: Any]()), capacity: 256)
        renderer.render(library["loop"]!)
        let output = String(decoding: renderer.output, as: UTF8.self)
        let depth = TemplateRenderer.maximumPartialDepth
        #expect(output == String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1))
    }

    @Test func textOfAnyScriptIsEscapedByItsMarkupCharactersOnly() throws {
        let nodes = try TemplateParser.parse("<p title=\"{{v}}\">{{v}}</p>")
        var renderer = TemplateRenderer(templates: [:], root: .object(["v": "個人情報 <b>&\"'\u{301} عربي"]), capacity: 64)
        renderer.render(nodes)
        #expect(String(decoding: renderer.output, as: UTF8.self)
            == "<p title=\"個人情報 &lt;b&gt;&amp;&quot;&#39;\u{301} عربي\">個人情報 &lt;b&gt;&amp;&quot;&#39;\u{301} عربي</p>")
    }
}

/// One file of the specification.
private struct SpecFile: Decodable {
    struct Test: Decodable {
        let name: String
        let desc: String
        let data: SpecData
        let partials: [String: String]?
        let template: String
        let expected: String
    }

    let tests: [Test]
}

/// A test's data as templates read it: objects as `[String: Any]`, lists as arrays, numbers
/// whole or not as written; null is no value.
private struct SpecData: Decodable {
    let value: Any?

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = nil
        } else if let flag = try? container.decode(Bool.self) {
            value = flag
        } else if let whole = try? container.decode(Int.self) {
            value = whole
        } else if let number = try? container.decode(Double.self) {
            value = number
        } else if let text = try? container.decode(String.self) {
            value = text
        } else if let list = try? container.decode([SpecData].self) {
            value = list.compactMap(\.value)
        } else {
            value = try container.decode([String: SpecData].self).compactMapValues(\.value)
        }
    }
}
