// MARK: - ScalarClass

/// Cheap character classes over Unicode scalars, with an ASCII fast path.
///
/// The quote extractor never builds regular expressions: every decision is a
/// constant-time look at one scalar.
enum ScalarClass {
    /// Letters of any script.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.numericType != nil
    }

    @inline(__always)
    static func isWordChar(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    /// Line and paragraph breaks.
    @inline(__always)
    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// Spaces and line breaks.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v == 0x20 || v == 0x09 { return true }
        if isNewline(s) { return true }
        if v < 0x80 { return false }
        return s.properties.isWhitespace
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    /// Sentence-final punctuation.
    @inline(__always)
    static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "…"
    }

    /// Apostrophe-like scalars that may sit inside a word ("don't", "Lukashenka‘s").
    @inline(__always)
    static func isApostropheLike(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{2018}" || s == "\u{02BC}" || s == "\u{2032}" || s == "`"
    }

    /// Hyphens joining the parts of one word ("air-based").
    @inline(__always)
    static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    /// Lower-cases one scalar and folds Cyrillic/Greek look-alikes and curly
    /// apostrophes to ASCII, so names compare equal whether or not the text
    /// normalizer already folded them.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 32)! }
            return s
        }
        switch v {
        case 0x0430, 0x0410, 0x0391, 0x03B1: return "a"
        case 0x0412, 0x0392, 0x03B2: return "b"
        case 0x0441, 0x0421: return "c"
        case 0x0501: return "d"
        case 0x0435, 0x0415, 0x0451, 0x0401, 0x0395: return "e"
        case 0x04BB, 0x041D, 0x0397: return "h"
        case 0x0456, 0x0406, 0x0399: return "i"
        case 0x0458, 0x0408: return "j"
        case 0x041A, 0x039A: return "k"
        case 0x04CF: return "l"
        case 0x041C, 0x039C: return "m"
        case 0x039D: return "n"
        case 0x043E, 0x041E, 0x039F, 0x03BF: return "o"
        case 0x0440, 0x0420, 0x03A1: return "p"
        case 0x051B, 0x051A: return "q"
        case 0x0455, 0x0405: return "s"
        case 0x0422, 0x03A4: return "t"
        case 0x051D, 0x051C: return "w"
        case 0x0445, 0x0425, 0x03A7: return "x"
        case 0x0443, 0x0423, 0x04AF, 0x04AE, 0x03A5: return "y"
        case 0x0396: return "z"
        case 0x2019, 0x2018, 0x02BC, 0x2032: return "'"
        case 0x2010, 0x2011: return "-"
        default:
            if s.properties.isUppercase, let lower = s.properties.lowercaseMapping.unicodeScalars.first {
                return lower
            }
            return s
        }
    }
}
