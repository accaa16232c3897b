import WirefleetText

/// How the number scanner reads a part of the shared ``TokenStream``.
extension Token {
    /// A word part the number lexicon may know: ASCII letters, at most
    /// ``maxKeyLength`` of them (numbers, punctuation and other scripts get no key).
    var isLexiconWord: Bool { kind == .word && shape.contains(.ascii) && range.count <= Self.maxKeyLength }

    /// Words longer than this get no lexicon key.
    static var maxKeyLength: Int { 24 }

    /// What the number lexicon knows about this word part (one probe: the token
    /// carries its hash).
    @inline(__always)
    var info: WordInfo? { kind == .word ? NumberLexicon.words[hash] : nil }
}
