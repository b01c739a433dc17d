import Content
import Foundation
import Build
import Testing
import TestSupport

/// Built site folders compared: with a clean build of the same sources, and by inode, which
/// tells a file written again from one linked from the previous build.
enum BuiltTree {
    /// The same site folder (with the previous output, which holds the published record) built
    /// again without the cache into a folder of its own.
    static func cleanBuild(of site: FixtureSite, asOf: String) throws -> (outcome: BuildOutcome, output: URL) {
        let copy = try TemporaryDirectory.make(prefix: "policygen-clean")
        for name in try FileManager.default.contentsOfDirectory(atPath: site.folder.path) where name != ".policygen-cache" {
            try FileManager.default.copyItem(at: site.folder.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        var options = BuildOptions(source: copy, output: copy.appendingPathComponent("fresh"), asOf: EffectiveDate(asOf)!,
                                   allowHistoryEdit: true, recordFolder: site.output)
        options.usesCache = false
        return (SiteBuild.run(options), copy.appendingPathComponent("fresh"))
    }

    static func expectSame(_ a: URL, _ b: URL, _ name: String) {
        #expect(folders(a) == folders(b), "\(name): the same folders")
        let left = files(a)
        let right = files(b)
        #expect(left.keys.sorted() == right.keys.sorted(), "\(name): the same files in \(a.path) and \(b.path)")
        for (path, bytes) in left where right[path] != bytes {
            Issue.record("\(name): \(path) differs from a clean build")
        }
    }

    static func files(_ root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: root.path)
        while let path = walker?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path),
               walker?.fileAttributes?[.type] as? FileAttributeType == .typeRegular {
                result[path] = data
            }
        }
        return result
    }

    static func folders(_ root: URL) -> [String] {
        var result: [String] = []
        let walker = FileManager.default.enumerator(atPath: root.path)
        while let path = walker?.nextObject() as? String {
            if walker?.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { result.append(path) }
        }
        return result.sorted()
    }

    static func inodes(_ root: URL) -> [String: Int] {
        var result: [String: Int] = [:]
        let walker = FileManager.default.enumerator(atPath: root.path)
        while let path = walker?.nextObject() as? String {
            if walker?.fileAttributes?[.type] as? FileAttributeType == .typeRegular,
               let inode = walker?.fileAttributes?[.systemFileNumber] as? NSNumber {
                result[path] = inode.intValue
            }
        }
        return result
    }
}
