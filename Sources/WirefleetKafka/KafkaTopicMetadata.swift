/// What the brokers know of a topic.
public struct KafkaTopicMetadata: Sendable, CustomStringConvertible {
    public var name: String
    public var partitions: Int
    public var replicationFactor: Int
    /// Set when the brokers reported an error for this topic (e.g. it does not exist).
    public var error: KafkaError?

    public var description: String { "\(name) partitions=\(partitions) replication=\(replicationFactor)" }
}

/// A topic to create.
public struct KafkaTopicSpecification: Sendable, Hashable {
    public var name: String
    public var partitions: Int
    public var replicationFactor: Int
    /// Topic-level configuration (`retention.ms`, …).
    public var config: [String: String]

    public init(name: String, partitions: Int = 6, replicationFactor: Int = 1, config: [String: String] = [:]) {
        self.name = name
        self.partitions = partitions
        self.replicationFactor = replicationFactor
        self.config = config
    }
}
