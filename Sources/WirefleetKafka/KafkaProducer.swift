public import Logging
import CRDKafka

/// An idempotent Kafka producer (`acks=all` by default), with transactions when
/// configured with a `transactional.id`.
///
/// ```swift
/// let producer = try KafkaProducer(configuration: .init(common: .init(brokers: "127.0.0.1:9092")), logger: logger)
/// let report = try await producer.send(KafkaRecord(topic: "articles.raw", key: "id-1", value: bytes))
/// await producer.close()
/// ```
///
/// Delivery reports are served by a dedicated thread: ``send(_:)`` suspends its task,
/// never a cooperative thread, until the broker acknowledged the record.
public final class KafkaProducer: Sendable {
    let client: RDKafkaClient
    private let poller: RDKafkaPoller
    private let logger: Logger
    /// The configuration the producer was created with.
    public let configuration: KafkaProducerConfiguration

    /// Creates the producer; invalid properties throw ``KafkaError/Code/configuration``.
    public init(configuration: KafkaProducerConfiguration, logger: Logger) throws(KafkaError) {
        self.configuration = configuration
        var logger = logger
        logger[metadataKey: "kafka.client"] = "producer"
        self.logger = logger
        self.client = try RDKafkaClient.make(kind: .producer, properties: configuration.librdkafkaProperties(),
                                             logger: logger, deliveryReports: true)
        self.poller = RDKafkaPoller(client: client, name: "wirefleet.kafka.producer.poll")
    }

    deinit {
        poller.stop()
        client.destroy()
    }

    // MARK: - Sending

    /// Sends a record and returns once the broker acknowledged it.
    @discardableResult
    public func send(_ record: KafkaRecord) async throws(KafkaError) -> KafkaDeliveryReport {
        let promise = RDKafkaDeliveryPromise()
        try await enqueue(record) { promise.fulfil($0) }
        return try await promise.value.get()
    }

    /// Queues a record without waiting for the acknowledgement; suspends only while the
    /// local queue is full. `onDelivery` (if any) runs on the producer's poll thread.
    public func enqueue(_ record: KafkaRecord,
                        onDelivery: (@Sendable (Result<KafkaDeliveryReport, KafkaError>) -> Void)? = nil) async throws(KafkaError) {
        let id = onDelivery.map { client.context.register(.callback($0)) } ?? 0
        do { try await enqueueRaw(record, opaque: id) } catch {
            if id != 0 { _ = client.context.take(id) }
            throw error
        }
    }

    private func enqueueRaw(_ record: KafkaRecord, opaque: UInt) async throws(KafkaError) {
        var backoff: UInt64 = 1_000_000 // 1 ms
        let deadline = ContinuousClock.now + .milliseconds(configuration.deliveryTimeoutMilliseconds)
        while true {
            if client.isDestroyed { throw KafkaError(code: .closed, message: "producer is closed") }
            guard let error = produce(record, opaque: opaque) else { return }
            guard error.code == .queueFull, ContinuousClock.now < deadline else { throw error }
            try? await Task.sleep(nanoseconds: backoff)
            backoff = min(backoff * 2, 50_000_000)
        }
    }

