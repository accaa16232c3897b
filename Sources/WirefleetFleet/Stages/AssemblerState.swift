public import WirefleetKafka

/// The assembler's state and its rules, free of any Kafka client so they can be
/// tested alone. The ``Assembler`` feeds it consumed parts, clock ticks and — on
/// partition assignment — the records of its changelog topic, and publishes what it
/// returns.
///
/// **What is remembered, and where.** Per article, what `articles.complete` holds for
/// it (nothing, an incomplete record, a complete one) and, while it is not complete,
/// the parts gathered for its current publication. Every change that must outlive the
/// process is returned as an ``AssemblyRecord`` for the compacted changelog topic,
/// co-partitioned with the input, which the assembler publishes *after* the records it
/// describes were acknowledged and *before* the input offsets are committed. On
/// assignment the changelog is read back, so restarts and partition moves forget nothing.
///
/// **The rules.**
/// - A record, once complete, never regresses: a redelivered or stale part of an
///   article that is complete emits nothing.
/// - An article whose parts do not all arrive within ``wait`` is emitted incomplete and
///   its parts are *parked* on the changelog; a part arriving later (minutes later,
///   after restarts) completes it and the complete record follows.
/// - A re-publication of an article (a newer `source` position on `articles.raw`)
///   starts a new assembly; its complete record supersedes the old one, and while it
///   is incomplete the old complete record stands (no incomplete record is emitted
///   over a complete one).
/// - An article still incomplete after ``giveUpAfter`` is dead-lettered once
///   (`assembly_timeout`); a late part still completes it.
///
/// **Commit rule.** The committed input offset never passes a part that is neither in
/// an emitted complete record nor parked on the changelog, so after a crash every
/// part not accounted for on the changelog is read again.
public struct AssemblerState: Sendable {
    /// How long an article may wait for its missing parts before it is emitted incomplete.
    public let wait: Duration
    /// How long (wall clock) an article may stay incomplete before it is dead-lettered.
    public let giveUpAfter: Duration

    /// Articles with parts in memory: waiting, parked, or dead-lettered.
    private var held: [String: Held] = [:]
    /// Per input partition: articles whose last record is complete with nothing newer
    /// waiting, by a 64-bit hash of the id → the generation it was made from.
    private var settled: [KafkaTopicPartition: [UInt64: ArticleGeneration?]] = [:]
    /// Per input partition: articles with parts not yet accounted for → the offset of
    /// the first such part (the commit barrier).
    private var unsaved: [KafkaTopicPartition: [String: Int64]] = [:]
    private var consumedEnd: [KafkaTopicPartition: Int64] = [:]
    private var committed: [KafkaTopicPartition: Int64] = [:]
    private var lastSweep: ContinuousClock.Instant?
    /// Park deadlines in time order, each with its article; an entry whose article
    /// no longer has that deadline (completed, parked, started over) is skipped when it
    /// comes due. Keeps ``tick(now:wallMilliseconds:)`` proportional to what is due, not
    /// to everything waiting.
    private var deadlines: [(at: ContinuousClock.Instant, id: String)] = []
    private var deadlinesHead = 0

    private struct Held: Sendable {
        var assembly = RawArticleAssembly()
        var generation: ArticleGeneration?
        var sourceTopic: String?
        var partition: KafkaTopicPartition
        /// When the unsaved parts are parked (nil: nothing unsaved).
        var deadline: ContinuousClock.Instant?
        var waitingSince: Int64
        var lastRecord: AssemblyRecord.LastRecord
        var deadLettered = false
    }

    public init(wait: Duration, giveUpAfter: Duration = .seconds(3600)) {
        self.wait = wait
        self.giveUpAfter = giveUpAfter
    }

    /// Articles with parts in memory (waiting, parked or dead-lettered).
    public var heldCount: Int { held.count }
    /// Articles waiting for parts that are not yet on the changelog.
    public var waitingCount: Int { unsaved.values.map(\.count).reduce(0, +) }
    /// Articles remembered as complete.
    public var settledCount: Int { settled.values.map(\.count).reduce(0, +) }

    // MARK: - Outputs

    /// A merged record ready to publish on `articles.complete`.
    public struct Emission: Sendable {
        public var articleID: String
        public var complete: Bool
        public var missing: [EnrichmentKind]
        /// The EnrichedArticle's JSON.
        public var value: [UInt8]

        init(_ articleID: String, _ assembly: RawArticleAssembly) {
            self.articleID = articleID
            complete = assembly.isComplete
            missing = assembly.missing
            value = assembly.merged()
        }
    }

    /// An article given up on (`assembly_timeout`).
    public struct GiveUp: Sendable {
        public var articleID: String
        public var missing: [EnrichmentKind]
        /// The incomplete EnrichedArticle's JSON (the dead letter's value).
        public var value: [UInt8]
        /// Where the article came from: its topic and position on `articles.raw`.
        public var sourceTopic: String?
        public var generation: ArticleGeneration?
        public var waited: Duration
    }

