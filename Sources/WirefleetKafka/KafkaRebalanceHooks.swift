import CRDKafka

/// Callbacks run synchronously inside a consumer-group rebalance.
///
/// Unlike an event reported after the fact, ``onRevoke`` runs *before* the partitions
/// move to another member, on the consumer's poll thread: finish or abandon in-flight
/// work for them and commit with ``KafkaRevocation/commit(_:)`` there. Keep it short —
/// the whole group waits for it.
public struct KafkaRebalanceHooks: Sendable {
    public var onAssign: (@Sendable ([KafkaTopicPartition]) -> Void)?
    public var onRevoke: (@Sendable (KafkaRevocation) -> Void)?

    public init(onAssign: (@Sendable ([KafkaTopicPartition]) -> Void)? = nil,
                onRevoke: (@Sendable (KafkaRevocation) -> Void)? = nil) {
        self.onAssign = onAssign
        self.onRevoke = onRevoke
    }
}

/// Partitions being taken away from this consumer, valid during ``KafkaRebalanceHooks/onRevoke``.
public struct KafkaRevocation: Sendable {
    /// The partitions being revoked.
    public let partitions: [KafkaTopicPartition]
    /// True when they were lost (session timed out): another member may own them
    /// already, so committing is pointless.
    public let lost: Bool
    let handle: RDKafkaHandleRef

    /// Commits offsets (the next offsets to read) synchronously; empty commits what
    /// was stored with ``KafkaConsumer/store(_:)``.
    public func commit(_ offsets: [KafkaTopicPartitionOffset] = []) throws(KafkaError) {
        let list = offsets.isEmpty ? nil : RDKafkaTopicPartitionList.make(offsets)
        defer { if let list { rd_kafka_topic_partition_list_destroy(list) } }
        let err = rd_kafka_commit(handle.raw, list, 0)
        if err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR__NO_OFFSET {
            throw KafkaError.from(err, context: "commit on revoke")
        }
    }
}
