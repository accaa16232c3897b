public import WirefleetText

/// The linear scan that finds candidate names in one article: capitalised runs of
/// tokens, split and classified by titles, head words, gazetteers and context cues.
///
/// Every token is hashed once (exact and lower case); every rule looks at a bounded
/// window of tokens, so the whole scan is linear in the article's length. Runs are
/// capped at ``maxRunWords`` words.
struct NameScanner {
    /// Longest capitalised run treated as one name.
    static let maxRunWords = 8

    let text: NormalizedText
    let lexicon: Lexicon
    let s: [Unicode.Scalar]
    let tokens: [Token]
    /// Exact and lower-case hashes of every token.
    private var exactHash: [UInt64]
    private var lowerHash: [UInt64]
    /// Token whose capital letter says nothing (sentence start, after a colon).
    private var uncertain: [Bool]
    /// Token on a title-case headline line.
    private var headline: [Bool]
    private(set) var candidates: [NameCandidate] = []

    // MARK: - Fixed word classes (lower-case hashes)

    private static let particles: Set<UInt64> = Set(["von", "van", "der", "den", "de", "da", "di", "du", "del", "della",
                                                    "des", "la", "le", "bin", "ibn", "al", "el", "ben", "dos", "das",
                                                    "ter", "ten", "zu", "y", "st"].map(NameKey.lowercased))
    private static let weakConnectors: Set<UInt64> = Set(["of", "for", "and", "in", "on", "the", "&"].map(NameKey.lowercased))
    private static let ofFor: Set<UInt64> = Set(["of", "for"].map(NameKey.lowercased))
    private static let articles: Set<UInt64> = Set(["the", "a", "an"].map(NameKey.lowercased))
    private static let foreignArticles: Set<UInt64> = Set(["la", "el", "le", "les", "die", "der", "il", "los", "las"].map(NameKey.exact))
    private static let saidVerbs: Set<UInt64> = Set([
        "said", "says", "told", "added", "stressed", "claimed", "insisted", "noted", "wrote", "argued", "explained",
        "stated", "warned", "announced", "tweeted", "replied", "admitted", "recalled", "believes", "thinks", "urged",
    ].map(NameKey.lowercased))
    private static let locCues: Set<UInt64> = Set(["in", "near", "from", "across", "outside", "inside", "throughout",
                                                   "towards", "toward", "into"].map(NameKey.lowercased))
    private static let sourceCues: Set<UInt64> = Set(["source", "via", "photo", "credit", "courtesy"].map(NameKey.lowercased))
    private static let corporateTails: Set<UInt64> = Set(["group", "inc", "ltd", "corp", "co", "plc", "llc"].map(NameKey.lowercased))

    // MARK: - Setup

    init(text: NormalizedText, lexicon: Lexicon) {
        self.text = text
        self.lexicon = lexicon
        self.s = text.scalars
        let tokens = Tokenizer().tokenize(text.scalars)
        self.tokens = tokens
        let n = tokens.count
        exactHash = [UInt64](repeating: 0, count: n)
        lowerHash = [UInt64](repeating: 0, count: n)
        uncertain = [Bool](repeating: false, count: n)
        headline = [Bool](repeating: false, count: n)
        for i in 0..<n where tokens[i].kind != .punct {
            var e = NameKey.seed, l = NameKey.seed
            NameKey.add(s, tokens[i].range, lower: false, to: &e)
            NameKey.add(s, tokens[i].range, lower: true, to: &l)
            exactHash[i] = e
            lowerHash[i] = l
        }
        markUncertainCase()
        markHeadlines()
    }