    /// What one step asks the assembler to publish: records and dead letters first,
    /// then — once those were acknowledged — the changelog records.
    public struct Changes: Sendable {
        public var emissions: [Emission] = []
        public var giveUps: [GiveUp] = []
        /// Changelog records, each for the input partition it belongs to.
        public var changelog: [(partition: KafkaTopicPartition, record: AssemblyRecord)] = []
        public var isEmpty: Bool { emissions.isEmpty && giveUps.isEmpty && changelog.isEmpty }

        public init() {}

        mutating func append(_ other: Changes) {
            emissions += other.emissions
            giveUps += other.giveUps
            changelog += other.changelog
        }
    }

    // MARK: - Consuming

    /// Adds one consumed part.
    public mutating func add(_ part: RawEnrichment, at message: KafkaMessage, now: ContinuousClock.Instant,
                             wallMilliseconds: Int64) -> Changes {
        let tp = message.topicPartition
        consumedEnd[tp] = max(consumedEnd[tp] ?? 0, message.offset + 1)
        let id = part.articleID
        var h: Held
        if let existing = held[id] {
            h = existing
            if let g = part.generation, let hg = h.generation, g != hg {
                guard g.isNewer(than: hg) else { return Changes() } // a part of an older publication
                // A re-publication: start over; whatever was emitted stands until it completes.
                h.assembly = RawArticleAssembly()
                h.generation = g
                h.sourceTopic = part.sourceTopic
                h.waitingSince = wallMilliseconds
                h.deadLettered = false
                unsaved[h.partition]?[id] = nil
                h.deadline = nil
            }
        } else {
            let hash = Self.hash(id)
            if let entry = settled[tp]?[hash] {
                // Complete already: a redelivery or a stale part emits nothing; only a
                // re-publication starts a new assembly.
                guard let g = part.generation, let sg = entry, g != sg, g.isNewer(than: sg) else { return Changes() }
                settled[tp]?[hash] = nil
                h = Held(generation: g, sourceTopic: part.sourceTopic, partition: tp, waitingSince: wallMilliseconds,
                         lastRecord: .complete)
            } else {
                h = Held(generation: part.generation, sourceTopic: part.sourceTopic, partition: tp,
                         waitingSince: wallMilliseconds, lastRecord: .none)
            }
        }
        guard h.assembly.add(part) else { held[id] = h; return Changes() } // that kind is in already
        if h.assembly.isComplete {
            held[id] = nil
            unsaved[h.partition]?[id] = nil
            settled[tp, default: [:]][Self.hash(id)] = .some(h.generation)
            var c = Changes()
            c.emissions.append(Emission(id, h.assembly))
            c.changelog.append((tp, AssemblyRecord(articleID: id, lastRecord: .complete, generation: h.generation)))
            return c
        }
        if unsaved[tp]?[id] == nil {
            unsaved[tp, default: [:]][id] = message.offset
            h.deadline = now + wait
            scheduleDeadline(now + wait, for: id)
        }
        held[id] = h
        return Changes()
    }

    /// Marks a record that is not a usable part (dead-lettered) as consumed.
    public mutating func skip(_ message: KafkaMessage) {
        let tp = message.topicPartition
        consumedEnd[tp] = max(consumedEnd[tp] ?? 0, message.offset + 1)
    }

    // MARK: - Time

    /// Parks the articles whose wait is over (emitting them incomplete unless their last
    /// record is complete) and gives up on those incomplete for longer than ``giveUpAfter``.
    public mutating func tick(now: ContinuousClock.Instant, wallMilliseconds: Int64) -> Changes {
        var c = Changes()
        var due: [String] = []
        while deadlinesHead < deadlines.count, deadlines[deadlinesHead].at <= now {
            let (at, id) = deadlines[deadlinesHead]
            deadlinesHead += 1
            if held[id]?.deadline == at { due.append(id) }
        }
        if deadlinesHead > 1024 && deadlinesHead * 2 > deadlines.count {
            deadlines.removeFirst(deadlinesHead)
            deadlinesHead = 0
        }
        for id in Set(due).sorted() { c.append(park(id)) }
        // Give-ups are rare: look for them every few seconds.
        if lastSweep.map({ now - $0 >= .seconds(2) }) ?? true {
            lastSweep = now
            let limit = Self.milliseconds(giveUpAfter)
            let overdue = held.filter { !$0.value.deadLettered && wallMilliseconds - $0.value.waitingSince >= limit }.keys
            for id in overdue.sorted() { c.append(giveUp(id, wallMilliseconds: wallMilliseconds)) }
        }
        return c
    }

