public import WirefleetKafka

/// Settings shared by the long-running services.
public struct FleetOptions: Sendable {
    /// Brokers and raw `-X` properties.
    public var kafka: KafkaConfiguration
    public var inputTopic: String
    public var outputTopic: String
    public var deadLetterTopic: String = FleetTopics.deadLetter
    public var groupID: String
    /// Consume-transform-produce inside Kafka transactions.
    public var exactlyOnce = false
    /// Partitions of topics created at start.
    public var partitions = FleetTopics.defaultPartitions
    /// Create the topics at start (idempotent).
    public var createTopics = true
    /// Records polled per batch at most.
    public var batchSize = 256
    /// Articles whose body is larger than this many UTF-8 bytes are dead-lettered.
    public var maxBodyBytes = 4 * 1024 * 1024
    /// Per-article processing budget; past it the article is dead-lettered and the
    /// partition moves on.
    public var articleTimeout: Duration = .seconds(10)
    /// `session.timeout.ms` for the group.
    public var sessionTimeoutMilliseconds = 10_000
    /// Batches whose outputs may await their acknowledgements while the next batches are
    /// polled and processed (at-least-once, for the workers, which keep no state; 1: each
    /// batch waits for its own). Offsets are still stored only for acknowledged outputs,
    /// in order (``BatchCommitter/settle(_:)``). More throughput on a backlog, no better
    /// p99 latency at a steady rate (ops/RELIABILITY.md).
    public var batchesInFlight = 1
    /// Test-only fault injection, see ``BatchCommitter/commitOffsetsBeforeDelivery``.
    public var unsafeCommitBeforeDelivery = false

    public init(kafka: KafkaConfiguration, inputTopic: String, outputTopic: String, groupID: String) {
        self.kafka = kafka
        self.inputTopic = inputTopic
        self.outputTopic = outputTopic
        self.groupID = groupID
    }

    /// The consumer configuration for these options.
    public func consumerConfiguration() -> KafkaConsumerConfiguration {
        var c = KafkaConsumerConfiguration(common: kafka, groupID: groupID)
        c.isolation = .readCommitted
        c.autoCommit = !exactlyOnce
        c.sessionTimeoutMilliseconds = sessionTimeoutMilliseconds
        c.maxBatchSize = batchSize
        if c.common.statisticsIntervalMilliseconds == 0 { c.common.statisticsIntervalMilliseconds = 5000 }
        c.common.properties["auto.commit.interval.ms"] = c.common.properties["auto.commit.interval.ms"] ?? "500"
        // Prefetch at most ~2 MiB per consumer (librdkafka's default is 64 MiB): still
        // over a thousand articles ahead. Against 4 MiB, peak RSS per worker was 2-10 MiB
        // lower at the same speed (3 paired runs of 20,000 articles; 1 MiB halved it).
        c.common.properties["queued.max.messages.kbytes"] = c.common.properties["queued.max.messages.kbytes"] ?? "2048"
        return c
    }

    /// The producer configuration for these options (`stage` names the transactional id).
    public func producerConfiguration(stage: String, instance: String) -> KafkaProducerConfiguration {
        var p = KafkaProducerConfiguration(common: kafka)
        // Statistics feed the producer-queue gauges.
        if p.common.statisticsIntervalMilliseconds == 0 { p.common.statisticsIntervalMilliseconds = 5000 }
        if exactlyOnce { p.transactionalID = "wirefleet-\(stage)-\(instance)" }
        return p
    }
}
