import Foundation
public import Logging
public import ServiceLifecycle
public import WirefleetKafka

/// A long-running stage worker: consumes `articles.raw` in its stage's consumer
/// group, publishes one ``Enrichment`` per article to `articles.enriched`, and sends
/// records it cannot use to `articles.dlq` with the reason in headers.
///
/// At-least-once by default (input offsets stored only after the output is
/// acknowledged, committed on revoke and on shutdown); exactly-once with
/// ``FleetOptions/exactlyOnce``. Stops gracefully on SIGTERM/SIGINT through
/// swift-service-lifecycle: stops fetching, finishes the batch, commits, leaves the group.
public struct EnrichmentWorker: Service {
    public let stage: EnrichmentStage
    public let options: FleetOptions
    public let metrics: FleetMetrics
    public let logger: Logger
    private let codec = RecordCodec()

    public init(stage: EnrichmentStage, options: FleetOptions, metrics: FleetMetrics, logger: Logger) {
        self.stage = stage
        self.options = options
        self.metrics = metrics
        var logger = logger
        logger[metadataKey: "wirefleet.stage"] = "\(stage.kind.rawValue)"
        self.logger = logger
    }

    public func run() async throws {
        stage.loadData()
        let runtime = try PartitionedRuntime(options: options, stageName: stage.kind.rawValue, metrics: metrics, logger: logger)
        try await runtime.run { event in
            guard case .batch(let batch) = event else { return .init() }
            return .init(outputs: await self.handle(batch), offsets: batch.nextOffsets)
        }
    }

    /// Turns a batch of input records into their outputs, one per record and in order:
    /// an enrichment, or a dead letter. The whole batch runs in one hop to a work
    /// thread, each record within ``FleetOptions/articleTimeout``.
    func handle(_ batch: [KafkaMessage]) async -> [KafkaRecord] {
        let results = await GuardedExecution.runEach(count: batch.count, timeout: options.articleTimeout) { i in
            self.process(batch[i])
        }
        return zip(batch, results).map { message, result in
            switch result {
            case .some(.success(let record)): return record
            case .some(.failure(let error)): return deadLetter(message, error)
            case .none:
                return deadLetter(message, RecordError(reason: .timedOut, detail: "processing took longer than \(options.articleTimeout)"))
            }
        }
    }

    /// One input record's output (runs on the work thread): its enrichment, or why it
    /// is dead-lettered.
    func process(_ message: KafkaMessage) -> Result<KafkaRecord, RecordError> {
        let started = ContinuousClock.now
        metrics.consumed()
        defer {
            let d = ContinuousClock.now - started
            metrics.observe(seconds: Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
        }
        let article: Article
        do {
            guard message.value.count <= options.maxBodyBytes + 64 * 1024 else {
                throw RecordError(reason: .tooLarge, detail: "record of \(message.value.count) bytes exceeds the \(options.maxBodyBytes)-byte article limit")
            }
            article = try codec.decodeArticle(from: message.value)
            try article.validate(maxBodyBytes: options.maxBodyBytes)
        } catch let error as RecordError {
            return .failure(error)
        } catch {
            return .failure(RecordError(reason: .processingFailed, detail: "\(error)"))
        }
        let source = SourcePosition(topic: message.topic, partition: message.partition, offset: message.offset)
        let enrichment = stage.process(article, source: source)
        do {
            return .success(KafkaRecord(topic: options.outputTopic, key: Array(article.id.utf8), value: try codec.encode(enrichment)))
        } catch {
            return .failure(RecordError(reason: .processingFailed, detail: "cannot encode the enrichment: \(error)"))
        }
    }

    private func deadLetter(_ message: KafkaMessage, _ error: RecordError) -> KafkaRecord {
        metrics.deadLettered()
        logger.warning("dead-lettering \(message.topic)[\(message.partition)]@\(message.offset): \(error)",
                       metadata: ["kafka.topic": "\(message.topic)", "kafka.partition": "\(message.partition)",
                                  "kafka.offset": "\(message.offset)"])
        return DeadLetter.record(for: message, error: error, stage: stage.kind.rawValue, topic: options.deadLetterTopic)
    }
}

/// Builds dead-letter records: the original key and bytes, with headers saying why,
/// where from and which stage.
public enum DeadLetter {
    public static func record(for message: KafkaMessage, error: RecordError, stage: String, topic: String) -> KafkaRecord {
        KafkaRecord(topic: topic, key: message.key, value: message.value, headers: message.headers + [
            KafkaHeader(name: DeadLetterHeaders.reason, string: error.reason.rawValue),
            KafkaHeader(name: DeadLetterHeaders.error, string: String(error.detail.prefix(1000))),
            KafkaHeader(name: DeadLetterHeaders.stage, string: stage),
            KafkaHeader(name: DeadLetterHeaders.topic, string: message.topic),
            KafkaHeader(name: DeadLetterHeaders.partition, string: String(message.partition)),
            KafkaHeader(name: DeadLetterHeaders.offset, string: String(message.offset)),
        ])
    }
}
