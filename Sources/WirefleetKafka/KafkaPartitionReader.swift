public import Logging
import CRDKafka
import Dispatch

/// Reads chosen partitions from given offsets up to their ends — no consumer group,
/// nothing committed, nothing left behind.
///
/// For restoring state from a changelog topic (the assembler) and for reconciling
/// topics against each other (`wirefleet audit`). A partition is read to its end when
/// the client reports end-of-partition: its high watermark (for `read_committed`, the
/// last stable offset) as the fetch that reached it saw it.
///
/// ```swift
/// let reader = try KafkaPartitionReader(configuration: .init(brokers: "127.0.0.1:9092"), logger: logger)
/// let starts = try await reader.beginning(of: "articles.state", partitions: [0, 1])
/// try await reader.read(starts) { batch in for m in batch { restore(m) } }
/// ```
public final class KafkaPartitionReader: Sendable {
    private let client: RDKafkaClient
    private let queue: RDKafkaQueueRef
    private let work = DispatchQueue(label: "wirefleet.kafka.reader")
    private let logger: Logger

    /// Creates the reader. `isolation` decides whether records of open or aborted
    /// transactions are read.
    public init(configuration: KafkaConfiguration, isolation: KafkaConsumerConfiguration.Isolation = .readCommitted,
                logger: Logger) throws(KafkaError) {
        var logger = logger
        logger[metadataKey: "kafka.client"] = "reader"
        self.logger = logger
        var common = configuration
        common.statisticsIntervalMilliseconds = 0
        let properties = common.librdkafkaProperties(defaults: [
            "group.id": "wirefleet-reader-unused", // never joined: partitions are assigned by hand
            "isolation.level": isolation.rawValue,
            "enable.auto.commit": "false",
            "enable.auto.offset.store": "false",
            "enable.partition.eof": "true",
            "fetch.wait.max.ms": "10",
            // Read-ahead of at most ~16 MiB (librdkafka's default is 64 MiB): a restore
            // should not leave a service holding a large prefetch buffer.
            "queued.max.messages.kbytes": "16384",
        ])
        let client = try RDKafkaClient.make(kind: .consumer, properties: properties, logger: logger)
        rd_kafka_poll_set_consumer(client.handle)
        self.client = client
        self.queue = RDKafkaQueueRef(rd_kafka_queue_get_consumer(client.handle))
    }

    deinit {
        rd_kafka_queue_destroy(queue.raw)
        client.destroy(skipConsumerClose: true) // assigned by hand, never in a group
    }

    /// The topic's partition count; throws ``KafkaError/Code/unknownTopic`` if it does not exist.
    public func partitionCount(of topic: String, timeout: Duration = .seconds(10)) async throws(KafkaError) -> Int {
        let client = self.client
        let ms = Int32(clamping: timeout.components.seconds * 1000)
        let md = try await BlockingCall.run(abandonOnCancel: true) { () throws(KafkaError) in
            try client.metadata(topic: topic, timeoutMilliseconds: ms)
        }
        guard let t = md.first(where: { $0.name == topic }), t.error == nil, t.partitions > 0 else {
            throw KafkaError(code: .unknownTopic, message: "topic \(topic) does not exist")
        }
        return t.partitions
    }

    /// The low and high watermarks of a partition (the first offset held and the next
    /// offset to be written).
    public func watermarks(_ partition: KafkaTopicPartition, timeout: Duration = .seconds(10)) async throws(KafkaError) -> (low: Int64, high: Int64) {
        let client = self.client
        let ms = Int32(clamping: timeout.components.seconds * 1000)
        return try await BlockingCall.run(abandonOnCancel: true) { () throws(KafkaError) in
            try Self.watermarks(client: client, partition, ms)
        }
    }

