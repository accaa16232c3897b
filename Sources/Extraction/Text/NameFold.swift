import Foundation

/// The fold that makes spellings of one name comparable across articles: lower case
/// (``ScalarClass/foldLower(_:)``), accents and other combining marks removed
/// (`São` → `sao`, `Łódź` → `lodz`), apostrophes, periods and hyphens dropped
/// (`U.S.` → `us`, `Jong-un` → `jongun`), every run of other non-letters one space.
///
/// Used for the keys of entity ids, place look-ups and quote clusters — the one
/// definition of "the same letters".
public enum NameFold {
    /// The folded words of `s`.
    public static func words<S: StringProtocol>(_ s: S) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
        }
        for c in s.unicodeScalars {
            for d in decompose(c) {
                let v = d.value
                if ScalarClass.isCombiningMark(d) { continue }
                if v == 0x27 || v == 0x2E || v == 0x2D || v == 0x2019 || v == 0x2018 || v == 0x02BC
                    || v == 0x2010 || v == 0x2011 || v == 0xAD { continue }
                if d.properties.isAlphabetic || (v >= 0x30 && v <= 0x39) {
                    current.append(ScalarClass.foldLower(d))
                } else {
                    flush()
                }
            }
        }
        flush()
        return words
    }

    /// The folded words of `s` joined by one space.
    public static func key<S: StringProtocol>(_ s: S) -> String { words(s).joined(separator: " ") }

    /// Letters with a canonical decomposition into a base letter and marks, plus the
    /// Latin letters that have none but are written without their stroke in English
    /// (`ł`, `ø`, `đ`, `ß`).
    static func decompose(_ c: Unicode.Scalar) -> [Unicode.Scalar] {
        let v = c.value
        if v < 0xC0 { return [c] }
        switch v {
        case 0x141, 0x142: return ["l"]
        case 0xD8, 0xF8: return ["o"]
        case 0x110, 0x111: return ["d"]
        case 0xDF: return ["s", "s"]
        case 0xC6, 0xE6: return ["a", "e"]
        case 0x152, 0x153: return ["o", "e"]
        default: break
        }
        return Array(String(c).decomposedStringWithCanonicalMapping.unicodeScalars)
    }
}
