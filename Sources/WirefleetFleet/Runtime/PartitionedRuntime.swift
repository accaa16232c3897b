import Foundation
public import Logging
import ServiceLifecycle
import Synchronization
public import WirefleetKafka

/// The consume → process → publish → commit loop shared by the workers and the
/// assembler: one consumer, one producer, a ``BatchCommitter``, readiness, lag metrics,
/// commit-on-revoke and graceful shutdown.
public final class PartitionedRuntime: Sendable {
    /// What the loop hands to the service's logic.
    public enum Event: Sendable {
        /// Records polled from the input.
        case batch([KafkaMessage])
        /// Nothing arrived for a poll interval (time-based work, e.g. timeouts).
        case idle
        /// These partitions were taken away: forget any state kept for them.
        case revoked([KafkaTopicPartition])
        /// These partitions were given to this member: restore any state kept for them
        /// before their first record is handed over.
        case assigned([KafkaTopicPartition])
    }

    /// What the logic wants published and committed for an event.
    public struct Outcome: Sendable {
        public var outputs: [KafkaRecord]
        /// Records published only once every output was acknowledged (state that
        /// describes the outputs, e.g. a changelog), before the offsets are committed.
        public var afterOutputs: [KafkaRecord]
        public var offsets: [KafkaTopicPartitionOffset]
        public init(outputs: [KafkaRecord] = [], afterOutputs: [KafkaRecord] = [], offsets: [KafkaTopicPartitionOffset] = []) {
            self.outputs = outputs
            self.afterOutputs = afterOutputs
            self.offsets = offsets
        }
    }

    public let consumer: KafkaConsumer
    public let producer: KafkaProducer
    let options: FleetOptions
    let metrics: FleetMetrics
    let logger: Logger
    private let rebalances = RebalanceLog()

