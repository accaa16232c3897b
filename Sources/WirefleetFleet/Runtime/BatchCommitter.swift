public import Logging
public import WirefleetKafka

/// Publishes a batch's output records and commits its input offsets, either
/// at-least-once (offsets stored only after every output was acknowledged) or
/// exactly-once (outputs and offsets in one Kafka transaction).
///
/// Transient broker errors are retried with backoff for as long as it takes — an
/// output is never dropped and never dead-lettered for a broker problem.
public struct BatchCommitter: Sendable {
    public let producer: KafkaProducer
    public let consumer: KafkaConsumer
    public let exactlyOnce: Bool
    public let metrics: FleetMetrics
    public let logger: Logger
    /// Test-only fault: commit input offsets *before* the outputs are acknowledged
    /// (the bug the reliability suite must catch). Never set in production.
    public var commitOffsetsBeforeDelivery = false
    /// A batch whose deliveries take longer than this is logged as a warning.
    static let slowDeliveryWarning = Duration.seconds(5)

    public init(producer: KafkaProducer, consumer: KafkaConsumer, exactlyOnce: Bool, metrics: FleetMetrics, logger: Logger) {
        self.producer = producer
        self.consumer = consumer
        self.exactlyOnce = exactlyOnce
        self.metrics = metrics
        self.logger = logger
    }

    /// Publishes `outputs`, then `afterOutputs` (records that describe the outputs, such
    /// as a changelog: at-least-once, only once every output was acknowledged; exactly-once,
    /// in the same transaction), and commits `offsets` (the next offsets to read).
    /// Returns false if it gave up because the task was cancelled (nothing committed).
    @discardableResult
    public func commit(outputs: [KafkaRecord], afterOutputs: [KafkaRecord] = [], offsets: [KafkaTopicPartitionOffset]) async throws -> Bool {
        if exactlyOnce { return try await commitTransactionally(outputs: outputs + afterOutputs, offsets: offsets) }
        if commitOffsetsBeforeDelivery {
            // The deliberate bug: offsets committed before the outputs exist, and a
            // slow delivery after it, so a crash in between loses the batch.
            try await consumer.commit(offsets)
            try? await Task.sleep(for: .milliseconds(300))
        }
        guard try await deliver(outputs), try await deliver(afterOutputs) else { return false }
        if !commitOffsetsBeforeDelivery { try consumer.store(offsets) }
        return true
    }

    /// A batch whose outputs are queued (``start(outputs:offsets:)``) and whose input
    /// offsets wait for the outputs' acknowledgements (``settle(_:)``).
    public struct InFlight: Sendable {
        let records: [KafkaRecord]
        let deliveries: KafkaDeliveries
        let offsets: [KafkaTopicPartitionOffset]
        /// Every output was acknowledged or failed: ``settle(_:)`` will not wait for it.
        public var isAcknowledged: Bool { deliveries.isComplete }
    }

    /// At-least-once with several batches in flight: queues `outputs` and returns
    /// without waiting for their acknowledgements. Nothing is stored until ``settle(_:)``.
    public func start(outputs: [KafkaRecord], offsets: [KafkaTopicPartitionOffset]) async -> InFlight {
        precondition(!exactlyOnce && !commitOffsetsBeforeDelivery, "batches in flight are for at-least-once only")
        return InFlight(records: outputs, deliveries: await producer.enqueueAll(outputs), offsets: offsets)
    }

