public import WirefleetExtraction

/// What one article adds to the index: its entities (by id) and quotes (by cluster),
/// with the time it was seen. The index's changelog (`wirefleet index`) holds the
/// latest contribution per article; every index entry is a fold over them, so the
/// index can be rebuilt exactly from the changelog after any restart.
public struct ArticleContribution: Sendable, Hashable, Codable {
    public static let schemaName = "wirefleet.index-contribution/1"

    /// One entity as this article names it.
    public struct EntityPart: Sendable, Hashable, Codable {
        public var id: String
        public var text: String
        public var type: EntityType
        public var aliases: [String]
        public var geo: GeoLocation?

        /// The entity this part was made from, without its mentions.
        public var entity: Entity { Entity(text: text, type: type, aliases: aliases, id: id, geo: geo) }
    }

    /// One quote of this article.
    public struct QuotePart: Sendable, Hashable, Codable {
        public var cluster: String
        public var text: String
        public var speaker: String?
        public var speakerID: String?

        enum CodingKeys: String, CodingKey {
            case cluster, text, speaker
            case speakerID = "speaker_id"
        }
    }

    public var schema: String = ArticleContribution.schemaName
    public var articleID: String
    /// When the index saw the article (the record's timestamp), ISO 8601 UTC.
    public var seenAt: String
    public var entities: [EntityPart]
    public var quotes: [QuotePart]

    public init(articleID: String, seenAt: String, entities: [Entity], quotes: [Quote]) {
        self.init(articleID: articleID, seenAt: seenAt,
                  entities: entities.map { e in e.id.map { EntityPart(id: $0, text: e.text, type: e.type, aliases: e.aliases, geo: e.geo) } },
                  quotes: quotes.map { q in q.cluster.map { QuotePart(cluster: $0, text: q.text, speaker: q.speaker, speakerID: q.speakerID) } })
    }

    /// This contribution with entity and speaker ids replaced by what they link to, and
    /// unplaced entities given the place they were linked to (``CrossArticleLinker/resolve()``).
    public func linked(_ resolution: CrossArticleLinker.Resolution) -> ArticleContribution {
        let links = resolution.ids
        var c = self
        for k in c.entities.indices {
            let old = c.entities[k].id
            if let to = links[old] { c.entities[k].id = to }
            if c.entities[k].geo == nil, let geo = resolution.places[old] { c.entities[k].geo = geo }
        }
        for k in c.quotes.indices {
            if let s = c.quotes[k].speakerID, let to = links[s] { c.quotes[k].speakerID = to }
            if let to = links[c.quotes[k].cluster] { c.quotes[k].cluster = to }
        }
        return c
    }

    /// The one rule for what an article contributes: its entities that have an id, the
    /// first of each id; its quotes that have a cluster (nil: no id, no cluster).
    private init(articleID: String, seenAt: String, entities: [EntityPart?], quotes: [QuotePart?]) {
        self.articleID = articleID
        self.seenAt = seenAt
        var seen: Set<String> = []
        self.entities = entities.compactMap { $0 }.filter { seen.insert($0.id).inserted }
        self.quotes = quotes.compactMap { $0 }
    }

    enum CodingKeys: String, CodingKey {
        case schema, entities, quotes
        case articleID = "article_id"
        case seenAt = "seen_at"
    }
}

extension ArticleContribution {
    /// The contribution of a merged record from `articles.complete`, decoding only the
    /// fields the index keeps (no mentions, no numbers): the index's hot path.
    public init(record bytes: [UInt8], seenAt: String) throws(RecordError) {
        let r = try RecordCodec().decode(IndexedFields.self, from: bytes)
        self.init(articleID: r.articleID, seenAt: seenAt,
                  entities: r.entities.map { e in e.id.map { EntityPart(id: $0, text: e.text, type: e.type, aliases: e.aliases, geo: e.geo) } },
                  quotes: r.quotes.map { q in q.cluster.map { QuotePart(cluster: $0, text: q.text, speaker: q.speaker, speakerID: q.speakerID) } })
    }

    /// What the index reads of an EnrichedArticle.
    private struct IndexedFields: Decodable {
        struct EntityFields: Decodable {
            var text: String
            var type: EntityType
            var aliases: [String]
            var id: String?
            var geo: GeoLocation?
        }
        struct QuoteFields: Decodable {
            var text: String
            var speaker: String?
            var speakerID: String?
            var cluster: String?
            enum CodingKeys: String, CodingKey {
                case text, speaker, cluster
                case speakerID = "speaker_id"
            }
        }
        var articleID: String
        var entities: [EntityFields]
        var quotes: [QuoteFields]
        enum CodingKeys: String, CodingKey {
            case entities, quotes
            case articleID = "article_id"
        }
    }
}
