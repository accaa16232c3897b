import Foundation
public import WirefleetExtraction

/// The embedded mode: the three stages and the merge in one process, no broker —
/// the same stage code and merge as the fleet.
public struct EmbeddedPipeline: Sendable {
    private let extractor: Extractor
    private let stages: [EnrichmentStage]

    public init(extractor: Extractor = Extractor()) {
        self.extractor = extractor
        stages = EnrichmentKind.allCases.map { EnrichmentStage(kind: $0, extractor: extractor) }
    }

    /// Enriches one article into its merged record. Hygiene and the entity pass run
    /// once for all three stages (separate workers each need their own).
    public func enrich(_ article: Article) -> EnrichedArticle {
        let result = extractor.all(in: article.body)
        var assembly = ArticleAssembly(articleID: article.id)
        let source = SourcePosition(topic: "embedded", partition: 0, offset: 0)
        for stage in stages { assembly.add(stage.enrichment(article, from: result, source: source)) }
        return assembly.merged()
    }

    /// The merged record's JSON, made the way the fleet makes it: each stage's
    /// Enrichment written directly as bytes, then the assembler's splice
    /// (``RawArticleAssembly``) — the same bytes as encoding ``enrich(_:)``'s result.
    /// The parts come from ``RecordCodec/encodeRaw(_:)``, which knows where it wrote
    /// them, so nothing is scanned again.
    public func enrichedJSON(_ article: Article) throws -> [UInt8] { try enrichedJSONAndResult(article).json }

    /// ``enrichedJSON(_:)`` and the extraction it was made from (what `enrich --index`
    /// reads, instead of decoding the JSON again).
    public func enrichedJSONAndResult(_ article: Article) throws -> (json: [UInt8], result: ExtractionResult) {
        let result = extractor.all(in: article.body)
        let source = SourcePosition(topic: "embedded", partition: 0, offset: 0)
        let codec = RecordCodec()
        var assembly = RawArticleAssembly()
        let processedAt = EnrichmentStage.timestamp(Date())
        for stage in stages {
            assembly.add(try codec.encodeRaw(stage.enrichment(article, from: result, source: source, processedAt: processedAt)))
        }
        return (assembly.merged(), result)
    }
}
