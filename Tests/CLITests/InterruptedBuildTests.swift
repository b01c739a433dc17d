import Foundation
import Testing
import TestSupport

/// A build killed with SIGKILL at any instant leaves `output/` whole: exactly the previous
/// site or exactly the new one, never a mix and never nothing.
@Suite struct InterruptedBuildTests {
    /// Enough pages (with compare pages) that a build takes a while and is killed mid-write.
    static func largeSite() -> String {
        var text = """
        -- policygen.yaml --
        title: Interrupted
        base_url: https://interrupted.example.com/
        languages: [en]

        """
        let paragraph = "The company keeps the records described here for as long as the law requires and no longer."
        for policy in 1...12 {
            for version in 1...3 {
                text += "-- content/policy\(policy)/v\(version)/en.md --\n---\ntitle: Policy \(policy)\n"
                text += "effective: 202\(3 + version)-01-01\n"
                if version > 1 { text += "summary: Revision \(version).\n" }
                text += "---\n"
                for section in 1...12 {
                    text += "## Section \(section)\n\n\(paragraph) Revision \(version), section \(section).\n\n"
                }
            }
        }
        return text
    }

    /// Every file below `folder`, by relative path.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return files
        }
        for case let url as URL in walk where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }

    static func build(_ folder: URL, asOf: String) -> Process {
        let process = Process()
        process.executableURL = PolicygenCommand.binary
        process.arguments = ["build", "--source", folder.path, "--as-of", asOf]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    @Test func aKilledBuildLeavesThePreviousSiteOrTheNewOneWhole() throws {
        let fixture = SiteFixture(Self.largeSite())
        let folder = try fixture.write(), reference = try fixture.write()
        defer { try? TemporaryDirectory.remove(folder); try? TemporaryDirectory.remove(reference) }

        // The two sites a build may leave: before (as of 2024) and after (as of 2026).
        for site in [folder, reference] {
            #expect(try PolicygenCommand.run(["build", "--source", site.path, "--as-of", "2024-06-01"]).status == 0)
        }
        let before = try Self.tree(folder.appendingPathComponent("output"))
        let started = Date()
        #expect(try PolicygenCommand.run(["build", "--source", reference.path, "--as-of", "2026-06-01"]).status == 0)
        let duration = Date().timeIntervalSince(started)
        let after = try Self.tree(reference.appendingPathComponent("output"))
        #expect(before != after && before.count > 100)

        // Kills spread over the whole run, from loading to the swap and the clean-up after it.
        var seen: Set<String> = []
        for step in 1...10 {
            let process = Self.build(folder, asOf: "2026-06-01")
            try process.run()
            usleep(useconds_t(duration * Double(step) / 10 * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try Self.tree(folder.appendingPathComponent("output"))
            #expect(now == before || now == after, "kill at \(step)/10 of a build left a partial site (\(now.count) files)")
            seen.insert(now == before ? "before" : now == after ? "after" : "broken")
        }
        #expect(!seen.contains("broken"))

        // The next build clears what the killed ones left beside the output.
        #expect(try PolicygenCommand.run(["build", "--source", folder.path, "--as-of", "2026-06-01"]).status == 0)
        #expect(try Self.tree(folder.appendingPathComponent("output")) == after)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".output.") && $0 != ".output.lock" }
        #expect(leftovers.isEmpty, "left beside the output: \(leftovers)")
    }
}
