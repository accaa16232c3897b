/// The tokens of one article, made once by the ``Tokenizer`` and read by every
/// extractor (``NormalizedText/tokens``).
///
/// Two granularities of the same text:
/// - ``parts``: runs of letters, runs of digits (with their thousands separators and
///   decimal point) and single punctuation scalars. The number extractor reads these:
///   "mid-2020" is `mid`, `-`, `2020`; "5G" is `5`, `G`.
/// - ``words``: parts glued into words the way names and speech are written —
///   inner hyphens and apostrophes ("al-Assad", "O'Neill", "don't"), letters with
///   digits ("F16", "54th"), dotted abbreviations ("U.S.", "J."). A possessive `'s`
///   stays apart ("NATO", `'`, `s`). Entities and quotes read these.
///
/// Every word knows its parts (``Token/parts``), and both arrays are in text order.
/// A token's folded key string is made when a reader needs it (``NormalizedText/key(of:)``):
/// the number scanner and the quote extractor do, the entity tagger reads hashes only.
public struct TokenStream: Sendable {
    /// Fine-grained tokens.
    public let parts: [Token]
    /// Words, each made of one or more consecutive ``parts``.
    public let words: [Token]
    public init(parts: [Token], words: [Token]) {
        self.parts = parts
        self.words = words
    }
}
