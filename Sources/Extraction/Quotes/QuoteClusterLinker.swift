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
/// Speakers are compared by id after the batch's entity links (``CrossArticleLinker``).
public struct QuoteClusterLinker: Sendable {
    /// What the linker needs of one article's quotes.
    public struct ArticleQuotes: Sendable {
        fileprivate var quotes: [(cluster: String, speaker: String, words: [UInt64])] = []

        /// The clusters the linker may replace.
        public var clusters: [String] { quotes.map(\.cluster) }
    }

    /// Per speaker, every distinct quote's content words (as a sorted set) and cluster:
    /// a statement many articles quote alike is kept once.
    private var bySpeaker: [String: [[UInt64]: String]] = [:]

    public init() {}

    /// The part of an article's quotes the linker reads (their clusters and speakers set).
    public static func quotes(of quotes: [Quote]) -> ArticleQuotes {
        var out = ArticleQuotes()
        for q in quotes {
            guard let cluster = q.cluster, let speaker = q.speakerID else { continue }
            let words = QuoteClusterKey.contentWords(q.text).map(\.hash).sorted()
            guard !words.isEmpty else { continue }
            out.quotes.append((cluster, speaker, words))
        }
        return out
    }

    public mutating func add(_ article: ArticleQuotes) {
        // One cluster per speaker and words, the smallest: the order of articles does not matter.
        for q in article.quotes where bySpeaker[q.speaker]?[q.words].map({ q.cluster < $0 }) ?? true {
            bySpeaker[q.speaker, default: [:]][q.words] = q.cluster
        }
    }

    /// Every cluster to replace, mapped to the cluster that replaces it. `speakerLinks`
    /// are the batch's entity links: two speaker ids one links are one speaker.
    public func links(speakerLinks: [String: String] = [:]) -> [String: String] {
        var merged: [String: [(cluster: String, words: [UInt64])]] = [:]
        for (speaker, quotes) in bySpeaker {
            merged[speakerLinks[speaker] ?? speaker, default: []] += quotes.map { (cluster: $0.value, words: $0.key) }
        }
        var link: [String: String] = [:]
        var refused: Set<String> = []
        for (_, quotes) in merged where quotes.count > 1 {
            for q in quotes where q.words.count >= 3 {
                var containers: Set<String> = []
                for other in quotes where other.cluster != q.cluster && other.words.count > q.words.count
                    && Self.isSubset(q.words, of: other.words) {
                    containers.insert(other.cluster)
                }
                guard !containers.isEmpty else { continue }
                if containers.count == 1, let to = containers.first, link[q.cluster] == nil || link[q.cluster] == to {
                    link[q.cluster] = to
                } else {
                    refused.insert(q.cluster)
                }
            }
        }
        for c in refused { link[c] = nil }
        // A fragment of a fragment: to the end of the chain.
        return CrossArticleLinker.followingChains(link)
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
