/// Splits tokens into sentences in one linear pass.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets that
/// follow) when the next token does not start in lower case, except after a known
/// abbreviation ("Aug.", "Mr.", "Gen."), a dotted abbreviation or initial ("U.S.",
/// "J. R. Smith") or before a letter or lower-case word glued to it ("D-N.Y.", "gov.uk");
/// the dot inside a number
/// ("1.5") is part of the number token. An
/// empty line always ends a sentence (headlines have no final punctuation), and so
/// does a single line break before a token that does not start in lower case.
public struct SentenceSplitter: Sendable {
    /// Lower-case abbreviations that take a dot without ending a sentence.
    public static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "cmdr",
        "gov", "sen", "rep", "rev", "hon", "pres", "st", "mt", "ft", "jr", "sr", "no", "nos", "vs", "v",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "ltd", "co", "corp", "dept", "univ", "approx", "est", "fig", "vol", "ave", "blvd", "brig",
        "e.g", "i.e", "cf", "al",
    ]

    public init() {}

    /// Sentences as ranges of token indices, in order, covering every token.
    public func split(_ tokens: [Token], in text: NormalizedText) -> [Range<Int>] {
        split(tokens, scalars: text.scalars)
    }

    /// Sentences as ranges of token indices over a scalar array.
    public func split(_ tokens: [Token], scalars s: [Unicode.Scalar]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = tokens.count
        while i < n {
            let t = tokens[i]
            if i > start && (t.startsParagraph || (t.startsLine && !t.isLowercase)) {
                sentences.append(start..<i)
                start = i
            }
            if t.kind == .punct, Self.isTerminator(s[t.range.lowerBound].value) {
                var j = i + 1
                while j < n, tokens[j].kind == .punct, !tokens[j].startsLine,
                      Self.isCloser(s[tokens[j].range.lowerBound].value) || Self.isTerminator(s[tokens[j].range.lowerBound].value) {
                    j += 1
                }
                let nextStartsLower = j < n && tokens[j].isLowercase && tokens[j].kind == .word
                var ends = !nextStartsLower
                if ends, s[t.range.lowerBound].value == 0x2E, i > 0, tokens[i - 1].range.upperBound == t.range.lowerBound {
                    ends = !isAbbreviation(tokens[i - 1], s)
                }
                // "D-N.Y.", "gov.uk": a dot with a letter or a lower-case word glued after it
                // ends nothing ("KRN.Denim" is left as it was).
                if ends, s[t.range.lowerBound].value == 0x2E, i + 1 < n, tokens[i + 1].kind == .word,
                   tokens[i + 1].range.lowerBound == t.range.upperBound,
                   tokens[i + 1].isLowercase || tokens[i + 1].range.count == 1 {
                    ends = false
                }
                if ends {
                    sentences.append(start..<j)
                    start = j
                }
                i = j
                continue
            }
            i += 1
        }
        if start < n { sentences.append(start..<n) }
        return sentences
    }

    // MARK: - Helpers

    /// ``abbreviations`` packed as up to eight lower-case ASCII bytes, sorted.
    private static let packedAbbreviations: [UInt64] = abbreviations.compactMap { pack($0.unicodeScalars) }.sorted()

    /// Up to eight ASCII letters (and dots) packed into one integer, lower case.
    private static func pack<S: Sequence>(_ scalars: S) -> UInt64? where S.Element == Unicode.Scalar {
        var key: UInt64 = 0
        var count = 0
        for u in scalars {
            var v = u.value
            guard v < 0x80, count < 8 else { return nil }
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            key = key << 8 | UInt64(v)
            count += 1
        }
        return key
    }

    private func isAbbreviation(_ token: Token, _ s: [Unicode.Scalar]) -> Bool {
        guard token.kind == .word, token.range.count <= 6 else { return false }
        if token.shape.contains(.dotted) { return true }
        if token.range.count == 1 && token.isCapitalized { return true } // an initial
        guard let key = Self.pack(s[token.range]) else { return false }
        let table = Self.packedAbbreviations
        var lo = 0, hi = table.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if table[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < table.count && table[lo] == key
    }

    @inline(__always)
    static func isTerminator(_ v: UInt32) -> Bool { v == 0x2E || v == 0x21 || v == 0x3F || v == 0x2026 }

    @inline(__always)
    static func isCloser(_ v: UInt32) -> Bool { v == 0x22 || v == 0x27 || v == 0x29 || v == 0x5D }
}
