public import Logging
import CRDKafka
import Dispatch
import Synchronization

/// A consumer-group member with manual offset storing and committing.
///
/// Records arrive through ``messages`` (an `AsyncSequence`) or ``poll(maxMessages:timeout:)``
/// in batches; polling runs on the consumer's own dispatch queue, never on the
/// cooperative pool. Offsets are stored with ``store(_:)`` once the work for a record is
/// done and committed with ``commit()`` (awaitable). ``KafkaRebalanceHooks`` run
/// synchronously inside a rebalance, before partitions move.
///
/// ```swift
/// let consumer = try KafkaConsumer(configuration: .init(common: common, groupID: "g"), logger: logger)
/// try consumer.subscribe(topics: ["articles.raw"])
/// for try await message in consumer.messages {
///     try await handle(message)
///     try consumer.store(message)
/// }
/// ```
public final class KafkaConsumer: Sendable {
    let client: RDKafkaClient
    private let queue: RDKafkaQueueRef
    private let pollQueue = DispatchQueue(label: "wirefleet.kafka.consumer.poll")
    private let closed = RDKafkaFlag()
    private let subscribed = RDKafkaFlag()
    private let logger: Logger
    /// The configuration the consumer was created with.
    public let configuration: KafkaConsumerConfiguration

    /// Creates the consumer; `hooks` run inside rebalances (see ``KafkaRebalanceHooks``).
    public init(configuration: KafkaConsumerConfiguration, hooks: KafkaRebalanceHooks = KafkaRebalanceHooks(),
                logger: Logger) throws(KafkaError) {
        self.configuration = configuration
        var logger = logger
        logger[metadataKey: "kafka.group.id"] = "\(configuration.groupID)"
        self.logger = logger
        let client = try RDKafkaClient.make(kind: .consumer, properties: configuration.librdkafkaProperties(),
                                            logger: logger, rebalance: true)
        client.context.rebalanceHooks.withLock { $0 = hooks }
        rd_kafka_poll_set_consumer(client.handle)
        self.client = client
        self.queue = RDKafkaQueueRef(rd_kafka_queue_get_consumer(client.handle))
    }

    deinit {
        if !closed.set() {
            rd_kafka_queue_destroy(queue.raw)
            client.destroy(skipConsumerClose: !subscribed.isSet)
        } else if !client.isDestroyed {
            client.destroy()
        }
    }

    // MARK: - Subscription

