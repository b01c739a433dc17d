/// A value as templates use it, told apart when it is read rather than cast on every use: text
/// is written, a flag decides a section, an object is looked into by name, a list repeats a section.
public enum TemplateValue {
    case text(String)
    case flag(Bool)
    case object(any TemplateObject)
    case list(any TemplateList)
    /// Anything else (a number): written as Swift describes it, and true in a section.
    case other(Any)

    /// A value of unknown type (a dictionary's): its kind found by casting.
    public init(any value: Any) {
        switch value {
        case let text as String: self = .text(text)
        case let flag as Bool: self = .flag(flag)
        case let object as any TemplateObject: self = .object(object)
        case let list as any TemplateList: self = .list(list)
        case let list as [Any]: self = .list(AnyList(elements: list))
        default: self = .other(value)
        }
    }
}

/// A value templates read by name: `{{name}}`, `{{#name}}`, `{{a.b}}`. A page's model, a part of
/// one, or a dictionary with string keys.
public protocol TemplateObject {
    /// The value called `key.name`, or nil when there is none (Mustache then looks in the values
    /// around this one).
    func value(for key: TemplateKey) -> TemplateValue?
}

/// A list a section repeats over.
public protocol TemplateList {
    var templateCount: Int { get }
    func templateElement(_ index: Int) -> TemplateValue
}

extension Dictionary: TemplateObject where Key == String {
    public func value(for key: TemplateKey) -> TemplateValue? {
        guard let value = self[key.name] else { return nil }
        if let text = value as? String { return .text(text) }
        return TemplateValue(any: value)
    }
}

extension Array: TemplateList where Element: TemplateObject {
    public var templateCount: Int { count }
    public func templateElement(_ index: Int) -> TemplateValue { .object(self[index]) }
}

/// A list of values of any type (a dictionary's, a test's).
struct AnyList: TemplateList {
    let elements: [Any]

    var templateCount: Int { elements.count }
    func templateElement(_ index: Int) -> TemplateValue { TemplateValue(any: elements[index]) }
}

/// How a model's property of type `Value` becomes a `TemplateValue`: decided once per property,
/// when the model's fields are listed, so that reading one casts nothing.
enum TemplateValueReader {
    static func reader<Value>(for type: Value.Type) -> (Value) -> TemplateValue? {
        if Value.self == String.self {
            return { .text(unsafeBitCast($0, to: String.self)) }
        }
        if Value.self == Bool.self {
            return { .flag(unsafeBitCast($0, to: Bool.self)) }
        }
        if let optional = Value.self as? any OptionalValue.Type {
            return optionalReader(optional)
        }
        if let object = Value.self as? any TemplateObject.Type {
            return objectReader(object)
        }
        if let list = Value.self as? any TemplateList.Type {
            return listReader(list)
        }
        return { TemplateValue(any: $0) }
    }

    private static func optionalReader<Value, Optional: OptionalValue>(_: Optional.Type) -> (Value) -> TemplateValue? {
        let wrapped = reader(for: Optional.Wrapped.self)
        return { ($0 as! Optional).optional.flatMap(wrapped) }
    }

    private static func objectReader<Value, Object: TemplateObject>(_: Object.Type) -> (Value) -> TemplateValue? {
        { .object($0 as! Object) }
    }

    private static func listReader<Value, List: TemplateList>(_: List.Type) -> (Value) -> TemplateValue? {
        { .list($0 as! List) }
    }
}

/// An Optional property: nil is no value at all, as a key left out of a dictionary is.
protocol OptionalValue {
    associatedtype Wrapped
    var optional: Wrapped? { get }
}

extension Optional: OptionalValue {
    var optional: Wrapped? { self }
}
