import WirefleetText

// MARK: - Scanner

/// The pattern matcher over the tokens of one article. Every attempt looks a bounded
/// number of tokens ahead or behind, so the whole scan is linear.
struct NumberScanner {
    let toks: [Token]
    let n: Int
    var found: [FoundNumber] = []
    /// Tokens before this index belong to earlier mentions.
    var floor = 0

    static let maxValue: Double = 1e30
    /// Country letters of dollars: "US$", "$US", "A$".
    static let currencyCountries: Set<String> = ["us", "a", "au", "c", "ca", "nz", "hk", "s", "sg", "nt", "z"]
    static let streetWords: Set<String> = [
        "street", "road", "avenue", "lane", "boulevard", "square", "place", "drive", "st", "rd", "ave",
    ]
    /// Capitalised words that make the figure after them part of a name.
    static let nameWords: Set<String> = [
        "article", "section", "chapter", "clause", "resolution", "flight", "route", "highway", "interstate",
        "channel", "gate", "terminal", "platform", "boeing", "airbus", "apollo", "windows", "iphone", "galaxy",
        "formula", "euro", "vision", "agenda", "title", "proposition", "category", "ward", "district", "unit",
        "block", "building", "room", "bus", "line", "volume", "vol", "issue", "episode", "series", "no", "number",
        "amendment", "paragraph", "rule", "regulation", "grade", "cop", "mig", "su", "tu", "il", "mi", "ka",
    ]

    /// Lower-case words that number a place or a service: "junction 10", "gate 5".
    static let lowerNameWords: Set<String> = [
        "junction", "exit", "gate", "platform", "room", "flight", "route", "terminal", "pier", "berth", "bay",
        "highway", "interstate",
    ]

    /// `keys[k]`: the lexicon key of part `k` (its folded key when ``Token/isLexiconWord``, else "").
    let keys: [String]

    init(_ text: NormalizedText) {
        let parts = text.tokens.parts
        self.toks = parts
        self.n = parts.count
        var keys: [String] = []
        keys.reserveCapacity(n)
        for t in parts { keys.append(t.isLexiconWord ? text.key(of: t) : "") }
        self.keys = keys
        found.reserveCapacity(16)
    }

    mutating func run() {
        var i = 0
        while i < n {
            var next = i + 1
            switch toks[i].kind {
            case .number:
                if let r = tryNumber(i) { next = r }
            case .word:
                if let info = toks[i].info {
                    if info.month != nil, toks[i].isCapitalized {
                        if let r = tryMonthFirst(i) { next = r }
                    } else if info.cardinal != nil || info.ordinal != nil || keys[i] == "a" || keys[i] == "an"
                                || keys[i] == "minus" {
                        if let r = tryNumber(i) { next = r }
                    }
                }
            case .punct:
                if toks[i].punct == "-", toks[i].dash != .emDash, i + 1 < n, toks[i + 1].kind == .number,
                   !toks[i + 1].spaceBefore, toks[i].spaceBefore || i == 0 {
                    if let r = tryNumber(i) { next = r }
                }
            }
            i = max(next, i + 1)
        }
    }

    // MARK: - Token helpers

