/// The default topic names (RECORDS.md); every command takes flags to rename them.
public enum FleetTopics {
    public static let raw = "articles.raw"
    public static let enriched = "articles.enriched"
    public static let complete = "articles.complete"
    public static let deadLetter = "articles.dlq"
    /// The assembler's compacted changelog (its state; co-partitioned with `enriched`).
    public static let assemblerState = "articles.assembler-state"
    /// `wirefleet index`: entity id → what every article says about it (compacted).
    public static let entityIndex = "entities.index"
    /// `wirefleet index`: quote cluster → its reports across articles (compacted).
    public static let quoteClusters = "quotes.clusters"
    /// The index's compacted changelog (co-partitioned with `complete`).
    public static let indexState = "articles.index-state"
    public static let all = [raw, enriched, complete, deadLetter, assemblerState, entityIndex, quoteClusters, indexState]
    /// Topic configuration the fleet creates a topic with (state and index topics are compacted).
    public static func config(for topic: String) -> [String: String] {
        [assemblerState, entityIndex, quoteClusters, indexState].contains(topic) ? AssemblerTopicCheck.stateTopicConfig : [:]
    }
    /// The default partition count of topics the fleet creates.
    public static let defaultPartitions = 6
}

/// Header names on dead-letter records.
public enum DeadLetterHeaders {
    public static let reason = "wirefleet.dlq.reason"
    public static let error = "wirefleet.dlq.error"
    public static let stage = "wirefleet.dlq.stage"
    public static let topic = "wirefleet.dlq.source.topic"
    public static let partition = "wirefleet.dlq.source.partition"
    public static let offset = "wirefleet.dlq.source.offset"
}
