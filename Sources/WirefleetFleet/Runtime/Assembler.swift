import Foundation
public import Logging
public import ServiceLifecycle
import Synchronization
import WirefleetKafka

/// Merges each article's three enrichments into one ``EnrichedArticle`` on
/// `articles.complete`; after ``wait`` emits what it has with `complete: false` and
/// the missing kinds, and a complete record once the missing part arrives.
///
/// Its state (what was emitted per article, the parts of incomplete articles) lives in
/// ``AssemblerState`` and on a compacted changelog topic co-partitioned with the input
/// (``stateTopic``): written after the records it describes, before the input offsets
/// are committed, and read back for the partitions assigned — so no restart,
/// rebalance or partition move makes an article's last record regress.
public struct Assembler: Service {
    public let options: FleetOptions
    public let wait: Duration
    /// How long an article may stay incomplete before it is dead-lettered (`assembly_timeout`).
    public let giveUpAfter: Duration
    /// The changelog topic of the assembler's state.
    public let stateTopic: String
    public let metrics: FleetMetrics
    public let logger: Logger

    public init(options: FleetOptions, wait: Duration, giveUpAfter: Duration = .seconds(3600),
                stateTopic: String = FleetTopics.assemblerState, metrics: FleetMetrics, logger: Logger) {
        self.options = options
        self.wait = wait
        self.giveUpAfter = giveUpAfter
        self.stateTopic = stateTopic
        self.metrics = metrics
        var logger = logger
        logger[metadataKey: "wirefleet.stage"] = "assembler"
        self.logger = logger
    }

    public func run() async throws {
        let runtime = try PartitionedRuntime(options: options, stageName: "assembler", metrics: metrics, logger: logger)
        let reader = try KafkaPartitionReader(configuration: options.kafka,
                                              isolation: options.exactlyOnce ? .readCommitted : .readUncommitted, logger: logger)
        let state = AssemblerBox(AssemblerState(wait: wait, giveUpAfter: giveUpAfter))
        let (options, metrics, logger, stateTopic) = (self.options, self.metrics, self.logger, self.stateTopic)
        let checker = AssemblerTopicCheck(options: options, stateTopic: stateTopic, logger: logger)
        try await runtime.run(prepare: { try await checker.ensure(reader: reader) }) { event in
            switch event {
            case .revoked(let parts):
                state.with { $0.drop(parts) }
                return .init()
            case .assigned(let parts):
                try await Self.restore(parts, from: stateTopic, reader: reader, into: state, logger: logger)
                return .init()
            case .batch, .idle:
                break
            }
            let now = ContinuousClock.now
            let wall = Self.wallMilliseconds()
            return state.with { s in
                var changes = AssemblerState.Changes()
                var deadLetters: [KafkaRecord] = []
                if case .batch(let batch) = event {
                    for message in batch {
                        metrics.consumed()
                        do throws(RecordError) {
                            changes.append(s.add(try RawEnrichment(message.value), at: message, now: now, wallMilliseconds: wall))
                        } catch {
                            s.skip(message)
                            metrics.deadLettered()
                            logger.warning("dead-lettering \(message.topic)[\(message.partition)]@\(message.offset): \(error)")
                            deadLetters.append(DeadLetter.record(for: message, error: error, stage: "assembler",
                                                                 topic: options.deadLetterTopic))
                        }
                    }
                }
                changes.append(s.tick(now: now, wallMilliseconds: wall))
                var outputs: [KafkaRecord] = changes.emissions.map { e in
                    if !e.complete { logger.info("emitting incomplete article \(e.articleID): missing \(e.missing.map(\.rawValue))") }
                    return KafkaRecord(topic: options.outputTopic, key: Array(e.articleID.utf8), value: e.value)
                }
                for g in changes.giveUps {
                    metrics.deadLettered()
                    logger.warning("giving up on article \(g.articleID) after \(g.waited): missing \(g.missing.map(\.rawValue))")
                    outputs.append(Self.giveUpRecord(g, topic: options.deadLetterTopic))
                }
                outputs += deadLetters
                let changelog = changes.changelog.map { c in
                    KafkaRecord(topic: stateTopic, partition: c.partition.partition, key: Array(c.record.articleID.utf8),
                                value: c.record.encoded())
                }
                metrics.setAssemblerState(waiting: s.waitingCount, held: s.heldCount)
                return .init(outputs: outputs, afterOutputs: changelog, offsets: s.committableOffsets())
            }
        }
    }

    /// Reads the changelog partitions that match newly assigned input partitions back
    /// into the state.
    static func restore(_ parts: [KafkaTopicPartition], from stateTopic: String, reader: KafkaPartitionReader,
                        into state: AssemblerBox, logger: Logger) async throws {
        guard !parts.isEmpty else { return }
        let started = ContinuousClock.now
        let wall = wallMilliseconds()
        let counts = Mutex((records: 0, unreadable: 0))
        let byNumber = Dictionary(parts.map { ($0.partition, $0) }, uniquingKeysWith: { a, _ in a })
        try await reader.read(reader.beginning(of: stateTopic, partitions: parts.map(\.partition).sorted())) { batch in
            state.with { s in
                for m in batch {
                    guard let tp = byNumber[m.partition] else { continue }
                    counts.withLock { $0.records += 1 }
                    guard !m.value.isEmpty else {
                        if let id = m.keyString { s.forget(id, partition: tp) }
                        continue
                    }
                    do throws(RecordError) {
                        s.restore(try AssemblyRecord(decoding: m.value), partition: tp, wallMilliseconds: wall)
                    } catch {
                        counts.withLock { $0.unreadable += 1 }
                        logger.error("unreadable state record \(m.topic)[\(m.partition)]@\(m.offset): \(error)")
                    }
                }
            }
        }
        let c = counts.withLock { $0 }
        let (held, settled) = state.with { ($0.heldCount, $0.settledCount) }
        logger.info("restored assembler state for \(parts.map(\.description).joined(separator: ","))",
                    metadata: ["records": "\(c.records)", "unreadable": "\(c.unreadable)", "complete": "\(settled)",
                               "incomplete": "\(held)", "seconds": "\(ContinuousClock.now - started)"])
    }

    /// The dead letter for an article given up on: its incomplete record, with headers
    /// pointing at the article on `articles.raw`.
    static func giveUpRecord(_ g: AssemblerState.GiveUp, topic: String) -> KafkaRecord {
        let missing = g.missing.map(\.rawValue).joined(separator: ", ")
        return KafkaRecord(topic: topic, key: Array(g.articleID.utf8), value: g.value, headers: [
            KafkaHeader(name: DeadLetterHeaders.reason, string: RecordError.Reason.assemblyTimeout.rawValue),
            KafkaHeader(name: DeadLetterHeaders.error, string: "still missing \(missing) after \(g.waited)"),
            KafkaHeader(name: DeadLetterHeaders.stage, string: "assembler"),
            KafkaHeader(name: DeadLetterHeaders.topic, string: g.sourceTopic ?? ""),
            KafkaHeader(name: DeadLetterHeaders.partition, string: g.generation.map { String($0.partition) } ?? ""),
            KafkaHeader(name: DeadLetterHeaders.offset, string: g.generation.map { String($0.offset) } ?? ""),
        ])
    }

    static func wallMilliseconds() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }
}

/// The assembler state behind a lock (the loop and the restore are its only users;
/// the lock makes that checkable).
final class AssemblerBox: Sendable {
    private let state: Mutex<AssemblerState>
    init(_ s: AssemblerState) { state = Mutex(s) }
    func with<R>(_ body: (inout AssemblerState) -> R) -> R { state.withLock { body(&$0) } }
}