    /// First word of every sentence, and words after a colon, a bullet dash or an
    /// opening quote at a sentence start.
    private mutating func markUncertainCase() {
        let sentences = SentenceSplitter().split(tokens, scalars: s)
        for sentence in sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound, tokens[i].kind == .punct { i += 1 }
            if i < sentence.upperBound { uncertain[i] = true }
        }
        for i in 0..<tokens.count where tokens[i].kind == .punct {
            let v = s[tokens[i].range.lowerBound].value
            if v == 0x3A || v == 0x2D && (i == 0 || tokens[i].startsLine), i + 1 < tokens.count {
                var j = i + 1
                while j < tokens.count, tokens[j].kind == .punct, j - i < 3 { j += 1 }
                if j < tokens.count { uncertain[j] = true }
            }
        }
    }

    /// Lines of three or more longer words, most of them capitalised (title-case
    /// headlines and page furniture): capitals there say little.
    private mutating func markHeadlines() {
        var lineStart = 0
        let n = tokens.count
        var i = 0
        while i <= n {
            if i == n || (i > lineStart && tokens[i].startsLine) {
                var long = 0, capital = 0
                for k in lineStart..<i where tokens[k].kind == .word && tokens[k].range.count >= 4 {
                    long += 1
                    if tokens[k].isCapitalized { capital += 1 }
                }
                if long >= 3 && capital * 10 >= long * 7 {
                    for k in lineStart..<i { headline[k] = true }
                }
                lineStart = i
            }
            i += 1
        }
    }

    // MARK: - Token classes

    private func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    /// A word that can be part of a name: capitalised, no digits unless known, or a
    /// lower-case Arabic particle joined by a hyphen to a capitalised part ("al-Assad").
    private func isNameWord(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let t = tokens[i]
        if t.shape.contains(.hasDigit) { return lexicon.known[exactHash[i]] != nil }
        if t.isCapitalized { return true }
        let r = t.range
        if r.count >= 4, s[r.lowerBound + 2].value == 0x2D, Tokenizer.isUpper(s[r.lowerBound + 3]) { return true }
        return false
    }

    private func isConnector(_ i: Int) -> Bool {
        guard isWord(i), tokens[i].isLowercase else { return false }
        return Self.particles.contains(lowerHash[i]) || Self.weakConnectors.contains(lowerHash[i])
    }

    private func isOrdinal(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return false }
        let r = tokens[i].range
        guard r.count >= 3 else { return false }
        let a = s[r.upperBound - 2].value | 0x20, b = s[r.upperBound - 1].value | 0x20
        return (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
    }

    private func isCommon(_ i: Int) -> Bool {
        if lexicon.commonWords.contains(lowerHash[i]) { return true }
        // Contractions: "We'll", "They're" → "we", "they".
        let r = tokens[i].range
        if let apostrophe = r.firstIndex(where: { s[$0].value == 0x27 }) {
            var h = NameKey.seed
            NameKey.add(s, r.lowerBound..<apostrophe, lower: true, to: &h)
            return lexicon.commonWords.contains(h)
        }
        return false
    }

    private func isTitle(_ i: Int) -> Bool { isWord(i) && lexicon.titles.contains(lowerHash[i]) }
    private func isOrgHead(_ i: Int) -> Bool { isWord(i) && lexicon.orgHeads.contains(lowerHash[i]) }
    private func isLocHead(_ i: Int) -> Bool { isWord(i) && lexicon.locHeads.contains(lowerHash[i]) }
    private func isHead(_ i: Int) -> Bool { isOrgHead(i) || isLocHead(i) }

    private func isDemonym(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        if lexicon.demonyms.contains(lowerHash[i]) { return true }
        // Unknown proper adjectives: -ian/-ean/-ese/-ish before a lower-case word.
        guard lexicon.places[exactHash[i]] == nil, lexicon.known[exactHash[i]] == nil,
              !lexicon.firstNames.contains(exactHash[i]), isWord(i + 1), tokens[i + 1].isLowercase else { return false }
        let r = tokens[i].range
        guard r.count >= 5 else { return false }
        let c1 = s[r.upperBound - 3].value | 0x20, c2 = s[r.upperBound - 2].value | 0x20, c3 = s[r.upperBound - 1].value | 0x20
        let ian = (c1 == 0x69 || c1 == 0x65) && c2 == 0x61 && c3 == 0x6E
        let ese = c1 == 0x65 && c2 == 0x73 && c3 == 0x65
        let ish = c1 == 0x69 && c2 == 0x73 && c3 == 0x68
        return ian || ese || ish
    }

    /// Hash of tokens `a..<b` joined by single spaces.
    private func phraseHash(_ a: Int, _ b: Int, lower: Bool = false) -> UInt64 {
        var h = NameKey.seed
        for k in a..<b {
            if k > a { NameKey.mix(&h, 0x20) }
            NameKey.add(s, tokens[k].range, lower: lower, to: &h)
        }
        return h
    }

    private func lowerIs(_ i: Int, in set: Set<UInt64>) -> Bool { isWord(i) && set.contains(lowerHash[i]) }

    private func punctValue(_ i: Int) -> UInt32? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punct else { return nil }
        return s[tokens[i].range.lowerBound].value
    }

    // MARK: - Scan

    /// Runs the scan and returns the candidates in text order.
    mutating func run() -> [NameCandidate] {
        let n = tokens.count
        var i = 0
        while i < n {
            let startsWithOrdinal = isOrdinal(i) && isNameWord(i + 1) && !tokens[i + 1].startsLine
            guard isNameWord(i) || startsWithOrdinal else { i += 1; continue }
            var end = i + 1
            var words = 1
            while end < n, words < Self.maxRunWords, !tokens[end].startsLine {
                if isNameWord(end) { end += 1; words += 1; continue }
                if isConnector(end) {
                    var k = end + 1
                    if isConnector(k), !tokens[k].startsLine { k += 1 }
                    if k < n, !tokens[k].startsLine, isNameWord(k) { end = k + 1; words += 1; continue }
                }
                break
            }
            processRun(i, end)
            i = end
        }
        return candidates
    }

    /// Splits a run at connectors that do not belong to one name, then handles each part.
    private mutating func processRun(_ a: Int, _ b: Int) {
        let acronym = bracketAcronym(after: b)
        var segmentStart = a
        var k = a
        while k < b {
            if isConnector(k) && Self.weakConnectors.contains(lowerHash[k]) {
                let leftHasHead = (segmentStart..<k).contains { isHead($0) || isTitle($0) }
                let keep: Bool
                if Self.ofFor.contains(lowerHash[k]) {
                    keep = leftHasHead
                } else {
                    keep = leftHasHead && acronym != nil
                }
                if !keep {
                    processSegment(segmentStart, k, depth: 0)
                    var next = k + 1
                    while next < b, isConnector(next) { next += 1 }
                    segmentStart = next
                    k = next
                    continue
                }
            }
            k += 1
        }
        processSegment(segmentStart, b, depth: 0, acronym: acronym)
    }

    /// `( ACRONYM )` right after token `b`, as a lower-case key.
    private func bracketAcronym(after b: Int) -> String? {
        guard punctValue(b) == 0x28, isWord(b + 1), tokens[b + 1].isAllCaps, punctValue(b + 2) == 0x29 else { return nil }
        return text.normalizedText(of: tokens[b + 1].range).lowercased()
    }

    private mutating func processSegment(_ start: Int, _ end: Int, depth: Int, acronym: String? = nil) {
        var a = start, b = end
        while a < b, isConnector(a) { a += 1 }
        while b > a, isConnector(b - 1) { b -= 1 }
        guard a < b, depth < 4 else { return }
        // An ordinal opens only a unit's name ("54th … Battalion").
        if tokens[a].kind == .number {
            if !isOrgHead(b - 1) { a += 1 }
            guard a < b else { return }
        }
        // Capitalised ordinary words at a sentence start are not part of the name.
        var startUncertain = uncertain[a]
        while a < b, (uncertain[a] || (a > start && startUncertain)), isCommon(a),
              lexicon.known[exactHash[a]] == nil || Self.articles.contains(lowerHash[a]) {
            a += 1
            startUncertain = true
        }
        guard a < b else { return }
        if a > start { startUncertain = true }
        // A mid-sentence capitalised article ("… on The Duran") marks a title or outlet.
        var theCue = false
        if Self.articles.contains(lowerHash[a]) {
            theCue = !startUncertain && !uncertain[a]
            a += 1
            guard a < b else { return }
        }
        let n = b - a
        let fullKnown = lexicon.known[phraseHash(a, b)] != nil || lexicon.places[phraseHash(a, b)] != nil
        let endsWithHead = n >= 2 && isHead(b - 1)
        // Titles: "NATO Secretary-General Jens Stoltenberg" → NATO | Jens Stoltenberg.
        if !fullKnown && !endsWithHead, let t = (a..<b).last(where: { isTitle($0) && !(a == $0 && isTitleException($0)) }) {
            var blockStart = t
            while blockStart > a, isTitle(blockStart - 1) { blockStart -= 1 }
            if t + 1 < b, !isConnector(t + 1) {
                processSegment(a, blockStart, depth: depth + 1)
                classify(t + 1, b, titleCue: true, theCue: false, uncertainStart: false, acronym: acronym)
                return
            }
            if t + 1 == b {
                processSegment(a, blockStart, depth: depth + 1)
                return
            }
            // "Minister of Defence of Ukraine": an office named as a body.
            classify(blockStart, b, titleCue: false, theCue: theCue, uncertainStart: startUncertain && blockStart == a,
                     acronym: acronym, office: true)
            if blockStart > a { processSegment(a, blockStart, depth: depth + 1) }
            return
        }
        // Nationality words are not names unless inside an institution's name.
        if !endsWithHead && !fullKnown {
            while a < b, isDemonym(a) { a += 1 }
            guard a < b else { return }
        }
        // A known name followed by ordinary words: "EU Defence Ministers" → EU.
        if b - a >= 2 && !endsWithHead && !fullKnown {
            for prefix in [2, 1] where a + prefix < b {
                let h = phraseHash(a, a + prefix)
                if lexicon.known[h] != nil || lexicon.places[h] != nil {
                    classify(a, a + prefix, titleCue: false, theCue: theCue, uncertainStart: startUncertain, acronym: nil)
                    processSegment(a + prefix, b, depth: depth + 1)
                    return
                }
            }
        }
        classify(a, b, titleCue: false, theCue: theCue, uncertainStart: startUncertain, acronym: acronym)
    }

    /// Title words that often open names of other kinds ("General Motors" is caught by
    /// its head; "Saint"/"St" open place names).
    private func isTitleException(_ i: Int) -> Bool {
        let h = lowerHash[i]
        return h == NameKey.lowercased("st") || h == NameKey.lowercased("saint")
    }

    // MARK: - Classification

    private mutating func classify(_ start: Int, _ end: Int, titleCue: Bool, theCue: Bool, uncertainStart: Bool,
                                   acronym: String?, office: Bool = false) {
        var a = start, b = end
        while a < b, isConnector(a) { a += 1 }
        while b > a, isConnector(b - 1) { b -= 1 }
        guard a < b else { return }
        // A lower-case word completing a known phrase ("Baltic states").
        if b < tokens.count, isWord(b), tokens[b].isLowercase, !tokens[b].startsLine,
           lexicon.known[phraseHash(a, b + 1)] != nil {
            b += 1
        }
        let n = b - a
        let full = phraseHash(a, b)
        let uncertainHere = uncertainStart || uncertain[a]
        let onHeadline = headline[a]
        var type = EntityType.person
        var evidence = NameCandidate.Evidence.guess
        let allCommon = (a..<b).allSatisfy { isCommon($0) }

        if let known = lexicon.known[full] {
            type = known; evidence = .lexicon
            if n == 1 && isCommon(a) && uncertainHere { return }
        } else if lexicon.places[full] != nil {
            type = .location; evidence = .lexicon
            if n == 1 && isCommon(a) {
                if uncertainHere || onHeadline { return }
                evidence = lowerIs(a - 1, in: Self.locCues) ? .rule : .guess
            }
        } else if office && n >= 3 {
            type = .organization; evidence = .rule
        } else if n >= 2 && isLocHead(b - 1) {
            type = .location; evidence = .rule
        } else if n >= 2 && isOrgHead(b - 1) {
            type = .organization; evidence = .rule
        } else if n >= 3 && isLocHead(a) && lowerIs(a + 1, in: Self.ofFor) {
            type = .location; evidence = .rule
        } else if n >= 3 && isOrgHead(a) && lowerIs(a + 1, in: Self.ofFor) {
            type = .organization; evidence = .rule
        } else if (titleCue || isTitle(a - 1) && tokens[a - 1].isLowercase) && n <= 4 && !allCommon {
            type = .person; evidence = .rule
        } else if n >= 2 && lexicon.firstNames.contains(exactHash[a]) {
            type = .person; evidence = .rule
        } else if n == 1 && tokens[a].shape.contains(.innerCapital) {
            type = .organization; evidence = .context
        } else if n == 1 && tokens[a].isAllCaps && !tokens[a].shape.contains(.dotted) {
            if tokens[a].range.count > 6 || allCommon { return }
            type = .organization; evidence = .context
        } else if theCue && !allCommon {
            type = .organization; evidence = .context
        } else if n >= 2 && Self.foreignArticles.contains(exactHash[a]) {
            type = .organization; evidence = .context
        } else if punctValue(a - 1) == 0x3A && lowerIs(a - 2, in: Self.sourceCues) {
            type = .organization; evidence = .context
        } else if lowerIs(b, in: Self.saidVerbs) && !tokens[b].startsLine {
            type = .person; evidence = .context
        } else if lowerIs(a - 1, in: Self.locCues) && n <= 3 {
            type = .location; evidence = .guess
        } else {
            type = .person; evidence = .guess
        }
        if evidence < .lexicon {
            if allCommon && evidence < .rule { return }
            if n == 1 && isCommon(a) && evidence < .rule { return }
            if n == 1 && (isHead(a) || isTitle(a)) { return }
        }
        if (uncertainHere || onHeadline) && evidence < .rule { evidence = .pending }
        var words: [String] = []
        words.reserveCapacity(n)
        for k in a..<b { words.append(text.normalizedText(of: tokens[k].range)) }
        let surface = words.joined(separator: " ")
        var key = surface.lowercased()
        if key.hasPrefix("the ") { key.removeFirst(4) }
        candidates.append(NameCandidate(tokens: a..<b, type: type, evidence: evidence, surface: surface, key: key,
                                        wordCount: n, bracketAcronym: acronym))
        _ = Self.corporateTails
    }
}
