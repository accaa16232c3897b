import Foundation
public import Logging
import Synchronization
public import WirefleetKafka

/// Reconciliation: did every article published on `articles.raw` make it to
/// `articles.complete`? Reads the three topics (raw, then complete and the dead letters,
/// so articles still in flight get the most time) and reports each article's fate:
///
/// - `complete` — its last record on `articles.complete` is complete;
/// - `incomplete` — its last record is incomplete (the kinds missing are listed);
/// - `no_record` — nothing on `articles.complete`, no dead letter;
/// - `dead_lettered` — no complete record, and a dead letter for its raw record
///   (bad input, a stage timeout, or the assembler's `assembly_timeout`).
///
/// Articles that are incomplete, have no record or timed out in assembly are
/// *missing*; ``republish(_:)`` sends their raw records again (same key, value and
/// headers: the same article id), so the fleet completes them without duplicates.
public struct ArticleAudit: Sendable {
    /// The topics compared.
    public struct Topics: Sendable {
        public var raw: String
        public var complete: String
        public var deadLetter: String
        public init(raw: String = FleetTopics.raw, complete: String = FleetTopics.complete,
                    deadLetter: String = FleetTopics.deadLetter) {
            self.raw = raw
            self.complete = complete
            self.deadLetter = deadLetter
        }
    }

    /// An article's fate.
    public enum Status: String, Sendable, Codable, CaseIterable {
        case complete, incomplete
        case noRecord = "no_record"
        case deadLettered = "dead_lettered"
    }

    /// One article's line in the report.
    public struct Entry: Sendable, Codable {
        public var articleID: String
        public var status: Status
        /// Kinds missing from its last record (`incomplete`).
        public var missing: [String]?
        /// Why and by which stage it was dead-lettered (`dead_lettered`).
        public var reason: String?
        public var stage: String?
        /// Its latest raw record.
        public var partition: Int32
        public var offset: Int64
        /// Whether the fleet lost it (incomplete, no record, or given up in assembly):
        /// what `--republish` re-sends.
        public var isMissing: Bool { status == .incomplete || status == .noRecord || reason == "assembly_timeout" }

        enum CodingKeys: String, CodingKey {
            case articleID = "article_id", status, missing, reason, stage, partition, offset
        }
    }

    /// The outcome of an audit.
    public struct Report: Sendable, Codable {
        public var entries: [Entry]
        /// Raw records read (every publication, duplicates included).
        public var rawRecords: Int
        public var completeRecords: Int
        public var deadLetters: Int
        /// Entries per status.
        public var counts: [String: Int] {
            Dictionary(grouping: entries, by: \.status.rawValue).mapValues(\.count)
        }
        public var missing: [Entry] { entries.filter(\.isMissing) }
    }

    /// What a progress callback is told.
    public struct Progress: Sendable {
        public var topic: String
        public var records: Int
    }

    public let configuration: KafkaConfiguration
    public let topics: Topics
    public let logger: Logger

    public init(configuration: KafkaConfiguration, topics: Topics = Topics(), logger: Logger) {
        self.configuration = configuration
        self.topics = topics
        self.logger = logger
    }

    /// Reads the topics (from `sinceMilliseconds`, a record timestamp, or from the
    /// beginning) and builds the report.
    public func run(sinceMilliseconds: Int64? = nil,
                    progress: @escaping @Sendable (Progress) -> Void = { _ in }) async throws -> Report {
        let reader = try KafkaPartitionReader(configuration: configuration, isolation: .readCommitted, logger: logger)
        struct Raw { var partition: Int32; var offset: Int64 }
        let raws = Mutex<(order: [String], latest: [String: Raw], count: Int)>(([], [:], 0))
        try await read(topics.raw, reader: reader, since: sinceMilliseconds, required: true, progress: progress) { batch in
            raws.withLock { r in
                for m in batch {
                    let id = Self.articleID(of: m)
                    if r.latest[id] == nil { r.order.append(id) }
                    r.latest[id] = Raw(partition: m.partition, offset: m.offset)
                }
                r.count += batch.count
            }
        }
        struct Last { var complete: Bool; var missing: [String] }
        let lasts = Mutex<(records: [String: Last], count: Int)>(([:], 0))
        try await read(topics.complete, reader: reader, since: sinceMilliseconds, required: false, progress: progress) { batch in
            lasts.withLock { l in
                for m in batch {
                    guard let id = m.keyString else { continue }
                    l.records[id] = Self.lastRecord(m.value).map { Last(complete: $0.complete, missing: $0.missing) }
                        ?? Last(complete: false, missing: [])
                }
                l.count += batch.count
            }
        }
        struct Dead { var reason: String; var stage: String }
        let deads = Mutex<(byPosition: [String: Dead], count: Int)>(([:], 0))
        let rawTopic = topics.raw
        try await read(topics.deadLetter, reader: reader, since: sinceMilliseconds, required: false, progress: progress) { batch in
            deads.withLock { d in
                for m in batch {
                    guard m.header(DeadLetterHeaders.topic)?.stringValue == rawTopic,
                          let p = m.header(DeadLetterHeaders.partition)?.stringValue,
                          let o = m.header(DeadLetterHeaders.offset)?.stringValue else { continue }
                    let dead = Dead(reason: m.header(DeadLetterHeaders.reason)?.stringValue ?? "unknown",
                                    stage: m.header(DeadLetterHeaders.stage)?.stringValue ?? "unknown")
                    // An assembly timeout says least about the input: any other reason wins.
                    if let known = d.byPosition["\(p)@\(o)"], dead.reason == RecordError.Reason.assemblyTimeout.rawValue,
                       known.reason != dead.reason { continue }
                    d.byPosition["\(p)@\(o)"] = dead
                }
                d.count += batch.count
            }
        }
        let r = raws.withLock { $0 }
        let l = lasts.withLock { $0 }
        let d = deads.withLock { $0 }
        var entries: [Entry] = []
        entries.reserveCapacity(r.order.count)
        for id in r.order {
            let raw = r.latest[id]!
            var e = Entry(articleID: id, status: .noRecord, partition: raw.partition, offset: raw.offset)
            let last = l.records[id]
            if last?.complete == true {
                e.status = .complete
            } else if let dead = d.byPosition["\(raw.partition)@\(raw.offset)"] {
                e.status = .deadLettered
                e.reason = dead.reason
                e.stage = dead.stage
                if let last { e.missing = last.missing }
            } else if let last {
                e.status = .incomplete
                e.missing = last.missing
            }
            entries.append(e)
        }
        return Report(entries: entries, rawRecords: r.count, completeRecords: l.count, deadLetters: d.count)
    }

