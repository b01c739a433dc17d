import Content
import Foundation
@testable import Build
@testable import Pages
import Testing
import TestSupport

/// Assets are published under names carrying their content's hash, and every page links to them.
@Suite struct ThemeAssetTests {
    @Test func assetsArePublishedUnderFingerprintedNamesThatPagesLinkTo() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        #expect(site.build().status == .built(pages: FixtureSite.standardPageCount))
        let assets = site.outputFiles().filter { $0.hasPrefix("assets/") }.sorted()
        #expect(assets.count == 2)
        for name in assets {
            #expect(name.wholeMatch(of: /assets\/(style|favicon)\.[0-9a-f]{10}\.(css|svg)/) != nil, "\(name)")
        }
        for page in ["index.html", "en/privacy/versions/v2/index.html", "ar/terms/index.html"] {
            let document = try site.page(page)
            let folder = URL(fileURLWithPath: "/site/" + page).deletingLastPathComponent()
            for href in try document.strings("//link[@rel='stylesheet' or @rel='icon']/@href") {
                let target = URL(fileURLWithPath: href, relativeTo: folder).standardizedFileURL.path
                #expect(assets.contains(String(target.dropFirst("/site/".count))), "\(page) links to \(href)")
            }
        }
        // The 404 page, served at any address, links from the host's root.
        #expect(try site.page("404.html").strings("//link[@rel='stylesheet']/@href")
            .allSatisfy { $0.hasPrefix("/") && assets.contains(String($0.split(separator: "/", maxSplits: 1)[1])) })
    }

    @Test func aChangedStylesheetGetsANewNameAndTheOldOneIsGone() throws {
        let site = try FixtureSite(FixtureSite.standard)
        defer { site.remove() }
        _ = site.build()
        let first = site.outputFiles().filter { $0.hasPrefix("assets/style.") }
        let override = site.folder.appendingPathComponent("themes/default/assets/style.css")
        try FileManager.default.createDirectory(at: override.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("body { color: black; }\n".utf8).write(to: override)
        _ = site.build()
        let second = site.outputFiles().filter { $0.hasPrefix("assets/style.") }
        #expect(first.count == 1 && second.count == 1 && first != second)
        #expect(try site.text(second[0]) == "body { color: black; }\n")
    }

    @Test func stylesheetReferencesToOtherAssetsFollowTheirNewNames() throws {
        let css = """
        /* url(ignored.png) in a comment */
        @import "print.css";
        @font-face { src: url( "fonts/body.woff2" ) format("woff2"), url(fonts/body.woff?v=2#x); }
        .logo { background: url('../outside.png'), url(https://cdn.example.com/a.png), url(data:image/png;base64,AA==); }
        .mark { background: url(img/missing.png); }
        """
        let assets = ThemeAssets([
            (path: "style.css", bytes: Array(css.utf8)),
            (path: "print.css", bytes: Array("a::after { content: url(img/arrow.svg); }".utf8)),
            (path: "fonts/body.woff2", bytes: [1, 2, 3]),
            (path: "fonts/body.woff", bytes: [4, 5]),
            (path: "img/arrow.svg", bytes: Array("<svg/>".utf8)),
        ])
        let names = assets.published
        let published = Dictionary(uniqueKeysWithValues: assets.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let style = try #require(published[names["style.css"]!])
        #expect(style.contains("@import \"\(names["print.css"]!)\";"))
        #expect(style.contains("url( \"\(names["fonts/body.woff2"]!)\" )"))
        #expect(style.contains("url(\(names["fonts/body.woff"]!)?v=2#x)"))
        #expect(style.contains("/* url(ignored.png) in a comment */"))
        #expect(style.contains("url('../outside.png')") && style.contains("url(https://cdn.example.com/a.png)"))
        #expect(style.contains("url(data:image/png;base64,AA==)") && style.contains("url(img/missing.png)"))
        // The stylesheet is hashed after its references are rewritten, so a renamed font renames it too.
        let print = try #require(published[names["print.css"]!])
        #expect(print == "a::after { content: url(\(names["img/arrow.svg"]!)); }")
        #expect(names["print.css"] == "print." + String(Fingerprint.sha256(Array(print.utf8)).prefix(10)) + ".css")
    }

    @Test func referencesResolveRelativeToTheStylesheetsFolder() {
        #expect(StylesheetReferences.resolve("../img/a.png", from: "css/main.css")?.path == "img/a.png")
        let query = StylesheetReferences.resolve("./a.png?x", from: "main.css")
        #expect(query?.path == "a.png" && query?.suffix == "?x")
        #expect(StylesheetReferences.resolve("../../a.png", from: "css/main.css") == nil, "outside assets/")
        #expect(StylesheetReferences.resolve("/a.png", from: "main.css") == nil)
        #expect(StylesheetReferences.relative(from: "css/main.css", to: "img/a.1.png") == "../img/a.1.png")
        #expect(StylesheetReferences.relative(from: "css/main.css", to: "css/b.1.css") == "b.1.css")
        #expect(ThemeAssets.fingerprinted("fonts/body.woff2", hash: "0123456789abcdef") == "fonts/body.0123456789.woff2")
        #expect(ThemeAssets.fingerprinted("LICENSE", hash: "0123456789abcdef") == "LICENSE.0123456789")
        #expect(ThemeAssets.fingerprinted(".well/known", hash: "0123456789abcdef") == ".well/known.0123456789")
    }
}
