public import Foundation
public import WirefleetExtraction

/// One extraction stage: turns an article into its ``Enrichment`` of one kind. The
/// same code serves the Kafka workers and the embedded mode.
public struct EnrichmentStage: Sendable {
    /// The version stamped on every enrichment (bump it when extraction output changes).
    public static let version = "0.1.0"

    public let kind: EnrichmentKind
    /// The stage's name and version.
    public let info: StageInfo
    private let extractor: Extractor

    public init(kind: EnrichmentKind, extractor: Extractor = Extractor()) {
        self.kind = kind
        self.extractor = extractor
        info = StageInfo(name: "wirefleet-\(kind.rawValue)", version: Self.version)
    }

    /// Loads the word lists and tables the stage reads (the entity and quote stages: the
    /// lexicon and the gazetteer; the number stage's are small and static) now, instead
    /// of on the first article that needs them. A worker calls it before it joins its
    /// group: the load's own short-lived tables then come and go while no batch and no
    /// prefetched records are held, so they do not add to the process's peak memory,
    /// and the first batch does not wait a fifth of a second.
    public func loadData() {
        switch kind {
        case .entities, .quotes: EntityTagger.loadData()
        case .numbers: break
        }
    }

    /// Runs the stage over an article.
    public func process(_ article: Article, source: SourcePosition, now: Date = Date()) -> Enrichment {
        var e = emptyEnrichment(article, source: source, processedAt: Self.timestamp(now))
        switch kind {
        case .entities: e.entities = extractor.entities(in: article.body)
        case .quotes: e.quotes = extractor.quotes(in: article.body)
        case .numbers: e.numbers = extractor.numbers(in: article.body)
        }
        return e
    }

    /// The stage's enrichment taken from a result that already holds all three kinds
    /// (the embedded mode extracts once, with one entity pass, for every stage).
    public func enrichment(_ article: Article, from result: ExtractionResult, source: SourcePosition,
                           now: Date = Date()) -> Enrichment {
        enrichment(article, from: result, source: source, processedAt: Self.timestamp(now))
    }

    /// ``enrichment(_:from:source:now:)`` with the time already written (``timestamp(_:)``),
    /// so the embedded mode writes it once per article, not once per stage.
    public func enrichment(_ article: Article, from result: ExtractionResult, source: SourcePosition,
                           processedAt: String) -> Enrichment {
        var e = emptyEnrichment(article, source: source, processedAt: processedAt)
        switch kind {
        case .entities: e.entities = result.entities
        case .quotes: e.quotes = result.quotes
        case .numbers: e.numbers = result.numbers
        }
        return e
    }

    private func emptyEnrichment(_ article: Article, source: SourcePosition, processedAt: String) -> Enrichment {
        Enrichment(articleID: article.id, kind: kind, stage: info, source: source, processedAt: processedAt,
                   title: article.title)
    }

    /// RFC 3339 UTC with milliseconds ("2026-11-21T20:42:47.552Z").
    public static func timestamp(_ date: Date) -> String {
        UTCTimestamp.string(date, fractional: true)
    }
}
