public import WirefleetText
public import WirefleetEntities

/// Finds direct quotations and attributes them. SKELETON: returns nothing yet.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// Extracts quotes; `entities` is the entity tagger's output for the same text.
    public func extract(_ text: NormalizedText, entities: [Entity]) -> [Quote] { [] }
}
