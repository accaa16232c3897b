internal import WirefleetText

/// How one document writes its quotation marks, decided once from the glyphs it uses,
/// so that a glyph whose direction differs between languages is read the document's way.
///
/// - English (the default): “…” and ‘…’; «…» read as French/Russian (« opens).
/// - **Low-high** („…“, ‚…‘ — German, Czech, Polish, …): when the text has a low mark
///   („ or ‚), the high marks “ and ‘ lean *closing* there: „Wir gehen,“ sagte sie.
/// - **Guillemets pointing inward** (»…« — German books, Danish, Swiss press in
///   German): when more guillemets sit the inward way (» before a word, « after one)
///   than the French way (« before a word or a space, » after one), » leans opening
///   and « closing. French spacing (« mot ») counts for the French way.
///
/// The lean only decides a mark whose neighbours do not (a mark between a word and
/// punctuation, or between spaces); a mark plainly opening or closing by its context
/// keeps that role, so mixed documents (a German page quoting “an English source”) work.
struct QuoteConvention: Sendable, Hashable {
    /// „ or ‚ occur: “ and ‘ close.
    var lowHigh = false
    /// »…« rather than «…».
    var inwardGuillemets = false

    /// The convention of `text`, from its original scalars (one linear pass).
    init(of text: NormalizedText) {
        let o = text.originalScalars
        var inward = 0, outward = 0
        for i in o.indices {
            let v = o[i].value
            guard v == 0x201E || v == 0x201A || v == 0xAB || v == 0xBB else { continue }
            if v == 0x201E || v == 0x201A { lowHigh = true; continue }
            let prevWord = i > 0 && (ScalarClass.isWordChar(o[i - 1]) || Self.isSentencePunct(o[i - 1]))
            let nextWord = i + 1 < o.count && ScalarClass.isWordChar(o[i + 1])
            let prevSpace = i == 0 || ScalarClass.isSpace(o[i - 1])
            let nextSpace = i + 1 >= o.count || ScalarClass.isSpace(o[i + 1])
            let nextOpen = nextSpace || Self.isSentencePunct(o[i + 1])
            if v == 0xBB { // »
                if prevSpace && nextWord { inward += 1 } else if (prevWord && nextOpen) || (prevSpace && !nextWord) { outward += 1 }
            } else {       // «
                if prevWord && nextOpen { inward += 1 } else if (prevSpace && nextWord) || (prevSpace && nextSpace) { outward += 1 }
            }
        }
        inwardGuillemets = inward > outward
    }

    init() {}

    /// The lean of the quotation glyph `scalar` (an original scalar) in this document.
    func lean(of scalar: Unicode.Scalar, default lean: QuoteMark.Lean) -> QuoteMark.Lean {
        switch scalar.value {
        case 0x201C, 0x2018: return lowHigh ? .close : lean   // “ ‘
        case 0xBB: return inwardGuillemets ? .open : lean      // »
        case 0xAB: return inwardGuillemets ? .close : lean     // «
        default: return lean
        }
    }

    private static func isSentencePunct(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "," || s == "!" || s == "?" || s == ";" || s == ":" || s == "\u{2026}"
    }
}
