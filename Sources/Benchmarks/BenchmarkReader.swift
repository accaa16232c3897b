public import Logging
public import WirefleetKafka

/// The consumers the fleet benchmark reads with (its reader of merged records, the raw
/// hop's): one configuration, subscribed and holding its partitions before it is used.
enum BenchmarkReader {
    /// A consumer of `topic` in group `group`, returned once its partitions are assigned
    /// (Tansu holds a JoinGroup for about half the session timeout); throws if none are
    /// within 60 s.
    static func joined(configuration: KafkaConfiguration, logger: Logger, group: String, topic: String,
                       offsetReset: KafkaConsumerConfiguration.OffsetReset) async throws -> KafkaConsumer {
        var cc = KafkaConsumerConfiguration(common: configuration, groupID: group)
        cc.offsetReset = offsetReset
        cc.sessionTimeoutMilliseconds = 6000
        cc.maxBatchSize = 1000
        let consumer = try KafkaConsumer(configuration: cc, logger: logger)
        try consumer.subscribe(topics: [topic])
        let joinDeadline = ContinuousClock.now + .seconds(60)
        while consumer.assignment.isEmpty && ContinuousClock.now < joinDeadline {
            _ = try await consumer.poll(timeout: .milliseconds(200))
        }
        guard !consumer.assignment.isEmpty else {
            await consumer.close()
            throw BenchmarkError("the consumer of \(topic) got no partitions within 60 s")
        }
        return consumer
    }
}
