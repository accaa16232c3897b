/// Checks that the records a consumer receives from each partition follow one another
/// without a hole, and decides what to do about a hole: read it again once.
///
/// On a topic written without transactions and never compacted, offsets are dense: a
/// fetch that returns offset 207 right after 205 left record 206 out. Kafka never does
/// that; a test broker (Tansu) does, about once in 10,000 records, and an application
/// that commits the offset after 207 has then lost 206 for good. So a hole is read
/// again: the records after it are held back, the partition is sought to the hole's
/// first offset, and what comes back decides:
///
/// - the hole's first record comes → the broker had skipped it (``Event/reread``, a
///   warning for the operator); everything is delivered in order;
/// - the same hole comes again → the offsets hold no records (transaction markers,
///   compaction, deleted records; ``Event/confirmed``) and delivery goes on past it.
///
/// A partition whose holes were confirmed ``regularGapLimit`` times in one assignment is
/// a transactional or compacted topic: its holes are then let through without a second
/// read (``Event/acceptedAsRegular``), so such topics cost one extra fetch per hole only
/// a few times. Reassigning a partition forgets it (its next record starts it afresh;
/// a hole right at the start of an assignment cannot be seen).
///
/// A value type with no Kafka in it, so every rule is unit-tested; ``KafkaConsumer``
/// keeps one and does the seeks it asks for.
public struct OffsetContinuity: Sendable {
    /// Offsets `from..<to` of a partition that the consumer did not receive.
    public struct Gap: Sendable, Hashable, CustomStringConvertible {
        public var partition: KafkaTopicPartition
        public var from: Int64
        public var to: Int64
        public var count: Int64 { to - from }
        public var description: String { "\(partition) offsets \(from)..<\(to)" }
        public init(partition: KafkaTopicPartition, from: Int64, to: Int64) {
            self.partition = partition
            self.from = from
            self.to = to
        }
    }

    /// What one batch made the tracker find.
    public enum Event: Sendable, Hashable {
        /// A hole was found; the partition is read again from its first offset.
        case rereading(Gap)
        /// The second read brought the hole's records: the broker had skipped them.
        case reread(Gap)
        /// The second read brought the same hole: its offsets hold no records.
        case confirmed(Gap)
        /// A hole let through without a second read: this partition's holes were
        /// confirmed ``OffsetContinuity/regularGapLimit`` times (transactions or compaction).
        case acceptedAsRegular(Gap)
    }

    /// What the consumer does with one polled batch.
    public struct Decision: Sendable {
        /// The records to hand to the application, in the order received.
        public var deliver: [KafkaMessage]
        /// Partitions to seek, each to the first offset of its hole.
        public var seeks: [KafkaTopicPartitionOffset]
        public var events: [Event]
    }

    /// Running totals since the consumer was created.
    public struct Totals: Sendable, Hashable {
        /// Records the broker had skipped and the second read brought.
        public var rereadRecords: Int64 = 0
        /// Holes whose offsets hold no records.
        public var confirmedGaps: Int = 0
        /// Holes let through without a second read.
        public var acceptedGaps: Int = 0
        /// Records dropped because they had been delivered already.
        public var droppedRepeats: Int = 0
        public init() {}
    }

    /// After this many confirmed holes in one assignment a partition's holes are let
    /// through without a second read.
    public static let regularGapLimit = 3
    /// A partition whose second read brings yet another hole is read again at most this
    /// many times in a row before the hole is let through.
    public static let attemptLimit = 3

    private struct PartitionState {
        /// The offset the next record must have.
        var next: Int64
        /// The hole being read again, and how many reads it took so far.
        var pending: Gap?
        var attempts = 0
        var confirmed = 0
    }

    private var partitions: [KafkaTopicPartition: PartitionState] = [:]
    public private(set) var totals = Totals()

    public init() {}

    /// Forgets partitions that were assigned or revoked: the next record of each starts
    /// its count afresh.
    public mutating func forget(_ list: [KafkaTopicPartition]) {
        for p in list { partitions[p] = nil }
    }

    /// The seek to a hole's first offset failed: the held-back records (`after`, in
    /// order) are delivered after all and the hole is let through.
    public mutating func seekFailed(_ gap: Gap, heldBack after: [KafkaMessage]) {
        guard var s = partitions[gap.partition] else { return }
        s.pending = nil
        s.attempts = 0
        if let last = after.last { s.next = last.offset + 1 }
        partitions[gap.partition] = s
        totals.acceptedGaps += 1
    }

    /// Sorts one polled batch into records to deliver and seeks to make.
    public mutating func admit(_ batch: [KafkaMessage]) -> Decision {
        var decision = Decision(deliver: [], seeks: [], events: [])
        decision.deliver.reserveCapacity(batch.count)
        var heldBack: Set<KafkaTopicPartition> = []
        for m in batch {
            let p = m.topicPartition
            if heldBack.contains(p) { continue }
            guard var s = partitions[p] else {
                partitions[p] = PartitionState(next: m.offset + 1)
                decision.deliver.append(m)
                continue
            }
            if m.offset < s.next {
                totals.droppedRepeats += 1
                continue
            }
            if m.offset > s.next {
                let gap = Gap(partition: p, from: s.next, to: m.offset)
                if s.pending == gap {
                    s.confirmed += 1
                    s.pending = nil
                    s.attempts = 0
                    totals.confirmedGaps += 1
                    decision.events.append(.confirmed(gap))
                } else if s.confirmed >= Self.regularGapLimit || s.attempts >= Self.attemptLimit {
                    s.pending = nil
                    s.attempts = 0
                    totals.acceptedGaps += 1
                    decision.events.append(.acceptedAsRegular(gap))
                } else {
                    s.pending = gap
                    s.attempts += 1
                    partitions[p] = s
                    heldBack.insert(p)
                    decision.seeks.append(KafkaTopicPartitionOffset(topic: p.topic, partition: p.partition, offset: gap.from))
                    decision.events.append(.rereading(gap))
                    continue
                }
            } else if let gap = s.pending {
                // The hole's first record came on the second read.
                totals.rereadRecords += gap.count
                decision.events.append(.reread(gap))
                s.pending = nil
                s.attempts = 0
            }
            s.next = m.offset + 1
            partitions[p] = s
            decision.deliver.append(m)
        }
        return decision
    }
}
