public import WirefleetText

/// Tags PERSON / ORG / LOC entities in an article. SKELETON: returns nothing yet.
public struct EntityTagger: Sendable {
    public init() {}

    /// Tags the entities of a normalized article body.
    public func tag(_ text: NormalizedText) -> [Entity] { [] }
}
