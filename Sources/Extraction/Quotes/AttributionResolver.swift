internal import WirefleetText
internal import WirefleetEntities

// MARK: - Previous speaker

/// The last quote speaker, kept for pronouns, roles and follow-on quotes.
private struct Previous {
    var speaker: Int
    var paragraph: Int
    var tokens: ClosedRange<Int>?
}

// MARK: - AttributionResolver

/// Finds the speaker of each quote in a bounded window around it: the rest of the
/// sentence after the closing mark (a cue, or a dash and a name: `“…” – Name`; not a
/// clause of its own, `“…”, and the council says`), then the sentence part before the
/// opening mark (a cue, "in the words of X", `X: “…”`, or the sentence's subject before a
/// colon, `Teacher X, who …, praised them: “…”`), then the discourse: the subject of a
/// speech verb earlier in the quote's paragraph, the previous quote's speaker, a quote
/// earlier in the same sentence.
///
/// A cue's subject (``Context/subject(of:region:)``) is the name before the verb, read
/// through appositions to the sentence's subject (`X, a unit of Y, said` → X), through
/// `X of [the] … Y` to the person X, through roles (`the company` → the business last
/// named or described as one), pronouns (gender from the given name, which a family name
/// written first does not give) and documents (`the statement said` → who issued it). A
/// source who is not named (`One mother, who asked not to be named, said`) stays unnamed
/// through later pronouns and roles.
///
/// Every look-around is capped at ``window`` tokens, so the pass stays linear.
struct AttributionResolver: Sendable {
    /// Tokens examined on each side of a quote.
    var window = 60
    /// Paragraphs a previous speaker stays salient for pronouns and roles.
    var salience = 3

    /// A quote seen by the resolver: token indices of its marks and inner words.
    struct Site: Sendable {
        var openToken: Int?
        var closeToken: Int?
        var innerFirst: Int
        var innerLast: Int
        var paragraph: Int
        var isContinuation: Bool
        var continuesInNext: Bool
        var orphan: Bool
    }

    func resolve(_ sites: [Site], tokens: QuoteTokens, index: SpeakerIndex) -> [Attribution] {
        // Tokens owned by each quote (marks included).
        var owner = Array(repeating: Int32(-1), count: tokens.count)
        for (q, site) in sites.enumerated() {
            let lo = site.openToken ?? site.innerFirst
            let hi = site.closeToken ?? site.innerLast
            if lo <= hi { for k in lo...hi { owner[k] = Int32(q) } }
        }
        var out: [Attribution] = []
        out.reserveCapacity(sites.count)
        var previous: Previous?
        var previousQuoteSpeaker: Previous?
        var previousQuoteEnd = -1
        for (q, site) in sites.enumerated() {
            var a = attribute(site, q, tokens, index, owner, previous)
            // "An official at the Ministry of Energy, speaking on condition of anonymity,
            // said …", "one senior SPÖ official, who asked not to be named": someone of the
            // body spoke, not the body; the text does not say who.
            if let s = a.speaker, !index.isPerson(s), let cue = a.cueTokens, Self.saysAnonymous(around: cue, tokens, owner) {
                a.speaker = nil
                a.speakerTokens = nil
            }
            if a.speaker == nil && a.cueTokens == nil {
                // Discourse: a quoted sentence right after one reporting someone's speech
                // in its paragraph, a continued quote, a quoted sentence right after
                // another quote, or a quoted paragraph after one reporting someone's speech.
                let startsSentence = beforeIsEmpty(site, q, tokens, owner)
                if !site.isContinuation, startsSentence,
                   let s = speechSubjectEarlier(inParagraphOf: site, after: previousQuoteEnd, tokens, index, owner) {
                    // "Vogel said payments would start soon. “The first money …”" after
                    // another speaker's quote: the reporting sentence names the speaker.
                    a.speaker = s.entity
                    a.speakerTokens = s.first...s.last
                } else if !site.isContinuation, startsSentence,
                          let r = reportedSpeechEarlier(inParagraphOf: site, after: previousQuoteEnd, tokens, index, owner, previous) {
                    // "The judge said the danger came from false information. “…”": the
                    // same, said by a role phrase or a pronoun.
                    a.speaker = r.speaker
                    a.speakerTokens = r.speakerTokens
                } else if let p = previousQuoteSpeaker,
                   site.isContinuation || (startsSentence && site.paragraph - p.paragraph <= 1) {
                    a.speaker = p.speaker
                    a.speakerTokens = p.tokens
                } else if startsSentence, let s = reportingSubject(before: site, tokens, index, owner) {
                    a.speaker = s.entity
                    a.speakerTokens = s.first...s.last
                } else if !startsSentence, q > 0, let p = previousQuoteSpeaker,
                          sameSentence(sites[q - 1], site, tokens) {
                    // "X said Vietnam wanted “full sharing” so farmers “are not surprised.”":
                    // a second quote in the sentence of the first has its speaker.
                    a.speaker = p.speaker
                    a.speakerTokens = p.tokens
                }
            }
            if a.speaker == nil, a.speakerTokens == nil, a.cueTokens != nil, q > 0, let p = previousQuoteSpeaker,
               sameSentence(sites[q - 1], site, tokens) {
                // "He told them the cooperative had filed “to protect the growers” and repeated
                // that every member would be paid “down to the last peso”": a cue whose subject
                // is not written is the earlier quote's, in the same sentence.
                a.speaker = p.speaker
                a.speakerTokens = p.tokens
            }
            if let s = a.speaker {
                previous = Previous(speaker: s, paragraph: site.paragraph, tokens: a.speakerTokens)
                previousQuoteSpeaker = previous
            } else {
                previousQuoteSpeaker = nil
            }
            previousQuoteEnd = max(site.closeToken ?? site.innerLast, a.speakerTokens?.upperBound ?? -1)
            out.append(a)
        }
        // A quote continued over paragraphs whose attribution came later.
        if out.count > 1 {
            for q in stride(from: out.count - 2, through: 0, by: -1)
            where out[q].speaker == nil && sites[q].continuesInNext && sites[q + 1].isContinuation {
                out[q].speaker = out[q + 1].speaker
                out[q].speakerTokens = out[q + 1].speakerTokens
            }
        }
        return out
    }

    /// Whether the sentence of `cue` says its speaker is not named: "on condition of
    /// anonymity", "an unnamed official", "who asked not to be named / identified", "a
    /// source close to the club", "people familiar with the matter".
    static func saysAnonymous(around cue: ClosedRange<Int>, _ t: QuoteTokens, _ owner: [Int32]) -> Bool {
        func check(_ k: Int) -> Bool {
            // "a source close to the club", "people familiar with the matter".
            if SpeechLexicon.closeness.contains(t[k]), k >= 1, SpeechLexicon.sourceNouns.contains(t[k - 1]) { return true }
            let key = t[k].key
            if key == "unnamed" { return true }
            guard SpeechLexicon.anonymityWords.contains(t[k]) else { return false }
            // "named", "identified" only after a refusal and "to be": "who asked not to be named",
            // not "the company named in the report".
            guard key == "named" || key == "identified" else { return true }
            guard k >= 2, t[k - 1].key == "be" else { return false }
            return (max(0, k - 5)..<(k - 1)).contains { SpeechLexicon.refusals.contains(t[$0]) }
        }
        var k = cue.lowerBound
        while k >= 0, cue.lowerBound - k < 40, t[k].kind != .newline, k == cue.lowerBound || !t.sentenceEnd[k] {
            if owner[k] < 0, t[k].kind == .word, check(k) { return true }
            k -= 1
        }
        k = cue.upperBound + 1
        while k < t.count, k - cue.upperBound < 20, t[k].kind != .newline {
            if owner[k] < 0, t[k].kind == .word, check(k) { return true }
            if t.sentenceEnd[k] { break }
            k += 1
        }
        return false
    }

