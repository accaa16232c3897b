import WirefleetText
import WirefleetEntities

/// Joins the quote clusters of a batch of articles where one outlet quotes a fragment
/// of the sentence another quotes whole — what ``QuoteClusterKey`` does inside one
/// article, across the articles of a batch (`wirefleet enrich` over a folder).
///
/// A quote whose content words (three or more, ``QuoteClusterKey/contentWords(_:)``) all
/// occur in a longer quote **of the same speaker** elsewhere in the batch ("whether the
/// dust filters were working" and "We are examining whether the dust filters were
/// working on the night of the blast") takes the cluster of that longer quote, when the
/// longer quotes it fits into all have one cluster. A quote without a speaker is left
/// alone: two speakers' statements may share their words, one speaker's rarely do.
///
/// A statement reworded by another outlet ("Every contractor whose drains failed will be
/// named, and every one of them will pay", "Every company whose drains failed will be
/// named and will pay") is one cluster too, when two quotes of one speaker in the batch
/// share at least ``minimumSharedContentWords`` content words and ``minimumWordJaccard``
/// of all their words (Jaccard, stemmed). On the seven read multi-article sets, of 424
/// pairs of one speaker's quotes that are different statements the closest share 0.23 of
/// their words (inside one article none reaches 0.4); the quotes of one statement joined
/// this way share 0.40–1.00.
///
/// Speakers are compared by id after the batch's entity links (``CrossArticleLinker``).
/// The joined clusters take the smallest cluster among them, whatever the order of articles.
public struct QuoteClusterLinker: Sendable {
    /// What the linker needs of one article's quotes.
    public struct ArticleQuotes: Sendable {
        fileprivate var quotes: [(cluster: String, speaker: String, words: [UInt64], all: [UInt64])] = []

        /// The clusters the linker may replace.
        public var clusters: [String] { quotes.map(\.cluster) }
    }

    /// Per speaker, every distinct quote's content words (as a sorted set), cluster and
    /// all its words (sorted): a statement many articles quote alike is kept once.
    private var bySpeaker: [String: [[UInt64]: (cluster: String, all: [UInt64])]] = [:]

    /// Content words two rewordings of one statement share at least.
    static let minimumSharedContentWords = 2
    /// The share of all their words (intersection over union) they share at least.
    static let minimumWordJaccard = 0.4
    /// A content word in more of one speaker's quotes than this says nothing of which two
    /// are one statement, and is not indexed (keeps the comparison near-linear).
    static let maximumPostings = 64

    public init() {}

    /// The part of an article's quotes the linker reads (their clusters and speakers set).
    public static func quotes(of quotes: [Quote]) -> ArticleQuotes {
        var out = ArticleQuotes()
        for q in quotes {
            guard let cluster = q.cluster, let speaker = q.speakerID else { continue }
            let words = QuoteClusterKey.contentWords(q.text).map(\.hash).sorted()
            guard !words.isEmpty else { continue }
            out.quotes.append((cluster, speaker, words, QuoteClusterKey.allWords(q.text)))
        }
        return out
    }

    public mutating func add(_ article: ArticleQuotes) {
        // One cluster per speaker and words, the smallest: the order of articles does not matter.
        for q in article.quotes where bySpeaker[q.speaker]?[q.words].map({ q.cluster < $0.cluster }) ?? true {
            bySpeaker[q.speaker, default: [:]][q.words] = (q.cluster, q.all)
        }
    }

