public import WirefleetExtraction

/// The assembler's merge of an article's three enrichments (`wirefleet.article/1`).
public struct EnrichedArticle: Sendable, Hashable, Codable {
    public static let schemaName = "wirefleet.article/1"

    public var schema: String = EnrichedArticle.schemaName
    public var articleID: String
    public var title: String?
    /// True when all three kinds are in.
    public var complete: Bool
    /// The kinds still missing when the record was emitted incomplete.
    public var missing: [EnrichmentKind]?
    public var entities: [Entity]
    public var quotes: [Quote]
    public var numbers: [NumberMention]
    /// Per kind: the stage (name, version) that produced it.
    public var stages: [String: StageInfo]

    public init(articleID: String, title: String?, complete: Bool, missing: [EnrichmentKind]?,
                entities: [Entity], quotes: [Quote], numbers: [NumberMention], stages: [String: StageInfo]) {
        self.articleID = articleID
        self.title = title
        self.complete = complete
        self.missing = missing
        self.entities = entities
        self.quotes = quotes
        self.numbers = numbers
        self.stages = stages
    }

    enum CodingKeys: String, CodingKey {
        case schema, title, complete, missing, entities, quotes, numbers, stages
        case articleID = "article_id"
    }
}