    // MARK: - Windows

    /// Tokens after the quote up to the sentence end (exclusive bounds).
    private func afterRange(_ site: Site, _ q: Int, _ t: QuoteTokens, _ owner: [Int32]) -> Range<Int> {
        let start = (site.closeToken ?? site.innerLast) + 1
        if site.closeToken == nil && !site.orphan { return start..<start }
        // “… downstream.” Lawyers said …: a full stop inside the marks and a capital after
        // them start a new sentence, whose cue is not this quote's.
        if site.closeToken != nil, site.innerLast >= 0, t[site.innerLast].key == ".",
           start < t.count, t[start].kind == .word, t[start].capitalized {
            return start..<start
        }
        var k = start
        while k < t.count && k - start < window {
            if t[k].kind == .newline { break }
            if owner[k] >= 0 && owner[k] != Int32(q) { break }
            if t.sentenceEnd[k] { break }
            k += 1
        }
        return start..<k
    }

    /// Tokens from the sentence start to the opening mark.
    private func beforeRange(_ site: Site, _ q: Int, _ t: QuoteTokens, _ owner: [Int32]) -> Range<Int> {
        let end = site.openToken ?? site.innerFirst
        var k = end
        while k > 0 && end - k < window {
            let p = k - 1
            if t[p].kind == .newline || t.sentenceEnd[p] { break }
            if owner[p] >= 0 && owner[p] != Int32(q) { break }
            k = p
        }
        return k..<end
    }

    /// The subject of a speech verb in the paragraph just before a quote that opens
    /// its own paragraph ("X said the plan would fail.¶“It is doomed.”").
    private func reportingSubject(before site: Site, _ t: QuoteTokens, _ index: SpeakerIndex,
                                  _ owner: [Int32]) -> SpeakerIndex.Span? {
        let start = site.openToken ?? site.innerFirst
        var k = start - 1
        // The quote must open its paragraph.
        while k >= 0 && t[k].kind != .newline {
            if t[k].kind == .word { return nil }
            k -= 1
        }
        guard k >= 0 else { return nil }
        while k >= 0 && t[k].kind == .newline { k -= 1 }
        let paragraphEnd = k
        while k >= 0 && t[k].kind != .newline && paragraphEnd - k < 120 { k -= 1 }
        guard let s = lastSpeechSubject(before: paragraphEnd + 1, from: k + 1, index, owner) else { return nil }
        return index.isPerson(s.entity) ? s : personOfBody(before: s.first, t, index, owner) ?? s
    }

    /// The subject of a speech verb earlier in the quote's own paragraph and after token
    /// `after` (the previous quote and its speaker): "Vogel said payments would start
    /// soon. “The first money …”". Nil when the paragraph has none.
    private func speechSubjectEarlier(inParagraphOf site: Site, after: Int, _ t: QuoteTokens, _ index: SpeakerIndex,
                                      _ owner: [Int32]) -> SpeakerIndex.Span? {
        let start = site.openToken ?? site.innerFirst
        let paragraphStart = Self.paragraphStart(before: start, t)
        guard let s = lastSpeechSubject(before: start, from: max(paragraphStart, after + 1), index, owner) else { return nil }
        // "Moussa Faye of Sahel CyberShield, the firm …, says …": the person of the body.
        return index.isPerson(s.entity) ? s : personOfBody(before: s.first, t, index, owner) ?? s
    }

    /// The first token of the paragraph holding token `start`, at most 200 tokens back.
    private static func paragraphStart(before start: Int, _ t: QuoteTokens) -> Int {
        var k = start
        while k > 0 && t[k - 1].kind != .newline && start - k < 200 { k -= 1 }
        return k
    }

    /// The speaker of the last speech cue earlier in the quote's own paragraph, resolved
    /// as a cue's subject is (a role phrase, a pronoun): "The judge said the greater danger
    /// came from false information. “…”". Nil when that cue has no speaker, or another
    /// quote (ending at token `after`) comes earlier in the paragraph.
    private func reportedSpeechEarlier(inParagraphOf site: Site, after: Int, _ t: QuoteTokens, _ index: SpeakerIndex,
                                       _ owner: [Int32], _ previous: Previous?) -> Attribution? {
        let start = site.openToken ?? site.innerFirst
        let paragraphStart = Self.paragraphStart(before: start, t)
        // Not after another quote of the paragraph: its speaker goes on ("…,” X told a
        // news conference. “…”").
        guard after < paragraphStart, paragraphStart < start, let cue = lastCue(in: paragraphStart..<start, t, owner) else { return nil }
        let ctx = Context(tokens: t, index: index, owner: owner, previous: previous, site: site, salience: salience)
        let a = ctx.subject(of: cue, region: paragraphStart..<start)
        return a.speaker == nil ? nil : a
    }

    /// The name that opens `r` (the sentence before a quote), after at most two title or
    /// role words ("Teacher", "Minister"), and is not a possessive ("Acme's chief"); nil
    /// otherwise ("The question for Jane Doe is simple:").
    private func subjectOpening(_ r: Range<Int>, _ t: QuoteTokens, _ index: SpeakerIndex,
                                _ owner: [Int32]) -> SpeakerIndex.Span? {
        var k = r.lowerBound
        var skipped = 0
        // "One APFS employee, who asked not to be named, described …:": nobody named.
        if k < r.upperBound, SpeechLexicon.indefinites.contains(t[k]) { return nil }
        while k < r.upperBound, skipped < 2, index.span(at: k) == nil, t[k].kind == .word,
              SpeechLexicon.titles.contains(t[k]) || SpeechLexicon.personRoles.contains(t[k]) || t[k].capitalized {
            k += 1; skipped += 1
        }
        guard k < r.upperBound, owner[k] < 0, let s = index.span(at: k), s.first == k, !t[s.last].possessive else { return nil }
        // "Hanseatic Tankers chief:", "Shkodra mayor:": the name qualifies a role; the
        // speaker is whoever holds it.
        if s.last + 1 < r.upperBound, t[s.last + 1].kind == .word,
           SpeechLexicon.personRoles.contains(t[s.last + 1]) || SpeechLexicon.titles.contains(t[s.last + 1]) { return nil }
        return s
    }

    /// Whether nothing ends a sentence or a paragraph between quote `a`'s closing mark
    /// and quote `b`'s opening mark.
    private func sameSentence(_ a: Site, _ b: Site, _ t: QuoteTokens) -> Bool {
        guard let close = a.closeToken, let open = b.openToken, close < open, open - close <= 60 else { return false }
        for k in close..<open where t[k].kind == .newline || (k > close && t.sentenceEnd[k]) { return false }
        return true
    }

