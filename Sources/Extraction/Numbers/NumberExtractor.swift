public import WirefleetText

/// Finds numeric expressions. SKELETON: returns nothing yet.
public struct NumberExtractor: Sendable {
    public init() {}

    /// Extracts every number of a normalized article body.
    public func extract(_ text: NormalizedText) -> [NumberMention] { [] }
}
