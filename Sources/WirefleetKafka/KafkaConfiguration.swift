/// librdkafka settings shared by every client: the brokers plus raw properties.
///
/// Typed members cover the common settings; anything else goes through
/// ``properties`` exactly as librdkafka names it (the CLI's `-X key=value`, like kcat).
/// Unknown keys and bad values are rejected with ``KafkaError/Code/configuration``
/// when the client is created.
public struct KafkaConfiguration: Sendable, Hashable {
    /// The environment variable that supplies the default brokers.
    public static let brokersEnvironmentVariable = "WIREFLEET_BROKERS"
    /// The brokers used when neither a flag nor the environment names any.
    public static let defaultBrokers = "127.0.0.1:9092"

    /// `bootstrap.servers`: comma-separated `host:port` list.
    public var brokers: String
    /// Raw librdkafka properties; these win over the typed members.
    public var properties: [String: String]
    /// `client.id`.
    public var clientID: String = "wirefleet"
    /// `statistics.interval.ms`; 0 disables statistics.
    public var statisticsIntervalMilliseconds: Int = 0

    /// A configuration for `brokers` with optional raw properties.
    public init(brokers: String = KafkaConfiguration.defaultBrokers, properties: [String: String] = [:]) {
        self.brokers = brokers
        self.properties = properties
    }

    /// The brokers to use: `explicit` when given, else `$WIREFLEET_BROKERS`, else
    /// `127.0.0.1:9092` (not `localhost`, which resolves to `::1` first: a broker
    /// listening on IPv4 loopback only would make every client log a failed connection).
    public static func resolveBrokers(_ explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment[brokersEnvironmentVariable], !env.isEmpty { return env }
        return defaultBrokers
    }

    /// Parses one `key=value` property (the CLI's `-X`).
    public static func parseProperty(_ text: String) throws(KafkaError) -> (key: String, value: String) {
        guard let eq = text.firstIndex(of: "="), eq != text.startIndex else {
            throw KafkaError(code: .configuration, message: "expected key=value, got \"\(text)\"")
        }
        let key = String(text[..<eq]).trimmingSpaces()
        let value = String(text[text.index(after: eq)...])
        guard !key.isEmpty else {
            throw KafkaError(code: .configuration, message: "expected key=value, got \"\(text)\"")
        }
        return (key, value)
    }

    /// Adds parsed `-X key=value` properties.
    public mutating func apply(properties list: [String]) throws(KafkaError) {
        for item in list {
            let (k, v) = try Self.parseProperty(item)
            properties[k] = v
        }
    }

    /// The full librdkafka property map: typed members, then ``properties``.
    func librdkafkaProperties(defaults: [String: String]) -> [String: String] {
        var out = defaults
        out["bootstrap.servers"] = brokers
        out["client.id"] = clientID
        if statisticsIntervalMilliseconds > 0 {
            out["statistics.interval.ms"] = String(statisticsIntervalMilliseconds)
        }
        for (k, v) in properties { out[k] = v }
        return out
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
