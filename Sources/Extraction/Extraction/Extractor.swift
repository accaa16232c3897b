@_exported public import WirefleetText
@_exported public import WirefleetEntities
@_exported public import WirefleetQuotes
@_exported public import WirefleetNumbers

/// All three extractions of one article body.
public struct ExtractionResult: Sendable, Hashable, Codable {
    public var entities: [Entity]
    public var quotes: [Quote]
    public var numbers: [NumberMention]
}

/// Runs text hygiene once and the three extractors over an article body.
public struct Extractor: Sendable {
    public let tagger: EntityTagger
    public let quoteExtractor: QuoteExtractor
    public let numberExtractor: NumberExtractor

    public init() {
        self.tagger = EntityTagger()
        self.quoteExtractor = QuoteExtractor()
        self.numberExtractor = NumberExtractor()
    }

    public func entities(in body: String) -> [Entity] { tagger.tag(NormalizedText(body)) }

    /// The quotes of an article, their speakers and speaker ids as ``all(in:)`` gives
    /// them (the entity pass skips putting places on the map: ``EntityTagger/tagSpeakers(_:)``).
    public func quotes(in body: String) -> [Quote] {
        let text = NormalizedText(body)
        return quoteExtractor.extract(text, entities: tagger.tagSpeakers(text))
    }

    public func numbers(in body: String) -> [NumberMention] { numberExtractor.extract(NormalizedText(body)) }

    public func all(in body: String) -> ExtractionResult {
        let text = NormalizedText(body)
        let entities = tagger.tag(text)
        return ExtractionResult(entities: entities,
                                quotes: quoteExtractor.extract(text, entities: entities),
                                numbers: numberExtractor.extract(text))
    }
}
