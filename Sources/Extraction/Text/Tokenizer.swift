/// The one tokenizer of the extraction library: splits a normalized text into a
/// ``TokenStream`` in two linear passes.
///
/// **Parts** (first pass, over the scalars):
/// - a run of letters (any script, with their combining marks);
/// - a run of digits with thousands separators (`,`, a thin or no-break space, or a
///   plain space before exactly three digits) and one decimal point, read into
///   ``Token/value``; more than ``maxDigits`` digits is not a number (``Token/valid``);
/// - any other scalar that is not white space: one punctuation part, with the dash
///   the original text had (hygiene folds every dash to `-`).
///
/// **Words** (second pass, over the parts; no scalar is read again except a word's own
/// to hash it): a word starting with letters runs on over letters and digits glued to
/// it, over a hyphen or an apostrophe between two glued parts ("al-Assad",
/// "Co-operation", "O'Neill", "don't") but not over a possessive `'s` ("NATO's" →
/// "NATO", `'`, `s`). One letter followed by a dot keeps the dots of a dotted
/// abbreviation of single letters ("U.S.", "J."). A word starting with digits runs on
/// over letters and digits and over `,`/`.` between digits ("54th", "1,5").
///
/// Every token gets both hashes (``WordHash``), its shape and its spacing while it
/// is read; its folded key string is made on demand (``NormalizedText/key(of:)``).
public struct Tokenizer: Sendable {
    /// Digit runs longer than this are not numbers (bounded values, no overflow).
    public static let maxDigits = 30

    public init() {}

    /// The words of `text` (``NormalizedText/tokens`` holds the whole stream).
    public func tokenize(_ text: NormalizedText) -> [Token] { text.tokens.words }

    /// The words of a scalar array that is its own original.
    public func tokenize(_ s: [Unicode.Scalar]) -> [Token] { stream(s, original: s, offsets: Array(0...s.count)).words }

    /// The whole stream of a normalized text; `original` and `offsets` are those of
    /// ``NormalizedText`` (which dash, which space the original text had).
    public func stream(_ s: [Unicode.Scalar], original: [Unicode.Scalar], offsets: [Int]) -> TokenStream {
        let scan = Scan(s: s, original: original, offsets: offsets)
        let parts = scan.parts()
        let words = scan.words(parts)
        return TokenStream(parts: parts, words: words)
    }
}

// MARK: - The scan

private struct Scan {
    let s: [Unicode.Scalar]
    let original: [Unicode.Scalar]
    let offsets: [Int]

    init(s: [Unicode.Scalar], original: [Unicode.Scalar], offsets: [Int]) {
        self.s = s
        self.original = original
        self.offsets = offsets
    }

    /// The original scalar a normalized one came from.
    @inline(__always)
    func originalValue(_ i: Int) -> UInt32 {
        let o = offsets[i]
        return o < original.count ? original[o].value : 0x20
    }

    // MARK: Parts

    func parts() -> [Token] {
        let n = s.count
        var toks: [Token] = []
        toks.reserveCapacity(n / 4 + 4)
        var i = 0
        var space = true
        var newlines = 0
        var sawToken = false
        while i < n {
            let c = s[i]
            let v = c.value
            if v == 0x0A || v == 0x2028 || v == 0x2029 { newlines += 1; space = true; i += 1; continue }
            if ScalarClass.isSpace(c) { space = true; i += 1; continue }
            var t: Token
            if ScalarClass.isDigit(v) {
                t = Token(range: i..<i, kind: .number, shape: [])
                let end = scanNumber(from: i, into: &t, previousIsNumber: toks.last?.kind == .number)
                t.range = i..<end
                describe(&t, i..<end)
            } else if ScalarClass.isLetter(c) {
                var j = i + 1
                while j < n {
                    let d = s[j]
                    if ScalarClass.isLetter(d) || (d.value >= 0x300 && ScalarClass.isCombiningMark(d)) { j += 1 } else { break }
                }
                t = Token(range: i..<j, kind: .word, shape: [])
                describe(&t, i..<j)
            } else {
                t = Token(range: i..<(i + 1), kind: .punct, shape: v < 0x80 ? .ascii : [])
                punctuation(&t, c, at: i)
            }
            t.spaceBefore = space
            t.startsLine = sawToken && newlines > 0
            t.startsParagraph = sawToken && newlines > 1
            t.parts = toks.count..<(toks.count + 1)
            toks.append(t)
            i = t.range.upperBound
            space = false
            newlines = 0
            sawToken = true
        }
        return toks
    }