    private func beforeIsEmpty(_ site: Site, _ q: Int, _ t: QuoteTokens, _ owner: [Int32]) -> Bool {
        let r = beforeRange(site, q, t, owner)
        for k in r where t[k].kind == .word { return false }
        return true
    }

    // MARK: - Attribution of one quote

    private func attribute(_ site: Site, _ q: Int, _ t: QuoteTokens, _ index: SpeakerIndex,
                           _ owner: [Int32], _ previous: Previous?) -> Attribution {
        let after = afterRange(site, q, t, owner)
        let before = beforeRange(site, q, t, owner)
        let ctx = Context(tokens: t, index: index, owner: owner, previous: previous, site: site,
                          salience: salience)

        // 1. A dash and the speaker after the quote, as quote round-ups and pull quotes
        //    write it: `“…” – European Commission President Margarethe Vogel, opening …`.
        if let a = dashAttribution(after, t, index, owner) { return a }
        // 1b. Right after the quote: `,” he said` / `,” said X` / `,” X told reporters`.
        var immediate: Attribution?
        if let cue = firstCue(in: after, t, owner), cue.lowerBound - after.lowerBound <= 25,
           !(opensAnotherClause(after, before: cue, t) && lastCue(in: before, t, owner) != nil) {
            let a = ctx.subject(of: cue, region: after)
            if a.speaker != nil { return a }
            if cue.lowerBound - after.lowerBound <= 3 { immediate = a }
        }
        // 2. Before the quote in the same sentence: `X said that … “…”`; "in the words
        //    of X" after the last cue names the speaker ("The court said …; in the words of
        //    Justice X, “…”").
        let wordsOfSpeaker = wordsOf(before, t, index, owner)
        if let w = wordsOfSpeaker, let cue = lastCue(in: before, t, owner), let wc = w.cueTokens, wc.lowerBound > cue.upperBound {
            return w
        }
        var upper = before.upperBound
        var firstFound: Attribution?
        var tries = 0
        while tries < 4, let cue = lastCue(in: before.lowerBound..<upper, t, owner) {
            // "she said, adding that …": a participle takes the main clause's subject.
            let a = ctx.subject(of: cue, region: before)
            if a.speaker != nil { return a }
            if a.speakerTokens != nil { return immediate ?? a }
            if firstFound == nil { firstFound = a }
            upper = cue.lowerBound
            tries += 1
        }
        // 2b. "in the words of the regulator's head, David Rotich, “…”".
        if firstFound == nil, let a = wordsOfSpeaker { return a }
        // 3. `X: “…”` with no verb to carry it.
        if firstFound == nil, before.count >= 2, t[before.upperBound - 1].key == ":" {
            let k = before.upperBound - 2
            if let s = index.span(at: k), owner[k] < 0 {
                return Attribution(speaker: s.entity, speakerTokens: s.first...s.last, cueTokens: (k + 1)...(k + 1))
            }
            // 3b. "Teacher Claire Ashdown, who …, praised their behaviour: “…”", "Minister X has
            //     been firm: « … »": the subject named at the sentence's start.
            if let s = subjectOpening(before, t, index, owner) {
                return Attribution(speaker: s.entity, speakerTokens: s.first...s.last, cueTokens: (k + 1)...(k + 1))
            }
        }
        // 3c. "Quirós has framed the choice bluntly: the canal must “…”": a colon a few
        //     words before the quote, after the subject's own clause.
        if firstFound == nil, immediate == nil,
           let colon = before.reversed().prefix(8).first(where: { t[$0].key == ":" }), colon > before.lowerBound + 1,
           !(colon + 1..<before.upperBound).contains(where: { index.span(at: $0) != nil }),
           let s = subjectOpening(before.lowerBound..<colon, t, index, owner), index.isPerson(s.entity) {
            return Attribution(speaker: s.entity, speakerTokens: s.first...s.last, cueTokens: colon...colon)
        }
        if let a = immediate ?? firstFound { return a }
        // 4. Nothing: an orphan closer will be dropped.
        return Attribution()
    }

    /// `X had promised that “…”, and the council says …`: the part after the quote opens a
    /// clause of its own (a coordinator, then a subject before the cue), whose cue is not
    /// this quote's when a cue before the quote carries it. `“…” and added` (the verb right
    /// after the coordinator) is not another clause.
    private func opensAnotherClause(_ after: Range<Int>, before cue: ClosedRange<Int>, _ t: QuoteTokens) -> Bool {
        var k = after.lowerBound
        if k < cue.lowerBound, t[k].key == "," { k += 1 }
        guard k < cue.lowerBound, t[k].kind == .word, Self.clauseCoordinators.contains(t[k].key) else { return false }
        return cue.lowerBound - k > 1
    }

    static let clauseCoordinators: Set<String> = ["and", "but", "while", "whereas"]

    /// "in the words of X" before the quote: the first person named after "of" (else the
    /// first body), a possessive owner skipped ("the regulator's head, David Rotich").
    private func wordsOf(_ before: Range<Int>, _ t: QuoteTokens, _ index: SpeakerIndex, _ owner: [Int32]) -> Attribution? {
        guard before.count >= 3 else { return nil }
        for w in before.lowerBound..<(before.upperBound - 2) where t[w].key == "words" && t[w + 1].key == "of" {
            let named = firstNamed(in: (w + 2)..<before.upperBound, t, index, owner)
            return (named.person ?? named.body).map { Attribution(speaker: $0.entity, speakerTokens: $0.first...$0.last, cueTokens: w...(w + 1)) }
        }
        return nil
    }

    /// The first person and the first body named in `r` outside quotes, a possessive owner
    /// ("Orlov's deputy") skipped; the scan stops at the first person.
    private func firstNamed(in r: Range<Int>, _ t: QuoteTokens, _ index: SpeakerIndex,
                            _ owner: [Int32]) -> (person: SpeakerIndex.Span?, body: SpeakerIndex.Span?) {
        var body: SpeakerIndex.Span?
        var k = r.lowerBound
        while k < r.upperBound {
            if owner[k] < 0, let s = index.span(at: k) {
                if !t[s.last].possessive {
                    if index.isPerson(s.entity) { return (s, body) }
                    if body == nil { body = s }
                }
                k = s.last + 1
                continue
            }
            k += 1
        }
        return (nil, body)
    }

