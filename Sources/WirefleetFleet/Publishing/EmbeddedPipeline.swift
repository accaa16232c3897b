import Foundation
public import WirefleetExtraction

/// The embedded mode: the three stages and the merge in one process, no broker —
/// the same stage code and merge as the fleet.
public struct EmbeddedPipeline: Sendable {
    private let stages: [EnrichmentStage]

    public init(extractor: Extractor = Extractor()) {
        stages = EnrichmentKind.allCases.map { EnrichmentStage(kind: $0, extractor: extractor) }
    }

    /// Enriches one article into its merged record.
    public func enrich(_ article: Article) -> EnrichedArticle {
        var assembly = ArticleAssembly(articleID: article.id)
        let source = SourcePosition(topic: "embedded", partition: 0, offset: 0)
        for stage in stages { assembly.add(stage.process(article, source: source)) }
        return assembly.merged()
    }
}