    /// Every cluster to replace, mapped to the cluster that replaces it. `speakerLinks`
    /// are the batch's entity links: two speaker ids one links are one speaker.
    ///
    /// Three steps, each deciding from the groups the step before left, so the result
    /// does not depend on the order of articles:
    /// 1. rewordings: one speaker's quotes similar to each other (``similarClusters(_:)``)
    ///    join, except a quote similar to two longer quotes that are not similar to each
    ///    other (a fragment two different sentences share);
    /// 2. such a quote joins when its longer quotes are by then in one group;
    /// 3. fragments: a quote whose content words (three or more) all occur in longer
    ///    quotes of the same speaker joins them when those are in one group.
    public func links(speakerLinks: [String: String] = [:]) -> [String: String] {
        var merged: [String: [SpeakerQuote]] = [:]
        for (speaker, quotes) in bySpeaker {
            merged[speakerLinks[speaker] ?? speaker, default: []] += quotes.map {
                SpeakerQuote(cluster: $0.value.cluster, words: $0.key, all: $0.value.all)
            }
        }
        let (similar, length) = Self.similarClusters(merged)
        func longerNeighbours(_ c: String) -> [String] {
            let own = length[c] ?? 0
            return (similar[c] ?? []).filter { (length[$0] ?? 0) > own }
        }
        func bridges(_ c: String) -> Bool {
            let longer = longerNeighbours(c)
            return !longer.allSatisfy { x in longer.allSatisfy { y in x == y || similar[x]?.contains(y) == true } }
        }
        var groups = ClusterGroups()
        // 1.
        for (c, near) in similar where !bridges(c) {
            for x in near where c < x && !bridges(x) { groups.join(c, x) }
        }
        // 2.
        var joins: [(String, String)] = []
        for c in similar.keys where bridges(c) {
            let longer = longerNeighbours(c)
            if Set(longer.map { groups.root($0) }).count == 1, let x = longer.first { joins.append((c, x)) }
        }
        for (c, x) in joins { groups.join(c, x) }
        // 3.
        joins = []
        for (_, quotes) in merged where quotes.count > 1 {
            for q in quotes where q.words.count >= 3 {
                var containers: Set<String> = []
                var some: String?
                for other in quotes where other.cluster != q.cluster && other.words.count > q.words.count
                    && Self.isSubset(q.words, of: other.words) {
                    containers.insert(groups.root(other.cluster))
                    some = other.cluster
                }
                if containers.count == 1, let x = some { joins.append((q.cluster, x)) }
            }
        }
        for (c, x) in joins { groups.join(c, x) }
        return groups.links()
    }

    /// One distinct quote of one speaker (after the entity links).
    struct SpeakerQuote {
        var cluster: String
        var words: [UInt64]
        var all: [UInt64]
    }

    /// Per cluster, the clusters of the same speaker's quotes it shares at least
    /// ``minimumSharedContentWords`` content words and ``minimumWordJaccard`` of all words
    /// with (found through an index of content words), and its longest quote's word count.
    static func similarClusters(_ merged: [String: [SpeakerQuote]]) -> (similar: [String: Set<String>], length: [String: Int]) {
        var similar: [String: Set<String>] = [:]
        var length: [String: Int] = [:]
        for (_, quotes) in merged where quotes.count > 1 {
            var postings: [UInt64: [Int]] = [:]
            for (k, q) in quotes.enumerated() {
                for w in q.words { postings[w, default: []].append(k) }
                length[q.cluster] = max(length[q.cluster] ?? 0, q.all.count)
            }
            for (k, q) in quotes.enumerated() {
                var shared: [Int: Int] = [:]
                for w in q.words {
                    guard let list = postings[w], list.count <= maximumPostings else { continue }
                    for other in list where other > k { shared[other, default: 0] += 1 }
                }
                for (other, n) in shared where n >= minimumSharedContentWords && quotes[other].cluster != q.cluster
                    && jaccard(q.all, quotes[other].all) >= minimumWordJaccard {
                    similar[q.cluster, default: []].insert(quotes[other].cluster)
                    similar[quotes[other].cluster, default: []].insert(q.cluster)
                }
            }
        }
        return (similar, length)
    }

    /// Intersection over union of two sorted sets.
    static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(common) / Double(a.count + b.count - common)
    }

    /// Whether every element of sorted `a` is in sorted `b`.
    static func isSubset(_ a: [UInt64], of b: [UInt64]) -> Bool {
        var j = 0
        for x in a {
            while j < b.count, b[j] < x { j += 1 }
            guard j < b.count, b[j] == x else { return false }
            j += 1
        }
        return true
    }
}