    /// `“…” – Name, …`: a dash right after the closing mark, then the first person named
    /// before the next comma, or after it when nothing was named before it ("– Brazil's
    /// president-elect, Renato Silva"); else the first body (a company's statement).
    private func dashAttribution(_ after: Range<Int>, _ t: QuoteTokens, _ index: SpeakerIndex,
                                 _ owner: [Int32]) -> Attribution? {
        guard after.count >= 2, t[after.lowerBound].key == "–" || t[after.lowerBound].key == "—" || t[after.lowerBound].key == "-"
        else { return nil }
        let dash = after.lowerBound
        // "“…” — said Orlov's deputy, Irina Sokolova": a cue after the dash is step 1b's.
        if SpeechLexicon.verbs.contains(t[dash + 1]) { return nil }
        // Up to the first comma, then ("– Brazil's president-elect, Renato Silva.") up to
        // the second; never past a full stop or 16 tokens after the dash.
        let limit = min(after.upperBound, dash + 17)
        func segment(from start: Int) -> Range<Int> {   // a name's own comma does not end it
            var k = start
            while k < limit, t[k].key != ",", t[k].key != "." {
                if owner[k] < 0, let s = index.span(at: k) { k = s.last + 1 } else { k += 1 }
            }
            return start..<min(k, limit)
        }
        let first = segment(from: dash + 1)
        var named = firstNamed(in: first, t, index, owner)
        if named.person == nil, named.body == nil, first.upperBound < limit, t[first.upperBound].key == "," {
            // Nothing named before the first comma: look on to the second.
            named = firstNamed(in: segment(from: first.upperBound + 1), t, index, owner)
        }
        return (named.person ?? named.body).map { Attribution(speaker: $0.entity, speakerTokens: $0.first...$0.last, cueTokens: dash...dash) }
    }

    /// First speech cue in the region.
    private func firstCue(in r: Range<Int>, _ t: QuoteTokens, _ owner: [Int32]) -> ClosedRange<Int>? {
        var k = r.lowerBound
        while k < r.upperBound {
            if let c = cue(at: k, r, t, owner) { return c }
            k += 1
        }
        return nil
    }

    /// Tokens `k..<r.upperBound` are one to four capitalised words: a name the naming
    /// verb before them gives the quote right after.
    private func namedObjectEndsTheRegion(from k: Int, _ r: Range<Int>, _ t: QuoteTokens) -> Bool {
        let n = r.upperBound - k
        guard n >= 1, n <= 4 else { return false }
        return (k..<r.upperBound).allSatisfy { t[$0].kind == .word && t[$0].capitalized }
    }

    /// Last speech cue in the region.
    private func lastCue(in r: Range<Int>, _ t: QuoteTokens, _ owner: [Int32]) -> ClosedRange<Int>? {
        var k = r.upperBound - 1
        while k >= r.lowerBound {
            if let c = cue(at: k, r, t, owner) { return c }
            k -= 1
        }
        return nil
    }

    private func cue(at k: Int, _ r: Range<Int>, _ t: QuoteTokens, _ owner: [Int32]) -> ClosedRange<Int>? {
        let tok = t[k]
        guard tok.kind == .word else { return nil }
        if tok.key == "according", k + 1 < r.upperBound, t[k + 1].key == "to" { return k...(k + 1) }
        guard SpeechLexicon.verbs.contains(tok) || SpeechLexicon.namingVerbs.contains(tok) else { return nil }
        // "the statement", "Ukraine's demands": nouns, not verbs (French "a dit" is a verb).
        if k > r.lowerBound, t[k - 1].kind == .word, !SpeechLexicon.frenchAndGermanVerbTable.contains(tok),
           SpeechLexicon.determiners.contains(t[k - 1]) || t[k - 1].possessive { return nil }
        // "calling it …", "called them …": only with an object pronoun, or a name right
        // before the quote ("called Kazakhstan “part of plan A”").
        if SpeechLexicon.namingVerbs.contains(tok) {
            guard k + 1 < r.upperBound,
                  SpeechLexicon.namingObjects.contains(t[k + 1]) || namedObjectEndsTheRegion(from: k + 1, r, t) else { return nil }
        }
        return k...k
    }
}

// MARK: - Context

/// What one attribution needs to resolve names, pronouns and role phrases.
private struct Context {
    let tokens: QuoteTokens
    let index: SpeakerIndex
    let owner: [Int32]
    let previous: Previous?
    let site: AttributionResolver.Site
    let salience: Int

    /// The speaker of a cue: before the verb ("X said"), after it ("said X"), then
    /// the nearest mention in the region.
    func subject(of cue: ClosedRange<Int>, region: Range<Int>) -> Attribution {
        let t = tokens
        let isAccording = t[cue.lowerBound].key == "according"
        // (a) Subject before the verb.
        if !isAccording {
            var j = cue.lowerBound - 1
            var skipped = 0
            var coordinated = false
            while j >= region.lowerBound && skipped < 4, t[j].kind == .word,
                  index.span(at: j) == nil, SpeechLexicon.fillers.contains(t[j]) {
                if t[j].key == "and" || t[j].key == "but" { coordinated = true }
                j -= 1; skipped += 1
            }
            // "Halvorsen welcomed the committee but repeated that …": a verb joined by "but"
            // or "and" to an earlier one has that clause's subject, not the object before it.
            if coordinated, j >= region.lowerBound, index.span(at: j).map({ !index.isPerson($0.entity) }) ?? true {
                var k = region.lowerBound
                while k < j {
                    if owner[k] < 0, let s = index.span(at: k) {
                        if index.isPerson(s.entity) {
                            return Attribution(speaker: s.entity, speakerTokens: s.first...s.last, cueTokens: cue)
                        }
                        k = s.last + 1
                        continue
                    }
                    k += 1
                }
            }
            if j >= region.lowerBound, let a = phrase(endingAt: j, cue: cue) { return a }
            // "A spokesman, Nikos Alexiou, told", "Ahmed Yusuf, 19, from Syria, said".
            if j >= region.lowerBound, t[j].key == "," {
                var k = j - 1
                var found: SpeakerIndex.Span?
                while k >= region.lowerBound && j - k < 20 {
                    if t[k].kind == .newline || t.sentenceEnd[k] { break }
                    if owner[k] < 0, let s = index.span(at: k), k == s.last,
                       k + 1 < t.count, t[k + 1].key == "," {
                        // "Dr Anele Jacobs, a paediatrician at Dora Nginza Hospital, told":
                        // a place or body inside the apposition is not the subject.
                        if index.isPerson(s.entity) { found = s; break }
                        if found == nil { found = s }
                    }
                    k -= 1
                }
                if var s = found {
                    if !index.isPerson(s.entity), let p = person(before: s.first) {
                        // "Ingrid Solheim of the Nordic Institute, described": the person, not
                        // the body they speak for (as ``phrase(endingAt:cue:)`` reads "X of Y said").
                        s = p
                    } else if let subject = subjectBeforeApposition(of: s, region: region) {
                        s = subject
                    }
                    return Attribution(speaker: s.entity, speakerTokens: s.first...s.last, cueTokens: cue)
                }
                if let a = roleSubjectBeforeApposition(region.lowerBound..<j, cue: cue) { return a }
            }
        }
        // (b) Subject after the verb: "said X", "according to X".
        let verbKey = t[cue.upperBound].key
        if isAccording || SpeechLexicon.invertible.contains(t[cue.lowerBound]) || verbKey == "to" {
            var j = cue.upperBound + 1
            var skipped = 0
            while j < t.count && skipped < 4, t[j].kind == .word, index.span(at: j) == nil,
                  SpeechLexicon.titles.contains(t[j]) && !isRoleHead(j) {
                j += 1; skipped += 1
                // "said Coun. Rosa Delgado": the abbreviation's dot.
                if j < t.count, t[j].key == ".", t[j].start == t[j - 1].end { j += 1 }
            }
            // "said lead author Dr. Sarah Chen", "said ministry spokesman Ivan Petrov": lower-case
            // words describing the speaker, then the name ("said a spokesman for the
            // ministry", with an article, is a role phrase, read next).
            if j < t.count, index.span(at: j) == nil, let a = nameAfterDescription(from: j, cue: cue) { return a }
            if j < t.count, owner[j] < 0, let a = phrase(startingAt: j, cue: cue) { return a }
        }
        // (c') "Attorney General Rachel Madison sued Northway Chemical Co., arguing that …
        //      “…”": a participle after a comma takes the main clause's subject, not the
        //      object nearest to it.
        if cue.lowerBound - 1 >= region.lowerBound, t[cue.lowerBound - 1].key == ",", t[cue.lowerBound].key.hasSuffix("ing"),
           let s = mainClauseSubject(region.lowerBound..<cue.lowerBound) {
            return Attribution(speaker: s.entity, speakerTokens: s.first...s.last, cueTokens: cue)
        }
        // (c) Nearest mention in the region before the verb.
        var k = cue.lowerBound - 1
        while k >= region.lowerBound {
            if owner[k] < 0, let s = index.span(at: k) {
                // "Ibrahim Kone of the Conseil du Café-Cacao (CCC) told": the person of the body.
                if !index.isPerson(s.entity) {
                    var bodyStart = s.first
                    if bodyStart >= 2, t[bodyStart - 1].key == "(", let named = index.span(at: bodyStart - 2),
                       named.last == bodyStart - 2, named.entity == s.entity || !index.isPerson(named.entity) {
                        bodyStart = named.first
                    }
                    if let p = person(before: bodyStart) {
                        return Attribution(speaker: p.entity, speakerTokens: p.first...p.last, cueTokens: cue)
                    }
                }
                return Attribution(speaker: s.entity, speakerTokens: s.first...s.last, cueTokens: cue)
            }
            k -= 1
        }
        return Attribution(speaker: nil, speakerTokens: nil, cueTokens: cue)
    }

