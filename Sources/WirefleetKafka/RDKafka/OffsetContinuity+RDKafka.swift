import CRDKafka
import Logging

/// What the consumer and the partition reader both do with an ``OffsetContinuity``
/// decision: log its events and make its seeks (``carryOut(_:of:client:logger:seekFailed:)``).
extension OffsetContinuity {
    /// Logs `decision`'s events and makes its seeks. A seek that fails delivers the
    /// records held back after all, rather than lose them: `seekFailed` tells the tracker,
    /// and they are appended to `decision.deliver`. Returns the partitions sought.
    static func carryOut(_ decision: inout Decision, of batch: [KafkaMessage], client: RDKafkaClient, logger: Logger,
                         seekFailed: (Gap, [KafkaMessage]) -> Void) -> Set<KafkaTopicPartition> {
        log(decision.events, logger: logger)
        var sought: Set<KafkaTopicPartition> = []
        for seek in decision.seeks {
            if self.seek(seek, client: client, logger: logger) {
                sought.insert(seek.topicPartition)
                continue
            }
            let heldBack = batch.filter { $0.topicPartition == seek.topicPartition && $0.offset > seek.offset }
            guard let first = heldBack.first else { continue }
            seekFailed(Gap(partition: seek.topicPartition, from: seek.offset, to: first.offset), heldBack)
            decision.deliver += heldBack
        }
        return sought
    }

    /// Logs what a batch made the tracker find: a record the broker skipped at warning
    /// (it would have been lost), holes that hold no records at debug.
    private static func log(_ events: [Event], logger: Logger) {
        for event in events {
            switch event {
            case .rereading(let gap):
                logger.debug("offsets missing in a fetch: reading them again", metadata: ["kafka.gap": "\(gap)"])
            case .reread(let gap):
                logger.warning("the broker skipped records in a fetch; read them again",
                               metadata: ["kafka.gap": "\(gap)", "kafka.records": "\(gap.count)"])
            case .confirmed(let gap):
                logger.debug("offsets without records (transaction markers, compaction or deleted records)",
                             metadata: ["kafka.gap": "\(gap)"])
            case .acceptedAsRegular(let gap):
                logger.debug("offset gap let through: this partition has them regularly (transactions or compaction)",
                             metadata: ["kafka.gap": "\(gap)"])
            }
        }
    }

    /// Seeks a partition to its hole's first offset, waiting until librdkafka dropped what
    /// it had fetched past it; false (logged) when the seek failed.
    private static func seek(_ seek: KafkaTopicPartitionOffset, client: RDKafkaClient, logger: Logger) -> Bool {
        let list = RDKafkaTopicPartitionList.make([seek])
        defer { rd_kafka_topic_partition_list_destroy(list) }
        var failure: KafkaError?
        if let e = rd_kafka_seek_partitions(client.handle, list, 5000) {
            failure = KafkaError.consuming(e, context: "seek \(seek)")
        } else if list.pointee.elems[0].err != RD_KAFKA_RESP_ERR_NO_ERROR {
            failure = KafkaError.from(list.pointee.elems[0].err, context: "seek \(seek)")
        }
        guard let failure else { return true }
        logger.warning("seeking back to a gap failed; delivering past it: \(failure)", metadata: ["kafka.partition": "\(seek)"])
        return false
    }
}
