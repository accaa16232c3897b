internal import WirefleetText

// MARK: - QuoteMark

/// One quotation mark of the text, classified by its glyph and by what surrounds it.
struct QuoteMark: Sendable, Hashable {
    /// Double marks (" “ ” „ « » ″) or single ones (' ‘ ’ ‚ ‹ ›).
    enum Family: Sendable, Hashable { case double, single }

    /// What the mark can do here.
    enum Role: Sendable, Hashable { case open, close, either }

    /// Normalized scalar index of the mark.
    var index: Int
    var family: Family
    var role: Role
    /// A closing single mark that may just as well be a plural possessive
    /// ("the troops’ morale"): used only when no better closer exists.
    var weak: Bool

    // MARK: - Glyphs

    /// Which way a glyph leans when its neighbours do not decide.
    enum Lean: Sendable { case open, close, none }

    /// The family and lean of a quotation glyph, or nil for anything else.
    /// Apostrophe-only glyphs (ʼ, ′, `) are never quotation marks.
    static func glyph(_ s: Unicode.Scalar) -> (Family, Lean)? {
        switch s.value {
        case 0x22, 0xFF02, 0x2033: return (.double, .none)
        case 0x201C, 0x201F, 0x201E, 0xAB, 0x301D: return (.double, .open)
        case 0x201D, 0xBB, 0x301E: return (.double, .close)
        case 0x27: return (.single, .none)
        case 0x2018, 0x201A, 0x201B, 0x2039: return (.single, .open)
        case 0x2019, 0x203A: return (.single, .close)
        default: return nil
        }
    }

    /// The glyph at normalized index `i`: the ORIGINAL scalar when it is a
    /// quotation glyph (the normalizer folds all of them to ASCII), else the
    /// normalized one.
    @inline(__always)
    static func glyphAt(_ text: NormalizedText, _ i: Int) -> (Family, Lean)? {
        let n = text.scalars[i]
        let v = n.value
        // Fast reject: letters, digits and spaces are never marks.
        if v < 0x80 && v != 0x22 && v != 0x27 { return nil }
        let o = i < text.offsets.count ? text.offsets[i] : -1
        if o >= 0 && o < text.originalScalars.count, let g = glyph(text.originalScalars[o]) { return g }
        return glyph(n)
    }

    // MARK: - Classification

    @inline(__always)
    private static func isOpenPunct(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "(", "[", "{", "<", "-", "/", "\u{2013}", "\u{2014}", ":": return true
        default: return false
        }
    }

    @inline(__always)
    private static func isClosePunct(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", ">", "-", "/", "\u{2013}", "\u{2014}", "\u{2026}": return true
        default: return false
        }
    }

    /// The original scalar at normalized index `i` (the glyph as written).
    @inline(__always)
    static func originalScalar(_ text: NormalizedText, _ i: Int) -> Unicode.Scalar {
        let o = i < text.offsets.count ? text.offsets[i] : -1
        return o >= 0 && o < text.originalScalars.count ? text.originalScalars[o] : text.scalars[i]
    }

    /// Classifies the scalar at `i` inside the paragraph `lower..<upper`, reading
    /// glyphs the document's way (`convention`); nil when it is no quotation mark or is
    /// used as an apostrophe ("don't", "’90s").
    static func classify(_ text: NormalizedText, at i: Int, lower: Int, upper: Int,
                         convention: QuoteConvention = QuoteConvention()) -> QuoteMark? {
        guard let (family, glyphLean) = glyphAt(text, i) else { return nil }
        let written = originalScalar(text, i)
        // ″ is a double prime (5′10″), never a quotation mark.
        if written == "\u{2033}" { return nil }
        let lean = convention.lean(of: written, default: glyphLean)
        let s = text.scalars
        let prev: Unicode.Scalar? = i > lower ? s[i - 1] : nil
        let next: Unicode.Scalar? = i + 1 < upper ? s[i + 1] : nil
        let prevIsMark = prev.map { glyph($0) != nil } ?? false || (i > lower && glyphAt(text, i - 1) != nil)
        let nextIsMark = next.map { glyph($0) != nil } ?? false || (i + 1 < upper && glyphAt(text, i + 1) != nil)
        let prevSpace = prev.map { ScalarClass.isSpace($0) } ?? true
        let nextSpace = next.map { ScalarClass.isSpace($0) } ?? true
        let leftOK = prevSpace || prevIsMark || prev.map(isOpenPunct) ?? true
        let rightOK = nextSpace || nextIsMark || next.map(isClosePunct) ?? true
        let canOpen = leftOK && !nextSpace
        let canClose = rightOK && !prevSpace

        if family == .single {
            let prevWord = prev.map(ScalarClass.isWordChar) ?? false
            let nextWord = next.map(ScalarClass.isWordChar) ?? false
            if prevWord && nextWord { return nil }                       // don't, Lukashenka‘s
            if !prevWord, let n = next, ScalarClass.isDigit(n) { return nil } // ’90s
            if canOpen && !canClose {
                return QuoteMark(index: i, family: family, role: .open, weak: false)
            }
            if canClose && !canOpen {
                // "Belarus’ security", "the troops’ morale": maybe a possessive.
                var weak = false
                if let p = prev, p == "s" || p == "S" || p == "z", let n = next, n == " ",
                   i + 2 < upper, ScalarClass.isLetter(s[i + 2]) {
                    weak = true
                }
                return QuoteMark(index: i, family: family, role: .close, weak: weak)
            }
            if prevSpace && nextSpace && lean == .none { return nil }
            switch lean {
            case .open: return QuoteMark(index: i, family: family, role: .open, weak: false)
            case .close: return QuoteMark(index: i, family: family, role: .close, weak: false)
            case .none: return QuoteMark(index: i, family: family, role: .either, weak: false)
            }
        }

        let prevWord = prev.map(ScalarClass.isWordChar) ?? false
        let nextWord = next.map(ScalarClass.isWordChar) ?? false
        // French spacing: « Nous … », — the glyph decides when the space is inside.
        if canOpen && !canClose && !(lean == .close && !nextWord) {
            return QuoteMark(index: i, family: family, role: .open, weak: false)
        }
        if canClose && !canOpen && !(lean == .open && !prevWord) {
            return QuoteMark(index: i, family: family, role: .close, weak: false)
        }
        switch lean {
        case .open: return QuoteMark(index: i, family: family, role: .open, weak: false)
        case .close: return QuoteMark(index: i, family: family, role: .close, weak: false)
        case .none: return QuoteMark(index: i, family: family, role: .either, weak: false)
        }
    }
}
