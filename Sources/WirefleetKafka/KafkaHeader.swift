/// A record header: a name and an optional byte value.
public struct KafkaHeader: Sendable, Hashable {
    public var name: String
    public var value: [UInt8]?

    public init(name: String, value: [UInt8]?) {
        self.name = name
        self.value = value
    }

    /// A header whose value is UTF-8 text.
    public init(name: String, string: String) {
        self.name = name
        self.value = Array(string.utf8)
    }

    /// The value as UTF-8 text (lossy), when there is one.
    public var stringValue: String? { value.map { String(decoding: $0, as: UTF8.self) } }
}
