import Foundation
public import Logging
public import ServiceLifecycle
import Synchronization
import WirefleetKafka

/// `wirefleet index`: reads `articles.complete` in its own consumer group and keeps two
/// compacted topics keyed by id — `entities.index` (``EntityIndexEntry``) and
/// `quotes.clusters` (``QuoteClusterEntry``) — current with every article.
///
/// Restart-safe like the assembler, through a changelog: each article's
/// ``ArticleContribution`` goes to ``stateTopic`` (compacted, keyed by article id,
/// partition *p* for input partition *p*) *before* the entries it changes, and the
/// input offsets are committed after both. On every start and assignment the
/// contributions of the assigned partitions are read back, every entry is recomputed
/// from them and published again — so an entry lost in a crash is re-published, and an
/// article read twice counts once.
///
/// Entries aggregate across all input partitions: run **one** instance (the group's
/// only member). With more, each would publish entries from its share of the articles;
/// the service logs an error when its assignment is not the whole input topic.
///
/// Ids are also linked across every indexed article (``IndexState/relink()``, at most
/// every ``linkInterval``, and once more when the articles stop coming): the entry of an
/// id that names the same entity as another's ("Leaupepe" alone and Tavita Leaupepe)
/// carries `linked_to`. The articles' own records keep their ids; a reader resolves
/// them through the index.
public struct IndexService: Service {
    public let options: FleetOptions
    public let entitiesTopic: String
    public let clustersTopic: String
    public let stateTopic: String
    public let metrics: FleetMetrics
    public let logger: Logger
    /// How often, at most, ids are linked across every indexed article
    /// (``IndexState/relink()``): entries whose link changed are published again with
    /// `linked_to`.
    public let linkInterval: Duration

    public init(options: FleetOptions, entitiesTopic: String = FleetTopics.entityIndex,
                clustersTopic: String = FleetTopics.quoteClusters, stateTopic: String = FleetTopics.indexState,
                linkInterval: Duration = .seconds(10), metrics: FleetMetrics, logger: Logger) {
        self.linkInterval = linkInterval
        self.options = options
        self.entitiesTopic = entitiesTopic
        self.clustersTopic = clustersTopic
        self.stateTopic = stateTopic
        self.metrics = metrics
        var logger = logger
        logger[metadataKey: "wirefleet.stage"] = "index"
        self.logger = logger
    }

    public func run() async throws {
        let runtime = try PartitionedRuntime(options: options, stageName: "index", metrics: metrics, logger: logger)
        let reader = try KafkaPartitionReader(configuration: options.kafka,
                                              isolation: options.exactlyOnce ? .readCommitted : .readUncommitted, logger: logger)
        let box = IndexBox()
        let (options, metrics, logger, stateTopic, entitiesTopic, clustersTopic, linkInterval) =
            (self.options, self.metrics, self.logger, self.stateTopic, self.entitiesTopic, self.clustersTopic, self.linkInterval)
        let inputPartitions = Mutex(0)
        try await runtime.run(prepare: {
            let n = try await reader.partitionCount(of: options.inputTopic)
            inputPartitions.withLock { $0 = n }
            if options.createTopics {
                try await TopicProvisioner(configuration: options.kafka, logger: logger)
                    .ensure([entitiesTopic, clustersTopic], partitions: options.partitions, config: ["cleanup.policy": "compact"])
                try await TopicProvisioner(configuration: options.kafka, logger: logger)
                    .ensure([stateTopic], partitions: n, config: ["cleanup.policy": "compact"])
            }
            let stateParts = try await reader.partitionCount(of: stateTopic)
            guard stateParts == n else {
                throw IndexSetupError("the index's state topic \(stateTopic) has \(stateParts) partitions; it needs \(n), as many as \(options.inputTopic)")
            }
        }) { event in
            switch event {
            case .revoked(let parts):
                box.with { $0.drop(partitions: Set(parts.map(\.partition))) }
                return .init()
            case .assigned(let parts):
                let total = inputPartitions.withLock { $0 }
                if parts.count < total {
                    logger.error("assigned \(parts.count) of \(total) partitions of \(options.inputTopic): run exactly one index instance, entries aggregate every partition")
                }
                try await Self.restore(parts, from: stateTopic, reader: reader, into: box, logger: logger)
                let entries = box.with { s in
                    _ = s.relinkIfDue(every: .zero, now: .now)
                    return s.entries(for: s.state.allKeys, entitiesTopic: entitiesTopic, clustersTopic: clustersTopic)
                }
                logger.info("publishing \(entries.count) index entries after restore")
                return .init(outputs: entries)
            case .idle:
                // Links made once the articles stop changing for a while.
                return .init(outputs: box.with { s in
                    s.entries(for: s.relinkIfDue(every: linkInterval, now: .now), entitiesTopic: entitiesTopic, clustersTopic: clustersTopic)
                })
            case .batch:
                break
            }
            guard case .batch(let batch) = event else { return .init() }
            return box.with { s in
                var changelog: [KafkaRecord] = []
                var deadLetters: [KafkaRecord] = []
                var changes = IndexState.Changes()
                var offsets: [KafkaTopicPartition: Int64] = [:]
                for message in batch {
                    metrics.consumed()
                    offsets[message.topicPartition] = message.offset + 1
                    do {
                        let contribution = try ArticleContribution(record: message.value,
                                                                   seenAt: Self.timestamp(message.timestampMilliseconds))
                        let c = s.add(contribution, partition: message.partition)
                        changes.entities.formUnion(c.entities)
                        changes.clusters.formUnion(c.clusters)
                        changelog.append(KafkaRecord(topic: stateTopic, partition: message.partition,
                                                     key: Array(contribution.articleID.utf8),
                                                     value: try RecordCodec().encode(contribution)))
                    } catch {
                        metrics.deadLettered()
                        logger.warning("dead-lettering \(message.topic)[\(message.partition)]@\(message.offset): \(error)")
                        let recordError = error as? RecordError ?? RecordError(reason: .processingFailed, detail: "\(error)")
                        deadLetters.append(DeadLetter.record(for: message, error: recordError, stage: "index",
                                                             topic: options.deadLetterTopic))
                    }
                }
                changes.entities.formUnion(s.relinkIfDue(every: linkInterval, now: .now).entities)
                let entries = s.entries(for: changes, entitiesTopic: entitiesTopic, clustersTopic: clustersTopic)
                metrics.setIndexSize(entities: s.state.entityCount, clusters: s.state.clusterCount)
                return .init(outputs: changelog + deadLetters, afterOutputs: entries,
                             offsets: offsets.map { KafkaTopicPartitionOffset(topic: $0.key.topic, partition: $0.key.partition, offset: $0.value) })
            }
        }
    }

