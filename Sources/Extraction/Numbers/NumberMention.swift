/// The value of a number: a JSON number, or a string for dates ("--08-09",
/// "2022-08-09") and times ("15:15").
public enum NumberValue: Sendable, Hashable, Codable {
    case number(Double)
    case string(String)

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let d = try? c.decode(Double.self) { self = .number(d) } else { self = .string(try c.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let d):
            if d == d.rounded(), abs(d) < 9.0e15 { try c.encode(Int64(d)) } else { try c.encode(d) }
        case .string(let s): try c.encode(s)
        }
    }
}

/// One numeric expression in an article (GUIDELINES.md "Numbers").
public struct NumberMention: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var value: NumberValue
    /// count measure money percent number ordinal year date time duration
    public var kind: String
    public var unit: String?
    /// about more_than less_than up_to at_least nearly, or nil
    public var approx: String?

    public init(text: String, start: Int, end: Int, value: NumberValue, kind: String,
                unit: String? = nil, approx: String? = nil) {
        self.text = text; self.start = start; self.end = end; self.value = value
        self.kind = kind; self.unit = unit; self.approx = approx
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(value, forKey: .value)
        try c.encode(kind, forKey: .kind)
        try c.encode(unit, forKey: .unit)      // explicit null, as in the contract
        try c.encode(approx, forKey: .approx)
    }
}
