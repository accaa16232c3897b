/// Which publication of an article a part belongs to: the position of the article's
/// record on `articles.raw` that the stage processed (an Enrichment's `source`).
///
/// Re-publishing an article (same id) makes a new generation; the assembler merges
/// parts of one generation only, and a newer generation supersedes an older one.
public struct ArticleGeneration: Sendable, Hashable, CustomStringConvertible {
    public var partition: Int32
    public var offset: Int64

    public init(partition: Int32, offset: Int64) {
        self.partition = partition
        self.offset = offset
    }

    /// Whether `self` is a later publication than `other`. Records of one article id
    /// share a partition of `articles.raw`, where offsets order them; across partitions
    /// (the topic was repartitioned) the later arrival counts as newer.
    public func isNewer(than other: ArticleGeneration) -> Bool {
        partition == other.partition ? offset > other.offset : true
    }

    public var description: String { "\(partition)@\(offset)" }
}
