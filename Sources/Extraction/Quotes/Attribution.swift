// MARK: - Attribution

/// Who said one quote, and how the text says so.
struct Attribution: Sendable, Hashable {
    /// Index into the entity list, or nil.
    var speaker: Int?
    /// Tokens naming the speaker (name, pronoun or role phrase), inclusive.
    var speakerTokens: ClosedRange<Int>?
    /// Tokens of the cue ("said", "according to", ":"), inclusive.
    var cueTokens: ClosedRange<Int>?
}
