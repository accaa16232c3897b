public import WirefleetText

/// A direct quotation: the words inside the marks, where they are, and who said it.
public struct Quote: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    /// The speaker entity's `text`, or nil when the article does not say.
    public var speaker: String?
    public var speakerMention: Mention?
    /// The attribution verb or phrase ("said", "according to"), when there is one.
    public var cue: String?
    /// The speaker entity's ``Entity/id``: the same person in every article.
    public var speakerID: String?
    /// The same value for the same statement in every article that reports it, verbatim
    /// or lightly reworded (``QuoteClusterKey``).
    public var cluster: String?

    public init(text: String, start: Int, end: Int, speaker: String? = nil,
                speakerMention: Mention? = nil, cue: String? = nil) {
        self.text = text; self.start = start; self.end = end
        self.speaker = speaker; self.speakerMention = speakerMention; self.cue = cue
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end, speaker, cue
        case speakerMention = "speaker_mention"
        case speakerID = "speaker_id"
        case cluster
    }
}
