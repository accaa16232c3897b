/// Consumer settings: a group member with manual offset storing and committing and
/// `cooperative-sticky` assignment by default.
public struct KafkaConsumerConfiguration: Sendable, Hashable {
    /// Where a group without committed offsets starts.
    public enum OffsetReset: String, Sendable, Hashable { case earliest, latest, error }
    /// Which records a consumer sees.
    public enum Isolation: String, Sendable, Hashable {
        case readCommitted = "read_committed", readUncommitted = "read_uncommitted"
    }

    /// Brokers and raw properties.
    public var common: KafkaConfiguration
    /// `group.id`.
    public var groupID: String
    /// `auto.offset.reset` (default earliest).
    public var offsetReset: OffsetReset = .earliest
    /// `isolation.level` (default read_committed).
    public var isolation: Isolation = .readCommitted
    /// `partition.assignment.strategy` (default cooperative-sticky).
    public var assignmentStrategy: String = "cooperative-sticky"
    /// `session.timeout.ms` (default 10 s).
    public var sessionTimeoutMilliseconds: Int = 10_000
    /// `max.poll.interval.ms` (default 300 s).
    public var maxPollIntervalMilliseconds: Int = 300_000
    /// `fetch.wait.max.ms` (default 10: low latency).
    public var fetchWaitMaxMilliseconds: Int = 10
    /// `enable.auto.commit` of stored offsets in the background (default false: the
    /// application commits).
    public var autoCommit: Bool = false
    /// How many records one poll may return at most.
    public var maxBatchSize: Int = 500
    /// Whether a hole in a partition's offsets is read again once before delivery goes
    /// past it (default true; see ``OffsetContinuity``): a broker that skipped a record
    /// in a fetch then delivers it instead of the application committing past it.
    public var rereadsOffsetGaps: Bool = true

    public init(common: KafkaConfiguration, groupID: String) {
        self.common = common
        self.groupID = groupID
    }

    func librdkafkaProperties() -> [String: String] {
        common.librdkafkaProperties(defaults: [
            "group.id": groupID,
            "auto.offset.reset": offsetReset.rawValue,
            "isolation.level": isolation.rawValue,
            "partition.assignment.strategy": assignmentStrategy,
            "session.timeout.ms": String(sessionTimeoutMilliseconds),
            "max.poll.interval.ms": String(maxPollIntervalMilliseconds),
            "fetch.wait.max.ms": String(fetchWaitMaxMilliseconds),
            "enable.auto.commit": autoCommit ? "true" : "false",
            "enable.auto.offset.store": "false",
            "enable.partition.eof": "false",
        ])
    }
}