    @inline(__always) func key(_ i: Int) -> String { i >= 0 && i < n && toks[i].kind == .word ? keys[i] : "" }
    @inline(__always) func isPunct(_ i: Int, _ p: Unicode.Scalar) -> Bool {
        i >= 0 && i < n && toks[i].kind == .punct && toks[i].punct == p
    }
    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < n && toks[i].kind == .word }
    @inline(__always) func glued(_ i: Int) -> Bool { i < n && !toks[i].spaceBefore }

    /// The token starts a sentence or a line.
    func sentenceStart(_ i: Int) -> Bool {
        if i <= 0 || toks[i].startsLine { return true }
        var k = i - 1
        // Skip opening quotes and brackets.
        while k >= 0, k >= i - 4, toks[k].kind == .punct, toks[k].punct == "\"" || toks[k].punct == "'" || toks[k].punct == "(" {
            if toks[k].startsLine || k == 0 { return true }
            k -= 1
        }
        guard k >= 0 else { return true }
        if k < i - 1 && toks[k + 1].startsLine { return true }
        let p = toks[k]
        return p.kind == .punct && (p.punct == "." || p.punct == "!" || p.punct == "?" || p.punct == ":"
                                    || p.punct == ";" || p.punct == "|" || p.punct == "•")
    }

    /// A plural-looking word: "soldiers", "people", "casualties".
    func isPlural(_ i: Int) -> Bool {
        let k = keys[i]
        if k.isEmpty { return false }
        if NumberLexicon.irregularPlurals[k] != nil { return true }
        let u = k.utf8
        // "servicemen", "gunmen", "policemen"
        if u.count > 5, k.hasSuffix("men") { return true }
        if NumberScanner.iPlurals.contains(k) { return true }
        guard u.count > 2, u.last == UInt8(ascii: "s") else { return false }
        let prev = u[u.index(u.endIndex, offsetBy: -2)]
        return prev != UInt8(ascii: "s") && prev != UInt8(ascii: "u") && prev != UInt8(ascii: "i")
    }

    /// Adjective-like words, skipped when naming the counted noun.
    func isAdjectival(_ i: Int) -> Bool {
        if toks[i].info?.modifier == true { return true }
        if NumberScanner.nounsWithAdjectiveEndings.contains(keys[i]) { return false }
        var found = false
        keys[i].utf8.withContiguousStorageIfAvailable { u in
            for suf in NumberScanner.adjectiveSuffixes where u.count > suf.count + 2 {
                var ok = true
                var a = u.count - 1
                var b = suf.count - 1
                while b >= 0 {
                    if u[a] != suf[b] { ok = false; break }
                    a -= 1
                    b -= 1
                }
                if ok { found = true; return }
            }
        }
        return found
    }

    /// Nouns whose singular is the same word ("measles cases" → "measles case").
    static let invariantNouns: Set<String> = [
        "times", "series", "species", "news", "measles", "mumps", "rabies", "diabetes", "headquarters", "means",
        "crossroads", "barracks", "gallows", "innings", "aircraft",
    ]

    /// Plurals of nouns ending in "-i" ("taxis"), which the "-is" rule would take for singulars.
    static let iPlurals: Set<String> = [
        "taxis", "skis", "kiwis", "bikinis", "alibis", "safaris", "tsunamis", "emojis", "wikis", "semis", "yetis",
        "rabbis", "sushis", "chilis", "chillis", "minis",
    ]

    /// Plurals of nouns ending in "s" that drop "es" in the singular.
    static let sStemPlurals: Set<String> = [
        "buses", "minibuses", "viruses", "bonuses", "campuses", "censuses", "statuses", "choruses", "circuses",
        "geniuses", "surpluses", "gases", "lenses", "atlases", "canvases", "walruses", "octopuses", "prospectuses",
    ]

    /// Nouns that end like adjectives ("family", "rally", "official", "veteran").
    static let nounsWithAdjectiveEndings: Set<String> = [
        "family", "rally", "ally", "assembly", "supply", "anomaly", "monopoly", "reply", "official", "officials",
        "individual", "individuals", "criminal", "criminals", "hospital", "hospitals", "capital", "arrival",
        "proposal", "referral", "rival", "rivals", "animal", "animals", "terminal", "festival", "journal", "signal",
        "mechanic", "clinic", "clinics", "republic", "topic", "comic", "critic", "critics", "civilian", "civilians",
        "politician", "politicians", "guardian", "musician", "technician", "veteran", "librarian", "relative",
        "relatives", "representative", "representatives", "executive", "executives", "detective", "detectives",
        "native", "natives", "objective", "incentive", "initiative", "missive", "explosive", "explosives", "fugitive",
        "captive", "captives", "employed", "seed", "speed", "bed", "beds", "shed", "sled", "creed", "need", "needs",
    ]

    /// Suffixes of adjectives ("tactical", "armoured", "Russian"), as bytes.
    static let adjectiveSuffixes: [[UInt8]] = ["al", "ive", "ous", "ic", "ful", "ian", "ese", "ish", "ed", "ern", "less",
                                               "able", "ible", "ly", "ary"].map { Array($0.utf8) }
    static let pronounBeforeOne: Set<String> = [
        "no", "any", "every", "some", "the", "this", "that", "which", "each", "such", "little", "no-one",
        "anyone", "someone", "only", "last", "other",
    ]
    static let yearPrefixes: Set<String> = ["mid", "pre", "post", "early", "late", "end", "over", "under", "aged"]

    /// The counted noun singular, as written.
    func singular(_ i: Int) -> String {
        let k = keys[i]
        if let irr = NumberLexicon.irregularPlurals[k] { return irr == "troop" ? "troop" : irr }
        if NumberScanner.invariantNouns.contains(k) { return k }
        // "buses", "viruses", "gases": "-es" after an "s" stem ("houses" keeps its "e").
        if NumberScanner.sStemPlurals.contains(k) { return String(k.dropLast(2)) }
        if let s = NumberLexicon.pluralExceptions[k] { return s }
        var s = k
        if s.count > 5, s.hasSuffix("men") { s.removeLast(2); s += "an"; return s }
        if s.hasSuffix("ies"), s.count > 4 { s.removeLast(3); s += "y"; return s }
        if s.hasSuffix("ches"), s == "aches" || NumberLexicon.eStemChes.contains(where: { s.hasSuffix($0) }) { s.removeLast(); return s }
        for e in ["ches", "shes", "sses", "xes", "zzes"] where s.hasSuffix(e) { s.removeLast(2); return s }
        if s.hasSuffix("s"), !s.hasSuffix("ss"), s.count > 2 { s.removeLast() }
        return s
    }

    // MARK: - Main dispatcher

    /// Tries a number starting at token `i`. Returns the index to continue from, or nil
    /// to skip just this token.
    mutating func tryNumber(_ i: Int) -> Int? {
        guard var core = parseCore(i) else { return nil }
        // The tail of a figure such as "2020-21" or "555-1234" that was not a range.
        if toks[i].kind == .number, i >= 2, !toks[i].spaceBefore, isPunct(i - 1, "-"), !toks[i - 1].spaceBefore,
           toks[i - 2].kind == .number,
           // ...unless it is the second clock time of "10:30-11:30".
           !(i >= 3 && isPunct(i - 3, ":") && isPunct(core.end, ":") && glued(core.end)) {
            return core.end
        }
        if core.isDigits, isNamePart(core) { return core.end }
        if core.isDigits, isListMarker(core) { return core.end + 1 }
        if !core.isDigits, let skip = wordNumberExcluded(core) { return skip }

        // "four and a half hours"
        if !core.isOrdinal, key(core.end) == "and", key(core.end + 1) == "a", key(core.end + 2) == "half",
           core.end + 2 < n, !toks[core.end].startsLine {
            core.value += 0.5
            core.end += 3
            core.plainInt = false
        }
        // Dates and times.
        if let r = tryDayMonth(core) { return r }
        if core.isDigits, let r = tryTime(core) { return r }
        if core.isDigits, let r = tryISODate(core) { return r }
        if core.isDigits, let skip = codeLikeRun(core) { return skip }

        // Ordinals.
        if core.isOrdinal { return emitOrdinal(core) }
        if let r = tryOrdinalAfterNoun(core) { return r }

        // Currency before the number.
        let currency = currencyPrefix(core.start)
        var spanStart = currency?.start ?? core.start
        var j = applyScales(&core, currency: currency != nil)
        if !core.value.isFinite { return j }

        // Ranges and scores: "10-20", "10 to 20", "between 10 and 20", "two or three".
        var second: NumberCore?
        if let (s2, _) = tryRangeSecond(core, at: j, currency: currency != nil) {
            var c2 = s2
            j = applyScales(&c2, currency: currency != nil)
            // "$1-2 million", "between 10 and 20 million": the second scale applies to both.
            if core.scaleFactor == 1, c2.scaleFactor > 1 {
                core.value = min(core.value * c2.scaleFactor, NumberScanner.maxValue)
            }
            second = c2
        }

        // Approximation word before the number.
        var (approx, approxStart) = approxBefore(spanStart)
        if let a = approxStart, approx != nil { spanStart = a }

        // Classify by what follows.
        var cls = classify(core: second ?? core, from: j, currency: currency, spanStart: spanStart)
        var isAge = false
        if cls.kind == .number || (second == nil && cls.kind == .count), let age = ageContext(core, spanStart: spanStart) {
            // "aged 18 to 24": both figures are ages.
            cls = second == nil ? age : NumberClass(kind: .duration, unit: "year", end: cls.end)
            isAge = true
        }
        // "killed 83 people and forced more than 120,000 from their homes": a bare
        // figure right after a count in the same sentence repeats its noun.
        if cls.kind == .number, second == nil, !isAge, let u = sentenceCountUnit(before: spanStart, core: core) {
            cls.kind = .count
            cls.unit = u
        }
        // "The 787 Dreamliner", "the 2 Sisters group": a model number before a name.
        if cls.kind == .number, second == nil, approx == nil, core.isDigits, !toks[core.start].grouped,
           core.fracDigits <= 2, core.intDigits <= 4,
           NumberScanner.determiners.contains(key(spanStart - 1)), cls.end < n, toks[cls.end].kind == .word,
           toks[cls.end].isCapitalized, !toks[cls.end].startsLine, toks[cls.end].info?.month == nil,
           toks[cls.end].info?.weekday != true, toks[cls.end].info?.timeZone != true {
            return cls.end
        }
        if cls.skip { return cls.end }
        if approx == .moreThan, cls.kind == .duration, let a = approxStart, key(a) == "over",
           overMeansDuring(a, end: cls.end) {
            approx = nil
            spanStart = currency?.start ?? core.start
        }

        // "a 2-1 ruling", "a 5-4 decision": a score before a singular noun, not a count.
        if second != nil, cls.kind == .count, cls.end - 1 < n, toks[cls.end - 1].kind == .word, !isPlural(cls.end - 1) {
            cls = NumberClass(kind: .number, unit: nil, end: second!.end)
        }
        if let c2 = second {
            // Two rows sharing the unit; the first keeps the approximation word.
            let firstKind: NumberKind = cls.kind == .year && !isYear(core) ? .number : cls.kind
            let secondKind: NumberKind = cls.kind == .year && !isYear(c2) ? .number : cls.kind
            emit(first: spanStart, last: core.end - 1, value: .number(core.value), kind: firstKind,
                 unit: cls.unit, approx: approx)
            let secondStart = c2.start > 0 && toks[c2.start - 1].kind == .punct
                && isCurrencySymbol(toks[c2.start - 1].punct.value) ? c2.start - 1 : c2.start
            emit(first: secondStart, last: cls.end - 1, value: .number(c2.value), kind: secondKind,
                 unit: cls.unit, approx: nil)
        } else {
            emit(first: spanStart, last: cls.end - 1, value: .number(core.value), kind: cls.kind,
                 unit: cls.unit, approx: cls.kind == .year ? nil : approx)
            // "four 12-year-old girls": the age inside the count is a row of its own.
            if cls.kind == .count {
                var k = core.end
                while k < cls.end - 1 {
                    if let inner = ageOrMeasureCompound(at: k), inner.end <= cls.end {
                        found.append(FoundNumber(first: k, last: inner.end - 1, value: .number(inner.value),
                                                 kind: inner.kind, unit: inner.unit, approx: nil))
                        break
                    }
                    k += 1
                }
            }
            // "aged 19 and 22", "aged 30 to 45": the second figure is an age too.
            if isAge, let r = secondAge(after: cls.end) { return r }
        }
        return cls.end
    }

    /// Emits the second age of "aged 19 and 22" starting after `e`; returns the index after it.
    mutating func secondAge(after e: Int) -> Int? {
        let k = key(e)
        guard k == "and" || k == "or" || k == "to", e + 1 < n, toks[e + 1].kind == .number, !toks[e + 1].startsLine,
              let c2 = parseCore(e + 1), c2.plainInt, !c2.isOrdinal, c2.value >= 1, c2.value <= 120,
              c2.end >= n || toks[c2.end].kind == .punct || toks[c2.end].info?.stop == true else { return nil }
        emit(first: c2.start, last: c2.end - 1, value: .number(c2.value), kind: .duration, unit: "year", approx: nil)
        return c2.end
    }

    mutating func emit(first: Int, last: Int, value: NumberValue, kind: NumberKind, unit: String?, approx: Approx?) {
        let f = max(first, floor)
        guard f <= last, last < n else { return }
        found.append(FoundNumber(first: f, last: last, value: value, kind: kind, unit: unit, approx: approx))
        floor = last + 1
    }

    // MARK: - Cores

    /// Parses digits or number words at `i`.
    func parseCore(_ i: Int) -> NumberCore? {
        let t = toks[i]
        let tKey = keys[i]
        switch t.kind {
        case .number:
            guard t.valid else { return nil }
            var c = NumberCore(value: t.value, start: i, end: i + 1, isDigits: true)
            c.plainInt = !t.grouped && t.fracDigits == 0
            c.intDigits = t.intDigits
            c.fracDigits = t.fracDigits
            if i + 1 < n, toks[i + 1].kind == .word, !toks[i + 1].spaceBefore, t.fracDigits == 0 {
                let k = keys[i + 1]
                if k == "st" || k == "nd" || k == "rd" || k == "th" {
                    c.isOrdinal = true
                    c.end = i + 2
                }
            }
            return c
        case .word where tKey == "minus" && i + 1 < n && toks[i + 1].kind == .number:
            guard var c = parseCore(i + 1), !c.isOrdinal else { return nil }
            c.value = -c.value
            c.start = i
            return c
        case .punct:
            // A minus sign glued to digits.
            guard t.punct == "-", i + 1 < n, var c = parseCore(i + 1), c.isDigits, !c.isOrdinal else { return nil }
            c.value = -c.value
            c.start = i
            return c
        case .word:
            guard let info = t.info else { return nil }
            if tKey == "a" || tKey == "an" {
                guard i + 1 < n, toks[i + 1].kind == .word, !toks[i + 1].startsLine else { return nil }
                if keys[i + 1] == "couple", key(i + 2) == "of" {
                    var c = NumberCore(value: 2, start: i, end: i + 2, isDigits: false)
                    c.isArticle = true
                    return c
                }
                // "a quarter of a million"
                if keys[i + 1] == "quarter", key(i + 2) == "of", key(i + 3) == "a", i + 4 < n,
                   let sc = toks[i + 4].info?.scale, sc >= 1000, toks[i + 4].info?.scaleAbbrev == false {
                    var c = NumberCore(value: sc / 4, start: i, end: i + 5, isDigits: false)
                    c.isArticle = true
                    return c
                }
                guard let ni = toks[i + 1].info else { return nil }
                let half = i >= 1 && key(i - 1) == "half" && i - 1 >= floor
                if let sc = ni.scale, !ni.scaleAbbrev {
                    var c = NumberCore(value: sc, start: i, end: i + 2, isDigits: false)
                    c.isArticle = true
                    // "a hundred thousand", "a million billion"
                    var j = i + 2
                    var steps = 0
                    while j < n, steps < 4, toks[j].kind == .word, let s2 = toks[j].info?.scale, !(toks[j].info?.scaleAbbrev ?? true) {
                        c.value = min(c.value * s2, NumberScanner.maxValue)
                        j += 1
                        steps += 1
                    }
                    c.end = j
                    if half {
                        c.value /= 2
                        c.start = i - 1
                    }
                    return c
                }
                return nil
            }
            if let o = info.ordinal {
                var c = NumberCore(value: Double(o), start: i, end: i + 1, isDigits: false)
                c.isOrdinal = true
                return c
            }
            if info.cardinal != nil { return parseWords(i) }
            return nil
        }
    }

    /// "twenty-five", "two hundred and forty", "three million", "twenty-first".
    func parseWords(_ i: Int) -> NumberCore? {
        var total = 0.0
        var current = 0.0
        var j = i
        var consumed = i
        var steps = 0
        var sawBig = false
        var ordinal = false
        while j < n, steps < 16 {
            let t = toks[j]
            let tKey = keys[j]
            if j > i, t.startsLine { break }
            if t.kind == .punct {
                // "twenty-five" / "twenty-first"
                guard t.punct == "-", t.dash == .hyphen, !t.spaceBefore, j + 1 < n, toks[j + 1].kind == .word,
                      !toks[j + 1].spaceBefore, let ni = toks[j + 1].info,
                      current >= 20, current.truncatingRemainder(dividingBy: 10) == 0,
                      current.truncatingRemainder(dividingBy: 100) != 0 else { break }
                if let c = ni.cardinal, c >= 1, c <= 9 {
                    current += c
                    consumed = j + 2
                    j += 2
                    steps += 2
                    continue
                }
                if let o = ni.ordinal, o >= 1, o <= 9 {
                    current += Double(o)
                    consumed = j + 2
                    ordinal = true
                }
                break
            }
            guard t.kind == .word, let info = t.info else { break }
            if let c = info.cardinal {
                if current != 0 {
                    let rem = current.truncatingRemainder(dividingBy: 100)
                    let okAfterHundred = rem == 0 && c < 100
                    if !okAfterHundred { break }
                }
                if j > i, toks[j - 1].kind == .word, toks[j - 1].info?.cardinal != nil, current != 0,
                   current.truncatingRemainder(dividingBy: 100) != 0 { break }
                current += c
                consumed = j + 1
            } else if let sc = info.scale, !info.scaleAbbrev {
                if j == i || j > consumed { break }
                if sc == 100 || sc == 12 {
                    current = max(current, 1) * sc
                } else if current == 0 && total > 0 {
                    total = min(total * sc, NumberScanner.maxValue)
                } else {
                    total = min(total + max(current, 1) * sc, NumberScanner.maxValue)
                    current = 0
                }
                sawBig = true
                consumed = j + 1
            } else if let o = info.ordinal, current != 0, j == consumed, current.truncatingRemainder(dividingBy: 100) == 0 {
                // "one hundred and first"
                current += Double(o)
                consumed = j + 1
                ordinal = true
                break
            } else if tKey == "and", sawBig || current >= 100, j == consumed, j + 1 < n,
                      toks[j + 1].kind == .word, toks[j + 1].info?.cardinal != nil {
                j += 1
                steps += 1
                continue
            } else {
                break
            }
            j += 1
            steps += 1
        }
        guard consumed > i else { return nil }
        var c = NumberCore(value: min(total + current, NumberScanner.maxValue), start: i, end: consumed, isDigits: false)
        c.isOrdinal = ordinal
        return c
    }

    /// Multiplies by scale words after digits ("2.5 million", "$10m", "3bn"); returns
    /// the index after them.
    func applyScales(_ core: inout NumberCore, currency: Bool) -> Int {
        var j = core.end
        var steps = 0
        // "$5.5-million"
        if core.isDigits, j + 1 < n, isPunct(j, "-"), !toks[j].spaceBefore, !toks[j + 1].spaceBefore,
           let sc = toks[j + 1].info?.scale, sc >= 1000, toks[j + 1].info?.scaleAbbrev == false {
            core.value = min(core.value * sc, NumberScanner.maxValue)
            core.scaleFactor = sc
            j += 2
            steps = 1
        }
        while j < n, steps < 4, toks[j].kind == .word, let info = toks[j].info, let sc = info.scale {
            if toks[j].startsLine { break }
            if info.scaleAbbrev {
                guard core.isDigits, !toks[j].spaceBefore, steps == 0 else { break }
                let k = keys[j]
                if (k == "m" || k == "b") && !currency && !(j + 1 < n && toks[j + 1].info?.unit?.kind == .money) {
                    // "1.5m people" is a million; "100m" alone is metres.
                    guard k == "m", headNoun(from: j + 1, plural: true) == j + 1 else { break }
                }
                if toks[j].isCapitalized, k != "m", k != "k", k != "b" { break }
            } else if sc == 12 {
                guard !core.isDigits || steps == 0 else { break }
            } else if !core.isDigits && steps == 0 {
                break // words already consumed their scales
            }
            core.value = min(core.value * sc, NumberScanner.maxValue)
            core.scaleFactor = min(core.scaleFactor * sc, NumberScanner.maxValue)
            j += 1
            steps += 1
        }
        core.end = max(core.end, j)
        return j
    }

    // MARK: - Exclusions

    /// Digits that belong to a name or code: "Su-25", "COVID-19", "G7", "One.Tel", "19A",
    /// "Article 5", "the 1990s".
    func isNamePart(_ c: NumberCore) -> Bool {
        let i = toks[c.start].kind == .punct ? c.start + 1 : c.start
        // Glued to a word before: "G7", "Su-25", "COVID-19" (but "$US5", "$A10").
        if i > 0, !toks[i].spaceBefore {
            let p = toks[i - 1]
            let pKey = keys[i - 1]
            if p.kind == .word {
                if i >= 2, !p.spaceBefore, toks[i - 2].kind == .punct, isCurrencySymbol(toks[i - 2].punct.value),
                   NumberScanner.currencyCountries.contains(pKey) {
                    return false
                }
                return true
            }
            if p.kind == .punct, p.punct == "-" || p.punct == "." || p.punct == "/" || p.punct == "#", i >= 2,
               !p.spaceBefore, toks[i - 2].kind == .word {
                let k = keys[i - 2]
                // "mid-2020", and time ranges "10am-2pm".
                if p.punct == "-", NumberScanner.yearPrefixes.contains(k) || k == "am" || k == "pm"
                    || (k == "for" && i >= 4 && isPunct(i - 3, "-") && toks[i - 4].kind == .number) {
                    return false
                }
                return true
            }
            if p.kind == .punct, p.punct == "#" || p.punct == "@" || p.punct == "/" || p.punct == "_" { return true }
        }
        // "No. 10", "Nos. 3"
        if i >= 2, isPunct(i - 1, "."), !toks[i - 1].spaceBefore, toks[i - 2].kind == .word,
           keys[i - 2] == "no" || keys[i - 2] == "nos" || keys[i - 2] == "vol" || keys[i - 2] == "art" {
            return true
        }
        // Street addresses: "10 Downing Street", "221B Baker Street".
        var se = c.end
        if se < n, toks[se].kind == .word, !toks[se].spaceBefore, keys[se].count == 1, !c.isOrdinal { se += 1 }
        if se + 1 < n, toks[se].kind == .word, toks[se].isCapitalized, toks[se + 1].kind == .word,
           NumberScanner.streetWords.contains(keys[se + 1]) || NumberScanner.streetWords.contains(keys[se]) {
            return true
        }
        // Fractions, dates and paths with slashes: "9/11", "24/7", "2020/21".
        // A season or financial year ("2023/24") keeps its first year.
        if c.end + 1 < n, isPunct(c.end, "/"), !toks[c.end].spaceBefore, toks[c.end + 1].kind == .number,
           !toks[c.end + 1].spaceBefore,
           !(c.plainInt && c.intDigits == 4 && c.value >= 1900 && c.value <= 2100 && toks[c.end + 1].intDigits == 2
             && toks[c.end + 1].fracDigits == 0) { return true }
        // A single capital letter names an index or a road: "S&P 500", "the A1".
        if i > 0, toks[i - 1].kind == .word, toks[i - 1].isCapitalized, keys[i - 1].count == 1,
           keys[i - 1] != "a", keys[i - 1] != "i", !c.isOrdinal {
            return true
        }
        // A model number between a name and its noun: "a Falcon 9 rocket", "the Apollo 11 mission".
        if i > 1, toks[i].spaceBefore, toks[i - 1].kind == .word, toks[i - 1].isCapitalized, !toks[i - 1].isAllCaps,
           toks[i - 1].info == nil, !sentenceStart(i - 1), c.plainInt, c.intDigits <= 3, !c.isOrdinal,
           c.end < n, toks[c.end].kind == .word, !toks[c.end].isCapitalized, !toks[c.end].startsLine,
           toks[c.end].info == nil, !isPlural(c.end) {
            return true
        }
        // A place or service number: "junction 10", "platform 9", "flight 370".
        if i > 0, toks[i].spaceBefore, toks[i - 1].kind == .word, NumberScanner.lowerNameWords.contains(keys[i - 1]),
           c.plainInt, !c.isOrdinal, !(c.end < n && toks[c.end].kind == .word && isPlural(c.end)) {
            return true
        }
        // A name word before the figure: "Article 5", "Flight 17", "Boeing 737", "Euro 2024".
        if i > 0, toks[i].spaceBefore, toks[i - 1].kind == .word, toks[i - 1].isCapitalized,
           NumberScanner.nameWords.contains(keys[i - 1]), !c.isOrdinal {
            return true
        }
        // Glued letters after that are no known suffix: "19A", "3M", "1990s".
        let e = c.end
        if e < n, toks[e].kind == .word, !toks[e].spaceBefore, !c.isOrdinal {
            let t = toks[e]
            let tKey = keys[e]
            let known = t.info?.scale != nil || t.info?.unit != nil || tKey == "am" || tKey == "pm" || tKey == "in"
                || tKey == "a" || tKey == "p" || ((tKey == "c" || tKey == "f") && t.isCapitalized)
            if !known { return true }
            if t.isAllCaps && t.info?.unit?.kind == .percent { return true }
            // "5G", "4G" networks: a capital G is no gram.
            if tKey == "g", t.isCapitalized { return true }
        }
        // Glued to a following "-Word" that is a name: "7-Eleven".
        if e + 1 < n, isPunct(e, "-"), !toks[e].spaceBefore, toks[e + 1].kind == .word, !toks[e + 1].spaceBefore,
           toks[e + 1].isCapitalized, toks[e + 1].info?.unit == nil {
            return true
        }
        // A version or code: "1.2.3", "10.0.0.1"
        if e + 1 < n, isPunct(e, "."), !toks[e].spaceBefore, toks[e + 1].kind == .number, !toks[e + 1].spaceBefore {
            return true
        }
        // After a capitalised name word: "Article 5", "Windows 10", "Boeing 737".
        if i > 0, toks[i].spaceBefore, !toks[i].startsLine, c.plainInt, c.intDigits <= 4, !c.isOrdinal {
            let p = toks[i - 1]
            let pKey = keys[i - 1]
            let next = c.end < n && toks[c.end].kind == .word && !toks[c.end].startsLine ? c.end : -1
            let unitNext = next >= 0 && (toks[next].info?.unit != nil || isPlural(next))
            if p.kind == .word, p.isAllCaps, p.info == nil, pKey.count <= 5, !sentenceStart(i - 1), !unitNext,
               !NumberLexicon.currencyCodes.contains(pKey) {   // "USD 12 million" is money
                // A year after a name is still a year only with a preposition; keep it a name.
                return true
            }
        }
        return false
    }

    /// Verbs after which "over" + a length of time means "during": "spread over two
    /// days", "repaid over 10 years".
    static let spanVerbs: Set<String> = [
        "spread", "staggered", "phased", "stretched", "stretching", "spanning", "spanned", "repaid", "repay",
        "repayable", "paid", "payable", "held", "split", "divided", "conducted", "carried", "gathered",
        "collected", "recorded", "measured", "fought", "unfolded",
    ]

    /// "over" at token `o` before a duration ending at `end` means "during" rather than
    /// "more than": at the head of a clause ("Over two years, the programme grew"),
    /// after a verb of spreading ("spread over two days") or a changed quantity ("rose
    /// 8% over two years"); never before "ago" or
    /// "old" ("over 20 years ago").
    func overMeansDuring(_ o: Int, end: Int) -> Bool {
        let after = key(end)
        if after == "ago" || after == "old" || after == "older" { return false }
        if sentenceStart(o) || isPunct(o - 1, ",") || isPunct(o - 1, "-") { return true }
        // A change over a period: "rose 8% over two years", "lost $2bn over three years".
        if let f = found.last, f.last == o - 1, f.kind != .duration, f.kind != .date, f.kind != .time { return true }
        return NumberScanner.spanVerbs.contains(key(o - 1))
    }

    /// The unit of a count found earlier in the same sentence, close before `s`, when
    /// the bare figure `c` plausibly counts the same thing (a whole number of at least 10,
    /// not a year, not followed by another figure or a name).
    func sentenceCountUnit(before s: Int, core c: NumberCore) -> String? {
        guard c.value == c.value.rounded(), !(c.isDigits && c.fracDigits > 0), !isYear(c), c.value >= 1 else { return nil }
        // "killing 21 and injuring 24": a casualty verb names the noun counted before.
        if NumberScanner.casualtyVerbs.contains(key(s - 1)) {
            var k = found.count - 1
            var steps = 0
            while k >= 0, steps < 4, found[k].last > s - 40 {
                if found[k].kind == .count, let u = found[k].unit { return u }
                k -= 1
                steps += 1
            }
            return nil
        }
        guard let f = found.last, f.kind == .count, let u = f.unit, f.last < s, s - f.last <= 12,
              c.value >= 10 else { return nil }
        if c.end < n, toks[c.end].kind == .number || (toks[c.end].kind == .word && toks[c.end].isCapitalized) { return nil }
        // "273 for two": a cricket score.
        if key(c.end) == "for", c.end + 1 < n, toks[c.end + 1].kind == .number || toks[c.end + 1].info?.cardinal != nil {
            return nil
        }
        var k = f.last + 1
        while k < s {
            let t = toks[k]
            if t.startsLine { return nil }
            if t.kind == .punct, t.punct == "." || t.punct == "!" || t.punct == "?" || t.punct == ";" || t.punct == ":"
                || t.punct == "(" || t.punct == ")" { return nil }
            if t.kind == .number { return nil }
            k += 1
        }
        return u
    }

    /// Verbs that take a bare casualty figure: "killing 21", "injuring 24".
    static let casualtyVerbs: Set<String> = [
        "killing", "injuring", "wounding", "leaving", "killed", "injured", "wounded", "rescuing", "evacuating",
    ]

    /// A list marker at the head of a line: "1. The government must act", "2) Vote".
    func isListMarker(_ c: NumberCore) -> Bool {
        let i = c.start
        guard toks[i].kind == .number, toks[i].startsLine || i == 0, c.plainInt, c.intDigits <= 2,
              c.end + 1 < n, isPunct(c.end, ".") || isPunct(c.end, ")"), !toks[c.end].spaceBefore,
              toks[c.end + 1].spaceBefore, !toks[c.end + 1].startsLine, toks[c.end + 1].kind == .word,
              toks[c.end + 1].isCapitalized else { return false }
        return true
    }

    /// Telephone numbers and codes: "555-1234", "555-123-4567", "978-3-16-148410-0",
    /// "020 7946 0958". Returns the index after the whole run, or nil.
    func codeLikeRun(_ c: NumberCore) -> Int? {
        guard toks[c.start].kind == .number, c.plainInt, c.end == c.start + 1 else { return nil }
        // Chains of digit groups joined by glued hyphens.
        var groups = [toks[c.start].intDigits]
        var k = c.end
        while k + 1 < n, groups.count < 8, isPunct(k, "-"), toks[k].dash == .hyphen, !toks[k].spaceBefore,
              toks[k + 1].kind == .number, !toks[k + 1].spaceBefore, !toks[k + 1].grouped, toks[k + 1].fracDigits == 0 {
            groups.append(toks[k + 1].intDigits)
            k += 2
        }
        if groups.count >= 3 || (groups.count == 2 && groups[0] == 3 && groups[1] == 4) { return k }
        // A leading zero ("020 7946 0958", "07700"): a code, with the digit groups after it.
        var p: Double = 1
        for _ in 1..<max(toks[c.start].intDigits, 1) { p *= 10 }
        if toks[c.start].intDigits >= 2, toks[c.start].value < p {
            var e = c.end
            var steps = 0
            while e < n, steps < 6, toks[e].kind == .number, !toks[e].startsLine {
                e += 1
                steps += 1
            }
            return e
        }
        return nil
    }

    /// Number words that are not numbers: "no one", "one of them", "One.Tel", "One Direction".
    /// Returns the index to skip to, or nil when the words are a number.
    func wordNumberExcluded(_ c: NumberCore) -> Int? {
        let t = toks[c.start]
        let tKey = keys[c.start]
        // "One.Tel"
        if c.end + 1 < n, isPunct(c.end, "."), !toks[c.end].spaceBefore, toks[c.end + 1].kind == .word,
           !toks[c.end + 1].spaceBefore {
            return c.end + 2
        }
        // "7-Eleven", "Catch-22" style names.
        if c.start > 0, !t.spaceBefore, isPunct(c.start - 1, "-") { return c.end }
        // A capitalised number word inside a name: "the Big Four", "One Direction".
        if t.isCapitalized, !sentenceStart(c.start), !c.isArticle,
           !(c.end < n && toks[c.end].kind == .word && (isPlural(c.end) || toks[c.end].info?.unit != nil)) {
            if c.end < n, toks[c.end].kind == .word, toks[c.end].isCapitalized {
                return c.end
            }
            if c.start > 0, toks[c.start - 1].kind == .word, toks[c.start - 1].isCapitalized,
               !sentenceStart(c.start - 1), toks[c.start - 1].info?.stop != true,
               toks[c.start - 1].info?.month == nil, toks[c.start - 1].info?.cardinal == nil {
                return c.end
            }
        }
        if c.isOrdinal { return nil }
        // The pronoun "one".
        if c.end == c.start + 1, tKey == "one" {
            let prev = key(c.start - 1)
            let nk = key(c.end)
            // "one in five adults" is a ratio, not the pronoun.
            if nk == "in", c.end + 1 < n, toks[c.end + 1].kind == .number || toks[c.end + 1].info?.cardinal != nil {
                return nil
            }
            if NumberScanner.pronounBeforeOne.contains(prev) {
                return c.end
            }
            if nk == "of" || nk == "another" || nk == "or" || nk == "by" { return c.end }
            // Idioms: "at one point", "at one time", "at one stage".
            if prev == "at", nk == "point" || nk == "time" || nk == "stage" { return c.end + 1 }
            guard c.end < n, toks[c.end].kind == .word, toks[c.end].info?.stop != true || toks[c.end].info?.unit != nil else {
                // "one" with no noun after it: a pronoun ("the only one", "one said").
                if c.end < n, toks[c.end].kind == .punct, toks[c.end].punct == "-" { return nil }
                return c.end
            }
            // "one" before a verb: "one says", "one must".
            if keys[c.end].hasSuffix("ed") && toks[c.end].info?.modifier != true { return c.end }
            // "four people wounded, one critically": an adverb after the pronoun.
            if keys[c.end].hasSuffix("ly"), toks[c.end].info?.modifier != true, !isPlural(c.end),
               !NumberScanner.nounsWithAdjectiveEndings.contains(keys[c.end]),
               headNoun(from: c.end, plural: false) == c.end || isPunct(c.end + 1, ",") || isPunct(c.end + 1, ".") {
                return c.end
            }
        }
        return nil
    }

    // MARK: - Approximation

    /// The approximation words right before token `s`: the qualifier and the first token.
    func approxBefore(_ s: Int) -> (Approx?, Int?) {
        let k1 = key(s - 1)
        if k1.isEmpty || s - 1 < floor { return (nil, nil) }
        if toks[s].startsLine { return (nil, nil) }
        let k2 = s - 2 >= floor ? key(s - 2) : ""
        let k3 = s - 3 >= floor ? key(s - 3) : ""
        switch k1 {
        case "about", "around", "roughly", "approximately", "approx", "some", "circa", "ca":
            return (.about, s - 1)
        case "estimated":
            return (.about, k2 == "an" ? s - 2 : s - 1)
        case "over", "above", "exceeding":
            return (.moreThan, s - 1)
        case "of":
            if k2 == "upwards" || k2 == "upward" { return (.moreThan, s - 2) }
            // "an estimated cost of $12bn", "an estimated total of 300"
            if k3 == "estimated", s - 3 >= floor { return (.about, key(s - 4) == "an" && s - 4 >= floor ? s - 4 : s - 3) }
            if k2 == "excess" && k3 == "in" { return (.moreThan, s - 3) }
            return (nil, nil)
        case "under", "below":
            return (.lessThan, s - 1)
        case "nearly", "almost":
            return (.nearly, s - 1)
        case "than":
            if k2 == "more" || k2 == "greater" {
                if k3 == "no" || k3 == "not" { return (.upTo, s - 3) }
                return (.moreThan, s - 2)
            }
            if k2 == "less" || k2 == "fewer" {
                if k3 == "no" || k3 == "not" { return (.atLeast, s - 3) }
                return (.lessThan, s - 2)
            }
            return (nil, nil)
        case "to":
            if k2 == "up" { return (.upTo, s - 2) }
            if k2 == "close" { return (.nearly, s - 2) }
            return (nil, nil)
        case "least":
            if k2 == "at" { return (.atLeast, s - 2) }
            return (nil, nil)
        case "as":
            if (k2 == "many" || k2 == "much") && k3 == "as" { return (.upTo, s - 3) }
            return (nil, nil)
        default:
            return (nil, nil)
        }
    }

    // MARK: - Currency

    /// A currency symbol or code before token `s` ("$", "US$", "€", "USD").
    func currencyPrefix(_ s: Int) -> (start: Int, unit: String)? {
        let p = s - 1
        guard p >= floor, p >= 0 else { return nil }
        let t = toks[p]
        let tKey = keys[p]
        if t.kind == .punct, isCurrencySymbol(t.punct.value) {
            var unit = String(t.punct)
            var start = p
            if p - 1 >= floor, toks[p - 1].kind == .word, !t.spaceBefore, toks[p - 1].isAllCaps || keys[p - 1].count <= 2 {
                let k = keys[p - 1]
                if NumberScanner.currencyCountries.contains(k) {
                    unit = (k == "us" ? "US" : k.uppercased()) + unit
                    start = p - 1
                }
            }
            return (start, unit)
        }
        if t.kind == .word, t.isAllCaps, NumberLexicon.currencyCodes.contains(tKey) {
            return (p, tKey.uppercased())
        }
        // Rupees: "Rs 500 crore", "Rs. 2,000".
        if t.kind == .word, tKey == "rs", t.isCapitalized { return (p, "Rs") }
        // "Tk 23,000", "KSh 200", "Rp 1 trillion".
        if t.kind == .word, !t.isLowercase, let unit = NumberLexicon.currencyAbbreviations[tKey] { return (p, unit) }
        if t.kind == .punct, t.punct == ".", p >= 1, p - 1 >= floor, toks[p - 1].kind == .word, keys[p - 1] == "rs",
           toks[p - 1].isCapitalized, !t.spaceBefore {
            return (p - 1, "Rs")
        }
        // "$US5 million", "$A10"
        if t.kind == .word, !toks[s].spaceBefore, p - 1 >= floor, p >= 1, toks[p - 1].kind == .punct,
           isCurrencySymbol(toks[p - 1].punct.value), !t.spaceBefore, NumberScanner.currencyCountries.contains(tKey) {
            // The scorer reads a unit by its ending ("US$" ends in "$"); "$US" would not.
            return (p - 1, String(toks[p - 1].punct))
        }
        return nil
    }

    @inline(__always) func isCurrencySymbol(_ v: UInt32) -> Bool {
        v == 0x24 || v == 0x20AC || v == 0xA3 || v == 0xA5 || v == 0x20BD || v == 0x20B4 || v == 0x20B9
            || v == 0x20A9 || v == 0x20BA || v == 0x20AA || v == 0x20A6 || v == 0x20B1 || v == 0x0E3F || v == 0x20A3
    }
}