    private static func watermarks(client: RDKafkaClient, _ tp: KafkaTopicPartition, _ ms: Int32) throws(KafkaError) -> (low: Int64, high: Int64) {
        var low: Int64 = 0
        var high: Int64 = 0
        let err = rd_kafka_query_watermark_offsets(client.handle, tp.topic, tp.partition, &low, &high, ms)
        if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError.from(err, context: "watermarks of \(tp)") }
        return (low, high)
    }

    /// Fault injection for tests: each of these records is left out of the first batch
    /// that brings it, as a broker that skipped it in a fetch would.
    func simulateSkippedRecords(_ records: [KafkaTopicPartitionOffset]) {
        client.context.simulatedSkips.withLock { $0.formUnion(records) }
    }

    /// Start positions at the beginning of the given partitions.
    public func beginning(of topic: String, partitions: [Int32]) -> [KafkaTopicPartitionOffset] {
        partitions.map { KafkaTopicPartitionOffset(topic: topic, partition: $0, offset: Int64(RD_KAFKA_OFFSET_BEGINNING)) }
    }

    /// For each partition, the first offset whose record's timestamp is at or after
    /// `timestampMilliseconds` (the partition's end if there is none).
    public func offsets(at timestampMilliseconds: Int64, topic: String, partitions: [Int32],
                        timeout: Duration = .seconds(10)) async throws(KafkaError) -> [KafkaTopicPartitionOffset] {
        let client = self.client
        let ms = Int32(clamping: timeout.components.seconds * 1000)
        return try await BlockingCall.run(abandonOnCancel: true) { () throws(KafkaError) in
            let list = RDKafkaTopicPartitionList.make(partitions.map {
                KafkaTopicPartitionOffset(topic: topic, partition: $0, offset: timestampMilliseconds)
            })
            defer { rd_kafka_topic_partition_list_destroy(list) }
            let err = rd_kafka_offsets_for_times(client.handle, list, ms)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError.from(err, context: "offsets for time in \(topic)") }
            if let e = RDKafkaTopicPartitionList.firstError(in: list) { throw e }
            var out: [KafkaTopicPartitionOffset] = []
            for o in RDKafkaTopicPartitionList.offsets(of: list) {
                // -1: no record at or after the time; read nothing from that partition.
                let offset = o.offset >= 0 ? o.offset : try Self.watermarks(client: client, o.topicPartition, ms).high
                out.append(KafkaTopicPartitionOffset(topic: o.topic, partition: o.partition, offset: offset))
            }
            return out
        }
    }

    /// Reads every record from `starts` (negative offsets: the partition's beginning) up
    /// to each partition's end as of now, handing them to `handle` in batches, in order
    /// within a partition. Throws ``KafkaError/Code/timedOut`` if no record and no end
    /// arrives for `stallTimeout` (brokers gone), `CancellationError` if the task is
    /// cancelled, and whatever `handle` throws.
    public func read(_ starts: [KafkaTopicPartitionOffset], stallTimeout: Duration = .seconds(60),
                     handle: @escaping @Sendable ([KafkaMessage]) throws -> Void) async throws {
        guard !starts.isEmpty else { return }
        let (client, queue, logger) = (self.client, self.queue, self.logger)
        let stop = RDKafkaFlag()
        let stallMs = Int(stallTimeout.components.seconds * 1000)
        let result: Result<Void, any Error> = await withTaskCancellationHandler {
            await withCheckedContinuation { (cont: CheckedContinuation<Result<Void, any Error>, Never>) in
                work.async {
                    cont.resume(returning: Result { try Self.readBlocking(client: client, queue: queue, starts: starts,
                                                                          stallMs: stallMs, stop: stop, logger: logger, handle: handle) })
                }
            }
        } onCancel: {
            _ = stop.set()
        }
        try result.get()
    }

    private static func readBlocking(client: RDKafkaClient, queue: RDKafkaQueueRef, starts: [KafkaTopicPartitionOffset],
                                     stallMs: Int, stop: RDKafkaFlag, logger: Logger,
                                     handle: ([KafkaMessage]) throws -> Void) throws {
        // A partition is read to its end when librdkafka reports end-of-partition: at the
        // high watermark (read_committed: the last stable offset) as the fetch response
        // gives it. (Not ListOffsets: some test brokers answer it below the true end.)
        var open = Set(starts.map(\.topicPartition))
        let assign = starts.map { s in
            KafkaTopicPartitionOffset(topic: s.topic, partition: s.partition, offset: s.offset < 0 ? Int64(RD_KAFKA_OFFSET_BEGINNING) : s.offset)
        }
        guard !assign.isEmpty else { return }
        let list = RDKafkaTopicPartitionList.make(assign)
        let err = rd_kafka_assign(client.handle, list)
        rd_kafka_topic_partition_list_destroy(list)
        if err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError.from(err, context: "assign") }
        defer { _ = rd_kafka_assign(client.handle, nil) }

        let max = 500
        var buffer = [UnsafeMutablePointer<rd_kafka_message_t>?](repeating: nil, count: max)
        var copier = RDKafkaMessageCopier()
        var lastProgress = ContinuousClock.now
        // A hole in a partition's offsets is read again once (see OffsetContinuity): a
        // broker that skipped a record must not leave a restore or an audit without it.
        var continuity = OffsetContinuity()
        while !open.isEmpty {
            if stop.isSet { throw CancellationError() }
            let n = rd_kafka_consume_batch_queue(queue.raw, 200, &buffer, max)
            if n < 0 { throw KafkaError.from(rd_kafka_last_error(), context: "read") }
            var batch: [KafkaMessage] = []
            batch.reserveCapacity(n)
            var failure: KafkaError?
            var ended: [KafkaTopicPartition] = []
            for i in 0..<n {
                guard let m = buffer[i] else { continue }
                defer { rd_kafka_message_destroy(m) }
                let tp = KafkaTopicPartition(topic: copier.topicName(m), partition: m.pointee.partition)
                let err = m.pointee.err
                if err == RD_KAFKA_RESP_ERR__PARTITION_EOF { ended.append(tp); continue }
                if err != RD_KAFKA_RESP_ERR_NO_ERROR {
                    let e = KafkaError.from(err, context: "reading \(tp)")
                    if client.context.fatalError.withLock({ $0 }) != nil || e.code == .unknownTopic { failure = e }
                    else { logger.debug("read: \(e)") }
                    continue
                }
                guard open.contains(tp) else { continue }
                batch.append(copier.copy(m))
            }
            if let failure { throw failure }
            batch = client.context.droppingSimulatedSkips(batch)
            var decision = continuity.admit(batch)
            let sought = OffsetContinuity.carryOut(&decision, of: batch, client: client, logger: logger) { gap, heldBack in
                continuity.seekFailed(gap, heldBack: heldBack)
            }
            // A partition sought back is not at its end yet, whatever this batch said.
            for tp in ended where !sought.contains(tp) { open.remove(tp) }
            batch = decision.deliver
            if n > 0 { lastProgress = ContinuousClock.now }
            if !batch.isEmpty { try handle(batch) }
            if ContinuousClock.now - lastProgress > .milliseconds(stallMs) {
                let left = open.sorted().map(\.description).joined(separator: ", ")
                throw KafkaError(code: .timedOut, message: "reading stalled for \(stallMs / 1000) s with \(left) unfinished")
            }
        }
    }
}
