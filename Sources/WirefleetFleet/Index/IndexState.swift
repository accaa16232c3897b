internal import WirefleetExtraction

/// The cross-article index: every entity id and quote cluster with what all articles
/// say about it, kept as the latest ``ArticleContribution`` per article plus, per key,
/// the articles that contribute to it. An entry is recomputed from its articles'
/// contributions whenever one of them changes, so an article seen twice (re-published,
/// re-delivered after a restart) counts once and a changed article moves its counts.
///
/// Pure logic: `wirefleet index` feeds it from `articles.complete` and publishes the
/// changed entries; `wirefleet enrich --index` feeds it from a folder.
public struct IndexState: Sendable {
    /// Longest alias and report lists an entry carries.
    public static let maxListed = 50

    public private(set) var contributions: [String: ArticleContribution] = [:]
    private var entityArticles: [String: Set<String>] = [:]
    private var clusterArticles: [String: Set<String>] = [:]

    public init() {}

    public var entityCount: Int { entityArticles.count }
    public var clusterCount: Int { clusterArticles.count }
    public var articleCount: Int { contributions.count }

    /// The keys whose entries changed (nil entry: no article mentions it any more).
    public struct Changes: Sendable {
        public var entities: Set<String> = []
        public var clusters: Set<String> = []
    }

    /// Replaces the article's contribution; returns the keys whose entries changed.
    @discardableResult
    public mutating func add(_ c: ArticleContribution) -> Changes {
        var changes = Changes()
        if let old = contributions[c.articleID] {
            if old == c { return changes }
            for e in old.entities {
                entityArticles[e.id]?.remove(c.articleID)
                if entityArticles[e.id]?.isEmpty == true { entityArticles[e.id] = nil }
                changes.entities.insert(e.id)
            }
            for q in old.quotes {
                clusterArticles[q.cluster]?.remove(c.articleID)
                if clusterArticles[q.cluster]?.isEmpty == true { clusterArticles[q.cluster] = nil }
                changes.clusters.insert(q.cluster)
            }
        }
        contributions[c.articleID] = c
        for e in c.entities {
            entityArticles[e.id, default: []].insert(c.articleID)
            changes.entities.insert(e.id)
        }
        for q in c.quotes {
            clusterArticles[q.cluster, default: []].insert(c.articleID)
            changes.clusters.insert(q.cluster)
        }
        return changes
    }

    /// Forgets the articles (their partitions moved to another member).
    public mutating func remove(articles ids: some Sequence<String>) {
        for id in ids {
            guard let old = contributions.removeValue(forKey: id) else { continue }
            for e in old.entities {
                entityArticles[e.id]?.remove(id)
                if entityArticles[e.id]?.isEmpty == true { entityArticles[e.id] = nil }
            }
            for q in old.quotes {
                clusterArticles[q.cluster]?.remove(id)
                if clusterArticles[q.cluster]?.isEmpty == true { clusterArticles[q.cluster] = nil }
            }
        }
    }

    /// Every entity id and cluster currently indexed.
    public var allKeys: Changes {
        Changes(entities: Set(entityArticles.keys), clusters: Set(clusterArticles.keys))
    }

    /// The encoded entries of `keys`, entities then clusters, each sorted by key; an
    /// empty value for a key no article mentions any more (a tombstone on a topic). The
    /// one encoding of the index, for its topics and for `enrich --index`.
    public func encodedEntries(for keys: Changes) -> (entities: [(key: String, value: [UInt8])],
                                                       clusters: [(key: String, value: [UInt8])]) {
        let codec = RecordCodec()
        return (keys.entities.sorted().map { ($0, entity($0).flatMap { try? codec.encode($0) } ?? []) },
                keys.clusters.sorted().map { ($0, cluster($0).flatMap { try? codec.encode($0) } ?? []) })
    }

    /// The entry of an entity id, or nil when no article mentions it.
    public func entity(_ id: String) -> EntityIndexEntry? {
        guard let articles = entityArticles[id], !articles.isEmpty else { return nil }
        var forms: [String: Int] = [:]
        var types: [String: Int] = [:]
        var geo: GeoLocation?
        var first = "", last = ""
        for a in articles.sorted() {
            guard let c = contributions[a], let e = c.entities.first(where: { $0.id == id }) else { continue }
            forms[e.text, default: 0] += 1
            for alias in e.aliases { forms[alias, default: 0] += 0 }
            types[e.type.rawValue, default: 0] += 1
            if geo == nil { geo = e.geo }
            if first.isEmpty || c.seenAt < first { first = c.seenAt }
            if c.seenAt > last { last = c.seenAt }
        }
        // The name most articles give it (their entity's `text`), the longest on a tie.
        let name = forms.max { a, b in
            if a.value != b.value { return a.value < b.value }
            let (la, lb) = (a.key.unicodeScalars.count, b.key.unicodeScalars.count)
            return la != lb ? la < lb : a.key > b.key
        }?.key ?? id
        let type = types.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? "ORG"
        let aliases = Array(forms.keys.filter { $0 != name }.sorted().prefix(Self.maxListed))
        return EntityIndexEntry(id: id, name: name, type: EntityType(rawValue: type), aliases: aliases,
                                articles: articles.count, firstSeen: first, lastSeen: last, geo: geo)
    }

    /// The entry of a quote cluster, or nil when no article reports it.
    public func cluster(_ key: String) -> QuoteClusterEntry? {
        guard let articles = clusterArticles[key], !articles.isEmpty else { return nil }
        var reports: [QuoteClusterEntry.Report] = []
        var speakers: [String: (count: Int, name: String?)] = [:]
        for a in articles.sorted() {   // sorted: the same entry in every process
            guard let c = contributions[a] else { continue }
            for q in c.quotes where q.cluster == key {
                reports.append(.init(articleID: a, text: q.text, speaker: q.speaker, seenAt: c.seenAt))
                if let s = q.speakerID { speakers[s, default: (0, q.speaker)].count += 1 }
            }
        }
        reports.sort { ($0.seenAt, $0.articleID, $0.text) < ($1.seenAt, $1.articleID, $1.text) }
        let speaker = speakers.max { a, b in a.value.count != b.value.count ? a.value.count < b.value.count : a.key > b.key }
        return QuoteClusterEntry(cluster: key, speakerID: speaker?.key, speaker: speaker?.value.name,
                                 articles: articles.count, quotes: Array(reports.suffix(Self.maxListed)),
                                 firstSeen: reports.first?.seenAt ?? "", lastSeen: reports.last?.seenAt ?? "")
    }
}
