public import Foundation

/// librdkafka's periodic statistics (`statistics.interval.ms`), decoded as far as the
/// fleet needs: consumer lag per partition and a few client totals.
public struct KafkaStatistics: Sendable {
    /// Consumer lag per assigned partition (high watermark − committed or stored offset).
    public var consumerLag: [KafkaTopicPartition: Int64]
    /// Messages and bytes waiting in the producer queue.
    public var producerQueueMessages: Int64
    public var producerQueueBytes: Int64
    /// When librdkafka produced the statistics (microseconds since the epoch).
    public var timestampMicroseconds: Int64

    /// Decodes the statistics JSON object.
    public init(json: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: json) as? [String: Any] else {
            throw KafkaError(code: .decoding, message: "statistics are not a JSON object")
        }
        timestampMicroseconds = (root["ts"] as? NSNumber)?.int64Value ?? 0
        producerQueueMessages = (root["msg_cnt"] as? NSNumber)?.int64Value ?? 0
        producerQueueBytes = (root["msg_size"] as? NSNumber)?.int64Value ?? 0
        var lag: [KafkaTopicPartition: Int64] = [:]
        if let topics = root["topics"] as? [String: Any] {
            for (topic, t) in topics {
                guard let parts = (t as? [String: Any])?["partitions"] as? [String: Any] else { continue }
                for (p, v) in parts {
                    guard let id = Int32(p), id >= 0, let pv = v as? [String: Any] else { continue }
                    let state = pv["fetch_state"] as? String ?? ""
                    guard let l = (pv["consumer_lag"] as? NSNumber)?.int64Value, l >= 0,
                          state != "none", state != "stopped" else { continue }
                    lag[KafkaTopicPartition(topic: topic, partition: id)] = l
                }
            }
        }
        consumerLag = lag
    }
}
