@testable import Preview
import Testing

@Suite struct ServedPathTests {
    @Test func plainPathsNameFilesAndFolders() throws {
        #expect(ServedPath("/")?.relativeFile == "index.html")
        #expect(ServedPath("/en/privacy/")?.relativeFile == "en/privacy/index.html")
        #expect(ServedPath("/en/privacy")?.relativeFile == "en/privacy")
        #expect(ServedPath("/en/privacy")?.namesFolder == false)
        #expect(ServedPath("/assets/style.css")?.segments == ["assets", "style.css"])
        #expect(ServedPath("/en/privacy/compare/v1...v2/")?.segments == ["en", "privacy", "compare", "v1...v2"],
                "dots inside a name are a name")
    }

    @Test func percentEncodingIsDecodedOnce() {
        #expect(ServedPath("/zh-Hans/%E9%9A%90%E7%A7%81/")?.segments == ["zh-Hans", "隐私"])
        #expect(ServedPath("/a%20b.txt")?.segments == ["a b.txt"])
    }

    @Test(arguments: [
        "/../policygen.yaml", "/%2e%2e/policygen.yaml", "/%2E%2E/policygen.yaml", "/.%2e/policygen.yaml",
        "/%2E%2E%2Fpolicygen.yaml", "/..%2fpolicygen.yaml", "/..%2Fpolicygen.yaml", "/%252e%252e/policygen.yaml",
        "/%252e%252e%252fpolicygen.yaml", "/en/../../x", "/en/./privacy/", "/..\\policygen.yaml", "/%5c..%5cpolicygen.yaml",
        "/index.html%00.css", "/en%00/", "//etc/passwd", "/en//privacy/", "http://127.0.0.1/../x", "../x", "",
        "/%", "/%2", "/%zz", "/%C3%28", "/.policygen-output", "/%0d%0aSet-Cookie:x", "/a%7fb",
    ])
    func anythingButAPlainPathIsRefused(_ raw: String) {
        #expect(ServedPath(raw) == nil, "\(raw)")
    }
}
