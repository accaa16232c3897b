import CRDKafka
import Logging

/// What the consumer and the partition reader both do with an ``OffsetContinuity``
/// decision: log its events and make its seeks.
extension OffsetContinuity {
    /// Logs what a batch made the tracker find: a record the broker skipped at warning
    /// (it would have been lost), holes that hold no records at debug.
    static func log(_ events: [Event], logger: Logger) {
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

    /// Seeks each partition to its hole's first offset, waiting until librdkafka dropped
    /// what it had fetched past it; returns the seeks that failed (logged).
    static func seek(_ seeks: [KafkaTopicPartitionOffset], client: RDKafkaClient, logger: Logger) -> [KafkaTopicPartitionOffset] {
        var failed: [KafkaTopicPartitionOffset] = []
        for seek in seeks {
            let list = RDKafkaTopicPartitionList.make([seek])
            defer { rd_kafka_topic_partition_list_destroy(list) }
            var failure: KafkaError?
            if let e = rd_kafka_seek_partitions(client.handle, list, 5000) {
                failure = KafkaError.consuming(e, context: "seek \(seek)")
            } else if list.pointee.elems[0].err != RD_KAFKA_RESP_ERR_NO_ERROR {
                failure = KafkaError.from(list.pointee.elems[0].err, context: "seek \(seek)")
            }
            guard let failure else { continue }
            logger.warning("seeking back to a gap failed; delivering past it: \(failure)", metadata: ["kafka.partition": "\(seek)"])
            failed.append(seek)
        }
        return failed
    }
}
