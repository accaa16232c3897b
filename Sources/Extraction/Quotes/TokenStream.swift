internal import WirefleetText

// MARK: - Token

/// A word, punctuation scalar or line break of the normalized text.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, punct, mark, newline }

    var kind: Kind
    /// Normalized scalar range.
    var start: Int
    var end: Int
    /// Words: folded lower case, possessive "'s" removed. Others: the scalar.
    var key: String
    /// Words starting with an upper-case letter.
    var capitalized: Bool
    /// Words written with a possessive "'s" ("Ukraine's").
    var possessive: Bool = false
    /// ``WordSet/hash(_:)`` of ``key``.
    var hash: UInt64 = 0
}

// MARK: - TokenStream

/// The tokens of a text, with sentence ends marked, in one linear pass.
struct TokenStream: Sendable {
    private(set) var tokens: [Token] = []
    /// `sentenceEnd[k]`: token `k` ends a sentence (terminal punctuation followed by
    /// a capital, a mark, a line break or the end; or a line break).
    private(set) var sentenceEnd: [Bool] = []

    init(_ text: NormalizedText) {
        let s = text.scalars
        let n = s.count
        tokens.reserveCapacity(n / 5 + 8)
        var i = 0
        // Keys are built as UTF-8 bytes: most are short and become small strings
        // without a heap allocation.
        var key: [UInt8] = []
        key.reserveCapacity(64)
        while i < n {
            let c = s[i]
            if ScalarClass.isWordChar(c) {
                let start = i
                key.removeAll(keepingCapacity: true)
                while i < n {
                    let d = s[i]
                    let v = d.value
                    // ASCII letters and digits: the common case, folded inline.
                    if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { key.append(UInt8(v)); i += 1; continue }
                    if v >= 0x41 && v <= 0x5A { key.append(UInt8(v + 32)); i += 1; continue }
                    if ScalarClass.isWordChar(d) {
                        let x = ScalarClass.fold(d)
                        if x.value < 0x80 { key.append(UInt8(x.value)) } else { Self.encode(x, into: &key) }
                        i += 1
                    } else if (ScalarClass.isApostropheLike(d) || ScalarClass.isHyphen(d) || d == "."),
                              i + 1 < n, ScalarClass.isWordChar(s[i + 1]),
                              d != "." || (i + 2 < n && s[i + 2] == ".") || ScalarClass.isDigit(s[i + 1]) {
                        // don't, air-based, 3.3, U.S.
                        let x = ScalarClass.isApostropheLike(d) ? "'" : ScalarClass.fold(d)
                        if x.value < 0x80 { key.append(UInt8(x.value)) } else { Self.encode(x, into: &key) }
                        i += 1
                    } else { break }
                }
                let m = key.count
                let possessive = m > 2 && key[m - 1] == 0x73 && key[m - 2] == 0x27
                let kept = key[0..<(possessive ? m - 2 : m)]
                let k = String(decoding: kept, as: UTF8.self)
                tokens.append(Token(kind: .word, start: start, end: i, key: k,
                                    capitalized: ScalarClass.isUpper(c), possessive: possessive,
                                    hash: WordSet.hash(kept)))
                continue
            }
            if ScalarClass.isNewline(c) && !LineBreaks.isSoft(s, i) {
                tokens.append(Token(kind: .newline, start: i, end: i + 1, key: "\n", capitalized: false,
                                    hash: Self.newlineHash))
            } else if !ScalarClass.isSpace(c) {
                let isMark = (c.value >= 0x80 || c == "\"" || c == "'") && QuoteMark.glyphAt(text, i) != nil
                let punct = isMark ? "\"" : Self.punctKey(c)
                let hash = isMark ? Self.asciiHashes[0x22] : c.value < 128 ? Self.asciiHashes[Int(c.value)] : WordSet.hash(punct)
                tokens.append(Token(kind: isMark ? .mark : .punct, start: i, end: i + 1,
                                    key: punct, capitalized: false, hash: hash))
            }
            i += 1
        }
        sentenceEnd = Array(repeating: false, count: tokens.count)
        for k in tokens.indices {
            let t = tokens[k]
            if t.kind == .newline { sentenceEnd[k] = true; continue }
            guard t.kind == .punct, let c = s[t.start] as Unicode.Scalar?, ScalarClass.isTerminal(c) else { continue }
            if c == ".", k > 0, tokens[k - 1].kind == .word, tokens[k - 1].end == t.start,
               SpeechLexicon.abbreviations.contains(tokens[k - 1]) { continue }
            var j = k + 1
            while j < tokens.count && (tokens[j].kind == .mark || tokens[j].kind == .punct && tokens[j].key == ")") { j += 1 }
            if j >= tokens.count || tokens[j].kind == .newline || tokens[j].capitalized {
                sentenceEnd[k] = true
            } else if j > k + 1 && tokens[j].kind == .word {
                // `.” he said` keeps the sentence going; `.” The` was caught above.
                continue
            }
        }
    }

    private static func encode(_ x: Unicode.Scalar, into key: inout [UInt8]) {
        UTF8.encode(x) { key.append($0) }
    }

    private static let newlineHash = WordSet.hash("\n")

    /// Keys of ASCII punctuation, made once.
    private static let asciiKeys: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
    /// Their ``WordSet`` hashes.
    private static let asciiHashes: [UInt64] = asciiKeys.map(WordSet.hash)

    @inline(__always)
    private static func punctKey(_ c: Unicode.Scalar) -> String {
        c.value < 128 ? asciiKeys[Int(c.value)] : String(c)
    }

    var count: Int { tokens.count }

    subscript(_ k: Int) -> Token { tokens[k] }

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
