public import WirefleetExtraction

/// The cross-article index: every entity id and quote cluster with what all articles
/// say about it, kept as the latest ``ArticleContribution`` per article plus, per key,
/// running counts over the articles that contribute to it (``EntityAggregate``,
/// ``ClusterAggregate``). An article seen twice (re-published, re-delivered after a
/// restart) counts once, and a changed article moves its counts: its old contribution
/// is withdrawn before the new one is added.
///
/// Pure logic: `wirefleet index` feeds it from `articles.complete` and publishes the
/// changed entries; `wirefleet enrich --index` feeds it from a folder.
public struct IndexState: Sendable {
    /// Longest alias and report lists an entry carries.
    public static let maxListed = 50

    public private(set) var contributions: [String: ArticleContribution] = [:]
    private var entityAggregates: [String: EntityAggregate] = [:]
    private var clusterAggregates: [String: ClusterAggregate] = [:]
    /// Each article's names for ``CrossArticleLinker``, made by the first ``relink()`` that
    /// needs them (so an index that never links, `enrich --index`'s, never makes them),
    /// and the links ``relink()`` last made.
    private var linkNames: [String: CrossArticleLinker.ArticleNames] = [:]
    public private(set) var links: [String: String] = [:]

    public init() {}

    public var entityCount: Int { entityAggregates.count }
    public var clusterCount: Int { clusterAggregates.count }
    public var articleCount: Int { contributions.count }

    /// The keys whose entries changed (nil entry: no article mentions it any more).
    public struct Changes: Sendable {
        public var entities: Set<String> = []
        public var clusters: Set<String> = []
    }

    /// Replaces the article's contribution; returns the keys whose entries changed.
    ///
    /// Cost: proportional to the article's own entities and quotes (each entry keeps
    /// running counts), so the index does not slow down as an entity gathers articles.
    /// Only replacing or removing an article can make an entry rebuild from its articles.
    @discardableResult
    public mutating func add(_ c: ArticleContribution) -> Changes {
        var changes = Changes()
        if let old = contributions[c.articleID] {
            if old == c { return changes }
            changes = withdraw(old)
        }
        contributions[c.articleID] = c
        linkNames[c.articleID] = nil
        for e in c.entities {
            entityAggregates[e.id, default: EntityAggregate()].add(e, article: c.articleID, seenAt: c.seenAt)
            changes.entities.insert(e.id)
        }
        for key in Set(c.quotes.map(\.cluster)) {
            clusterAggregates[key, default: ClusterAggregate()].add(c, cluster: key)
            changes.clusters.insert(key)
        }
        return changes
    }

    /// Forgets the articles (their partitions moved to another member).
    public mutating func remove(articles ids: some Sequence<String>) {
        for id in ids {
            guard let old = contributions[id] else { continue }
            withdraw(old)
        }
    }

    /// Takes an article's contribution out of every entry it is part of.
    @discardableResult
    private mutating func withdraw(_ old: ArticleContribution) -> Changes {
        var changes = Changes()
        let id = old.articleID
        contributions[id] = nil
        linkNames[id] = nil
        for e in old.entities {
            changes.entities.insert(e.id)
            guard var agg = entityAggregates.removeValue(forKey: e.id) else { continue }
            if agg.remove(e, article: id, seenAt: old.seenAt) {
                // Its first/last seen or geo came from this article: fold the rest again.
                var rebuilt = EntityAggregate()
                for a in agg.articles {
                    guard let c = contributions[a], let part = c.entities.first(where: { $0.id == e.id }) else { continue }
                    rebuilt.add(part, article: a, seenAt: c.seenAt)
                }
                agg = rebuilt
            }
            if !agg.articles.isEmpty { entityAggregates[e.id] = agg }
        }
        for key in Set(old.quotes.map(\.cluster)) {
            changes.clusters.insert(key)
            guard let agg = clusterAggregates.removeValue(forKey: key) else { continue }
            // Reports are kept only as the latest few: fold the remaining articles again.
            let rest = agg.articles.subtracting([id])
            if !rest.isEmpty {
                var rebuilt = ClusterAggregate()
                for a in rest { if let c = contributions[a] { rebuilt.add(c, cluster: key) } }
                clusterAggregates[key] = rebuilt
            }
        }
        return changes
    }

    /// Links ids across every indexed article (``CrossArticleLinker``, the rules
    /// `enrich` applies to a folder) and returns the entity ids whose link changed: their
    /// entries carry `linked_to`. Cost: every article's names (the resolution depends on
    /// all of them), so `wirefleet index` runs it at an interval, not per article. The
    /// result depends only on the articles indexed, so a restarted index makes the same.
    public mutating func relink() -> Changes {
        var linker = CrossArticleLinker()
        for (id, c) in contributions {
            if linkNames[id] == nil { linkNames[id] = CrossArticleLinker.names(of: c.entities.map(\.entity)) }
            linker.add(linkNames[id]!)
        }
        let new = linker.links().filter { entityAggregates[$0.key] != nil }
        var changes = Changes()
        for (id, to) in new where links[id] != to { changes.entities.insert(id) }
        for id in links.keys where new[id] == nil { changes.entities.insert(id) }
        links = new
        return changes
    }

    /// This index with the ids, places and clusters of `resolution` applied to every
    /// article (``ArticleContribution/linked(_:)``): what `enrich --index` writes after
    /// linking a run.
    public func linked(_ resolution: CrossArticleLinker.Resolution) -> IndexState {
        guard !resolution.ids.isEmpty || !resolution.places.isEmpty else { return self }
        var linked = IndexState()
        for c in contributions.values { linked.add(c.linked(resolution)) }
        return linked
    }

    /// Every entity id and cluster currently indexed.
    public var allKeys: Changes {
        Changes(entities: Set(entityAggregates.keys), clusters: Set(clusterAggregates.keys))
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
        guard var entry = entityAggregates[id]?.entry(id: id) else { return nil }
        entry.linkedTo = links[id]
        return entry
    }

    /// The entry of a quote cluster, or nil when no article reports it.
    public func cluster(_ key: String) -> QuoteClusterEntry? {
        clusterAggregates[key]?.entry(key: key)
    }
}
