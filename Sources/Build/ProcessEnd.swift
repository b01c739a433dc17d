import Synchronization

/// What a build of a process that ends right after it hands over instead of freeing: a
/// site's model is hundreds of thousands of objects (texts, front-matter, findings, the plan),
/// freed one by one when the build returns, while the system takes the whole process back at
/// once when it exits (docs/performance.md). Only `policygen build` uses it
/// (`BuildOptions.endsProcess`); `serve` builds again and again in one process.
enum ProcessEnd {
    private static let kept = Mutex<[any Sendable]>([])

    static func keep(_ values: any Sendable...) {
        kept.withLock { $0.append(contentsOf: values) }
    }
}