    /// Queues a park deadline, keeping the queue in time order (deadlines come in order
    /// when `now` only moves forward; an earlier one is put in its place).
    private mutating func scheduleDeadline(_ at: ContinuousClock.Instant, for id: String) {
        if let last = deadlines.last, deadlines.count > deadlinesHead, at < last.at {
            var i = deadlines.count
            while i > deadlinesHead && deadlines[i - 1].at > at { i -= 1 }
            deadlines.insert((at, id), at: i)
        } else {
            deadlines.append((at, id))
        }
    }

    /// Accounts for an article's unsaved parts on the changelog; emits it incomplete
    /// when its last record is not complete.
    private mutating func park(_ id: String) -> Changes {
        guard var h = held[id] else { return Changes() }
        var c = Changes()
        if h.lastRecord != .complete {
            c.emissions.append(Emission(id, h.assembly))
            h.lastRecord = .incomplete
        }
        unsaved[h.partition]?[id] = nil
        h.deadline = nil
        held[id] = h
        c.changelog.append((h.partition, record(id, h)))
        return c
    }

    private mutating func giveUp(_ id: String, wallMilliseconds: Int64) -> Changes {
        var c = Changes()
        if let tp = held[id]?.partition, unsaved[tp]?[id] != nil { c = park(id) }
        guard var h = held[id] else { return c }
        h.deadLettered = true
        held[id] = h
        c.giveUps.append(GiveUp(articleID: id, missing: h.assembly.missing, value: h.assembly.merged(),
                                sourceTopic: h.sourceTopic, generation: h.generation,
                                waited: .milliseconds(wallMilliseconds - h.waitingSince)))
        c.changelog.append((h.partition, record(id, h)))
        return c
    }

    private func record(_ id: String, _ h: Held) -> AssemblyRecord {
        AssemblyRecord(articleID: id, lastRecord: h.lastRecord, generation: h.generation,
                       parts: EnrichmentKind.allCases.compactMap { h.assembly.parts[$0] },
                       waitingSinceMilliseconds: h.waitingSince, deadLettered: h.deadLettered)
    }

    // MARK: - Restoring

    /// Applies one changelog record read back for an assigned input partition (in
    /// changelog order; a later record of the same article replaces an earlier one).
    public mutating func restore(_ record: AssemblyRecord, partition tp: KafkaTopicPartition, wallMilliseconds: Int64) {
        let id = record.articleID
        let hash = Self.hash(id)
        held[id] = nil
        unsaved[tp]?[id] = nil
        if record.lastRecord == .complete && record.parts.isEmpty {
            settled[tp, default: [:]][hash] = .some(record.generation)
            return
        }
        settled[tp]?[hash] = nil
        var h = Held(generation: record.generation, sourceTopic: record.parts.first?.sourceTopic, partition: tp,
                     waitingSince: record.waitingSinceMilliseconds ?? wallMilliseconds, lastRecord: record.lastRecord,
                     deadLettered: record.deadLettered)
        for p in record.parts { h.assembly.add(p) }
        held[id] = h
    }

    /// Forgets an article (a tombstone on the changelog).
    public mutating func forget(_ articleID: String, partition tp: KafkaTopicPartition) {
        held[articleID] = nil
        unsaved[tp]?[articleID] = nil
        settled[tp]?[Self.hash(articleID)] = nil
    }

    // MARK: - Offsets and partitions

    /// The offsets that may be committed now (only partitions whose point advanced).
    public mutating func committableOffsets() -> [KafkaTopicPartitionOffset] {
        var out: [KafkaTopicPartitionOffset] = []
        for (tp, end) in consumedEnd {
            let candidate = unsaved[tp]?.values.min() ?? end
            if candidate > (committed[tp] ?? -1) {
                committed[tp] = candidate
                out.append(KafkaTopicPartitionOffset(topic: tp.topic, partition: tp.partition, offset: candidate))
            }
        }
        return out.sorted { $0.topicPartition < $1.topicPartition }
    }

    /// Forgets everything about partitions taken away (their next owner restores them).
    public mutating func drop(_ partitions: [KafkaTopicPartition]) {
        let gone = Set(partitions)
        held = held.filter { !gone.contains($0.value.partition) }
        for tp in gone { settled[tp] = nil; unsaved[tp] = nil; consumedEnd[tp] = nil; committed[tp] = nil }
    }

    // MARK: - Helpers

    /// A stable 64-bit hash of an article id (FNV-1a over UTF-8, then a final mix).
    /// Two ids sharing one (odds ~n²/2⁶⁵) would only make a re-publication wait.
    static func hash(_ id: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 33; h &*= 0xff51_afd7_ed55_8ccd; h ^= h >> 33
        return h
    }

    static func milliseconds(_ d: Duration) -> Int64 {
        d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
    }
}
