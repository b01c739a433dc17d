/// A value templates read by name: a page's model, or a part of one (a version in a list, a
/// date). Its `fields` are the one list of the names a theme can use on it, each with the
/// property it reads: templates are rendered from it, and docs/themes.md is checked against it.
public protocol TemplateModel: TemplateObject, Sendable {
    static var fields: TemplateFields<Self> { get }
}

extension TemplateModel {
    /// The value a template names, or nil when the model has none by that name (Mustache then
    /// looks in the enclosing values), or has it absent.
    public func value(for key: TemplateKey) -> TemplateValue? {
        Self.fields.value(key, of: self)
    }
}

/// The names of a model's values, in the order they are documented, with the property each
/// one reads. An optional property that is nil is an absent value, as a key left out of a
/// dictionary is.
public struct TemplateFields<Model>: Sendable {
    public let names: [String]
    /// By each name's number (`TemplateKey`), how its value is read: the property's type is
    /// looked at here, once. Not generic, so that a lookup fetches no type metadata.
    private let readers: [FieldReader?]

    public init(_ fields: KeyValuePairs<String, PartialKeyPath<Model> & Sendable>) {
        names = fields.map(\.key)
        let keyed = fields.map { (TemplateKey($0.key), $0.value) }
        var readers = [FieldReader?](repeating: nil, count: (keyed.map(\.0.number).max() ?? -1) + 1)
        for (key, path) in keyed where readers[key.number] == nil {
            readers[key.number] = Self.reader(path)
        }
        self.readers = readers
    }

    func value(_ key: TemplateKey, of model: Model) -> TemplateValue? {
        guard key.number < readers.count, let reader = readers[key.number] else { return nil }
        return withUnsafePointer(to: model) { reader.read(UnsafeRawPointer($0)) }
    }

    private static func reader(_ path: PartialKeyPath<Model> & Sendable) -> FieldReader {
        func typed<Value>(_: Value.Type) -> FieldReader {
            nonisolated(unsafe) let path = path as! KeyPath<Model, Value>
            nonisolated(unsafe) let read = TemplateValueReader.reader(for: Value.self)
            // A stored property (of a stored property…) is read at its offset: only that value is
            // copied, not the whole model as a key path applied to `pointee` would.
            if let offset = MemoryLayout<Model>.offset(of: path) {
                return FieldReader { model in read(model.load(fromByteOffset: offset, as: Value.self)) }
            }
            return FieldReader { model in read(model.assumingMemoryBound(to: Model.self).pointee[keyPath: path]) }
        }
        return _openExistential(type(of: path).valueType, do: typed)
    }
}

/// How one property of a model is read, given the model's address.
private struct FieldReader: Sendable {
    let read: @Sendable (UnsafeRawPointer) -> TemplateValue?
}