    /// Subscribes to topics (replaces any earlier subscription).
    public func subscribe(topics: [String]) throws(KafkaError) {
        let list = RDKafkaTopicPartitionList.make(partitions: topics.map {
            KafkaTopicPartition(topic: $0, partition: RD_KAFKA_PARTITION_UA)
        })
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_subscribe(client.handle, list)
        if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError.from(err, context: "subscribe \(topics)") }
        _ = subscribed.set()
        logger.info("subscribed", metadata: ["kafka.topics": "\(topics.joined(separator: ","))"])
    }

    /// The partitions currently assigned to this member.
    public var assignment: Set<KafkaTopicPartition> { client.context.assigned.withLock { $0 } }

    // MARK: - Receiving

    /// Waits up to `timeout` for records and returns up to `maxMessages` of them (empty
    /// on timeout). Records of partitions revoked meanwhile are dropped.
    public func poll(maxMessages: Int? = nil, timeout: Duration = .milliseconds(100)) async throws(KafkaError) -> [KafkaMessage] {
        if closed.isSet { throw KafkaError(code: .closed, message: "consumer is closed") }
        let max = maxMessages ?? configuration.maxBatchSize
        let ms = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        let (client, queue, closed, logger) = (self.client, self.queue, self.closed, self.logger)
        let rereadsGaps = configuration.rereadsOffsetGaps
        let result: Result<[KafkaMessage], KafkaError> = await withCheckedContinuation { cont in
            pollQueue.async {
                if closed.isSet {
                    cont.resume(returning: .failure(KafkaError(code: .closed, message: "consumer is closed")))
                    return
                }
                let batch = Self.consumeBatch(client: client, queue: queue, max: max, timeoutMs: ms, logger: logger)
                guard rereadsGaps, case .success(let messages) = batch, !messages.isEmpty else {
                    cont.resume(returning: batch)
                    return
                }
                cont.resume(returning: .success(Self.checkContinuity(messages, client: client, logger: logger)))
            }
        }
        return try result.get()
    }

    private static func consumeBatch(client: RDKafkaClient, queue: RDKafkaQueueRef, max: Int, timeoutMs: Int32,
                                     logger: Logger) -> Result<[KafkaMessage], KafkaError> {
        var buffer = [UnsafeMutablePointer<rd_kafka_message_t>?](repeating: nil, count: max)
        // What is there now; if nothing, wait for the first record only (a batch call
        // would wait out its whole timeout even with records in hand), then take the rest.
        var n = rd_kafka_consume_batch_queue(queue.raw, 0, &buffer, max)
        if n == 0, timeoutMs > 0, let first = rd_kafka_consumer_poll(client.handle, timeoutMs) {
            buffer[0] = first
            n = 1
            if max > 1 {
                let more = buffer.withUnsafeMutableBufferPointer { b in
                    rd_kafka_consume_batch_queue(queue.raw, 0, b.baseAddress! + 1, max - 1)
                }
                if more > 0 { n += more }
            }
        }
        if n < 0 { return .failure(KafkaError.from(rd_kafka_last_error(), context: "consume")) }
        var out: [KafkaMessage] = []
        out.reserveCapacity(n)
        var copier = RDKafkaMessageCopier()
        var failure: KafkaError?
        for i in 0..<n {
            guard let m = buffer[i] else { continue }
            defer { rd_kafka_message_destroy(m) }
            let err = m.pointee.err
            if err != RD_KAFKA_RESP_ERR_NO_ERROR {
                if err == RD_KAFKA_RESP_ERR__PARTITION_EOF { continue }
                let e = KafkaError.from(err, context: "consumer")
                if let fatal = client.context.fatalError.withLock({ $0 }) { failure = fatal } else {
                    logger.warning("consumer error: \(e)")
                    client.context.lastBrokerError.withLock { $0 = e }
                }
                continue
            }
            out.append(copier.copy(m))
        }
        if let failure { return .failure(failure) }
        out = client.context.droppingSimulatedSkips(out)
        // Drop records of partitions revoked while they were queued.
        let assigned = client.context.assigned.withLock { $0 }
        if out.contains(where: { !assigned.contains($0.topicPartition) }) {
            out.removeAll { !assigned.contains($0.topicPartition) }
        }
        return .success(out)
    }

    /// Passes a batch through the consumer's ``OffsetContinuity``: holds back the records
    /// after a hole in a partition's offsets and seeks the partition to the hole, so the
    /// next polls bring the hole's records (or show it holds none). Runs on the poll queue.
    private static func checkContinuity(_ messages: [KafkaMessage], client: RDKafkaClient, logger: Logger) -> [KafkaMessage] {
        var decision = client.context.continuity.withLock { $0.admit(messages) }
        _ = OffsetContinuity.carryOut(&decision, of: messages, client: client, logger: logger) { gap, heldBack in
            client.context.continuity.withLock { $0.seekFailed(gap, heldBack: heldBack) }
        }
        return decision.deliver
    }

    /// Fault injection for tests: each of these records is left out of the first poll
    /// that brings it, as a broker that skipped it in a fetch would.
    func simulateSkippedRecords(_ records: [KafkaTopicPartitionOffset]) {
        client.context.simulatedSkips.withLock { $0.formUnion(records) }
    }

    /// What the consumer's offset check found so far (see ``KafkaConsumerConfiguration/rereadsOffsetGaps``).
    public var continuityTotals: OffsetContinuity.Totals { client.context.continuity.withLock { $0.totals } }

    /// The records, one at a time, polled in batches. Ends when the consumer is closed
    /// or the iterating task is cancelled; throws on a fatal error.
    public var messages: KafkaMessageSequence { KafkaMessageSequence(consumer: self) }

    // MARK: - Offsets

    /// Stores offsets (the next offsets to read) for the next commit.
    public func store(_ offsets: [KafkaTopicPartitionOffset]) throws(KafkaError) {
        guard !offsets.isEmpty else { return }
        let list = RDKafkaTopicPartitionList.make(offsets)
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_offsets_store(client.handle, list)
        if err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR__STATE {
            throw KafkaError.from(err, context: "store offsets")
        }
    }

    /// Stores the offset after `message`: its work is done.
    public func store(_ message: KafkaMessage) throws(KafkaError) {
        try store([KafkaTopicPartitionOffset(topic: message.topic, partition: message.partition, offset: message.offset + 1)])
    }

    /// Commits stored offsets, or the given ones, and returns when the broker confirmed.
    public func commit(_ offsets: [KafkaTopicPartitionOffset] = []) async throws(KafkaError) {
        let client = self.client
        try await BlockingCall.run { () throws(KafkaError) in
            if client.isDestroyed { throw KafkaError(code: .closed, message: "consumer is closed") }
            let list = offsets.isEmpty ? nil : RDKafkaTopicPartitionList.make(offsets)
            defer { if let list { rd_kafka_topic_partition_list_destroy(list) } }
            let err = rd_kafka_commit(client.handle, list, 0)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR__NO_OFFSET {
                throw KafkaError.from(err, context: "commit")
            }
        }
    }

    /// The group's committed offsets for partitions (-1001 where none).
    public func committed(_ partitions: [KafkaTopicPartition], timeout: Duration = .seconds(10)) async throws(KafkaError) -> [KafkaTopicPartitionOffset] {
        let client = self.client
        let ms = Int32(clamping: timeout.components.seconds * 1000)
        return try await BlockingCall.run { () throws(KafkaError) in
            let list = RDKafkaTopicPartitionList.make(partitions: partitions)
            defer { rd_kafka_topic_partition_list_destroy(list) }
            let err = rd_kafka_committed(client.handle, list, ms)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError.from(err, context: "committed offsets") }
            return RDKafkaTopicPartitionList.offsets(of: list)
        }
    }

    /// The group metadata for ``KafkaProducer/sendOffsetsToTransaction(_:consumer:timeout:)``.
    func groupMetadata() throws(KafkaError) -> RDKafkaHandleRef {
        guard let md = rd_kafka_consumer_group_metadata(client.handle) else {
            throw KafkaError(code: .transaction, message: "no consumer group metadata")
        }
        return RDKafkaHandleRef(md)
    }

    // MARK: - Flow control

    /// Stops fetching from partitions until ``resume(_:)``.
    public func pause(_ partitions: [KafkaTopicPartition]) throws(KafkaError) {
        let list = RDKafkaTopicPartitionList.make(partitions: partitions)
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_pause_partitions(client.handle, list)
        if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError.from(err, context: "pause") }
    }

    /// Resumes fetching paused partitions.
    public func resume(_ partitions: [KafkaTopicPartition]) throws(KafkaError) {
        let list = RDKafkaTopicPartitionList.make(partitions: partitions)
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_resume_partitions(client.handle, list)
        if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError.from(err, context: "resume") }
    }

    // MARK: - Close

    /// Leaves the group (running the revoke hook for the last assignment, committing
    /// nothing by itself) and releases the client.
    public func close() async {
        guard !closed.set() else { return }
        let (client, queue, logger, subscribed) = (self.client, self.queue, self.logger, self.subscribed)
        await withCheckedContinuation { (cont: CheckedContinuation<Void, Never>) in
            let joined = subscribed.isSet
            pollQueue.async {
                if joined {
                    let err = rd_kafka_consumer_close(client.handle)
                    if err != RD_KAFKA_RESP_ERR_NO_ERROR { logger.warning("consumer close: \(KafkaError.from(err))") }
                }
                rd_kafka_queue_destroy(queue.raw)
                client.destroy(skipConsumerClose: true)
                cont.resume()
            }
        }
        logger.info("consumer closed")
    }

    /// Whether ``close()`` was called.
    public var isClosed: Bool { closed.isSet }

    /// A fatal error the client ran into, if any.
    public var fatalError: KafkaError? { client.context.fatalError.withLock { $0 } }

    /// The last non-fatal error reported by the client (e.g. brokers down).
    public var lastError: KafkaError? { client.context.lastBrokerError.withLock { $0 } }

    /// The latest statistics, when `statistics.interval.ms` is set.
    public var statistics: KafkaStatistics? { client.context.statistics.withLock { $0 } }
}

/// A non-owning reference to a librdkafka queue.
struct RDKafkaQueueRef: @unchecked Sendable {
    let raw: OpaquePointer
    init(_ raw: OpaquePointer?) { self.raw = raw! }
}
