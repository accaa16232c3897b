import Foundation

/// The character-level rules of text hygiene, as pure functions over Unicode scalars.
///
/// Every rule maps one original scalar to zero, one or (NFKC only) several normalized
/// scalars, so ``NormalizedText`` can keep an exact map back to the original:
/// - ASCII passes through untouched except control characters (other than `\n`, `\t`)
///   which become a space, and the backtick which becomes `'`.
/// - Double-quote-like marks (“ ” „ ‟ « » ″) become `"`; single-quote-like marks
///   (‘ ’ ‚ ‛ ‹ › ′ ´ ʼ) become `'`. One scalar in, one scalar out.
/// - Dashes (‐ ‑ ‒ – — ― −) become `-`, one scalar in, one out.
/// - Space separators (NBSP, thin spaces, ideographic space…) become ` `; line and
///   paragraph separators become `\n`.
/// - Format characters (Unicode category Cf: zero-width space/joiners, soft hyphen,
///   BOM, bidi marks) are dropped.
/// - Everything else goes through NFKC one character (base plus combining marks) at a
///   time.
/// - Cyrillic/Greek look-alike letters are folded to Latin afterwards, word by word
///   (``latinLookalike(_:)``), only where the word is otherwise Latin script.
public enum TextHygiene {
    // MARK: - Single-scalar folds

    /// What a non-ASCII punctuation or space scalar folds to, or `nil` when no fixed
    /// fold applies.
    @inline(__always)
    static func punctuationFold(_ value: UInt32) -> Unicode.Scalar? {
        switch value {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x301D, 0x301E, 0xFF02:
            return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x2032, 0x00B4, 0x02BC, 0x02B9, 0xFF07:
            return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return "-"
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return " "
        case 0x2028, 0x2029, 0x0085:
            return "\n"
        default:
            return nil
        }
    }

    /// True for scalars dropped by hygiene (format characters, category Cf).
    @inline(__always)
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format
    }

    /// True for combining marks that belong to the preceding character.
    @inline(__always)
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool { ScalarClass.isCombiningMark(scalar) }

    /// NFKC of one character (a base scalar and its combining marks).
    static func nfkc(_ character: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        if character.count == 1, let only = character.first, !only.properties.changesWhenNFKCCaseFolded {
            return [only]
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: character)
        return Array(String(view).precomposedStringWithCompatibilityMapping.unicodeScalars)
    }

    // MARK: - Look-alike letters

    /// The Latin letter a Cyrillic or Greek look-alike letter stands for, or `nil`.
    @inline(__always)
    public static func latinLookalike(_ value: UInt32) -> UInt32? {
        switch value {
        // Cyrillic lower case
        case 0x0430: return 0x61 // а
        case 0x0435, 0x0451: return 0x65 // е ё
        case 0x043E: return 0x6F // о
        case 0x0440: return 0x70 // р
        case 0x0441: return 0x63 // с
        case 0x0443, 0x04AF: return 0x79 // у ү
        case 0x0445: return 0x78 // х
        case 0x0456: return 0x69 // і
        case 0x0458: return 0x6A // ј
        case 0x0455: return 0x73 // ѕ
        case 0x0501: return 0x64 // ԁ
        case 0x04BB: return 0x68 // һ
        case 0x04CF: return 0x6C // ӏ
        case 0x051B: return 0x71 // ԛ
        case 0x051D: return 0x77 // ԝ
        // Cyrillic upper case
        case 0x0410: return 0x41
        case 0x0412: return 0x42
        case 0x0415, 0x0401: return 0x45
        case 0x041A: return 0x4B
        case 0x041C: return 0x4D
        case 0x041D: return 0x48
        case 0x041E: return 0x4F
        case 0x0420: return 0x50
        case 0x0421: return 0x43
        case 0x0422: return 0x54
        case 0x0425: return 0x58
        case 0x0406: return 0x49
        case 0x0408: return 0x4A
        case 0x0405: return 0x53
        case 0x0423, 0x04AE: return 0x59
        case 0x051A: return 0x51
        case 0x051C: return 0x57
        // Greek
        case 0x0391: return 0x41
        case 0x0392: return 0x42
        case 0x0395: return 0x45
        case 0x0396: return 0x5A
        case 0x0397: return 0x48
        case 0x0399: return 0x49
        case 0x039A: return 0x4B
        case 0x039C: return 0x4D
        case 0x039D: return 0x4E
        case 0x039F: return 0x4F
        case 0x03A1: return 0x50
        case 0x03A4: return 0x54
        case 0x03A5: return 0x59
        case 0x03A7: return 0x58
        case 0x03BF: return 0x6F
        default: return nil
        }
    }

    /// The script class of a letter, as far as look-alike folding cares.
    enum LetterScript {
        case latin, lookalike, otherForeign
    }

    @inline(__always)
    static func letterScript(_ value: UInt32) -> LetterScript {
        if value < 0x80 { return .latin }
        if value < 0x250 || (value >= 0x1E00 && value < 0x1F00) { return .latin }
        if latinLookalike(value) != nil { return .lookalike }
        return .otherForeign
    }

    /// True when `scalar` is a letter (or digit) that continues a word.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        return scalar.properties.isAlphabetic || isCombiningMark(scalar)
    }

    /// Folds look-alike letters in place, word by word: a word that mixes Latin and
    /// look-alike letters (and nothing else foreign) is folded; a word made only of
    /// look-alike letters is folded when a neighbouring word is Latin and none is
    /// foreign (the Cyrillic "а" standing for the article "a" in English text). A
    /// genuinely Cyrillic or Greek word is left alone.
    static func foldLookalikes(_ scalars: inout [Unicode.Scalar]) {
        // Word spans and their script summary.
        struct Word { var range: Range<Int>; var latin: Int; var lookalike: Int; var foreign: Int }
        var words: [Word] = []
        var i = 0
        let n = scalars.count
        while i < n {
            guard isWordScalar(scalars[i]) else { i += 1; continue }
            var word = Word(range: i..<i, latin: 0, lookalike: 0, foreign: 0)
            while i < n, isWordScalar(scalars[i]) {
                let v = scalars[i].value
                if v >= 0x41 { // digits do not count
                    switch letterScript(v) {
                    case .latin: word.latin += 1
                    case .lookalike: word.lookalike += 1
                    case .otherForeign: if !isCombiningMark(scalars[i]) { word.foreign += 1 }
                    }
                }
                i += 1
            }
            word.range = word.range.lowerBound..<i
            words.append(word)
        }
        guard words.contains(where: { $0.lookalike > 0 }) else { return }
        func isLatinWord(_ w: Word) -> Bool { w.latin > 0 && w.foreign == 0 }
        for (index, word) in words.enumerated() where word.lookalike > 0 && word.foreign == 0 {
            var fold = word.latin > 0
            if !fold {
                // Only look-alikes: decide from the neighbours.
                let before = index > 0 ? words[index - 1] : nil
                let after = index + 1 < words.count ? words[index + 1] : nil
                let latinNeighbour = (before.map(isLatinWord) ?? false) || (after.map(isLatinWord) ?? false)
                let foreignNeighbour = (before.map { $0.foreign > 0 } ?? false) || (after.map { $0.foreign > 0 } ?? false)
                fold = latinNeighbour && !foreignNeighbour
            }
            guard fold else { continue }
            for j in word.range {
                if let latin = latinLookalike(scalars[j].value), let s = Unicode.Scalar(latin) {
                    scalars[j] = s
                }
            }
        }
    }
}