    /// Hashes and shape of `s[range]`, in one pass.
    func describe(_ t: inout Token, _ range: Range<Int>) {
        var folded = WordHash.seed
        var exact = WordHash.seed
        var shape: Token.Shape = .ascii
        var letters = 0, uppers = 0, lowers = 0
        var firstLetterSeen = false
        var previousLower = false
        for k in range {
            let c = s[k]
            let v = c.value
            WordHash.mix(&exact, v)
            if v < 0x80 {
                let f = v >= 0x41 && v <= 0x5A ? v + 0x20 : (v == 0x60 ? 0x27 : v)
                WordHash.mix(&folded, f)
            } else {
                shape.remove(.ascii)
                let f = ScalarClass.foldLower(c)
                WordHash.mix(&folded, f.value)
            }
            if ScalarClass.isDigit(v) { shape.insert(.hasDigit); previousLower = false; continue }
            if v == 0x2E { shape.insert(.dotted); continue }
            guard ScalarClass.isLetter(c) else { previousLower = false; continue }
            letters += 1
            let upper = ScalarClass.isUpper(c)
            let lower = !upper && ScalarClass.isLower(c)
            if upper { uppers += 1 } else if lower { lowers += 1 }
            if !firstLetterSeen {
                firstLetterSeen = true
                if upper { shape.insert(.capitalized) }
            } else if upper && previousLower {
                shape.insert(.innerCapital)
            }
            previousLower = lower
        }
        if letters >= 2 && uppers == letters { shape.insert(.allCaps) }
        if letters > 0 && lowers == letters { shape.insert(.lowercase) }
        t.hash = folded
        t.exactHash = exact
        t.shape = shape
    }

    /// A punctuation part: its hashes, folded scalar and the dash the original had.
    func punctuation(_ t: inout Token, _ c: Unicode.Scalar, at i: Int) {
        let v = c.value
        if v < 0x80 {
            t.hash = Self.asciiHashes[Int(v)]
        } else {
            var h = WordHash.seed
            WordHash.mix(&h, ScalarClass.foldLower(c).value)
            t.hash = h
        }
        var e = WordHash.seed
        WordHash.mix(&e, v)
        t.exactHash = e
        switch v {
        case 0x2D, 0x2010, 0x2011:
            t.punct = "-"; t.dash = .hyphen
            // Hygiene folded en and em dashes to "-": look at the original.
            let ov = originalValue(i)
            if ov == 0x2013 || ov == 0x2212 || ov == 0x2012 { t.dash = .enDash }
            if ov == 0x2014 || ov == 0x2015 { t.dash = .emDash }
        case 0x2012, 0x2013, 0x2212: t.punct = "-"; t.dash = .enDash
        case 0x2014, 0x2015: t.punct = "-"; t.dash = .emDash
        case 0x2018, 0x2019, 0x201B, 0x2032: t.punct = "'"
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: t.punct = "\""
        default: t.punct = c
        }
    }

    private static let asciiHashes: [UInt64] = (0..<128).map { v in
        var h = WordHash.seed
        WordHash.mix(&h, ScalarClass.foldLower(Unicode.Scalar(UInt8(v))).value)
        return h
    }

    // MARK: Digit runs

