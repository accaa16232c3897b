public import WirefleetExtraction

/// Where a record came from: topic, partition, offset.
public struct SourcePosition: Sendable, Hashable, Codable {
    public var topic: String
    public var partition: Int32
    public var offset: Int64

    public init(topic: String, partition: Int32, offset: Int64) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
    }
}

/// One worker's result for one article (`wirefleet.enrichment/1`, RECORDS.md).
public struct Enrichment: Sendable, Hashable, Codable {
    public static let schemaName = "wirefleet.enrichment/1"

    public var schema: String = Enrichment.schemaName
    public var articleID: String
    public var kind: EnrichmentKind
    public var stage: StageInfo
    public var source: SourcePosition
    /// ISO 8601 time the stage finished.
    public var processedAt: String
    /// The article's title, carried so the assembler can put it in the merge.
    public var title: String?
    public var entities: [Entity]?
    public var quotes: [Quote]?
    public var numbers: [NumberMention]?

    public init(articleID: String, kind: EnrichmentKind, stage: StageInfo, source: SourcePosition,
                processedAt: String, title: String? = nil,
                entities: [Entity]? = nil, quotes: [Quote]? = nil, numbers: [NumberMention]? = nil) {
        self.articleID = articleID
        self.kind = kind
        self.stage = stage
        self.source = source
        self.processedAt = processedAt
        self.title = title
        self.entities = entities
        self.quotes = quotes
        self.numbers = numbers
    }

    enum CodingKeys: String, CodingKey {
        case schema, kind, stage, source, title, entities, quotes, numbers
        case articleID = "article_id"
        case processedAt = "processed_at"
    }
}
