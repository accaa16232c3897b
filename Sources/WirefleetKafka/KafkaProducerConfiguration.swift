/// Producer settings: idempotent with `acks=all` by default.
public struct KafkaProducerConfiguration: Sendable, Hashable {
    /// Brokers and raw properties.
    public var common: KafkaConfiguration
    /// `enable.idempotence` (default true: no duplicates or reordering on retries).
    public var idempotent: Bool = true
    /// `acks` (default "all").
    public var acks: String = "all"
    /// `linger.ms`: how long to wait to fill a batch (default 5).
    public var lingerMilliseconds: Int = 5
    /// `message.timeout.ms`: how long a record may wait for delivery (default 30 s).
    public var deliveryTimeoutMilliseconds: Int = 30_000
    /// `message.max.bytes` (default 8 MiB).
    public var maxMessageBytes: Int = 8 * 1024 * 1024
    /// `transactional.id`: set to use transactions.
    public var transactionalID: String?

    public init(common: KafkaConfiguration) {
        self.common = common
    }

    func librdkafkaProperties() -> [String: String] {
        var defaults: [String: String] = [
            "enable.idempotence": idempotent ? "true" : "false",
            "acks": acks,
            "linger.ms": String(lingerMilliseconds),
            "message.timeout.ms": String(deliveryTimeoutMilliseconds),
            "message.max.bytes": String(maxMessageBytes),
            "compression.type": "none",
            // Keyed records go where the Java client would put them (murmur2 of the key),
            // not librdkafka's own default (consistent_random, CRC32): one article id
            // lands on the same partition whichever client published it.
            "partitioner": "murmur2_random",
        ]
        if let transactionalID { defaults["transactional.id"] = transactionalID }
        return common.librdkafkaProperties(defaults: defaults)
    }
}
