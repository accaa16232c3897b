import WirefleetText

/// One candidate name span found by the scanner, before document-level resolution.
struct NameCandidate: Sendable {
    /// How sure the scanner is of the type, from a bare guess to a gazetteer hit.
    enum Evidence: Int, Sendable, Comparable {
        /// Only present because the word was capitalised where case says nothing
        /// (sentence start, headline); kept only if the document confirms it.
        case pending = 0
        case guess = 1
        case context = 2
        case rule = 4
        case lexicon = 8
        static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    /// Token indices `[first, last)`.
    var tokens: Range<Int>
    /// Where the name ends inside its last token, as a normalized scalar offset, when
    /// it is only the first part of that token ("Prague" in "Prague-based"); nil when
    /// the name ends with the token.
    var scalarEnd: Int? = nil
    /// Where the name starts inside its first token, when it is only the last part of
    /// that token ("Ukraine" in "Russia-Ukraine"); nil when it starts with the token.
    var scalarStart: Int? = nil
    var type: EntityType
    var evidence: Evidence
    /// Normalized surface form, words joined by single spaces.
    var surface: String
    /// Case-folded key without a leading "the".
    var key: String
    /// Number of words in the name.
    var wordCount: Int
    /// Key of an acronym given in brackets right after the name ("… Europe (OSCE)").
    var bracketAcronym: String?
    /// Index of the candidate coordinated with this one ("Acharnes and Fyli",
    /// "Poland, Latvia"), if it comes right before.
    var coordinatedWith: Int?
    /// The typing rule that decided the type (``NameScanner/typingRules``).
    var rule: String = ""
    /// A place by its own context, whatever the rest of the document says of the name:
    /// a dateline ("MADISON, Wis. —"), a place followed by its state or country
    /// ("Lincoln, Nebraska") or after "in"/"near" ("officials in Madison"). Such a
    /// mention stays a place where a person of that family name, or an organisation named after the place, claims the name
    /// (``NameScanner/isPlaceByContext(_:_:)``).
    var placeByContext = false

    /// The normalized scalars the candidate covers: its tokens, cut at ``scalarStart`` and
    /// ``scalarEnd`` when it is only part of a word.
    func scalarRange(in tokens: [Token]) -> Range<Int> {
        Self.scalarRange(of: self.tokens, start: scalarStart, end: scalarEnd, in: tokens)
    }

    /// The scalars of tokens `span`, cut at `start` and `end` when given (shared with the
    /// typing trace, which keeps the same three values).
    static func scalarRange(of span: Range<Int>, start: Int?, end: Int?, in tokens: [Token]) -> Range<Int> {
        (start ?? tokens[span.lowerBound].range.lowerBound)..<(end ?? tokens[span.upperBound - 1].range.upperBound)
    }
}
