/// The enrichments gathered so far for one article, and their merge into an
/// ``EnrichedArticle``. Pure logic shared by the Kafka assembler and the embedded mode.
public struct ArticleAssembly: Sendable {
    public let articleID: String
    public private(set) var parts: [EnrichmentKind: Enrichment] = [:]

    public init(articleID: String) { self.articleID = articleID }

    /// Adds a part; returns false if that kind was already there (a redelivery).
    @discardableResult
    public mutating func add(_ enrichment: Enrichment) -> Bool {
        guard parts[enrichment.kind] == nil else { return false }
        parts[enrichment.kind] = enrichment
        return true
    }

    /// All three kinds are in.
    public var isComplete: Bool { parts.count == EnrichmentKind.allCases.count }

    /// The kinds not yet in.
    public var missing: [EnrichmentKind] { EnrichmentKind.allCases.filter { parts[$0] == nil } }

    /// The merge. Deterministic for the same parts (no timestamps), so a re-emitted
    /// record after a restart is byte-identical to the first.
    public func merged() -> EnrichedArticle {
        var stages: [String: StageInfo] = [:]
        for (k, e) in parts { stages[k.rawValue] = e.stage }
        let title = EnrichmentKind.allCases.lazy.compactMap { self.parts[$0]?.title }.first
        return EnrichedArticle(articleID: articleID, title: title, complete: isComplete,
                               missing: isComplete ? nil : missing,
                               entities: parts[.entities]?.entities ?? [],
                               quotes: parts[.quotes]?.quotes ?? [],
                               numbers: parts[.numbers]?.numbers ?? [],
                               stages: stages)
    }
}
