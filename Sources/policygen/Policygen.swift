import ArgumentParser
// Linked for its malloc, which replaces glibc's in the whole process (Package.swift says why).
import CJemalloc

@main
struct Policygen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policygen",
        abstract: "Build a versioned, multilingual policy site from Markdown.",
        discussion: """
        A site folder holds policygen.yaml and content/<policy>/<version>/<lang>.md, each file \
        starting with front-matter (title, effective date). `policygen build` writes a static \
        site to output/: every policy in every language, the version in effect today, and a \
        permanent page for every version. `policygen diff` shows what changed between two versions.

        Exit status: 0 success, 1 the content has errors (nothing is written; for diff \
        --exit-code, also: the versions differ), 64 wrong usage.
        """,
        subcommands: [Init.self, Build.self, Check.self, New.self, DiffCommand.self, Import.self, Serve.self, VerifyCommand.self]
    )
}