    /// Hands one record to librdkafka (copying key, value and headers).
    private func produce(_ record: KafkaRecord, opaque: UInt) -> KafkaError? {
        guard !record.topic.isEmpty else { return KafkaError(code: .invalidArgument, message: "empty topic name") }
        var headers: OpaquePointer? = nil
        if !record.headers.isEmpty {
            headers = rd_kafka_headers_new(record.headers.count)
            for h in record.headers {
                if let v = h.value {
                    v.withUnsafeBytes { b in _ = rd_kafka_header_add(headers, h.name, -1, b.baseAddress, b.count) }
                } else {
                    _ = rd_kafka_header_add(headers, h.name, -1, nil, 0)
                }
            }
        }
        let error: OpaquePointer? = record.topic.withCString { topic in
            record.value.withUnsafeBytes { value in
                withOptionalBytes(record.key) { keyPtr, keyLen in
                    var vus = [rd_kafka_vu_t](repeating: rd_kafka_vu_t(), count: 7)
                    var n = 0
                    vus[n].vtype = RD_KAFKA_VTYPE_TOPIC; vus[n].u.cstr = topic; n += 1
                    vus[n].vtype = RD_KAFKA_VTYPE_VALUE
                    vus[n].u.mem.ptr = UnsafeMutableRawPointer(mutating: value.baseAddress)
                    vus[n].u.mem.size = value.count; n += 1
                    if let keyPtr {
                        vus[n].vtype = RD_KAFKA_VTYPE_KEY
                        vus[n].u.mem.ptr = UnsafeMutableRawPointer(mutating: keyPtr)
                        vus[n].u.mem.size = keyLen; n += 1
                    }
                    vus[n].vtype = RD_KAFKA_VTYPE_MSGFLAGS; vus[n].u.i = RD_KAFKA_MSG_F_COPY; n += 1
                    vus[n].vtype = RD_KAFKA_VTYPE_OPAQUE; vus[n].u.ptr = UnsafeMutableRawPointer(bitPattern: opaque); n += 1
                    if let p = record.partition {
                        vus[n].vtype = RD_KAFKA_VTYPE_PARTITION; vus[n].u.i32 = p; n += 1
                    }
                    if let headers {
                        vus[n].vtype = RD_KAFKA_VTYPE_HEADERS; vus[n].u.headers = headers; n += 1
                    }
                    return rd_kafka_produceva(client.handle, &vus, n)
                }
            }
        }
        guard let error else { return nil }
        if let headers { rd_kafka_headers_destroy(headers) } // not taken over on failure
        return KafkaError.consuming(error, context: "produce to \(record.topic)")
    }

    // MARK: - Flush and close

    /// Waits until every queued record was delivered or failed.
    public func flush(timeout: Duration = .seconds(30)) async throws(KafkaError) {
        let client = self.client
        let ms = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        try await BlockingCall.run { () throws(KafkaError) in
            let err = rd_kafka_flush(client.handle, ms)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR {
                throw KafkaError.from(err, context: "flush: \(rd_kafka_outq_len(client.handle)) records still queued")
            }
        }
    }

    /// Flushes, stops the poll thread and releases the client. Records not delivered
    /// within `timeout` fail with ``KafkaError/Code/closed``.
    public func close(timeout: Duration = .seconds(30)) async {
        do { try await flush(timeout: timeout) } catch {
            logger.warning("producer closed with undelivered records: \(error)")
        }
        let (poller, client) = (self.poller, self.client)
        _ = try? await BlockingCall.run { poller.stop(); client.destroy() }
    }

    /// Records queued and not yet acknowledged.
    public var queuedCount: Int { client.isDestroyed ? 0 : Int(rd_kafka_outq_len(client.handle)) }

    /// A fatal error the client ran into, if any (the producer must then be recreated).
    public var fatalError: KafkaError? { client.context.fatalError.withLock { $0 } }

    /// The latest statistics, when `statistics.interval.ms` is set.
    public var statistics: KafkaStatistics? { client.context.statistics.withLock { $0 } }

    /// Broker metadata, e.g. to check connectivity.
    public func metadata(topic: String? = nil, timeout: Duration = .seconds(10)) async throws(KafkaError) -> [KafkaTopicMetadata] {
        let client = self.client
        let ms = Int32(clamping: timeout.components.seconds * 1000)
        return try await BlockingCall.run { () throws(KafkaError) in try client.metadata(topic: topic, timeoutMilliseconds: ms) }
    }
}

/// Calls `body` with a pointer and length for optional bytes (nil when absent).
func withOptionalBytes<R>(_ bytes: [UInt8]?, _ body: (UnsafeRawPointer?, Int) -> R) -> R {
    guard let bytes else { return body(nil, 0) }
    return bytes.withUnsafeBytes { b in
        // An empty key is still a key: give it a non-nil pointer.
        if b.count == 0 { return withUnsafePointer(to: 0 as UInt8) { body(UnsafeRawPointer($0), 0) } }
        return body(b.baseAddress, b.count)
    }
}
