public import WirefleetText
public import WirefleetEntities

// MARK: - QuoteExtractor

/// Finds direct quotations in an article and attributes each to a PERSON or ORG
/// entity.
///
/// The pass is linear in the text: ``QuoteSpanScanner`` pairs the marks paragraph by
/// paragraph, ``QuoteTokens`` and ``SpeakerIndex`` tokenize the text once and place
/// the entity mentions on it, and ``AttributionResolver`` looks at a bounded window
/// around each quote. No regular expressions, no backtracking.
///
/// ```swift
/// let text = NormalizedText(body)
/// let quotes = QuoteExtractor().extract(text, entities: EntityTagger().tag(text))
/// ```
public struct QuoteExtractor: Sendable {
    /// Quotes with fewer words are quoted terms, not speech (GUIDELINES.md).
    public var minimumWords: Int

    public init(minimumWords: Int = 3) {
        self.minimumWords = minimumWords
    }

    /// Extracts quotes; `entities` is the entity tagger's output for the same text.
    ///
    /// Offsets are original Unicode-scalar offsets of the words inside the marks;
    /// `text` is the normalized form of those words; `speaker` is exactly the
    /// `text` of one of `entities` (a PERSON or ORG), or nil.
    public func extract(_ text: NormalizedText, entities: [Entity]) -> [Quote] {
        let spans = QuoteSpanScanner().scan(text).filter { isSpeech($0, text) }
        if spans.isEmpty { return [] }
        let tokens = QuoteTokens(text)
        let index = SpeakerIndex(text, tokens: tokens, entities: entities)
        var sites: [AttributionResolver.Site] = []
        sites.reserveCapacity(spans.count)
        for span in spans {
            let first = tokens.firstToken(endingAfter: span.lower)
            let last = max(first, tokens.firstToken(endingAfter: span.upper - 1))
            sites.append(AttributionResolver.Site(
                openToken: span.openMark.map { tokens.firstToken(endingAfter: $0) },
                closeToken: span.closeMark.map { tokens.firstToken(endingAfter: $0) },
                innerFirst: first, innerLast: last, paragraph: span.paragraph,
                isContinuation: span.isContinuation, continuesInNext: span.continuesInNext,
                orphan: span.shape == .orphanClose))
        }
        var attributions = AttributionResolver().resolve(sites, tokens: tokens, index: index)
        EchoAttribution().apply(&attributions, sites: sites, tokens: tokens)

        var quotes: [Quote] = []
        quotes.reserveCapacity(spans.count)
        for (q, span) in spans.enumerated() {
            let a = attributions[q]
            if isQuotedTerm(sites[q], a, tokens, span, text) { continue }
            if span.shape == .orphanClose {
                // A closing mark alone is a quote only when an attribution follows it.
                guard let cue = a.cueTokens, let close = sites[q].closeToken, cue.lowerBound > close else { continue }
            }
            var quote = Quote(text: Self.string(text.scalars, span.lower..<span.upper), start: 0, end: 0)
            let r = text.originalRange(of: span.lower..<span.upper)
            quote.start = r.lowerBound
            quote.end = r.upperBound
            if let s = a.speaker {
                quote.speaker = entities[s].text
                quote.speakerID = entities[s].id
            }
            if quote.speaker != nil, let st = a.speakerTokens {
                quote.speakerMention = mention(text, tokens, st)
            }
            if let c = a.cueTokens {
                quote.cue = Self.string(text.originalScalars,
                                        text.originalRange(of: tokens[c.lowerBound].start..<tokens[c.upperBound].end))
            }
            quotes.append(quote)
        }
        QuoteClusterKey.assign(&quotes)
        return quotes
    }

    // MARK: - Helpers

    /// Lower-case words that titles of works keep small ("Gone with the Wind").
    private static let titleFunctionWords: Set<String> = ["with", "from", "into", "over", "upon", "about",
                                                          "after", "under", "than", "that", "this", "when",
                                                          "without", "before", "through", "against"]

    private static func isTitleFunctionWord(_ s: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> Bool {
        guard upper - lower <= 7 else { return false }
        return titleFunctionWords.contains(string(s, lower..<upper))
    }

    /// Words that introduce a term, not speech: "the so-called “special operation”".
    private static let termIntroducers: Set<String> = ["so-called", "dubbed", "termed", "nicknamed", "titled",
                                                       "entitled", "headlined", "branded", "labelled", "labeled",
                                                       "slogan", "motto", "hashtag", "phrase", "term", "banner"]

    /// A quoted term rather than speech: introduced as a term, or a short lower-case
    /// fragment no one is said to have said.
    private func isQuotedTerm(_ site: AttributionResolver.Site, _ a: Attribution, _ tokens: QuoteTokens,
                              _ span: QuoteSpan, _ text: NormalizedText) -> Bool {
        if let open = site.openToken {
            var k = open - 1
            var n = 0
            while k >= 0 && n < 3 && tokens[k].kind == .word {
                let key = tokens[k].key
                if Self.termIntroducers.contains(key) { return true }
                if key == "as", k > 0, tokens[k - 1].key == "known" { return true }
                k -= 1; n += 1
            }
        }
        guard a.cueTokens == nil else { return false }
        var words = 0
        var k = site.innerFirst
        while k <= site.innerLast && k < tokens.count && words <= 4 {
            if tokens[k].kind == .word { words += 1 }
            k += 1
        }
        if words > 4 { return false }
        let last = text.scalars[span.upper - 1]
        if ScalarClass.isTerminal(last) || last == "," { return false }
        return !tokens[site.innerFirst].capitalized
    }

    /// A string of scalars, built through UTF-8.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count + 8)
        for i in range {
            let x = scalars[i]
            if x.value < 0x80 { bytes.append(UInt8(x.value)) } else { UTF8.encode(x) { bytes.append($0) } }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func mention(_ text: NormalizedText, _ tokens: QuoteTokens, _ r: ClosedRange<Int>) -> Mention {
        let n = tokens[r.lowerBound].start..<tokens[r.upperBound].end
        let o = text.originalRange(of: n)
        return Mention(start: o.lowerBound, end: o.upperBound, text: Self.string(text.originalScalars, o))
    }

    /// Enough words, and not a title of a work ("The Lord of the Rings").
    private func isSpeech(_ span: QuoteSpan, _ text: NormalizedText) -> Bool {
        let s = text.scalars
        var words = 0
        var capitalizedContent = 0
        var lowerContent = 0
        var terminal = false
        var i = span.lower
        var inWord = false
        var wordStart = 0
        while i < span.upper {
            let c = s[i]
            let w = ScalarClass.isWordChar(c) || (inWord && ScalarClass.isApostropheLike(c))
            if w && !inWord { inWord = true; wordStart = i; words += 1 }
            if !w && inWord {
                inWord = false
                if i - wordStart > 3 {
                    if ScalarClass.isUpper(s[wordStart]) { capitalizedContent += 1 }
                    else if !(words <= 12 && Self.isTitleFunctionWord(s, wordStart, i)) { lowerContent += 1 }
                }
            }
            if ScalarClass.isTerminal(c) || c == "," || c == ";" { terminal = true }
            i += 1
            if words > 24 && lowerContent > 0 { break }
        }
        if inWord && i - wordStart > 3 {
            if ScalarClass.isUpper(s[wordStart]) { capitalizedContent += 1 } else { lowerContent += 1 }
        }
        guard words >= minimumWords else { return false }
        if !terminal && lowerContent == 0 && capitalizedContent >= 2 && words <= 12 { return false }
        return true
    }
}