    /// The first name in `r` that stands as a clause's subject: not a possessive, and
    /// right after the start of `r`, a comma or title words ("On Tuesday, Attorney General
    /// Rachel Madison sued …"). Nil when none does.
    private func mainClauseSubject(_ r: Range<Int>) -> SpeakerIndex.Span? {
        var k = r.lowerBound
        while k < r.upperBound {
            if owner[k] < 0, let s = index.span(at: k), s.first == k {
                var b = k - 1
                while b >= r.lowerBound, tokens[b].kind == .word, SpeechLexicon.titles.contains(tokens[b]) { b -= 1 }
                if !tokens[s.last].possessive, b < r.lowerBound || tokens[b].key == "," { return s }
                k = s.last + 1
                continue
            }
            k += 1
        }
        return nil
    }

    /// "Harbour Crane Services, a subsidiary of Vellinga Holdings, said", "Kessler Mining,
    /// which lost the tender to Vellinga Holdings, said", "Michael Dubé, counsel for Voss,
    /// said": a name inside an apposition or relative clause (a comma, then a lower-case
    /// word) describes the subject named right before that comma, at the start of the
    /// sentence (after at most an article or a title), and the subject speaks. Returns the
    /// subject's span, or nil when the name is not in such an apposition ("The minister,
    /// Jane Doe, said": a capital after the comma) or nothing names the sentence's subject
    /// ("Unlike Acme, rival Vellinga Holdings, said").
    private func subjectBeforeApposition(of s: SpeakerIndex.Span, region: Range<Int>) -> SpeakerIndex.Span? {
        let t = tokens
        var k = s.first - 1
        while k > region.lowerBound && s.first - k < 16 {
            if t[k].kind == .newline || t.sentenceEnd[k] { return nil }
            if t[k].key == "," {
                guard k + 1 < s.first, t[k + 1].kind == .word, !t[k + 1].capitalized,
                      owner[k - 1] < 0, let subject = index.span(at: k - 1), subject.last == k - 1,
                      subject.entity != s.entity else { return nil }
                var j = subject.first - 1
                while j >= region.lowerBound, t[j].kind == .word,
                      SpeechLexicon.determiners.contains(t[j]) || SpeechLexicon.titles.contains(t[j]) { j -= 1 }
                guard j < region.lowerBound || t[j].kind == .newline || t.sentenceEnd[j] else { return nil }
                return subject
            }
            k -= 1
        }
        return nil
    }

    /// "The company, which paid …, said", "In a statement, the ministry, which …, said": a
    /// role phrase ("the" and a role noun) that opens the sentence or follows its opening
    /// phrase, then a comma and a lower-case apposition or relative clause, is the subject;
    /// the role is resolved as "the company said" would be. Nil when `r` has no such phrase.
    private func roleSubjectBeforeApposition(_ r: Range<Int>, cue: ClosedRange<Int>) -> Attribution? {
        var h = r.lowerBound + 1
        while h + 2 < r.upperBound {
            if tokens[h + 1].key == ",", tokens[h + 2].kind == .word, !tokens[h + 2].capitalized, isRoleHead(h),
               tokens[h - 1].key == "the", h - 1 == r.lowerBound || tokens[h - 2].key == "," {
                let (e, first) = role(headAt: h)
                guard let e else { return nil }
                return Attribution(speaker: e, speakerTokens: first...h, cueTokens: cue)
            }
            if tokens[h].key == "," && h > r.lowerBound + 6 { return nil }   // only the opening phrase
            h += 1
        }
        return nil
    }

    /// A person named right after up to three lower-case role words starting at `j`
    /// ("coach Gustavo Rinaldi", "lawmaker Krzysztof Wrona").
    private func personAfterRole(_ j: Int) -> SpeakerIndex.Span? {
        var k = j
        while k < tokens.count, k - j < 3, tokens[k].kind == .word, !tokens[k].capitalized, index.span(at: k) == nil {
            guard isRoleHead(k) || SpeechLexicon.titles.contains(tokens[k]) else { return nil }
            k += 1
        }
        guard k > j, k < tokens.count, let p = index.span(at: k), p.first == k, index.isPerson(p.entity) else { return nil }
        return p
    }

    /// "lead author Dr. Sarah Chen" from `k`: up to five lower-case words (no article or
    /// preposition) and titles, then a person's name right after them.
    private func nameAfterDescription(from k: Int, cue: ClosedRange<Int>) -> Attribution? {
        var j = k
        var words = 0
        while j < tokens.count, words < 5, tokens[j].kind == .word, index.span(at: j) == nil {
            let w = tokens[j]
            let describing = !w.capitalized && !SpeechLexicon.determiners.contains(w) && !SpeechLexicon.prepositions.contains(w)
                && !SpeechLexicon.clauseWords.contains(w)
            guard describing || SpeechLexicon.titles.contains(w) else { return nil }
            j += 1; words += 1
            if j < tokens.count, tokens[j].key == ".", tokens[j].start == tokens[j - 1].end { j += 1 }
        }
        guard words > 0, j < tokens.count, owner[j] < 0, let s = index.span(at: j), s.first == j,
              index.isPerson(s.entity) else { return nil }
        return Attribution(speaker: s.entity, speakerTokens: s.first...s.last, cueTokens: cue)
    }

    private func isRoleHead(_ j: Int) -> Bool {
        return SpeechLexicon.personRoles.contains(tokens[j]) || SpeechLexicon.orgRoles.contains(tokens[j])
    }

