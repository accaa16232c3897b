internal import WirefleetExtraction

/// Running counts behind one ``EntityIndexEntry``: updated per article in time
/// proportional to that article's part, and independent of the order articles arrive in
/// (every choice is a count, a minimum or a maximum), so a rebuilt aggregate equals the
/// one grown article by article.
struct EntityAggregate: Sendable {
    /// The articles that mention the entity.
    private(set) var articles: Set<String> = []
    /// How many articles give each form as the entity's `text`.
    private var textCounts: [String: Int] = [:]
    /// How many articles list each form among the entity's aliases.
    private var aliasCounts: [String: Int] = [:]
    private var typeCounts: [String: Int] = [:]
    /// The place of the lowest article id that has one.
    private var geo: (article: String, location: GeoLocation)?
    private var first = ""
    private var last = ""

    mutating func add(_ part: ArticleContribution.EntityPart, article: String, seenAt: String) {
        guard articles.insert(article).inserted else { return }
        textCounts[part.text, default: 0] += 1
        for alias in part.aliases { aliasCounts[alias, default: 0] += 1 }
        typeCounts[part.type.rawValue, default: 0] += 1
        if let g = part.geo, geo.map({ article < $0.article }) ?? true { geo = (article, g) }
        if first.isEmpty || seenAt < first { first = seenAt }
        if seenAt > last { last = seenAt }
    }

    /// Takes an article out. Returns true when the aggregate must be rebuilt from the
    /// remaining articles: its first/last seen or its place came from this one.
    mutating func remove(_ part: ArticleContribution.EntityPart, article: String, seenAt: String) -> Bool {
        guard articles.remove(article) != nil else { return false }
        Self.decrement(&textCounts, part.text)
        for alias in part.aliases { Self.decrement(&aliasCounts, alias) }
        Self.decrement(&typeCounts, part.type.rawValue)
        return seenAt == first || seenAt == last || geo?.article == article
    }

    private static func decrement(_ counts: inout [String: Int], _ key: String) {
        guard let n = counts[key] else { return }
        counts[key] = n > 1 ? n - 1 : nil
    }

    func entry(id: String) -> EntityIndexEntry? {
        guard !articles.isEmpty else { return nil }
        // Every form seen: the texts with their counts, aliases counting nothing.
        var forms = textCounts
        for alias in aliasCounts.keys where forms[alias] == nil { forms[alias] = 0 }
        // The name most articles give it (their entity's `text`), the longest on a tie.
        let name = forms.max { a, b in
            if a.value != b.value { return a.value < b.value }
            let (la, lb) = (a.key.unicodeScalars.count, b.key.unicodeScalars.count)
            return la != lb ? la < lb : a.key > b.key
        }?.key ?? id
        let type = typeCounts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? "ORG"
        let aliases = Array(forms.keys.filter { $0 != name }.sorted().prefix(IndexState.maxListed))
        return EntityIndexEntry(id: id, name: name, type: EntityType(rawValue: type), aliases: aliases,
                                articles: articles.count, firstSeen: first, lastSeen: last, geo: geo?.location, linkedTo: nil)
    }
}
