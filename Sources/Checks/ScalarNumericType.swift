/// A scalar's numeric type, matched rather than compared: `properties.numericType != nil`
/// and `== .decimal` compare two optionals, for which the runtime built the metadata of a
/// tuple of them at a process's first check (`numericTypeIsThePlainReading`, every scalar).
extension Unicode.Scalar {
    /// `properties.numericType != nil`.
    var hasNumericType: Bool {
        if case .some = properties.numericType { true } else { false }
    }

    /// `properties.numericType == .decimal`.
    var isDecimalNumericType: Bool {
        if case .decimal? = properties.numericType { true } else { false }
    }
}