    /// A name, pronoun or role phrase whose last token is `j`.
    private func phrase(endingAt j: Int, cue: ClosedRange<Int>) -> Attribution? {
        guard owner[j] < 0, tokens[j].kind == .word else { return nil }
        if let s = index.span(at: j) {
            // "Ramon dela Cruz of the Department of Migrant Workers said": the person, not
            // the body they speak for.
            if !index.isPerson(s.entity), let p = person(before: s.first) {
                return Attribution(speaker: p.entity, speakerTokens: p.first...p.last, cueTokens: cue)
            }
            return Attribution(speaker: s.entity, speakerTokens: s.first...s.last, cueTokens: cue)
        }
        let key = tokens[j].key
        if let e = pronoun(key, at: j) { return Attribution(speaker: e, speakerTokens: j...j, cueTokens: cue) }
        if isPronoun(key) { return Attribution(speaker: nil, speakerTokens: j...j, cueTokens: cue) }
        if SpeechLexicon.documentNouns.contains(tokens[j]), j > 0, SpeechLexicon.determiners.contains(tokens[j - 1]) {
            // "X said in a statement on Friday … “…,” the statement said": who issued it —
            // the subject of the last speech verb before, else the previous speaker.
            let e = nearestSpeechSubject(before: j - 1, maxTokens: 150)
                ?? previous.flatMap { site.paragraph - $0.paragraph <= 1 ? $0.speaker : nil }
            return Attribution(speaker: e, speakerTokens: (j - 1)...j, cueTokens: cue)
        }
        if SpeechLexicon.nationalityNouns.contains(tokens[j]) {
            // "…," the Spaniard said: the person just written about, as for a pronoun
            // without gender (the text rarely says whose nationality it is).
            let first = j > 0 && SpeechLexicon.determiners.contains(tokens[j - 1]) ? j - 1 : j
            return Attribution(speaker: nearest(before: first, maxTokens: 300) { index.isPerson($0) },
                               speakerTokens: first...j, cueTokens: cue)
        }
        if isRoleHead(j) {
            let (e, first) = role(headAt: j)
            // "Ricardo Mendoza of the San Rafael vine growers' union said": the person, not
            // the body their role phrase names.
            if let p = person(before: first) {
                return Attribution(speaker: p.entity, speakerTokens: p.first...p.last, cueTokens: cue)
            }
            return Attribution(speaker: e, speakerTokens: first...j, cueTokens: cue)
        }
        return nil
    }

    /// The person named right before "of", "at" or "from" (and an optional "the") that
    /// opens a body's name at token `first`: "X of the Y", "X at Y" (``personOfBody``).
    private func person(before first: Int) -> SpeakerIndex.Span? {
        personOfBody(before: first, tokens, index, owner)
    }

    /// A name, pronoun or role phrase starting at `j` ("said Mr X", "according to him").
    private func phrase(startingAt j: Int, cue: ClosedRange<Int>) -> Attribution? {
        guard tokens[j].kind == .word else { return nil }
        if let s = index.span(at: j), !tokens[s.last].possessive {
            // "said Las Toscas coach Gustavo Rinaldi", "said PiS lawmaker Krzysztof Wrona":
            // a body and a role before the person who spoke.
            if !index.isPerson(s.entity), let p = personAfterRole(s.last + 1) {
                return Attribution(speaker: p.entity, speakerTokens: p.first...p.last, cueTokens: cue)
            }
            return Attribution(speaker: s.entity, speakerTokens: s.first...s.last, cueTokens: cue)
        }
        let key = tokens[j].key
        // "said its spokesperson, Marc Tremblay": a possessive before a role, not the speaker.
        let possessiveBeforeWord = SpeechLexicon.possessivePronouns.contains(tokens[j])
            && j + 1 < tokens.count && tokens[j + 1].kind == .word
        if !possessiveBeforeWord {
            if let e = pronoun(key, at: j) { return Attribution(speaker: e, speakerTokens: j...j, cueTokens: cue) }
            if isPronoun(key) { return Attribution(speaker: nil, speakerTokens: j...j, cueTokens: cue) }
        }
        // "said commuter Jane Okoro", "said the agency's chief executive, Jane Doe".
        var f = j
        var commas = 0
        while f < tokens.count && f - j < 7 {
            let tf = tokens[f]
            if tf.kind == .word {
                if let s = index.span(at: f), owner[f] < 0 {
                    // "said Putin's spokesman Dmitry Peskov": the owner is not the speaker.
                    if tokens[s.last].possessive { f = s.last + 1; continue }
                    return Attribution(speaker: s.entity, speakerTokens: s.first...s.last, cueTokens: cue)
                }
                if SpeechLexicon.verbs.contains(tf) { break }
            } else if tf.key == "," && commas == 0 {
                commas += 1
            } else { break }
            f += 1
        }
        // "the agency's chief executive", "the Belarusian leader", "the ministry".
        var h = j
        var n = 0
        while h < tokens.count && n < 5, tokens[h].kind == .word {
            if isRoleHead(h) && (h + 1 >= tokens.count || tokens[h + 1].kind != .word || !isRoleHead(h + 1)) {
                let (e, _) = role(headAt: h)
                return Attribution(speaker: e, speakerTokens: j...h, cueTokens: cue)
            }
            if index.span(at: h) != nil { break }
            h += 1; n += 1
        }
        return nil
    }

    private func isPronoun(_ key: String) -> Bool {
        SpeechLexicon.malePronouns.contains(key) || SpeechLexicon.femalePronouns.contains(key)
            || SpeechLexicon.pluralPronouns.contains(key) || SpeechLexicon.bodyPronouns.contains(key)
    }

    // MARK: - Pronouns

    private func compatible(_ e: Int, male: Bool) -> Bool {
        guard index.isPerson(e) else { return false }
        switch index.gender[e] {
        case .unknown: return true
        case .male: return male
        case .female: return !male
        }
    }

