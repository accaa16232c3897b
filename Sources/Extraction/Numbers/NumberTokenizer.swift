import WirefleetText

// MARK: - Token

/// One token of the number scanner: a word, a digit run (with its separators) or one
/// punctuation scalar. Offsets are indices into `NormalizedText.scalars`.
struct NumberToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }
    /// What a dash was in the original text.
    enum Dash: UInt8, Sendable { case none, hyphen, enDash, emDash }

    var kind: Kind
    var start: Int
    var end: Int
    /// Whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// A line break separates this token from the previous one.
    var newlineBefore: Bool
    /// The punctuation scalar (dashes folded to "-").
    var punct: Unicode.Scalar = " "
    var dash: Dash = .none
    /// Lower-case ASCII-folded word ("" for long or non-word tokens).
    var key: String = ""
    /// Index into ``NumberLexicon/infos`` or -1 (keeps tokens small and cheap to copy).
    var infoIndex: Int32 = -1
    var info: WordInfo? { infoIndex < 0 ? nil : NumberLexicon.infos[Int(infoIndex)] }
    var capitalized = false
    var allCaps = false
    // Digit runs.
    var value: Double = 0
    var intDigits = 0
    var fracDigits = 0
    var grouped = false
    /// False for absurd digit runs (more than ``NumberTokenizer/maxDigits`` digits).
    var valid = true
}

// MARK: - Tokenizer

/// Splits normalized text into ``NumberToken``s in one linear pass.
enum NumberTokenizer {
    /// Digit runs longer than this are not numbers (bounded values, no overflow).
    static let maxDigits = 30
    /// Words longer than this get no lexicon key.
    static let maxKeyLength = 24

    static func tokenize(_ text: NormalizedText) -> [NumberToken] {
        let s = text.scalars
        let n = s.count
        var toks: [NumberToken] = []
        toks.reserveCapacity(n / 4 + 4)
        var i = 0
        var space = true
        var newline = true
        var keyBytes: [UInt8] = []
        keyBytes.reserveCapacity(maxKeyLength)
        while i < n {
            let c = s[i]
            let v = c.value
            if isSpace(v) {
                space = true
                if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 { newline = true }
                i += 1
                continue
            }
            if isInvisible(v) { i += 1; continue }
            if isDigit(v) {
                var t = NumberToken(kind: .number, start: i, end: i, spaceBefore: space, newlineBefore: newline)
                i = scanNumber(s, from: i, into: &t, originalSpace: { idx in
                    let o = text.offsets[idx]
                    return o < text.originalScalars.count ? text.originalScalars[o].value : 0x20
                }, previousIsNumber: toks.last?.kind == .number)
                toks.append(t)
            } else if isLetter(c) {
                var t = NumberToken(kind: .word, start: i, end: i, spaceBefore: space, newlineBefore: newline)
                var j = i
                keyBytes.removeAll(keepingCapacity: true)
                var upper = 0
                var letters = 0
                var keyOK = true
                while j < n {
                    let d = s[j]
                    guard isLetter(d) else { break }
                    let folded = fold(d).value
                    if folded >= 0x41 && folded <= 0x5A { upper += 1 }
                    letters += 1
                    if letters <= maxKeyLength {
                        if folded > 0x7F { keyOK = false } else {
                            keyBytes.append(UInt8(folded >= 0x41 && folded <= 0x5A ? folded + 32 : folded))
                        }
                    }
                    j += 1
                }
                t.end = j
                let first = fold(s[i]).value
                t.capitalized = (first >= 0x41 && first <= 0x5A) || (first > 0x7F && s[i].properties.isUppercase)
                t.allCaps = upper == letters && letters > 1
                if letters <= maxKeyLength && keyOK {
                    t.key = String(decoding: keyBytes, as: UTF8.self)
                    var h = NumberLexicon.fnvBasis
                    for b in keyBytes { h = NumberLexicon.fnvStep(h, b) }
                    t.infoIndex = NumberLexicon.lookup(hash: h)
                }
                toks.append(t)
                i = j
            } else {
                var t = NumberToken(kind: .punct, start: i, end: i + 1, spaceBefore: space, newlineBefore: newline)
                switch v {
                case 0x2D, 0x2010, 0x2011:
                    t.punct = "-"; t.dash = .hyphen
                    // A normalizer may have folded an en/em dash to "-": look at the original.
                    let o = text.offsets[i]
                    if o < text.originalScalars.count {
                        let ov = text.originalScalars[o].value
                        if ov == 0x2013 || ov == 0x2212 || ov == 0x2012 { t.dash = .enDash }
                        if ov == 0x2014 || ov == 0x2015 { t.dash = .emDash }
                    }
                case 0x2012, 0x2013, 0x2212: t.punct = "-"; t.dash = .enDash
                case 0x2014, 0x2015: t.punct = "-"; t.dash = .emDash
                case 0x2018, 0x2019, 0x201B, 0x2032: t.punct = "'"
                case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: t.punct = "\""
                default: t.punct = c
                }
                toks.append(t)
                i += 1
            }
            space = false
            newline = false
        }
        return toks
    }

