public import Foundation
public import WirefleetExtraction

/// One extraction stage: turns an article into its ``Enrichment`` of one kind. The
/// same code serves the Kafka workers and the embedded mode.
public struct EnrichmentStage: Sendable {
    /// The version stamped on every enrichment (bump it when extraction output changes).
    public static let version = "0.1.0"

    public let kind: EnrichmentKind
    private let extractor: Extractor

    public init(kind: EnrichmentKind, extractor: Extractor = Extractor()) {
        self.kind = kind
        self.extractor = extractor
    }

    /// The stage's name and version.
    public var info: StageInfo { StageInfo(name: "wirefleet-\(kind.rawValue)", version: Self.version) }

    /// Runs the stage over an article.
    public func process(_ article: Article, source: SourcePosition, now: Date = Date()) -> Enrichment {
        var e = Enrichment(articleID: article.id, kind: kind, stage: info, source: source,
                           processedAt: Self.timestamp(now), title: article.title)
        switch kind {
        case .entities: e.entities = extractor.entities(in: article.body)
        case .quotes: e.quotes = extractor.quotes(in: article.body)
        case .numbers: e.numbers = extractor.numbers(in: article.body)
        }
        return e
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
