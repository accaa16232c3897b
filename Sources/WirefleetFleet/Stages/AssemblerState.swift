public import WirefleetKafka

/// The assembler's in-memory state and its commit rule, free of any Kafka client so
/// it can be tested alone.
///
/// **Commit rule.** The committed offset of a partition never lands inside an
/// article: it is at most the first offset of every unfinished article, and never
/// between the first and last part of a finished article still ahead of it. After a
/// restart, every article with a part at or after the committed offset is therefore
/// re-read whole, and its merge — deterministic, without timestamps — comes out
/// byte-identical to the one already emitted.
public struct AssemblerState: Sendable {
    /// How long an article may wait for its missing parts before it is emitted incomplete.
    public let wait: Duration
    private var pending: [String: Entry] = [:]
    private var spans: [KafkaTopicPartition: [String: Span]] = [:]
    private var consumedEnd: [KafkaTopicPartition: Int64] = [:]
    private var committed: [KafkaTopicPartition: Int64] = [:]
    private var emittedComplete = BoundedSet(capacity: 100_000)
    private var emittedIncomplete: [String: ArticleAssembly] = [:]
    private let codec = RecordCodec()

    private struct Entry: Sendable {
        var assembly: ArticleAssembly
        var partition: KafkaTopicPartition
        var deadline: ContinuousClock.Instant
    }

    private struct Span: Sendable {
        var first: Int64
        var last: Int64
        var done: Bool
    }

    public init(wait: Duration) { self.wait = wait }

    /// Articles waiting for parts.
    public var pendingCount: Int { pending.count }

    /// A merged record ready to publish.
    public struct Emission: Sendable {
        public var article: EnrichedArticle
    }

    /// Adds one consumed enrichment; returns the merge if this part completed the article.
    public mutating func add(_ enrichment: Enrichment, at message: KafkaMessage, now: ContinuousClock.Instant) -> Emission? {
        let tp = message.topicPartition
        consumedEnd[tp] = max(consumedEnd[tp] ?? 0, message.offset + 1)
        let id = enrichment.articleID
        // Keep the article's span so the commit point never splits it.
        var span = spans[tp, default: [:]][id] ?? Span(first: message.offset, last: message.offset, done: false)
        span.first = min(span.first, message.offset)
        span.last = max(span.last, message.offset)
        if emittedComplete.contains(id) {
            span.done = true
            spans[tp, default: [:]][id] = span
            return nil // a redelivered part of an article already emitted
        }
        if var late = emittedIncomplete[id] {
            // A part arriving after the article was emitted incomplete: emit the complete merge.
            late.add(enrichment)
            span.done = true
            spans[tp, default: [:]][id] = span
            if late.isComplete {
                emittedIncomplete[id] = nil
                emittedComplete.insert(id)
                return Emission(article: late.merged())
            }
            emittedIncomplete[id] = late
            return nil
        }
        var entry = pending[id] ?? Entry(assembly: ArticleAssembly(articleID: id), partition: tp, deadline: now + wait)
        entry.assembly.add(enrichment)
        if entry.assembly.isComplete {
            pending[id] = nil
            span.done = true
            spans[tp, default: [:]][id] = span
            emittedComplete.insert(id)
            return Emission(article: entry.assembly.merged())
        }
        pending[id] = entry
        spans[tp, default: [:]][id] = span
        return nil
    }

    /// Marks a record that is not a usable part (dead-lettered) as consumed.
    public mutating func skip(_ message: KafkaMessage) {
        let tp = message.topicPartition
        consumedEnd[tp] = max(consumedEnd[tp] ?? 0, message.offset + 1)
    }

    /// Articles whose wait is over, merged with what they have (`complete: false`).
    public mutating func expire(now: ContinuousClock.Instant) -> [Emission] {
        var out: [Emission] = []
        for (id, entry) in pending where entry.deadline <= now {
            pending[id] = nil
            spans[entry.partition]?[id]?.done = true
            emittedIncomplete[id] = entry.assembly
            out.append(Emission(article: entry.assembly.merged()))
        }
        if emittedIncomplete.count > 10_000 { emittedIncomplete.removeAll() }
        return out.sorted { $0.article.articleID < $1.article.articleID }
    }

    /// The offsets that may be committed now (only partitions whose point advanced).
    public mutating func committableOffsets() -> [KafkaTopicPartitionOffset] {
        var out: [KafkaTopicPartitionOffset] = []
        for (tp, end) in consumedEnd {
            var s = spans[tp] ?? [:]
            var candidate = s.values.filter { !$0.done }.map(\.first).min() ?? end
            // Never between the first and last part of a finished article.
            var moved = true
            while moved {
                moved = false
                for span in s.values where span.done && span.first < candidate && span.last >= candidate {
                    candidate = span.first
                    moved = true
                }
            }
            s = s.filter { !($0.value.done && $0.value.last < candidate) }
            spans[tp] = s
            if candidate > (committed[tp] ?? -1) {
                committed[tp] = candidate
                out.append(KafkaTopicPartitionOffset(topic: tp.topic, partition: tp.partition, offset: candidate))
            }
        }
        return out
    }

    /// Forgets everything about partitions taken away (their next owner re-reads them).
    public mutating func drop(_ partitions: [KafkaTopicPartition]) {
        let gone = Set(partitions)
        pending = pending.filter { !gone.contains($0.value.partition) }
        for tp in gone { spans[tp] = nil; consumedEnd[tp] = nil; committed[tp] = nil }
    }
}

/// A set that forgets its oldest members past a capacity.
struct BoundedSet: Sendable {
    let capacity: Int
    private var members: Set<String> = []
    private var order: [String] = []
    private var head = 0

    init(capacity: Int) { self.capacity = capacity }

    func contains(_ s: String) -> Bool { members.contains(s) }

    mutating func insert(_ s: String) {
        guard members.insert(s).inserted else { return }
        order.append(s)
        if members.count > capacity {
            members.remove(order[head])
            head += 1
            if head > capacity { order.removeFirst(head); head = 0 }
        }
    }
}
