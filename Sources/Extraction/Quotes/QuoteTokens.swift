internal import WirefleetText

// MARK: - QuoteToken

/// A word, punctuation scalar, quotation mark or paragraph break, as attribution reads
/// the text.
struct QuoteToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, punct, mark, newline }

    var kind: Kind
    /// Normalized scalar range.
    var start: Int
    var end: Int
    /// Words: folded lower case (``NormalizedText/key(of:)``), possessive "'s" removed. Others: the scalar.
    var key: String
    /// Words starting with an upper-case letter.
    var capitalized: Bool
    /// Words written with a possessive "'s" ("Ukraine's").
    var possessive: Bool = false
    /// ``WordHash`` of ``key`` (what ``WordTable`` lookups probe).
    var hash: UInt64 = 0
}

extension WordTable where Value == Bool {
    /// Whether the token's key is a member (no hashing: the token carries it).
    @inline(__always)
    func contains(_ token: QuoteToken) -> Bool { contains(token.hash) }

    /// Whether `word` (already folded) is a member.
    func contains(_ word: String) -> Bool { contains(word: word) }
}

// MARK: - QuoteTokens

/// The article's shared words (``NormalizedText/tokens``) as attribution reads them,
/// with sentence ends marked. No scalar is tokenized again here; the view only
///
/// - makes quotation marks (``QuoteMark``) tokens of their own kind, keyed `"`;
/// - adds a token for every paragraph break (a line break that is not a soft wrap,
///   ``LineBreaks``), which bounds every attribution window;
/// - joins a possessive `'s` to its word ("Ukraine's": key `ukraine`, ``QuoteToken/possessive``);
/// - gives the final dot of a dotted abbreviation a token of its own ("U.S." → `u.s`, `.`),
///   so the sentence rules see it.
struct QuoteTokens: Sendable {
    private(set) var tokens: [QuoteToken] = []
    /// `sentenceEnd[k]`: token `k` ends a sentence (terminal punctuation followed by
    /// a capital, a mark, a line break or the end; or a line break).
    private(set) var sentenceEnd: [Bool] = []

    init(_ text: NormalizedText) {
        let s = text.scalars
        let words = text.tokens.words
        tokens.reserveCapacity(words.count + 16)
        var gapStart = 0
        var w = 0
        while w < words.count {
            let t = words[w]
            if t.startsLine || (w == 0 && t.start > 0) { appendBreaks(s, gapStart..<t.start) }
            switch t.kind {
            case .word, .number:
                var q = QuoteToken(kind: .word, start: t.start, end: t.end, key: text.key(of: t),
                                   capitalized: ScalarClass.isUpper(s[t.start]), hash: t.hash)
                if t.kind == .word, t.shape.contains(.dotted), t.range.count > 1, s[t.end - 1] == "." {
                    q.end -= 1
                    q.key = String(q.key.unicodeScalars.dropLast())
                    q.hash = WordHash.folded(q.key)
                    tokens.append(q)
                    tokens.append(QuoteToken(kind: .punct, start: t.end - 1, end: t.end, key: ".", capitalized: false,
                                             hash: Self.dotHash))
                    gapStart = t.end
                    w += 1
                    continue
                }
                if w + 2 < words.count, words[w + 1].start == t.end, s[words[w + 1].start] == "'",
                   words[w + 2].start == words[w + 1].end, words[w + 2].range.count == 1,
                   s[words[w + 2].start] == "s" || s[words[w + 2].start] == "S" {
                    q.end = words[w + 2].end
                    q.possessive = true
                    tokens.append(q)
                    gapStart = q.end
                    w += 3
                    continue
                }
                tokens.append(q)
            case .punct:
                let c = s[t.start]
                let isMark = (c.value >= 0x80 || c == "\"" || c == "'") && QuoteMark.glyphAt(text, t.start) != nil
                tokens.append(QuoteToken(kind: isMark ? .mark : .punct, start: t.start, end: t.end,
                                         key: isMark ? "\"" : text.key(of: t), capitalized: false,
                                         hash: isMark ? Self.markHash : t.hash))
            }
            gapStart = t.end
            w += 1
        }
        appendBreaks(s, gapStart..<s.count)
        markSentenceEnds(s)
    }

    /// A newline token for every hard line break in a gap between words.
    private mutating func appendBreaks(_ s: [Unicode.Scalar], _ gap: Range<Int>) {
        for i in gap where ScalarClass.isLineBreak(s[i]) && !LineBreaks.isSoft(s, i) {
            tokens.append(QuoteToken(kind: .newline, start: i, end: i + 1, key: "\n", capitalized: false,
                                     hash: Self.newlineHash))
        }
    }

    private mutating func markSentenceEnds(_ s: [Unicode.Scalar]) {
        sentenceEnd = Array(repeating: false, count: tokens.count)
        for k in tokens.indices {
            let t = tokens[k]
            if t.kind == .newline { sentenceEnd[k] = true; continue }
            guard t.kind == .punct, ScalarClass.isTerminal(s[t.start]) else { continue }
            if s[t.start] == ".", k > 0, tokens[k - 1].kind == .word, tokens[k - 1].end == t.start,
               SpeechLexicon.abbreviations.contains(tokens[k - 1]) { continue }
            // "D-N.Y.", "gov.uk": a dot with a letter or a lower-case word glued after it ends nothing.
            if s[t.start] == ".", k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].start == t.end,
               !tokens[k + 1].capitalized || tokens[k + 1].end - tokens[k + 1].start == 1 { continue }
            var j = k + 1
            while j < tokens.count && (tokens[j].kind == .mark || tokens[j].kind == .punct && tokens[j].key == ")") { j += 1 }
            if j >= tokens.count || tokens[j].kind == .newline || tokens[j].capitalized {
                sentenceEnd[k] = true
            }
            // `.” he said` keeps the sentence going; `.” The` was caught above.
        }
    }

    private static let newlineHash = WordHash.folded("\n")
    private static let markHash = WordHash.folded("\"")
    private static let dotHash = WordHash.folded(".")

    var count: Int { tokens.count }

    subscript(_ k: Int) -> QuoteToken { tokens[k] }

    /// Index of the first token whose end is after `position` (binary search).
    func firstToken(endingAfter position: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= position { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
