import Foundation

/// The fold that makes spellings of one name comparable across articles: lower case
/// (``ScalarClass/foldLower(_:)``), accents and other combining marks removed
/// (`São` → `sao`, `Łódź` → `lodz`), apostrophes, periods and hyphens dropped
/// (`U.S.` → `us`, `Jong-un` → `jongun`), every run of other non-letters one space.
///
/// Used for the keys of entity ids, place look-ups and quote clusters — the one
/// definition of "the same letters". ASCII goes through without allocating; other
/// letters are decomposed (Unicode canonical decomposition) and their marks dropped.
public enum NameFold {
    /// The folded words of `s`.
    public static func words<S: StringProtocol>(_ s: S) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        forEachFolded(s) { c in
            if let c {
                current.append(c)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        return words
    }

    /// The folded words of `s` joined by one space.
    public static func key<S: StringProtocol>(_ s: S) -> String { words(s).joined(separator: " ") }

    /// ``WordHash/exact(_:)`` of ``key(_:)``, computed without building it.
    @inlinable
    public static func keyHash<S: StringProtocol>(_ s: S) -> UInt64 { keyHash(scalars: s.unicodeScalars) }

    /// ``keyHash(_:)`` of scalars already at hand.
    @inlinable
    public static func keyHash<S: Sequence>(scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        keyHash(words: CollectionOfOne(scalars))
    }

    /// ``keyHash(_:)`` of several pieces of text read as one, a word break between them
    /// (a name's tokens, without joining them into a string).
    @inlinable
    public static func keyHash<W: Sequence>(words: W) -> UInt64 where W.Element: Sequence, W.Element.Element == Unicode.Scalar {
        var h = WordHash.seed
        var inWord = false, pendingSpace = false
        for piece in words {
            forEachFolded(scalars: piece) { c in
                if let c {
                    if pendingSpace { WordHash.space(&h); pendingSpace = false }
                    WordHash.mix(&h, c.value)
                    inWord = true
                } else if inWord {
                    inWord = false
                    pendingSpace = true
                }
            }
        }
        return h
    }

    /// ``keyHash(_:)`` of UTF-8 bytes (a data file's field): ASCII straight from the
    /// bytes, anything else through the string fold.
    @inlinable
    public static func keyHash<C: Collection<UInt8>>(utf8: C) -> UInt64 {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return keyHash(String(decoding: utf8, as: UTF8.self)) }
        var h = WordHash.seed
        var inWord = false, pendingSpace = false
        for b in utf8 {
            let f = asciiFold(UInt32(b))
            if f == asciiDropped { continue }
            if f == asciiBreak {
                if inWord { inWord = false; pendingSpace = true }
                continue
            }
            if pendingSpace { WordHash.space(&h); pendingSpace = false }
            WordHash.mix(&h, f)
            inWord = true
        }
        return h
    }

    @inlinable static var asciiDropped: UInt32 { 0 }
    @inlinable static var asciiBreak: UInt32 { .max }

    /// The fold of one ASCII scalar: a lower-case letter or digit, ``asciiDropped``
    /// (`'`, `.`, `-`: inside a word) or ``asciiBreak`` (anything else ends a word).
    @inlinable @inline(__always)
    static func asciiFold(_ v: UInt32) -> UInt32 {
        if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { return v }
        if v >= 0x41 && v <= 0x5A { return v + 0x20 }
        if v == 0x27 || v == 0x2E || v == 0x2D { return asciiDropped }
        return asciiBreak
    }

    /// Calls `body` with every folded letter or digit of `s` in order, and with nil
    /// where a word ends (once per break, and at the end).
    @inlinable
    public static func forEachFolded<S: StringProtocol>(_ s: S, _ body: (Unicode.Scalar?) -> Void) {
        forEachFolded(scalars: s.unicodeScalars, body)
    }

    /// ``forEachFolded(_:_:)`` over scalars already at hand (a token's, without a string).
    @inlinable
    public static func forEachFolded<S: Sequence>(scalars: S, _ body: (Unicode.Scalar?) -> Void)
    where S.Element == Unicode.Scalar {
        var open = false
        for c in scalars {
            let v = c.value
            if v < 0x80 {
                let f = asciiFold(v)
                if f == asciiDropped { continue }
                if f == asciiBreak {
                    if open { body(nil); open = false }
                } else {
                    body(Unicode.Scalar(f)!); open = true
                }
                continue
            }
            if isDropped(v) { continue }
            if let base = baseLetters(c) {
                for d in base { body(d) }
                open = true
                continue
            }
            if c.properties.isAlphabetic {
                decomposed(c, body)
                open = true
            } else if ScalarClass.isCombiningMark(c) {
                continue
            } else if open {
                body(nil); open = false
            }
        }
        if open { body(nil) }
    }

    /// The folded letters of `c` without its marks.
    @usableFromInline
    static func decomposed(_ c: Unicode.Scalar, _ body: (Unicode.Scalar?) -> Void) {
        for d in precomputedDecomposition(c.value) ?? foundationDecomposed(c) { body(d) }
    }

    /// The Latin blocks whose letters news writes with accents: Latin-1 Supplement,
    /// Latin Extended-A and -B, and Latin Extended Additional (Vietnamese, Welsh).
    static let precomputedRanges: [Range<UInt32>] = [0xC0..<0x250, 0x1E00..<0x1F00]
    /// ``foundationDecomposed(_:)`` of every scalar in ``precomputedRanges``, computed once
    /// (about 650 calls): Foundation's decomposition builds a string per call, and
    /// loading the gazetteer's accented names called it for each of some 27,000 letters.
    static let precomputedDecompositions: [[[Unicode.Scalar]]] = precomputedRanges.map { range in
        range.map { foundationDecomposed(Unicode.Scalar($0)!) }
    }

    /// The table's entry for a scalar value in ``precomputedRanges``, else nil.
    @inline(__always)
    static func precomputedDecomposition(_ v: UInt32) -> [Unicode.Scalar]? {
        for (k, range) in precomputedRanges.enumerated() where range.contains(v) {
            return precomputedDecompositions[k][Int(v - range.lowerBound)]
        }
        return nil
    }

    /// The canonical decomposition of `c` (Foundation), marks dropped, folded to lower case.
    static func foundationDecomposed(_ c: Unicode.Scalar) -> [Unicode.Scalar] {
        String(c).decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { !ScalarClass.isCombiningMark($0) }.map(ScalarClass.foldLower)
    }

    /// Apostrophes, hyphens and soft hyphens: dropped inside a word.
    @usableFromInline
    static func isDropped(_ v: UInt32) -> Bool {
        v == 0x2019 || v == 0x2018 || v == 0x02BC || v == 0x2010 || v == 0x2011 || v == 0xAD
    }

    /// Latin letters without a decomposition that English writes without their
    /// stroke (`ł`, `ø`, `đ`, `ß`, `æ`, `œ`).
    @usableFromInline
    static func baseLetters(_ c: Unicode.Scalar) -> [Unicode.Scalar]? {
        switch c.value {
        case 0x141, 0x142: return ["l"]
        case 0xD8, 0xF8: return ["o"]
        case 0x110, 0x111: return ["d"]
        case 0xDF: return ["s", "s"]
        case 0xC6, 0xE6: return ["a", "e"]
        case 0x152, 0x153: return ["o", "e"]
        default: return nil
        }
    }
}