    public init(options: FleetOptions, stageName: String, metrics: FleetMetrics, logger: Logger) throws {
        self.options = options
        self.metrics = metrics
        self.logger = logger
        let instance = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(6))"
        self.producer = try KafkaProducer(configuration: options.producerConfiguration(stage: stageName, instance: instance),
                                          logger: logger)
        let exactlyOnce = options.exactlyOnce
        let rebalances = self.rebalances
        let hooks = KafkaRebalanceHooks(
            onAssign: { partitions in
                rebalances.add(.assigned(partitions))
                metrics.setReady(true)
            },
            onRevoke: { revocation in
                rebalances.add(.revoked(revocation.partitions))
                // At-least-once: offsets stored so far belong to acknowledged outputs;
                // commit them before the partitions move so the next owner starts there.
                guard !exactlyOnce, !revocation.lost else { return }
                do { try revocation.commit() } catch {
                    logger.warning("commit on revoke failed: \(error)")
                }
            })
        self.consumer = try KafkaConsumer(configuration: options.consumerConfiguration(), hooks: hooks, logger: logger)
    }

    /// Creates the topics if asked to and runs `prepare` (checks a service needs before
    /// it consumes), then runs until graceful shutdown (or cancellation), then finishes
    /// the batch in hand, commits, leaves the group and closes.
    ///
    /// A shutdown request during the set-up (e.g. while waiting for a broker) ends it at
    /// once and returns normally.
    public func run(prepare: (@Sendable () async throws -> Void)? = nil,
                    _ logic: @escaping @Sendable (Event) async throws -> Outcome) async throws {
        let (options, logger, producer) = (self.options, self.logger, self.producer)
        do {
            try await cancelWhenGracefulShutdown {
                if options.createTopics {
                    // Idempotent; waits (and logs) while the brokers cannot be reached.
                    try await TopicProvisioner(configuration: options.kafka, logger: logger)
                        .ensure([options.inputTopic, options.outputTopic, options.deadLetterTopic], partitions: options.partitions)
                }
                try await prepare?()
                if options.exactlyOnce { try await producer.initTransactions() }
            }
        } catch {
            guard Task.isShuttingDownGracefully || Task.isCancelled else { throw error }
            logger.info("shutdown requested while starting: stopped")
            metrics.setReady(false)
            // Nothing to flush or commit; release both clients at once (each takes ~1 s).
            async let producerClosed: Void = producer.close(timeout: .milliseconds(100))
            async let consumerClosed: Void = consumer.close()
            _ = await (producerClosed, consumerClosed)
            return
        }
        try consumer.subscribe(topics: [options.inputTopic])
        let committer = makeCommitter()
        let stopping = Mutex(false)
        logger.info("started", metadata: ["kafka.group.id": "\(options.groupID)", "kafka.topic": "\(options.inputTopic)",
                                           "wirefleet.mode": "\(options.exactlyOnce ? "exactly-once" : "at-least-once")"])
        var lastStatistics = ContinuousClock.now
        // Batches whose outputs are queued and whose offsets wait for the acknowledgements.
        var inFlight: [BatchCommitter.InFlight] = []
        let depth = options.exactlyOnce || options.unsafeCommitBeforeDelivery ? 1 : max(1, options.batchesInFlight)
        do {
            try await withGracefulShutdownHandler {
                while !stopping.withLock({ $0 }) && !Task.isCancelled {
                    let batch = try await consumer.poll(maxMessages: options.batchSize, timeout: .milliseconds(100))
                    for change in rebalances.drain() {
                        _ = try await logic(change)
                        metrics.setReady(!consumer.assignment.isEmpty)
                    }
                    let outcome = try await logic(batch.isEmpty ? .idle : .batch(batch))
                    let hasWork = !outcome.outputs.isEmpty || !outcome.afterOutputs.isEmpty || !outcome.offsets.isEmpty
                    if depth > 1 && outcome.afterOutputs.isEmpty {
                        if hasWork { inFlight.append(await committer.start(outputs: outcome.outputs, offsets: outcome.offsets)) }
                        // Store what is acknowledged; wait for the oldest while too many are in flight.
                        let due = max(inFlight.prefix { $0.isAcknowledged }.count, inFlight.count - (depth - 1))
                        if due > 0 {
                            try await committer.settle(Array(inFlight.prefix(due)))
                            inFlight.removeFirst(due)
                        }
                    } else if hasWork {
                        try await committer.settle(inFlight)
                        inFlight.removeAll()
                        try await committer.commit(outputs: outcome.outputs, afterOutputs: outcome.afterOutputs,
                                                   offsets: outcome.offsets)
                    }
                    if ContinuousClock.now - lastStatistics > .seconds(2) {
                        lastStatistics = ContinuousClock.now
                        updateStatistics()
                        if let fatal = consumer.fatalError ?? producer.fatalError { throw fatal }
                    }
                }
            } onGracefulShutdown: {
                stopping.withLock { $0 = true }
            }
        } catch {
            logger.error("stopping after error: \(error)")
            await shutdown()
            throw error
        }
        logger.info("shutting down gracefully")
        do { try await committer.settle(inFlight) } catch { logger.warning("settling the batches in flight: \(error)") }
        await shutdown()
    }

    private func makeCommitter() -> BatchCommitter {
        var c = BatchCommitter(producer: producer, consumer: consumer, exactlyOnce: options.exactlyOnce,
                               metrics: metrics, logger: logger)
        c.commitOffsetsBeforeDelivery = options.unsafeCommitBeforeDelivery
        return c
    }

    private func shutdown() async {
        metrics.setReady(false)
        do { try await producer.flush(timeout: .seconds(10)) } catch { logger.warning("flush on shutdown: \(error)") }
        if !options.exactlyOnce {
            do { try await consumer.commit() } catch { logger.warning("final commit: \(error)") }
        }
        await consumer.close()
        await producer.close(timeout: .seconds(5))
        let c = metrics.counts
        logger.info("stopped", metadata: ["consumed": "\(c.consumed)", "produced": "\(c.produced)",
                                          "dead_lettered": "\(c.deadLettered)"])
    }

    /// Copies librdkafka's latest statistics into the metrics: consumer lag per
    /// partition, the producer's queue.
    private func updateStatistics() {
        if let stats = producer.statistics {
            metrics.setProducerQueue(messages: stats.producerQueueMessages, bytes: stats.producerQueueBytes)
        }
        metrics.setOffsetContinuity(consumer.continuityTotals)
        guard let stats = consumer.statistics else { return }
        metrics.setLag(stats.consumerLag.map { (topic: $0.key.topic, partition: $0.key.partition, lag: $0.value) })
    }
}

/// Assignments and revocations seen on the poll thread, in order, drained by the loop.
final class RebalanceLog: Sendable {
    private let list = Mutex<[PartitionedRuntime.Event]>([])
    func add(_ e: PartitionedRuntime.Event) { list.withLock { $0.append(e) } }
    func drain() -> [PartitionedRuntime.Event] { list.withLock { l in defer { l.removeAll() }; return l } }
}
