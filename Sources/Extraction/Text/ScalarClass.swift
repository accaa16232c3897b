/// Character classes over Unicode scalars, the one definition every extractor uses.
///
/// Each test is a constant-time look at one scalar with an ASCII fast path; the
/// extractors never build regular expressions.
public enum ScalarClass {
    /// ASCII digits `0`–`9` (other scripts' digits are not numbers here).
    @inlinable @inline(__always)
    public static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    /// Letters of any script (Unicode `Alphabetic`), except the letter-like symbols of
    /// U+2000–U+2BFF (punctuation, arrows, circled letters).
    @inlinable @inline(__always)
    public static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0x2000 && v <= 0x2BFF { return false }
        if v >= 0x400 && v <= 0x4FF { return true }
        return c.properties.isAlphabetic
    }

    @inlinable @inline(__always)
    public static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return c.properties.isUppercase
    }

    @inlinable @inline(__always)
    public static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return c.properties.isLowercase
    }

    /// Line breaks that survive text hygiene (it folds the others to `\n` or a space).
    @inlinable @inline(__always)
    public static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// Spaces and line breaks.
    @inlinable @inline(__always)
    public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D { return true }
        if v < 0x80 { return v == 0x0B || v == 0x0C }
        return c.properties.isWhitespace
    }

    /// Combining marks that belong to the letter before them.
    @inlinable @inline(__always)
    public static func isCombiningMark(_ c: Unicode.Scalar) -> Bool {
        guard c.value >= 0x300 else { return false }
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The scalar as a lookup key sees it: lower case, with apostrophe-like marks as `'`
    /// and hyphens as `-`. Look-alike letters are not folded here: text hygiene has
    /// already folded them inside Latin words (one place for that rule).
    @inlinable @inline(__always)
    public static func foldLower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20)! }
            if v == 0x60 { return "'" }
            return c
        }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return Unicode.Scalar(v + 0x20)! }
        if v >= 0x410 && v <= 0x42F { return Unicode.Scalar(v + 0x20)! }
        if v >= 0x391 && v <= 0x3A9 && v != 0x3A2 { return Unicode.Scalar(v + 0x20)! }
        switch v {
        case 0x2019, 0x2018, 0x02BC, 0x2032: return "'"
        case 0x2010, 0x2011: return "-"
        default:
            if c.properties.isUppercase, let lower = c.properties.lowercaseMapping.unicodeScalars.first {
                return lower
            }
            return c
        }
    }
}

extension ScalarClass {
    /// ASCII digits.
    @inlinable @inline(__always)
    public static func isDigit(_ c: Unicode.Scalar) -> Bool { isDigit(c.value) }

    /// Letters and digits: what a word is made of.
    @inlinable @inline(__always)
    public static func isWordChar(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isDigit(c.value) }

    /// Sentence-final punctuation.
    @inlinable @inline(__always)
    public static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "…"
    }

    /// Apostrophe-like scalars that may sit inside a word ("don't", "Lukashenka‘s").
    @inlinable @inline(__always)
    public static func isApostropheLike(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{2018}" || c == "\u{02BC}" || c == "\u{2032}" || c == "`"
    }

    /// Hyphens joining the parts of one word ("air-based").
    @inlinable @inline(__always)
    public static func isHyphen(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "\u{2010}" || c == "\u{2011}"
    }
}
