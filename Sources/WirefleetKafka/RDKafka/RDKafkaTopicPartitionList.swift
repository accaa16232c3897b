import CRDKafka

/// Builds and reads librdkafka's `rd_kafka_topic_partition_list_t`.
enum RDKafkaTopicPartitionList {
    /// A new list (caller destroys it with `rd_kafka_topic_partition_list_destroy`).
    static func make(_ offsets: [KafkaTopicPartitionOffset]) -> UnsafeMutablePointer<rd_kafka_topic_partition_list_t> {
        let list = rd_kafka_topic_partition_list_new(Int32(max(offsets.count, 1)))!
        for o in offsets {
            let p = rd_kafka_topic_partition_list_add(list, o.topic, o.partition)!
            p.pointee.offset = o.offset
        }
        return list
    }

    static func make(partitions: [KafkaTopicPartition]) -> UnsafeMutablePointer<rd_kafka_topic_partition_list_t> {
        make(partitions.map { KafkaTopicPartitionOffset(topic: $0.topic, partition: $0.partition, offset: Int64(RD_KAFKA_OFFSET_INVALID)) })
    }

    static func partitions(of list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>) -> [KafkaTopicPartition] {
        offsets(of: list).map(\.topicPartition)
    }

    static func offsets(of list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>) -> [KafkaTopicPartitionOffset] {
        let n = Int(list.pointee.cnt)
        guard n > 0, let elems = list.pointee.elems else { return [] }
        return (0..<n).map { i in
            let e = elems[i]
            return KafkaTopicPartitionOffset(topic: String(cString: e.topic), partition: e.partition, offset: e.offset)
        }
    }

    /// The first per-partition error in a list, if any.
    static func firstError(in list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>) -> KafkaError? {
        let n = Int(list.pointee.cnt)
        guard n > 0, let elems = list.pointee.elems else { return nil }
        for i in 0..<n where elems[i].err != RD_KAFKA_RESP_ERR_NO_ERROR {
            return KafkaError.from(elems[i].err, context: "\(String(cString: elems[i].topic))[\(elems[i].partition)]")
        }
        return nil
    }
}
