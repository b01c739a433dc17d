import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which policygen made an entry: every key includes it, so a new build of the tool (whose
/// rendering may differ) never reuses an older one's work. The version alone would not do
/// for anyone building policygen from source, so the executable's size and time count too.
public enum ToolIdentity {
    public static let version = "0.8.0"

    public static let current: String = {
        var status = stat()
        let executable = "/proc/self/exe"
        guard stat(executable, &status) == 0 || stat(CommandLine.arguments[0], &status) == 0 else {
            return "\(version) unknown-executable"
        }
        return "\(version) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()
}
