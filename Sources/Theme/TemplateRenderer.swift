/// Walks parsed templates over a stack of values and writes UTF-8 bytes: names are looked up
/// by their parts, values escaped byte by byte, and nothing is made as a string in between.
struct TemplateRenderer {
    private let templates: [String: [TemplateNode]]
    private var stack: [TemplateValue] = []
    private var partialDepth = 0
    private(set) var output: [UInt8] = []

    /// Partials within partials deeper than this write nothing: a template that includes itself
    /// without end stops there instead of exhausting the stack.
    static let maximumPartialDepth = 64

    init(templates: [String: [TemplateNode]], root: TemplateValue, capacity: Int) {
        self.templates = templates
        output.reserveCapacity(capacity)
        stack.append(root)
    }

    mutating func render(_ nodes: [TemplateNode]) {
        render(nodes, indentation: [], overrides: nil)
    }

    // MARK: Nodes

    private mutating func render(_ nodes: [TemplateNode], indentation: [UInt8], overrides: [String: [TemplateNode]]?) {
        if indentation.isEmpty {
            for node in nodes { render(node, indentation: indentation, overrides: overrides) }
            return
        }
        // The line starts of what these nodes write, after their first, are indented: each line
        // of a text, and the start of what a tag writes.
        let start = output.count
        func atLineStart(_ output: [UInt8]) -> Bool {
            let end = output.count
            return end > start && output[end - 1] == UInt8(ascii: "\n") && !(end - 2 >= start && output[end - 2] == UInt8(ascii: "\r"))
        }
        for node in nodes {
            if case .text(let text) = node {
                var segmentStart = 0
                for index in text.indices where text[index] == UInt8(ascii: "\n") || index == text.count - 1 {
                    if atLineStart(output) { output += indentation }
                    output += text[segmentStart...index]
                    segmentStart = index + 1
                }
                continue
            }
            let before = output.count
            let indent = atLineStart(output)
            render(node, indentation: indentation, overrides: overrides)
            if indent && output.count > before { output.insert(contentsOf: indentation, at: before) }
        }
    }

    private mutating func render(_ node: TemplateNode, indentation: [UInt8], overrides: [String: [TemplateNode]]?) {
        switch node {
        case .text(let text):
            output += text
        case .value(let name, let escaped):
            guard let value = lookup(name) else { return }
            write(value, escaped: escaped)
        case .section(let name, let content):
            switch lookup(name) {
            case .list(let list)?:
                for index in 0..<list.templateCount {
                    stack.append(list.templateElement(index))
                    render(content, indentation: indentation, overrides: overrides)
                    stack.removeLast()
                }
            case .flag(let flag)?:
                if flag { render(content, indentation: indentation, overrides: overrides) }
            case let value?:
                stack.append(value)
                render(content, indentation: indentation, overrides: overrides)
                stack.removeLast()
            case nil:
                break
            }
        case .invertedSection(let name, let content):
            switch lookup(name) {
            case .list(let list)?:
                if list.templateCount == 0 {
                    stack.append(.list(list))
                    render(content, indentation: indentation, overrides: overrides)
                    stack.removeLast()
                }
            case .flag(let flag)?:
                if !flag { render(content, indentation: indentation, overrides: overrides) }
            case nil:
                render(content, indentation: indentation, overrides: overrides)
            case .some:
                break
            }
        case .partial(let name, let partialIndentation, let given):
            guard let partial = templates[name], partialDepth < Self.maximumPartialDepth else { return }
            var merged = overrides
            if let given {
                // The outermost template's blocks win over those of the parents it extends.
                merged = overrides.map { $0.merging(given) { outer, _ in outer } } ?? given
            }
            partialDepth += 1
            render(partial, indentation: indentation + (partialIndentation ?? []), overrides: merged)
            partialDepth -= 1
        case .block(let name, let defaults, let blockIndentation, let intrinsic):
            let before = output.count
            render(overrides?[name] ?? defaults, indentation: indentation + blockIndentation + intrinsic, overrides: overrides)
            if !intrinsic.isEmpty && output.count > before { output.insert(contentsOf: intrinsic, at: before) }
        case .blockDefinition:
            break
        }
    }

    // MARK: Values

    /// The value a name refers to: its first part looked up from the innermost value outwards,
    /// the rest inside what was found.
    private func lookup(_ name: TemplateName) -> TemplateValue? {
        switch name.kind {
        case .current:
            return stack[stack.count - 1]
        case .anchored:
            guard case .object(let object) = stack[stack.count - 1] else { return nil }
            return descend(object.value(for: name.parts[0]), name.parts.dropFirst())
        case .searched:
            let first = name.parts[0]
            for scope in stack.reversed() {
                guard case .object(let object) = scope, let found = object.value(for: first) else { continue }
                return name.parts.count == 1 ? found : descend(found, name.parts.dropFirst())
            }
            return nil
        }
    }

    private func descend(_ value: TemplateValue?, _ parts: ArraySlice<TemplateKey>) -> TemplateValue? {
        var value = value
        for part in parts {
            guard case .object(let object)? = value else { return nil }
            value = object.value(for: part)
        }
        return value
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        var text: String
        switch value {
        case .text(let string): text = string
        case .flag(let flag): text = flag ? "true" : "false"
        case .object(let object): text = String(describing: object)
        case .list(let list): text = String(describing: list)
        case .other(let other): text = String(describing: other)
        }
        if !escaped {
            output += text.utf8
            return
        }
        text.withUTF8 { bytes in Self.escape(bytes, into: &output) }
    }

    /// `&`, `<`, `>`, `"` and `'` as HTML entities, the rest as it is.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var runStart = 0
        for index in 0..<bytes.count {
            let entity: StaticString
            switch bytes[index] {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default: continue
            }
            output += UnsafeBufferPointer(rebasing: bytes[runStart..<index])
            output += UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount)
            runStart = index + 1
        }
        output += UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])
    }
}
