public import Logging
public import ServiceLifecycle
import Synchronization
import WirefleetKafka

/// Merges each article's three enrichments into one ``EnrichedArticle`` on
/// `articles.complete`; after ``wait`` emits what it has with `complete: false` and
/// the missing kinds. No external state store: see ``AssemblerState`` for the commit
/// rule that makes restarts safe.
public struct Assembler: Service {
    public let options: FleetOptions
    public let wait: Duration
    public let metrics: FleetMetrics
    public let logger: Logger

    public init(options: FleetOptions, wait: Duration, metrics: FleetMetrics, logger: Logger) {
        self.options = options
        self.wait = wait
        self.metrics = metrics
        var logger = logger
        logger[metadataKey: "wirefleet.stage"] = "assembler"
        self.logger = logger
    }

    public func run() async throws {
        let runtime = try PartitionedRuntime(options: options, stageName: "assembler", metrics: metrics, logger: logger)
        let state = AssemblerBox(AssemblerState(wait: wait))
        let (options, metrics, logger) = (self.options, self.metrics, self.logger)
        try await runtime.run { event in
            let now = ContinuousClock.now
            var outputs: [KafkaRecord] = []
            func publish(_ e: AssemblerState.Emission) {
                outputs.append(KafkaRecord(topic: options.outputTopic, key: Array(e.articleID.utf8), value: e.value))
            }
            return state.with { s in
                switch event {
                case .revoked(let parts):
                    s.drop(parts)
                    return .init()
                case .batch(let batch):
                    for message in batch {
                        metrics.consumed()
                        do throws(RecordError) {
                            let enrichment = try RawEnrichment(message.value)
                            if let emission = s.add(enrichment, at: message, now: now) { publish(emission) }
                        } catch {
                            s.skip(message)
                            metrics.deadLettered()
                            logger.warning("dead-lettering \(message.topic)[\(message.partition)]@\(message.offset): \(error)")
                            outputs.append(DeadLetter.record(for: message, error: error, stage: "assembler",
                                                             topic: options.deadLetterTopic))
                        }
                    }
                case .idle:
                    break
                }
                for e in s.expire(now: now) {
                    logger.info("emitting incomplete article \(e.articleID): missing \(e.missing.map(\.rawValue))")
                    publish(e)
                }
                return .init(outputs: outputs, offsets: s.committableOffsets())
            }
        }
    }
}

/// The assembler state behind a lock (the loop is its only user; the lock makes that
/// checkable).
final class AssemblerBox: Sendable {
    private let state: Mutex<AssemblerState>
    init(_ s: AssemblerState) { state = Mutex(s) }
    func with<R>(_ body: (inout AssemblerState) -> R) -> R { state.withLock { body(&$0) } }
}
