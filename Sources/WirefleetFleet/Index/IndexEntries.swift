public import WirefleetExtraction

/// One real-world entity across every article (`entities.index`, keyed by id).
public struct EntityIndexEntry: Sendable, Hashable, Codable {
    public static let schemaName = "wirefleet.entity-index/1"
    public var schema: String = EntityIndexEntry.schemaName
    public var id: String
    /// The name most articles give it (the longest on a tie).
    public var name: String
    /// The type most articles gave it.
    public var type: EntityType
    /// Every other form seen, sorted (at most ``IndexState/maxListed``).
    public var aliases: [String]
    /// Number of distinct articles that mention it.
    public var articles: Int
    public var firstSeen: String
    public var lastSeen: String
    public var geo: GeoLocation?
    /// The id of the entity this one is, by ``CrossArticleLinker`` over every indexed
    /// article ("Leaupepe" alone → the one Tavita Leaupepe): read its entry for the
    /// entity; nil when no link applies.
    public var linkedTo: String?

    enum CodingKeys: String, CodingKey {
        case schema, id, name, type, aliases, articles, geo
        case firstSeen = "first_seen"
        case lastSeen = "last_seen"
        case linkedTo = "linked_to"
    }
}

/// One statement across every article that quotes it (`quotes.clusters`, keyed by
/// cluster).
public struct QuoteClusterEntry: Sendable, Hashable, Codable {
    public static let schemaName = "wirefleet.quote-cluster/1"

    /// One report of the statement.
    public struct Report: Sendable, Hashable, Codable {
        public var articleID: String
        public var text: String
        public var speaker: String?
        public var seenAt: String
        enum CodingKeys: String, CodingKey {
            case text, speaker
            case articleID = "article_id"
            case seenAt = "seen_at"
        }
    }

    public var schema: String = QuoteClusterEntry.schemaName
    public var cluster: String
    /// The speaker id most reports give (nil when none is attributed).
    public var speakerID: String?
    public var speaker: String?
    /// Number of distinct articles that report it.
    public var articles: Int
    /// The latest reports, newest last (at most ``IndexState/maxListed``).
    public var quotes: [Report]
    public var firstSeen: String
    public var lastSeen: String

    enum CodingKeys: String, CodingKey {
        case schema, cluster, speaker, articles, quotes
        case speakerID = "speaker_id"
        case firstSeen = "first_seen"
        case lastSeen = "last_seen"
    }
}