    // MARK: - Digit runs

    /// Scans digits with thousands separators (",", thin/no-break spaces, a plain space
    /// before exactly three digits) and one decimal point. Linear in the run's length.
    private static func scanNumber(_ s: [Unicode.Scalar], from start: Int, into t: inout NumberToken,
                                   originalSpace: (Int) -> UInt32, previousIsNumber: Bool) -> Int {
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
            if isDigit(v) {
                digits += 1
                group += 1
                if digits <= maxDigits { mantissa = mantissa * 10 + Double(v - 0x30) }
                if decimal { frac += 1 }
                i += 1
                continue
            }
            // A thousands separator: exactly three digits follow and then no digit.
            let sepKind: Int
            if v == 0x2C { sepKind = 1 }
            else if v == 0x00A0 || v == 0x2009 || v == 0x202F || v == 0x2007 || v == 0x200A { sepKind = 2 }
            else if v == 0x20 {
                let o = originalSpace(i)
                sepKind = (o == 0x00A0 || o == 0x2009 || o == 0x202F || o == 0x2007) ? 2 : 3
            } else { sepKind = 0 }
            if sepKind != 0, !decimal, group >= 1, group <= 3, firstGroup || group == 3,
               i + 3 < n, isDigit(s[i + 1].value), isDigit(s[i + 2].value), isDigit(s[i + 3].value),
               i + 4 >= n || !isDigit(s[i + 4].value) {
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
            if v == 0x2E, !decimal, i + 1 < n, isDigit(s[i + 1].value) {
                decimal = true
                group = 0
                i += 1
                continue
            }
            break
        }
        t.end = i
        t.intDigits = digits - frac
        t.fracDigits = frac
        if digits > maxDigits {
            t.valid = false
        } else {
            var div: Double = 1
            for _ in 0..<frac { div *= 10 }
            t.value = mantissa / div
        }
        return i
    }

    // MARK: - Scalar classes

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
        if v == 0x20 || v == 0x0A || v == 0x0D || v == 0x09 { return true }
        if v < 0x80 { return v == 0x0B || v == 0x0C }
        return v == 0x00A0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029
            || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0x85
    }

    @inline(__always) static func isInvisible(_ v: UInt32) -> Bool {
        v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF || v == 0x00AD
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        if v >= 0x2000 && v <= 0x2BFF { return false } // punctuation, symbols, arrows
        if v >= 0x400 && v <= 0x4FF { return true }    // Cyrillic
        return c.properties.isAlphabetic
    }

    /// Folds Cyrillic and Greek look-alike letters to Latin (cheap, for lexicon keys).
    @inline(__always) static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x370 { return c }
        switch v {
        case 0x430: return "a"
        case 0x435, 0x451: return "e"
        case 0x43E, 0x3BF: return "o"
        case 0x440: return "p"
        case 0x441: return "c"
        case 0x443, 0x4AF: return "y"
        case 0x445: return "x"
        case 0x456: return "i"
        case 0x458: return "j"
        case 0x455: return "s"
        case 0x501: return "d"
        case 0x4BB: return "h"
        case 0x4CF: return "l"
        case 0x51D: return "w"
        case 0x410, 0x391: return "A"
        case 0x412, 0x392: return "B"
        case 0x415, 0x401, 0x395: return "E"
        case 0x41A, 0x39A: return "K"
        case 0x41C, 0x39C: return "M"
        case 0x41D, 0x397: return "H"
        case 0x41E, 0x39F: return "O"
        case 0x420, 0x3A1: return "P"
        case 0x421: return "C"
        case 0x422, 0x3A4: return "T"
        case 0x425, 0x3A7: return "X"
        case 0x406, 0x399: return "I"
        case 0x408: return "J"
        case 0x405: return "S"
        case 0x423, 0x4AE, 0x3A5: return "Y"
        case 0x396: return "Z"
        case 0x39D: return "N"
        default: return c
        }
    }
}