    /// Settles batches started with ``start(outputs:offsets:)``, oldest first: waits for
    /// each one's acknowledgements and stores its offsets only once its outputs, and
    /// those of every batch before it, were acknowledged.
    ///
    /// If a record failed, every record queued after it — in its batch and in the later
    /// ones — is sent again after it, in the original order (once nothing is in flight),
    /// so the last record written per key is still the newest; the duplicates are what
    /// at-least-once allows. Then the offsets of all the batches are stored. Returns
    /// false if the task was cancelled first (nothing more stored).
    @discardableResult
    public func settle(_ batches: [InFlight]) async throws -> Bool {
        for (k, batch) in batches.enumerated() {
            let results = await batch.deliveries.results()
            guard let firstFailure = results.firstIndex(where: { if case .failure = $0 { true } else { false } }) else {
                metrics.produced(results.count)
                try consumer.store(batch.offsets)
                continue
            }
            metrics.produced(firstFailure)
            // From the failed record on, this batch's records and every later batch's,
            // once none of them is in flight.
            var again: [KafkaRecord] = []
            for (j, b) in batches[k...].enumerated() {
                let from = j == 0 ? firstFailure : 0
                let bResults = j == 0 ? results : await b.deliveries.results()
                for (record, result) in zip(b.records[from...], bResults[from...]) {
                    guard case .failure(let error) = result else { continue }
                    metrics.failed()
                    if error.isFatal { throw error }
                    logger.warning("delivery to \(record.topic) failed, will resend it and what was queued after it: \(error)",
                                   metadata: ["kafka.topic": "\(record.topic)"])
                }
                again += b.records[from...]
            }
            metrics.retried(again.count)
            guard try await deliver(again) else { return false }
            for b in batches[k...] { try consumer.store(b.offsets) }
            return true
        }
        return true
    }

    /// Sends records until every one was acknowledged, retrying transient failures.
    /// Returns false if the task was cancelled first.
    private func deliver(_ outputs: [KafkaRecord]) async throws -> Bool {
        guard !outputs.isEmpty else { return true }
        var pending = outputs
        var backoff = Duration.milliseconds(100)
        while !pending.isEmpty {
            let started = ContinuousClock.now
            let results = await producer.sendAll(pending)
            let waited = ContinuousClock.now - started
            if waited > Self.slowDeliveryWarning {
                // No error, just a broker that takes long to acknowledge: say so, since
                // the partition makes no progress meanwhile (lag grows).
                let seconds = Double(waited.components.seconds) + Double(waited.components.attoseconds) / 1e18
                logger.warning("deliveries of \(pending.count) records took \((seconds * 10).rounded() / 10) s (broker slow to acknowledge)",
                               metadata: ["kafka.records": "\(pending.count)"])
            }
            var failed: [KafkaRecord] = []
            for (record, result) in zip(pending, results) {
                switch result {
                case .success: metrics.produced()
                case .failure(let error):
                    metrics.failed()
                    if error.isFatal { throw error }
                    logger.warning("delivery to \(record.topic) failed, will retry: \(error)",
                                   metadata: ["kafka.topic": "\(record.topic)"])
                    failed.append(record)
                }
            }
            pending = failed
            if !pending.isEmpty {
                metrics.retried(pending.count)
                if Task.isCancelled { return false }
                try? await Task.sleep(for: backoff)
                backoff = min(backoff * 2, .seconds(5))
            }
        }
        return true
    }

    private func commitTransactionally(outputs: [KafkaRecord], offsets: [KafkaTopicPartitionOffset]) async throws -> Bool {
        var backoff = Duration.milliseconds(100)
        while true {
            do {
                try producer.beginTransaction()
                for r in outputs { try await producer.enqueue(r) }
                try await producer.sendOffsetsToTransaction(offsets, consumer: consumer)
                try await producer.commitTransaction()
                metrics.produced(outputs.count)
                return true
            } catch {
                metrics.failed()
                if error.isFatal { throw error }
                logger.warning("transaction failed, aborting and retrying the batch: \(error)")
                do { try await producer.abortTransaction() } catch {
                    if error.isFatal { throw error }
                    logger.warning("abort failed: \(error)")
                }
                metrics.retried()
                if Task.isCancelled { return false }
                try? await Task.sleep(for: backoff)
                backoff = min(backoff * 2, .seconds(5))
            }
        }
    }
}

extension [KafkaMessage] {
    /// The next offset to read per partition after this batch.
    public var nextOffsets: [KafkaTopicPartitionOffset] {
        var next: [KafkaTopicPartition: Int64] = [:]
        for m in self { next[m.topicPartition] = Swift.max(next[m.topicPartition] ?? 0, m.offset + 1) }
        return next.map { KafkaTopicPartitionOffset(topic: $0.key.topic, partition: $0.key.partition, offset: $0.value) }
    }
}
