import Synchronization

/// A Mustache template parsed once into nodes, which the renderer walks for every page: names are
/// split at their dots and texts are UTF-8 bytes when the theme is loaded, not on each page.
indirect enum TemplateNode: Sendable {
    /// Template text, written as it is (stand-alone tags and their lines already taken out).
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (not).
    case value(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode])
    /// `{{^name}}…{{/name}}`.
    case invertedSection(TemplateName, [TemplateNode])
    /// `{{> name}}`, or `{{< name}}…{{/name}}` with the blocks it overrides. `indentation` is the
    /// white space before a stand-alone tag, put before every line the partial writes after its first.
    case partial(String, indentation: [UInt8]?, overrides: [String: [TemplateNode]]?)
    /// `{{$name}}default{{/name}}` where it is expanded: what a child template gave for it, or its
    /// default. `intrinsic`: when the opening tag is stand-alone, the indentation of the default's
    /// first line (taken off the default's lines), put before every line of what the block writes.
    case block(String, defaults: [TemplateNode], indentation: [UInt8], intrinsic: [UInt8])
    /// `{{$name}}…{{/name}}` inside `{{< parent}}`: what the parent's block of that name becomes.
    /// Only while parsing: the parser moves these into the partial's overrides.
    case blockDefinition(String, [TemplateNode])
}

/// A name as a tag writes it: `.` (the current value), `a.b.c` (looked up through the enclosing
/// values by its first part, then inside it), or `.a` (in the current value only).
struct TemplateName: Sendable {
    enum Kind: Sendable {
        case current
        case searched
        case anchored
    }

    let kind: Kind
    let parts: [TemplateKey]

    init(_ text: String) {
        if text == "." {
            kind = .current
            parts = []
        } else {
            kind = text.hasPrefix(".") ? .anchored : .searched
            parts = text.split(separator: ".").map { TemplateKey(String($0)) }
        }
    }
}

/// A name a template or a model uses, and its number: every name is numbered once, the first
/// time it is seen, so that a model finds its value by the number instead of hashing the name
/// on each lookup.
public struct TemplateKey: Sendable {
    public let name: String
    let number: Int

    public init(_ name: String) {
        self.name = name
        number = Self.numbers.withLock { numbers in
            if let number = numbers[name] { return number }
            numbers[name] = numbers.count
            return numbers.count - 1
        }
    }

    private static let numbers = Mutex<[String: Int]>([:])
}

/// A template that does not parse: what is wrong, and where (1-based line and column).
public struct TemplateSyntaxError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let line: Int
    public let column: Int

    public var description: String { message }
}