    /// Resolves "he"/"she"/"they" at token `j`.
    private func pronoun(_ key: String, at j: Int) -> Int? {
        let male = SpeechLexicon.malePronouns.contains(key)
        let female = SpeechLexicon.femalePronouns.contains(key)
        if SpeechLexicon.pluralPronouns.contains(key) || SpeechLexicon.bodyPronouns.contains(key) {
            if let p = previous, !index.isPerson(p.speaker), site.paragraph - p.paragraph <= 1 { return p.speaker }
            return nearest(before: j, maxTokens: 60) { !index.isPerson($0) && index.entities[$0].type == .organization }
        }
        guard male || female else { return nil }
        // 1a. An unnamed speaker earlier in the paragraph, and no name the pronoun fits.
        if unnamedSpeakerInParagraph(before: j, male: male) { return nil }
        // 1b. The person this paragraph is about, when the last quote was in an earlier
        // paragraph: "Accepting the award, Haddad dedicated it … “…,” she said."
        if previous.map({ $0.paragraph < site.paragraph }) ?? true {
            var k = j - 1
            var steps = 0
            while k >= 0 && steps < 120, tokens[k].kind != .newline {
                if owner[k] < 0, let s = index.span(at: k), compatible(s.entity, male: male) { return s.entity }
                k -= 1; steps += 1
            }
        }
        // 1. A person earlier in the same sentence.
        var k = j - 1
        var n = 0
        while k >= 0 && n < 40 {
            if tokens[k].kind == .newline || tokens.sentenceEnd[k] { break }
            if owner[k] < 0, let s = index.span(at: k), compatible(s.entity, male: male) { return s.entity }
            k -= 1; n += 1
        }
        // 1c. A person the paragraph before opens with, named there for the first time,
        //     when the quote opens its own paragraph: "Gor Sargsyan, a driver from Gyumri,
        //     has been waiting since Monday. ¶ “We sleep in the cab …,” he said." A news
        //     text introduces the next speaker so; the previous quote's speaker, named
        //     earlier, is not meant.
        //     Not with a verb of going on ("“…,” he added"): that is the previous speaker.
        if !(j + 1 < tokens.count && SpeechLexicon.continuationVerbs.contains(tokens[j + 1])),
           let e = newcomerOpeningPreviousParagraph(male: male) { return e }
        // 2. The most recent speaker: the previous quote's, or a later subject of a
        //    speech verb ("Alison Murray said shelters were open. … she said").
        var recentSubject: (entity: Int, at: Int)?
        if var i = index.lastSpan(before: j) {
            var steps = 0
            while i >= 0 && steps < 48 {
                let s = index.spans[i]
                if j - s.first > 400 { break }
                if owner[s.first] < 0 && index.speechSubject[i] && compatible(s.entity, male: male) {
                    recentSubject = (s.entity, s.first)
                    break
                }
                i -= 1; steps += 1
            }
        }
        if let p = previous, site.paragraph - p.paragraph <= salience, compatible(p.speaker, male: male) {
            if let r = recentSubject, r.at > (p.tokens?.lowerBound ?? -1) { return r.entity }
            return p.speaker
        }
        if let r = recentSubject { return r.entity }
        // 3. The nearest person before.
        return nearest(before: j, maxTokens: 400) { compatible($0, male: male) }
    }

    /// The person that opens the paragraph before the quote's (after at most a title word),
    /// with no mention before that paragraph, when the quote opens its own paragraph; nil
    /// otherwise or when the gender does not fit.
    private func newcomerOpeningPreviousParagraph(male: Bool) -> Int? {
        guard let open = site.openToken, open > 0 else { return nil }
        var k = open - 1
        guard tokens[k].kind == .newline else { return nil }   // the quote opens its paragraph
        while k > 0 && tokens[k].kind == .newline { k -= 1 }
        var start = k
        var steps = 0
        while start > 0 && tokens[start - 1].kind != .newline && steps < 400 { start -= 1; steps += 1 }
        guard steps < 400 else { return nil }
        var first = start
        if first < k, tokens[first].kind == .word, SpeechLexicon.titles.contains(tokens[first]) { first += 1 }
        if owner[first] < 0, let s = index.span(at: first), s.first == first {
            guard compatible(s.entity, male: male), index.lastMention(of: s.entity, before: start) < 0 else { return nil }
            if let p = previous, p.speaker == s.entity { return nil }
            return s.entity
        }
        // "Among them was farmer Ruth Penhale, who lost 40 sheep. ¶ “…,” she said.": the one
        // person the paragraph before names, named there for the first time.
        var person: Int?
        var i = first
        while i <= k {
            if owner[i] < 0, let s = index.span(at: i), index.isPerson(s.entity) {
                if let p = person, p != s.entity { return nil }
                person = s.entity
                i = s.last + 1
                continue
            }
            i += 1
        }
        guard let e = person, compatible(e, male: male), index.lastMention(of: e, before: start) < 0 else { return nil }
        if let p = previous, p.speaker == e { return nil }
        return e
    }

    /// The nearest mention before token `j` (within `maxTokens`) that is the subject of a
    /// speech verb ("X said in a statement").
    private func nearestSpeechSubject(before j: Int, maxTokens: Int) -> Int? {
        lastSpeechSubject(before: j, from: j - maxTokens, index, owner)?.entity
    }

    /// "One mother, who did not want to be named, said the school should have checked. “…,”
    /// she said.": the paragraph before the pronoun has an unnamed speaker (an indefinite
    /// role phrase before a speech verb) and names nobody the pronoun fits.
    private func unnamedSpeakerInParagraph(before j: Int, male: Bool) -> Bool {
        var k = j - 1
        var steps = 0
        var verbAfter = false   // a speech verb seen after the current position
        var verbDistance = 0
        var unnamed = false
        while k >= 0 && steps < 160, tokens[k].kind != .newline {
            if owner[k] < 0 {
                if let s = index.span(at: k), compatible(s.entity, male: male) { return false }
                if SpeechLexicon.verbs.contains(tokens[k]) { verbAfter = true; verbDistance = 0 }
                // The phrase opens its sentence ("One mother, …, said"; not "Restrepo, a former
                // mayor, …") and names a role before a speech verb, or asks not to be named
                // ("One furnace operator, who asked not to be named, said").
                if SpeechLexicon.indefinites.contains(tokens[k]), k + 1 < j,
                   k == 0 || tokens[k - 1].kind == .newline || tokens.sentenceEnd[k - 1],
                   verbAfter && verbDistance <= 14 && (SpeechLexicon.personRoles.contains(tokens[k + 1])
                                                       || k + 2 < j && SpeechLexicon.personRoles.contains(tokens[k + 2]))
                    || asksNotToBeNamed(after: k, before: j) {
                    unnamed = true
                }
            }
            verbDistance += 1
            k -= 1; steps += 1
        }
        return unnamed
    }

    /// Whether the paragraph, before token `k`, introduces someone unnamed by the role
    /// noun `head` ("A Cocobod official who declined to be named"): an indefinite word at
    /// most three words before that noun.
    private func introducedUnnamed(head: String, before k: Int) -> Bool {
        var i = k - 1
        var steps = 0
        while i >= 0 && steps < 80, tokens[i].kind != .newline {
            if owner[i] < 0, tokens[i].key == head {
                var d = i - 1
                while d >= 0 && i - d <= 3, tokens[d].kind == .word, index.span(at: d) == nil || !index.isPerson(index.span(at: d)!.entity) {
                    if SpeechLexicon.indefinites.contains(tokens[d]) { return true }
                    if SpeechLexicon.determiners.contains(tokens[d]) { break }
                    d -= 1
                }
            }
            i -= 1; steps += 1
        }
        return false
    }

    /// "who asked not to be named", "who declined to be identified", "on condition of
    /// anonymity" within a dozen words after token `k` (and before `j`).
    private func asksNotToBeNamed(after k: Int, before j: Int) -> Bool {
        var i = k + 1
        while i < min(j, k + 14) {
            if tokens[i].kind == .newline || tokens.sentenceEnd[i] { return false }
            if SpeechLexicon.anonymityWords.contains(tokens[i]) { return true }
            i += 1
        }
        return false
    }

    /// Whether an organisation's name is a public body's (``SpeechLexicon/publicBodyWords``).
    private func isPublicBody(_ e: Int) -> Bool {
        index.nameKeys(of: e).contains { SpeechLexicon.publicBodyWords.contains($0) }
    }