    /// Reads the contributions of newly assigned partitions back into the state.
    static func restore(_ parts: [KafkaTopicPartition], from stateTopic: String, reader: KafkaPartitionReader,
                        into box: IndexBox, logger: Logger) async throws {
        guard !parts.isEmpty else { return }
        let started = ContinuousClock.now
        let counts = Mutex((records: 0, unreadable: 0))
        try await reader.read(reader.beginning(of: stateTopic, partitions: parts.map(\.partition).sorted())) { batch in
            box.with { s in
                for m in batch {
                    counts.withLock { $0.records += 1 }
                    guard !m.value.isEmpty else {
                        if let id = m.keyString { s.forget(id) }
                        continue
                    }
                    do {
                        s.add(try RecordCodec().decode(ArticleContribution.self, from: m.value), partition: m.partition)
                    } catch {
                        counts.withLock { $0.unreadable += 1 }
                        logger.error("unreadable index state record \(m.topic)[\(m.partition)]@\(m.offset): \(error)")
                    }
                }
            }
        }
        let c = counts.withLock { $0 }
        let (articles, entities, clusters) = box.with { ($0.state.articleCount, $0.state.entityCount, $0.state.clusterCount) }
        logger.info("restored index state for \(parts.map(\.description).joined(separator: ","))",
                    metadata: ["records": "\(c.records)", "unreadable": "\(c.unreadable)", "articles": "\(articles)",
                               "entities": "\(entities)", "clusters": "\(clusters)", "seconds": "\(ContinuousClock.now - started)"])
    }

    static func timestamp(_ ms: Int64?) -> String {
        ms.map { UTCTimestamp.string(milliseconds: $0, fractional: false) } ?? UTCTimestamp.now(fractional: false)
    }
}

/// The index state and which input partition each article came from, behind a lock.
final class IndexBox: Sendable {
    struct Contents {
        var state = IndexState()
        var partitionOf: [String: Int32] = [:]
        /// Whether articles changed since the last ``IndexState/relink()``, and when that was.
        var linksStale = false
        var linkedAt: ContinuousClock.Instant?

        @discardableResult
        mutating func add(_ c: ArticleContribution, partition: Int32) -> IndexState.Changes {
            partitionOf[c.articleID] = partition
            linksStale = true
            return state.add(c)
        }

        mutating func forget(_ articleID: String) {
            partitionOf[articleID] = nil
            linksStale = true
            state.remove(articles: [articleID])
        }

        mutating func drop(partitions: Set<Int32>) {
            let gone = partitionOf.filter { partitions.contains($0.value) }.map(\.key)
            for id in gone { partitionOf[id] = nil }
            linksStale = true
            state.remove(articles: gone)
        }

        /// Links ids again when articles changed and `interval` has passed since the last
        /// time; the entity ids whose link changed.
        mutating func relinkIfDue(every interval: Duration, now: ContinuousClock.Instant) -> IndexState.Changes {
            guard linksStale, linkedAt.map({ now - $0 >= interval }) ?? true else { return IndexState.Changes() }
            linksStale = false
            linkedAt = now
            return state.relink()
        }

        /// The records that publish the entries of `keys` (a tombstone for a key no
        /// article mentions any more).
        func entries(for keys: IndexState.Changes, entitiesTopic: String, clustersTopic: String) -> [KafkaRecord] {
            let encoded = state.encodedEntries(for: keys)
            return encoded.entities.map { KafkaRecord(topic: entitiesTopic, key: Array($0.key.utf8), value: $0.value) }
                + encoded.clusters.map { KafkaRecord(topic: clustersTopic, key: Array($0.key.utf8), value: $0.value) }
        }
    }

    private let contents = Mutex(Contents())
    func with<R>(_ body: (inout Contents) -> R) -> R { contents.withLock { body(&$0) } }
}

/// The index cannot start: its topics have the wrong shape.
public struct IndexSetupError: Error, CustomStringConvertible {
    public let description: String
    init(_ d: String) { description = d }
}
