internal import CLibXML2
import Foundation

/// The one place that prepares libxml2 for use from many threads at once.
enum LibXML2 {
    /// `xmlInitParser()` must run once before any parsing on several threads
    /// (Swift Testing runs tests in parallel); a `static let` runs it exactly once.
    static let ready: Void = xmlInitParser()

    /// String from a libxml2-allocated `xmlChar*`, freed afterwards.
    static func consume(_ chars: UnsafeMutablePointer<xmlChar>?) -> String {
        guard let chars else { return "" }
        defer { policygen_xml_free(chars) }
        return String(cString: chars)
    }

    /// String from a borrowed `xmlChar*` (names and such, owned by the tree).
    static func borrow(_ chars: UnsafePointer<xmlChar>?) -> String {
        guard let chars else { return "" }
        return String(cString: chars)
    }
}

extension LibXML2 {
    /// Runs `body` (synchronous, on this thread) with libxml2's error messages
    /// collected instead of printed to stderr; see the shim for why both handlers.
    static func capturingErrors<T>(_ body: () throws -> T) rethrows -> (result: T, messages: [String]) {
        var messages: [String] = []
        let result = try withUnsafeMutablePointer(to: &messages) { collected in
            let saved = policygen_capture_errors({ context, error in
                guard let context, let message = error?.pointee.message else { return }
                context.assumingMemoryBound(to: [String].self).pointee
                    .append(String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines))
            }, collected)
            defer { policygen_restore_errors(saved) }
            return try body()
        }
        return (result, messages)
    }
}