    /// The nearest mention before token `j`, outside quotes, whose entity passes `ok`.
    private func nearest(before j: Int, maxTokens: Int, _ ok: (Int) -> Bool) -> Int? {
        guard var i = index.lastSpan(before: j) else { return nil }
        var steps = 0
        while i >= 0 && steps < 64 {
            let s = index.spans[i]
            if j - s.first > maxTokens { return nil }
            if owner[s.first] < 0 && ok(s.entity) { return s.entity }
            i -= 1; steps += 1
        }
        return nil
    }

    // MARK: - Roles

    /// Resolves a role phrase whose head noun is token `h`; returns the entity and
    /// the first token of the phrase.
    private func role(headAt h: Int) -> (Int?, Int) {
        let head = tokens[h].key
        var modifiers: [String] = []
        var first = h
        var k = h - 1
        var indefinite = false
        var orgModifier: Int?
        while k >= 0 && modifiers.count < 4, tokens[k].kind == .word, owner[k] < 0 {
            let key = tokens[k].key
            if SpeechLexicon.indefinites.contains(tokens[k]) { first = k; indefinite = true; break }
            if SpeechLexicon.determiners.contains(tokens[k]) { first = k; break }
            if let s = index.span(at: k), !index.isPerson(s.entity), orgModifier == nil { orgModifier = s.entity }
            if SpeechLexicon.verbs.contains(tokens[k]) || SpeechLexicon.fillers.contains(tokens[k]) { break }
            if index.span(at: k) != nil && !index.isPerson(index.span(at: k)!.entity) {
                modifiers.append(key); first = k; k -= 1; continue
            }
            if index.span(at: k) != nil { break }
            modifiers.append(key); first = k
            k -= 1
        }
        if SpeechLexicon.orgRoles.contains(head) && !SpeechLexicon.personRoles.contains(head) {
            return (orgModifier ?? organization(head: head, modifiers: modifiers, before: h), first)
        }
        // "a Downing Street spokesman": someone unnamed, at most their organisation.
        if indefinite { return (orgModifier, first) }
        // "A Cocobod official who declined to be named said … “…,” the official said": the
        // same unnamed person.
        if introducedUnnamed(head: head, before: first) { return (nil, first) }
        let group = SpeechLexicon.roleGroups[head]
        var best: Int?
        var bestScore = 0
        var bestRecency = -1
        // Candidates come from the role-word index: bounded, whatever the entity count.
        var candidates: [Int] = []
        var probe = [head] + modifiers
        if let g = group { probe.append(contentsOf: SpeechLexicon.roleGroupWords[g] ?? []) }
        for w in probe {
            for e in index.roleIndex[w] ?? [] where index.isPerson(e) && !candidates.contains(e) {
                if candidates.count < 128 { candidates.append(e) }
            }
        }
        for e in candidates {
            let words = index.roles[e]
            var score = 0
            if words.contains(head) { score = 3 }
            else if let g = group, words.contains(where: { SpeechLexicon.roleGroups[$0] == g }) { score = 2 }
            for m in modifiers where words.contains(m) { score += 2 }
            if score == 0 { continue }
            let recency = index.lastMention(of: e, before: h)
            if score > bestScore || (score == bestScore && recency > bestRecency) {
                best = e; bestScore = score; bestRecency = recency
            }
        }
        let recent = previous.flatMap { p in
            index.isPerson(p.speaker) && site.paragraph - p.paragraph <= 1 ? p.speaker : nil
        }
        if modifiers.isEmpty, let r = recent { return (r, first) }
        if bestScore >= 4, let b = best { return (b, first) }
        if let r = recent { return (r, first) }
        if bestScore >= 2, let b = best { return (b, first) }
        return (nearest(before: h, maxTokens: 300) { index.isPerson($0) }, first)
    }

    /// "the ministry" → the ORG whose name holds that word (most recent first).
    private func organization(head: String, modifiers: [String], before h: Int) -> Int? {
        var best: Int?
        var bestRecency = -2
        var bestMatches = 0
        for e in index.roleIndex[head] ?? [] where index.entities[e].type == .organization {
            // Named before the role phrase: "the company" does not point ahead.
            let recency = index.lastMention(of: e, before: h)
            guard recency >= 0 else { continue }
            // "the education ministry" is the ministry whose name says "education", not the
            // one named last.
            let matches = modifiers.filter { index.roles[e].contains($0) }.count
            if matches > bestMatches || (matches == bestMatches && recency > bestRecency) {
                best = e; bestRecency = recency; bestMatches = matches
            }
        }
        if best == nil && SpeechLexicon.genericOrgHeads.contains(head) {
            // "the company said": the organisation last named — a business, not the court
            // that ruled against it ("… after Peru's Constitutional Court stripped its unit
            // of the concession. The company said …").
            if SpeechLexicon.businessRoles.contains(head),
               let e = nearest(before: h, maxTokens: 300, { e in
                   index.entities[e].type == .organization && !isPublicBody(e)
               }) {
                return e
            }
            return nearest(before: h, maxTokens: 300) { index.entities[$0].type == .organization }
        }
        return best
    }
}

/// The person named right before "of", "at" or "from" (and an optional "the") that opens
/// a body's name at token `first`: "X of the Y", "X at Y", and with up to five words
/// between ("Moussa Faye of Dakar incident-response firm Sahel CyberShield", "Ricardo
/// Mendoza of the San Rafael vine growers' union"). Nil when no person stands there.
private func personOfBody(before first: Int, _ tokens: QuoteTokens, _ index: SpeakerIndex,
                          _ owner: [Int32]) -> SpeakerIndex.Span? {
    var k = first - 1
    var skipped = 0
    while k >= 1, skipped < 5, owner[k] < 0, index.span(at: k) == nil,
          tokens[k].kind == .word && tokens[k].key != "of" && tokens[k].key != "at" && tokens[k].key != "from"
            && tokens[k].key != "the" && !SpeechLexicon.verbs.contains(tokens[k])
            || tokens[k].kind == .mark && tokens[k].start == tokens[k - 1].end {   // "the vine growers' union"
        k -= 1; skipped += 1
    }
    if k >= 0, tokens[k].key == "the" { k -= 1 }
    guard k >= 1, tokens[k].key == "of" || tokens[k].key == "at" || tokens[k].key == "from",
          owner[k - 1] < 0, let p = index.span(at: k - 1), p.last == k - 1, index.isPerson(p.entity) else { return nil }
    return p
}

/// The last mention before token `j` that starts at `from` or later, outside quotes, and is
/// the subject of a speech verb ("X said …"); at most 32 mentions are looked at, so the
/// walk stays bounded. The one backward walk for the reporting subject of a paragraph, of
/// the sentences before a quote, and of "the statement said".
private func lastSpeechSubject(before j: Int, from: Int, _ index: SpeakerIndex,
                               _ owner: [Int32]) -> SpeakerIndex.Span? {
    guard var i = index.lastSpan(before: j) else { return nil }
    var steps = 0
    while i >= 0 && steps < 32 {
        let s = index.spans[i]
        if s.first < from { return nil }
        if owner[s.first] < 0 && index.speechSubject[i] { return s }
        i -= 1; steps += 1
    }
    return nil
}
