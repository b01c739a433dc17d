import Mustache

/// A value templates read by name: a page's model, or a part of one (a version in a list, a
/// date). Its `fields` are the one list of the names a theme can use on it, each with the
/// property it reads: templates are rendered from it, and docs/themes.md is checked against it.
public protocol TemplateModel: MustacheParent, Sendable {
    static var fields: TemplateFields<Self> { get }
}

extension TemplateModel {
    /// The value a template names, or nil when the model has none by that name (Mustache then
    /// looks in the enclosing values), or has it absent.
    public func child(named name: String) -> Any? {
        Self.fields.value(named: name, of: self)
    }
}

/// The names of a model's values, in the order they are documented, with the property each
/// one reads. An optional property that is nil is an absent value, as a key left out of a
/// dictionary is.
public struct TemplateFields<Model>: Sendable {
    public let names: [String]
    private let paths: [String: PartialKeyPath<Model> & Sendable]

    public init(_ fields: KeyValuePairs<String, PartialKeyPath<Model> & Sendable>) {
        names = fields.map(\.key)
        paths = Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    func value(named name: String, of model: Model) -> Any? {
        guard let path = paths[name] else { return nil }
        let value = model[keyPath: path]
        if let optional = value as? any OptionalValue { return optional.wrapped }
        return value
    }
}

/// An Optional seen through `Any`: a nil property must be no value at all, not a value that
/// holds nil.
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    var wrapped: Any? { self.map { $0 as Any } }
}