    /// Sends the raw records of `entries` again, as they were (key, value, headers).
    /// Returns how many were sent and acknowledged.
    public func republish(_ entries: [Entry], progress: @escaping @Sendable (Progress) -> Void = { _ in }) async throws -> Int {
        guard !entries.isEmpty else { return 0 }
        let reader = try KafkaPartitionReader(configuration: configuration, isolation: .readCommitted, logger: logger)
        let wanted = Dictionary(grouping: entries, by: \.partition).mapValues { Set($0.map(\.offset)) }
        let found = Mutex<[KafkaMessage]>([])
        // Read each partition from its first wanted offset.
        let starts = wanted.map { KafkaTopicPartitionOffset(topic: topics.raw, partition: $0.key, offset: $0.value.min()!) }
        try await reader.read(starts) { batch in
            found.withLock { f in f += batch.filter { wanted[$0.partition]?.contains($0.offset) == true } }
        }
        let records = found.withLock { $0 }
        let producer = try KafkaProducer(configuration: KafkaProducerConfiguration(common: configuration), logger: logger)
        var sent = 0
        for chunk in stride(from: 0, to: records.count, by: 500).map({ Array(records[$0..<min($0 + 500, records.count)]) }) {
            let results = await producer.sendAll(chunk.map {
                KafkaRecord(topic: topics.raw, key: $0.key, value: $0.value, headers: $0.headers)
            })
            for case .failure(let e) in results { logger.error("republishing failed: \(e)") }
            sent += results.filter { if case .success = $0 { true } else { false } }.count
            progress(Progress(topic: topics.raw, records: sent))
        }
        await producer.close(timeout: .seconds(10))
        return sent
    }

    // MARK: - Helpers

    private func read(_ topic: String, reader: KafkaPartitionReader, since: Int64?, required: Bool,
                      progress: @escaping @Sendable (Progress) -> Void,
                      _ handle: @escaping @Sendable ([KafkaMessage]) -> Void) async throws {
        var count = 0
        do { count = try await reader.partitionCount(of: topic) } catch {
            let missing = error.code == KafkaError.Code.unknownTopic
            guard missing, !required else { throw error }
            logger.info("topic \(topic) does not exist: nothing to read")
            return
        }
        let partitions = (0..<Int32(count)).map { $0 }
        var starts = reader.beginning(of: topic, partitions: partitions)
        if let since { starts = try await reader.offsets(at: since, topic: topic, partitions: partitions) }
        let seen = Mutex(0)
        try await reader.read(starts) { batch in
            // Brokers place the start by timestamp; the filter makes it exact everywhere.
            handle(since.map { t in batch.filter { ($0.timestampMilliseconds ?? t) >= t } } ?? batch)
            let n = seen.withLock { $0 += batch.count; return $0 }
            progress(Progress(topic: topic, records: n))
        }
    }

    /// The article id of a raw record: its `id` member, else its key, else its position.
    static func articleID(of m: KafkaMessage) -> String {
        if let scan = try? JSONObjectScanner(m.value), let id = try? scan.string("id", in: m.value), !id.isEmpty { return id }
        if let k = m.keyString, !k.isEmpty { return k }
        return "(\(m.topic)[\(m.partition)]@\(m.offset))"
    }

    /// `complete` and `missing` of an EnrichedArticle record.
    static func lastRecord(_ bytes: [UInt8]) -> (complete: Bool, missing: [String])? {
        guard let scan = try? JSONObjectScanner(bytes), let r = scan.members["complete"] else { return nil }
        let complete = bytes[r.lowerBound] == UInt8(ascii: "t")
        var missing: [String] = []
        if let m = scan.members["missing"], let elements = try? JSONObjectScanner.elements(ofArrayAt: m, in: bytes) {
            missing = elements.compactMap { try? JSONObjectScanner.decodeString(bytes, $0) }
        }
        return (complete, missing)
    }
}
