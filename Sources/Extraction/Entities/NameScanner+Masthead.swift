import WirefleetText

// MARK: - Mastheads

/// A web article's page furniture under its headline: the outlet's masthead ("Seafood
/// Trade Weekly", "Daily Courier › News › World") and the separators between it and its
/// section. Read by the `masthead` typing rule, the byline rule (a byline after a
/// separator) and ``NameScanner/processSegment(_:_:depth:acronym:)`` (a masthead keeps
/// a leading ordinary word and its title words).
extension NameScanner {
    /// Last words of an outlet's name ("Weekly", "Courier"): `[outlet_heads]` in `cue_words.txt`.
    static let outletHeads = Lexicon.cueWords("outlet_heads")

    /// Marks that end a masthead's name on its line: `|`, a dash (hygiene writes every
    /// dash as `-`), `/`, `·`, `•`; `›` is one too, written `'` by hygiene
    /// (``isMastheadSeparator(_:)``).
    static let mastheadSeparators: Set<UInt32> = [0x7C, 0x2D, 0x2F, 0xB7, 0x2022]

    /// Token `i` separates a masthead from its section: one of ``mastheadSeparators``, or a
    /// `'` with a space on each side (a `›`: "Daily Courier › News", not a quotation mark).
    func isMastheadSeparator(_ i: Int) -> Bool {
        guard let v = punctValue(i) else { return false }
        if Self.mastheadSeparators.contains(v) { return true }
        return v == 0x27 && i > 0 && i + 1 < tokens.count
            && tokens[i - 1].range.upperBound < tokens[i].range.lowerBound
            && tokens[i].range.upperBound < tokens[i + 1].range.lowerBound
    }

    /// The span is an outlet's masthead, the page furniture under a web article's
    /// headline ("Seafood Trade Weekly", "Daily Courier › News › World", "Afrique
    /// Horizons - English edition"):
    /// - it opens the second or third line of the text (after a capitalised "The", if
    ///   written: "The Lone Star Observer"), below the headline;
    /// - the rest of its line, if any, is a separator and a section with no number (not
    ///   "Economy | 3 December 2026", a section and date line), and the line has at
    ///   most twelve tokens (not a dateline opening the body: "BRUSSELS - European …");
    /// - the name has at most six words, is no place, known person or byline ("By …");
    ///   a given name or title in it ("Sydney Morning Herald", "Lone Star Observer") or
    ///   only ordinary words ("Seafood Trade Weekly") need an outlet's head word last
    ///   (`[outlet_heads]`), and so do two name words before a place ("Hala Mansour |
    ///   Amman" is an author's line); one word must be no ordinary word and no head
    ///   word alone ("Analysis", "Home", "News" are sections).
    func isMasthead(_ c: NameSpan) -> Bool {
        guard c.n <= 6, let start = mastheadLineStart(c.a), let end = mastheadLineEnd(c.b, start: start) else { return false }
        guard !lowerIs(start, in: Self.creditCues), tokens[start].hash != Self.byHash,
              lexicon.places[c.full] == nil, lexicon.known[c.full] != .location, lexicon.known[c.full] != .person
        else { return false }
        if Self.outletHeads.contains(tokens[c.b - 1].hash) { return c.n >= 2 }
        if c.allCommon || (c.a..<c.b).contains(where: { isFirstName($0) || isTitle($0) }) { return false }
        // Two name words and a place are an author's line ("Hala Mansour | Amman").
        return !(c.n == 2 && !hasOrdinaryWord(c) && c.b + 1 < end && lexicon.places[phraseHash(c.b + 1, end)] != nil)
    }

    /// The first token of token `a`'s line when `a` opens the second or third line of the
    /// text, or follows an article that does ("The Lone Star Observer"): where a
    /// masthead is; else nil.
    func mastheadLineStart(_ a: Int) -> Int? {
        guard a < 80 else { return nil }
        var start = a
        if !tokens[start].startsLine, start >= 1, Self.articles.contains(tokens[start - 1].hash) { start -= 1 }
        guard start > 0, tokens[start].startsLine else { return nil }
        var linesBefore = 1
        for k in 1..<start where tokens[k].startsLine {
            linesBefore += 1
            if linesBefore > 2 { return nil }
        }
        return start
    }

    /// Where the line of a masthead name ending at token `b` ends (the next line's first
    /// token), when the rest of the line is empty or a separator and a section with no
    /// number, and the line from `start` has at most twelve tokens; else nil.
    func mastheadLineEnd(_ b: Int, start: Int) -> Int? {
        var end = b
        while !isLineEnd(end) {
            end += 1
            if end - start > 12 { return nil }
        }
        if b < end {
            guard isMastheadSeparator(b), !(b..<end).contains(where: { tokens[$0].kind == .number }) else { return nil }
        }
        return end
    }

    /// Tokens `a..<b` are a masthead's name by their place alone, ending in an outlet's head
    /// word: the scanner keeps a leading ordinary word or a title word in such a name
    /// ("Daily Courier", "Lone Star Observer").
    func isMastheadWithHead(_ a: Int, _ b: Int) -> Bool {
        guard b - a >= 2, Self.outletHeads.contains(tokens[b - 1].hash), let start = mastheadLineStart(a) else { return false }
        return mastheadLineEnd(b, start: start) != nil
    }
}
