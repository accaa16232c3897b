/// Running state behind one ``QuoteClusterEntry``: its articles, the latest reports
/// (at most ``IndexState/maxListed``), first/last seen and the speakers' counts.
/// Independent of the order articles arrive in, so a rebuilt aggregate equals the one
/// grown article by article.
struct ClusterAggregate: Sendable {
    /// The articles that report the statement.
    private(set) var articles: Set<String> = []
    /// The latest reports, oldest first, by (seen at, article id, text).
    private var latest: [QuoteClusterEntry.Report] = []
    private var first = ""
    private var last = ""
    /// Quotes per speaker id, and the name the lowest article id gives it.
    private var speakers: [String: (count: Int, article: String, name: String?)] = [:]

    /// Adds an article's quotes of this cluster (nothing if it is in already).
    mutating func add(_ c: ArticleContribution, cluster key: String) {
        guard articles.insert(c.articleID).inserted else { return }
        var added = false
        for q in c.quotes where q.cluster == key {
            latest.append(.init(articleID: c.articleID, text: q.text, speaker: q.speaker, seenAt: c.seenAt))
            added = true
            if first.isEmpty || c.seenAt < first { first = c.seenAt }
            if c.seenAt > last { last = c.seenAt }
            if let s = q.speakerID {
                var v = speakers[s] ?? (0, c.articleID, q.speaker)
                v.count += 1
                if c.articleID < v.article { (v.article, v.name) = (c.articleID, q.speaker) }
                speakers[s] = v
            }
        }
        guard added else { return }
        // Stable sort: an article's own quotes keep their order on a tie.
        latest.sort { ($0.seenAt, $0.articleID, $0.text) < ($1.seenAt, $1.articleID, $1.text) }
        if latest.count > IndexState.maxListed { latest.removeFirst(latest.count - IndexState.maxListed) }
    }

    func entry(key: String) -> QuoteClusterEntry? {
        guard !articles.isEmpty else { return nil }
        let speaker = speakers.max { a, b in a.value.count != b.value.count ? a.value.count < b.value.count : a.key > b.key }
        return QuoteClusterEntry(cluster: key, speakerID: speaker?.key, speaker: speaker?.value.name,
                                 articles: articles.count, quotes: latest, firstSeen: first, lastSeen: last)
    }
}
