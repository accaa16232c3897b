/// Splits a ``NormalizedText`` into ``Token``s in one linear pass.
///
/// Rules: a word starts with a letter and runs over letters, digits and combining
/// marks; a hyphen or an apostrophe joins two parts of a word ("al-Assad",
/// "Co-operation", "O'Neill", "don't") except the possessive `'s`, which is split off
/// ("NATO's" → "NATO", "'", "s"); dotted abbreviations made of single letters
/// ("U.S.", "J.") keep their dots. A number starts with a digit and runs over digits,
/// `,`/`.` between digits and a letter suffix ("20,000", "1.5", "54th").
/// Everything else that is not white space is a one-scalar punctuation token.
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokens of `text`, in order.
    public func tokenize(_ text: NormalizedText) -> [Token] {
        tokenize(text.scalars)
    }

    /// Tokens of a scalar array, in order.
    public func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5 + 1)
        let n = s.count
        var i = 0
        var newlines = 0
        var sawAnyToken = false
        while i < n {
            let c = s[i]
            let v = c.value
            if v == 0x0A { newlines += 1; i += 1; continue }
            if v == 0x20 || v == 0x09 || v == 0x0D { i += 1; continue }
            if v >= 0x80 && c.properties.isWhitespace { i += 1; continue }
            let startsLine = sawAnyToken && newlines > 0
            let startsParagraph = sawAnyToken && newlines > 1
            newlines = 0
            sawAnyToken = true
            let start = i
            if Self.isLetter(c) {
                let end = scanWord(s, from: i)
                tokens.append(Token(range: start..<end, kind: .word, shape: Self.shape(s, start..<end),
                                    startsLine: startsLine, startsParagraph: startsParagraph))
                i = end
            } else if Self.isDigit(v) {
                var j = i + 1
                while j < n {
                    let w = s[j].value
                    if Self.isDigit(w) || Self.isLetter(s[j]) { j += 1; continue }
                    if (w == 0x2C || w == 0x2E), j + 1 < n, Self.isDigit(s[j + 1].value), Self.isDigit(s[j - 1].value) {
                        j += 1; continue
                    }
                    break
                }
                tokens.append(Token(range: start..<j, kind: .number, shape: Self.shape(s, start..<j),
                                    startsLine: startsLine, startsParagraph: startsParagraph))
                i = j
            } else {
                tokens.append(Token(range: start..<(i + 1), kind: .punct, shape: [],
                                    startsLine: startsLine, startsParagraph: startsParagraph))
                i += 1
            }
        }
        return tokens
    }

    // MARK: - Words

    private func scanWord(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let n = s.count
        var j = start + 1
        while j < n {
            let c = s[j]
            let v = c.value
            if Self.isLetter(c) || Self.isDigit(v) || (v >= 0x300 && TextHygiene.isCombiningMark(c)) { j += 1; continue }
            if v == 0x2D, j + 1 < n, Self.isLetter(s[j + 1]) || Self.isDigit(s[j + 1].value) { j += 1; continue }
            if v == 0x27, j + 1 < n, Self.isLetter(s[j + 1]) {
                // Possessive 's / 'S is split off.
                let isPossessive = (s[j + 1].value == 0x73 || s[j + 1].value == 0x53)
                    && (j + 2 >= n || !Self.isLetter(s[j + 2]))
                if isPossessive { break }
                j += 1; continue
            }
            break
        }
        // Dotted abbreviations of single letters: "U.S.", "J.", "U.K."
        if j - start == 1, j < n, s[j].value == 0x2E {
            var k = j + 1
            while k + 1 < n, Self.isLetter(s[k]), s[k + 1].value == 0x2E, k + 2 >= n || !Self.isLetter(s[k + 2]) {
                k += 2
            }
            return k
        }
        return j
    }

    // MARK: - Character classes (ASCII fast path, Unicode properties otherwise)

    @inline(__always)
    public static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    @inline(__always)
    public static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return c.properties.isAlphabetic
    }

    @inline(__always)
    public static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return c.properties.isUppercase
    }

    @inline(__always)
    public static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return c.properties.isLowercase
    }

    static func shape(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Token.Shape {
        var shape: Token.Shape = []
        var letters = 0, uppers = 0, lowers = 0
        var firstLetterSeen = false
        var previousLower = false
        for k in range {
            let c = s[k]
            if isDigit(c.value) { shape.insert(.hasDigit); previousLower = false; continue }
            if c.value == 0x2E { shape.insert(.dotted); continue }
            guard isLetter(c) else { previousLower = false; continue }
            letters += 1
            let upper = isUpper(c)
            if upper { uppers += 1 } else if isLower(c) { lowers += 1 }
            if !firstLetterSeen {
                firstLetterSeen = true
                if upper { shape.insert(.capitalized) }
            } else if upper && previousLower {
                shape.insert(.innerCapital)
            }
            previousLower = isLower(c)
        }
        if letters >= 2 && uppers == letters { shape.insert(.allCaps) }
        if letters > 0 && lowers == letters { shape.insert(.lowercase) }
        return shape
    }
}