    /// Scans digits with thousands separators (",", thin/no-break spaces, a plain space
    /// before exactly three digits) and one decimal point. Linear in the run's length.
    func scanNumber(from start: Int, into t: inout Token, previousIsNumber: Bool) -> Int {
        let n = s.count
        var i = start
        var digits = 0
        var mantissa: Double = 0
        var group = 0
        var firstGroup = true
        var decimal = false
        var frac = 0
        while i < n {
            let v = s[i].value
            if ScalarClass.isDigit(v) {
                digits += 1
                group += 1
                if digits <= Tokenizer.maxDigits { mantissa = mantissa * 10 + Double(v - 0x30) }
                if decimal { frac += 1 }
                i += 1
                continue
            }
            // A thousands separator: exactly three digits follow and then no digit.
            let sepKind: Int
            if v == 0x2C { sepKind = 1 }
            else if v == 0x00A0 || v == 0x2009 || v == 0x202F || v == 0x2007 || v == 0x200A { sepKind = 2 }
            else if v == 0x20 {
                let o = originalValue(i)
                sepKind = (o == 0x00A0 || o == 0x2009 || o == 0x202F || o == 0x2007) ? 2 : 3
            } else { sepKind = 0 }
            if sepKind != 0, !decimal, group >= 1, group <= 3, firstGroup || group == 3,
               i + 3 < n, ScalarClass.isDigit(s[i + 1].value), ScalarClass.isDigit(s[i + 2].value),
               ScalarClass.isDigit(s[i + 3].value), i + 4 >= n || !ScalarClass.isDigit(s[i + 4].value) {
                // A plain space groups only after a short leading group and never right
                // after another number ("3.3 3 votes").
                let plainOK = sepKind != 3 || !(previousIsNumber || (firstGroup && digits > 3))
                if plainOK {
                    t.grouped = true
                    firstGroup = false
                    group = 0
                    i += 1
                    continue
                }
            }
            if v == 0x2E, !decimal, i + 1 < n, ScalarClass.isDigit(s[i + 1].value) {
                decimal = true
                group = 0
                i += 1
                continue
            }
            break
        }
        t.intDigits = digits - frac
        t.fracDigits = frac
        if digits > Tokenizer.maxDigits {
            t.valid = false
        } else {
            var div: Double = 1
            for _ in 0..<frac { div *= 10 }
            t.value = mantissa / div
        }
        return i
    }

    // MARK: Words

    func words(_ parts: [Token]) -> [Token] {
        let m = parts.count
        var words: [Token] = []
        words.reserveCapacity(m)
        /// Part `q` touches the part before it.
        @inline(__always) func glued(_ q: Int) -> Bool { q < m && parts[q].start == parts[q - 1].end }
        @inline(__always) func scalar(_ q: Int) -> UInt32 { s[parts[q].start].value }
        var p = 0
        while p < m {
            let first = parts[p]
            var q = p + 1
            switch first.kind {
            case .word:
                while glued(q) {
                    let t = parts[q]
                    if t.kind != .punct { q += 1; continue }
                    let v = scalar(q)
                    if v == 0x2D, glued(q + 1), parts[q + 1].kind != .punct { q += 2; continue }
                    if v == 0x27, glued(q + 1), parts[q + 1].kind == .word {
                        // The possessive 's / 'S is split off.
                        let next = parts[q + 1]
                        if next.range.count == 1, s[next.start] == "s" || s[next.start] == "S" { break }
                        q += 2; continue
                    }
                    break
                }
                if q == p + 1, first.range.count == 1, glued(q), scalar(q) == 0x2E {
                    // Dotted abbreviations of single letters: "U.S.", "J.", "U.K."
                    q += 1
                    while glued(q), parts[q].kind == .word, parts[q].range.count == 1,
                          glued(q + 1), scalar(q + 1) == 0x2E,
                          !(glued(q + 2) && parts[q + 2].kind == .word) {
                        q += 2
                    }
                }
            case .number:
                while glued(q) {
                    let t = parts[q]
                    if t.kind != .punct { q += 1; continue }
                    let v = scalar(q)
                    if (v == 0x2C || v == 0x2E), parts[q - 1].kind == .number, glued(q + 1), parts[q + 1].kind == .number {
                        q += 2; continue
                    }
                    break
                }
            case .punct:
                break
            }
            if q == p + 1 {
                words.append(first)
            } else {
                var w = first
                w.range = first.start..<parts[q - 1].end
                w.parts = p..<q
                describe(&w, w.range)
                words.append(w)
            }
            p = q
        }
        return words
    }
}
