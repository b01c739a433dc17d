/// Mustache text to `TemplateNode`s, by bytes: the core specification (variables, sections,
/// inverted sections, comments, partials, set delimiters) and its inheritance module (parents
/// and blocks), with the specification's rules for stand-alone lines. Checked against the
/// specification's own test files (`MustacheSpecTests`).
///
/// The white space rules follow those swift-mustache used before, so that every theme's pages
/// stay byte for byte what they were: a stand-alone tag's line is removed; the white space
/// before a partial, parent or block tag is written, and is the indentation of the lines the
/// partial or block writes after its first.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0

    private struct State {
        /// The section, parent or block being read, as its opening tag names it.
        var sectionName: String?
        /// At the start of a line: a tag here may be stand-alone.
        var newLine = true
        /// Inside `{{< parent}}…{{/parent}}`, and directly in it (not in one of its blocks).
        var inParent = false
        var parentTopLevel = false
        /// Inside a parent, the indentation of the first line of a block's content, taken off
        /// every line of it: the block is indented where it is expanded instead.
        var definitionIndent: [UInt8]?
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
    }

    static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        var parser = TemplateParser(bytes: Array(text.utf8))
        return try parser.parseNodes(State())
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: Nodes

    private mutating func parseNodes(_ entry: State) throws(TemplateSyntaxError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = entry
        var whiteSpace: [UInt8] = []
        func flushWhiteSpace() {
            if !whiteSpace.isEmpty {
                nodes.append(.text(whiteSpace))
                whiteSpace = []
            }
        }
        while position < bytes.count {
            if state.newLine {
                let indent = readSpaces()
                if state.inParent && !state.parentTopLevel {
                    if let definitionIndent = state.definitionIndent {
                        whiteSpace = Array(indent.dropFirst(definitionIndent.count))
                    } else {
                        state.definitionIndent = indent
                    }
                } else {
                    whiteSpace = indent
                }
            }
            let (text, foundTag) = readText(state)
            if let newline = newlineLength(at: position) {
                nodes.append(.text(whiteSpace + text + bytes[position..<position + newline]))
                position += newline
                state.newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpace + text))
                whiteSpace = []
                state.newLine = false
            }
            guard foundTag else { break }
            let tagStart = position - state.open.count
            guard position < bytes.count else { throw error("a tag is not closed", at: tagStart) }
            var standalone = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(state)
                standalone = isStandalone(state)
                if !standalone { flushWhiteSpace() }
                var inner = state
                inner.sectionName = name
                inner.parentTopLevel = false
                if !standalone { inner.newLine = false }
                let content = try parseNodes(inner)
                let parsed = TemplateName(name)
                nodes.append(inverted ? .invertedSection(parsed, content) : .section(parsed, content))
            case UInt8(ascii: "/"):
                position += 1
                let nameStart = position
                let name = try readName(state)
                guard let open = state.sectionName else {
                    throw error("'{{/\(name)}}' closes no section", at: nameStart)
                }
                guard name == open else {
                    throw error("'{{/\(name)}}' closes '\(open)'", at: nameStart)
                }
                if !isStandalone(state) { flushWhiteSpace() }
                return Self.joined(nodes)
            case UInt8(ascii: "!"):
                position += 1
                try skipComment(state, from: tagStart)
                standalone = isStandalone(state)
            case UInt8(ascii: "{"):
                flushWhiteSpace()
                position += 1
                let name = try readName(state)
                guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                    throw error("'{{{\(name)' is not closed with '}}}'", at: tagStart)
                }
                position += 1
                nodes.append(.value(TemplateName(name), escaped: false))
            case UInt8(ascii: "&"):
                flushWhiteSpace()
                position += 1
                nodes.append(.value(TemplateName(try readName(state)), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                let name = try readPartialName(state)
                let indent = whiteSpace
                flushWhiteSpace()
                standalone = isStandalone(state)
                nodes.append(.partial(name, indentation: standalone ? indent : nil, overrides: nil))
            case UInt8(ascii: "<"):
                position += 1
                let name = try readPartialName(state)
                let indent = whiteSpace
                flushWhiteSpace()
                standalone = isStandalone(state)
                var inner = state
                inner.sectionName = name
                inner.newLine = true
                inner.inParent = true
                inner.parentTopLevel = true
                var overrides: [String: [TemplateNode]] = [:]
                for node in try parseNodes(inner) {
                    switch node {
                    case .blockDefinition(let block, let content): overrides[block] = content
                    case .text: break
                    default: throw error("inside '{{<\(name)}}' only blocks ('{{$name}}') may be written", at: tagStart)
                    }
                }
                nodes.append(.partial(name, indentation: indent, overrides: overrides))
            case UInt8(ascii: "$"):
                position += 1
                let name = try readName(state)
                standalone = isStandalone(state)
                var inner = state
                inner.sectionName = name
                inner.parentTopLevel = false
                if !standalone { inner.newLine = false }
                if state.parentTopLevel {
                    nodes.append(.blockDefinition(name, try self.parseNodes(inner)))
                } else {
                    let indent = whiteSpace
                    flushWhiteSpace()
                    var defaults = try self.parseNodes(inner)
                    let intrinsic = standalone ? Self.takeIndentation(&defaults) : []
                    nodes.append(.block(name, defaults: defaults, indentation: indent, intrinsic: intrinsic))
                }
            case UInt8(ascii: "="):
                position += 1
                try setDelimiters(&state, from: tagStart)
                standalone = isStandalone(state)
            default:
                flushWhiteSpace()
                nodes.append(.value(TemplateName(try readName(state)), escaped: true))
            }
            state.newLine = standalone
        }
        if let open = entry.sectionName {
            throw error("'{{#\(open)}}' is not closed", at: bytes.count)
        }
        return Self.joined(nodes)
    }

    /// Neighbouring texts as one: fewer nodes to walk. The renderer splits a text at its line
    /// ends where indentation applies.
    private static func joined(_ nodes: [TemplateNode]) -> [TemplateNode] {
        var result: [TemplateNode] = []
        result.reserveCapacity(nodes.count)
        for node in nodes {
            if case .text(let text) = node, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(node)
            }
        }
        return result
    }

    /// The spaces and tabs that start `nodes`, taken off the start of each of their lines that
    /// has them: a block's own indentation, which the block is given again where it is expanded.
    private static func takeIndentation(_ nodes: inout [TemplateNode]) -> [UInt8] {
        guard case .text(let first)? = nodes.first else { return [] }
        let indentation = Array(first.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        guard !indentation.isEmpty else { return [] }
        var lineStart = true
        for index in nodes.indices {
            guard case .text(let text) = nodes[index] else {
                lineStart = false
                continue
            }
            var result: [UInt8] = []
            var offset = 0
            while offset < text.count {
                if lineStart, text[offset...].starts(with: indentation) { offset += indentation.count }
                lineStart = false
                guard offset < text.count else { break }
                let byte = text[offset]
                result.append(byte)
                offset += 1
                if byte == UInt8(ascii: "\n") { lineStart = true }
            }
            nodes[index] = .text(result)
        }
        return indentation
    }

    // MARK: Reading

    private func newlineLength(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "\n") { return 1 }
        if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { return 2 }
        return nil
    }

    private func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
        guard index + delimiter.count <= bytes.count else { return false }
        for offset in 0..<delimiter.count where bytes[index + offset] != delimiter[offset] { return false }
        return true
    }

    private mutating func readSpaces() -> [UInt8] {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return Array(bytes[start..<position])
    }

    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private mutating func skipWhiteSpace() {
        while position < bytes.count, Self.isWhiteSpace(bytes[position]) { position += 1 }
    }

    /// The text up to the next line end (not taken) or opening delimiter (taken: `foundTag`).
    private mutating func readText(_ state: State) -> (text: [UInt8], foundTag: Bool) {
        let start = position
        let first = state.open[0]
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && newlineLength(at: position) != nil) {
                return (Array(bytes[start..<position]), false)
            }
            if byte == first, matches(state.open, at: position) {
                let text = Array(bytes[start..<position])
                position += state.open.count
                return (text, true)
            }
            position += 1
        }
        return (Array(bytes[start..<position]), false)
    }

    private static let nameBytes = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*".utf8)
    private static let partialNameBytes = nameBytes.union("/".utf8)

    private mutating func readName(_ state: State) throws(TemplateSyntaxError) -> String {
        try readName(state, allowed: Self.nameBytes)
    }

    private mutating func readPartialName(_ state: State) throws(TemplateSyntaxError) -> String {
        try readName(state, allowed: Self.partialNameBytes)
    }

    private mutating func readName(_ state: State, allowed: Set<UInt8>) throws(TemplateSyntaxError) -> String {
        skipWhiteSpace()
        let start = position
        while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        skipWhiteSpace()
        guard matches(state.close, at: position) else {
            let close = String(decoding: state.close, as: UTF8.self)
            if position < bytes.count, bytes[position] == UInt8(ascii: "(") {
                throw error("'(' in a name: swift-mustache's transforms are not Mustache, and not supported", at: position)
            }
            throw error("a tag's name is not followed by '\(close)'", at: position)
        }
        position += state.close.count
        return name
    }

    private mutating func skipComment(_ state: State, from tagStart: Int) throws(TemplateSyntaxError) {
        while position < bytes.count {
            if matches(state.close, at: position) {
                position += state.close.count
                return
            }
            position += 1
        }
        throw error("a comment is not closed", at: tagStart)
    }

    private mutating func setDelimiters(_ state: inout State, from tagStart: Int) throws(TemplateSyntaxError) {
        func word(until stop: (UInt8) -> Bool) -> [UInt8] {
            let start = position
            while position < bytes.count, !stop(bytes[position]) { position += 1 }
            return Array(bytes[start..<position])
        }
        skipWhiteSpace()
        let open = word(until: Self.isWhiteSpace)
        skipWhiteSpace()
        let close = word { $0 == UInt8(ascii: "=") || Self.isWhiteSpace($0) }
        skipWhiteSpace()
        guard !open.isEmpty, !close.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "="),
              matches(state.close, at: position + 1) else {
            throw error("a delimiter change is written '{{=<% %>=}}'", at: tagStart)
        }
        position += 1 + state.close.count
        state.open = open
        state.close = close
        state.parentTopLevel = false
    }

    /// A tag alone on its line (after white space only, and followed by white space and the
    /// line's end): the rest of the line, its end included, is taken.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position == bytes.count { return true }
        var index = position
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        guard let newline = newlineLength(at: index) else { return false }
        position = index + newline
        return true
    }

    private func error(_ message: String, at offset: Int) -> TemplateSyntaxError {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return TemplateSyntaxError(message: message, line: line, column: column)
    }
}
