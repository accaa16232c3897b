/// Two names in one hyphenated word ("Russia-Ukraine"), found by
/// ``NameScanner/namePair(at:alone:)``: where the hyphen is and each part's type.
struct NamePair: Sendable {
    /// The hyphen's normalized scalar offset: the first name ends there, the second starts after it.
    var hyphen: Int
    var first: EntityType
    var second: EntityType
    var firstEvidence: NameCandidate.Evidence = .lexicon
    var secondEvidence: NameCandidate.Evidence = .lexicon
}
