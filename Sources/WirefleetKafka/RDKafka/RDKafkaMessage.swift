import CRDKafka

/// Copies librdkafka messages into ``KafkaMessage`` values (the one place that reads
/// `rd_kafka_message_t`).
struct RDKafkaMessageCopier {
    /// Topic names by topic handle, so each batch looks a name up once.
    private var names: [OpaquePointer: String] = [:]

    /// A copy of a data message (the caller checked `err` and destroys the message).
    mutating func copy(_ m: UnsafeMutablePointer<rd_kafka_message_t>) -> KafkaMessage {
        let msg = m.pointee
        let topic: String
        if let rkt = msg.rkt {
            if let cached = names[rkt] { topic = cached } else {
                topic = String(cString: rd_kafka_topic_name(rkt)); names[rkt] = topic
            }
        } else { topic = "" }
        let value = msg.payload.map { [UInt8](UnsafeRawBufferPointer(start: $0, count: msg.len)) } ?? []
        let key = msg.key.map { [UInt8](UnsafeRawBufferPointer(start: $0, count: msg.key_len)) }
        var headers: [KafkaHeader] = []
        var hdrs: OpaquePointer?
        if rd_kafka_message_headers(m, &hdrs) == RD_KAFKA_RESP_ERR_NO_ERROR, let hdrs {
            var idx = 0
            var name: UnsafePointer<CChar>?
            var val: UnsafeRawPointer?
            var size = 0
            while rd_kafka_header_get_all(hdrs, idx, &name, &val, &size) == RD_KAFKA_RESP_ERR_NO_ERROR {
                headers.append(KafkaHeader(name: name.map { String(cString: $0) } ?? "",
                                           value: val.map { [UInt8](UnsafeRawBufferPointer(start: $0, count: size)) }))
                idx += 1
            }
        }
        var tsType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
        let ts = rd_kafka_message_timestamp(m, &tsType)
        return KafkaMessage(topic: topic, partition: msg.partition, offset: msg.offset, key: key, value: value,
                            headers: headers, timestampMilliseconds: tsType == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE ? nil : ts)
    }

    /// The topic name of a message's topic handle (error events too).
    mutating func topicName(_ m: UnsafeMutablePointer<rd_kafka_message_t>) -> String {
        guard let rkt = m.pointee.rkt else { return "" }
        if let cached = names[rkt] { return cached }
        let t = String(cString: rd_kafka_topic_name(rkt))
        names[rkt] = t
        return t
    }
}
