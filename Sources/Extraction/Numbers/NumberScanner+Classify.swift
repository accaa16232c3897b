import WirefleetText

// MARK: - Classification

/// What follows a number: its kind, unit and where the span ends (exclusive token index).
struct NumberClass: Sendable {
    var kind: NumberKind
    var unit: String?
    var end: Int
    /// Not a number after all ("two-thirds"); skip to `end`.
    var skip = false
}

extension NumberScanner {
    static let yearPrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "early", "late",
        "mid", "spring", "summer", "autumn", "fall", "winter", "year", "circa", "between", "and", "to",
        "through", "throughout", "back", "around", "about", "for", "than", "as", "season", "election",
        "elections", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]
    static let determiners: Set<String> = [
        "the", "its", "his", "her", "their", "our", "my", "your", "a", "this", "that", "every", "each",
        "whose", "s",
    ]
    static let leftOutPronouns: Set<String> = ["them", "those", "these", "whom", "which", "us"]
    static let ordinalNouns: Set<String> = ["day", "round", "stage", "game", "leg", "phase", "match", "heat", "act"]
    static let compoundSuffixes: Set<String> = ["old", "long", "wide", "high", "deep", "tall", "strong"]
    static let fractionWords: Set<String> = [
        "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
        "tenth", "tenths", "eighth", "eighths",
    ]

    /// Plural nouns that modify a following plural head: "singles titles", "arms dealers".
    static let pluralModifiers: Set<String> = [
        "singles", "doubles", "sports", "arms", "sales", "goods", "savings", "customs", "rights", "weapons",
        "parts", "drugs", "services", "operations", "communications", "systems", "materials", "seeds", "grains",
        "awards", "skills", "affairs", "works", "news", "jobs", "games", "nations", "states",
    ]

    /// Adverbs that end in "s" and so look plural: "15 cases perhaps".
    static let sAdverbs: Set<String> = [
        "perhaps", "always", "sometimes", "nowadays", "anyways", "outdoors", "indoors", "overseas", "downstairs",
        "upstairs", "thus", "plus", "less", "unless", "towards", "afterwards", "besides", "whereas", "was", "has",
        "is", "does", "goes", "says", "its", "this", "his", "hers", "ours", "yours", "theirs", "as", "us",
    ]

    /// Nouns for people before an age limit: "children under 12".
    static let personNouns: Set<String> = [
        "children", "child", "kids", "people", "those", "anyone", "adults", "pupils", "students", "players", "boys",
        "girls", "women", "men", "teenagers", "residents", "patients", "voters", "drivers", "workers", "everyone",
    ]

    /// Verbs of placing before a bare ordinal: "came second", "finished 10th".
    static let placingVerbs: Set<String> = [
        "came", "come", "comes", "coming", "finished", "finish", "finishes", "finishing", "placed", "ranked",
        "ranks", "rank", "ranking", "ended", "lies", "lay", "sits", "sat", "is", "was",
    ]

    /// Second parts of ordinal compounds that rank nothing: "second-hand", "first-class".
    static let unrankedCompounds: Set<String> = [
        "hand", "handed", "rate", "class", "guess", "guessed", "guessing", "party", "person", "aid", "degree",
        "string", "team", "generation", "language",
    ]

    /// A four-digit year-like figure, 1000–2100, written plainly.
    func isYear(_ c: NumberCore) -> Bool {
        c.isDigits && c.plainInt && c.intDigits == 4 && c.value >= 1000 && c.value <= 2100
            && toks[c.start].kind == .number && c.end == c.start + 1
    }

    /// Classifies a number whose core (and scales) end right before token `j`.
    func classify(core c: NumberCore, from j0: Int, currency: (start: Int, unit: String)?, spanStart: Int) -> NumberClass {
        let coreEnd = j0
        // "a couple of hours": the unit comes after "of".
        let j = c.isArticle && key(j0) == "of" ? j0 + 1 : j0
        // The second figure of "10-for-1" is a bare ratio term.
        if c.isDigits, isPunct(c.start - 1, "-"), key(c.start - 2) == "for", isPunct(c.start - 3, "-"), !toks[c.start].spaceBefore {
            return NumberClass(kind: .number, unit: nil, end: coreEnd)
        }
        // "two thirds of", "one fifth", "three quarters": fractions are left out.
        if !c.isDigits, j < n, toks[j].kind == .word, !toks[j].startsLine, NumberScanner.fractionWords.contains(keys[j]),
           c.value < 20, c.value == 1 || isPlural(j) {
            return NumberClass(kind: .number, unit: nil, end: j + 1, skip: true)
        }
        if j < n, !toks[j].startsLine {
            let t = toks[j]
            let tKey = keys[j]
            // Percent.
            if t.kind == .punct, t.punct == "%" { return NumberClass(kind: .percent, unit: nil, end: j + 1) }
            if t.kind == .punct, currency == nil, isCurrencySymbol(t.punct.value),
               !(j + 1 < n && toks[j + 1].kind == .number && !toks[j + 1].spaceBefore) {
                return NumberClass(kind: .money, unit: String(t.punct), end: j + 1)
            }
            if t.kind == .word {
                // Pence glued to the figure: "412p" (not "4 p.m.").
                if tKey == "p", !t.spaceBefore, c.isDigits, currency == nil, !t.isCapitalized,
                   !(isPunct(j + 1, ".") && key(j + 2) == "m") {
                    return NumberClass(kind: .money, unit: "p", end: j + 1)
                }
                if tKey == "per", key(j + 1) == "cent" { return NumberClass(kind: .percent, unit: nil, end: j + 2) }
                if t.info?.unit?.kind == .percent { return NumberClass(kind: .percent, unit: nil, end: j + 1) }
                if tKey == "percentage", key(j + 1) == "point" || key(j + 1) == "points" {
                    return NumberClass(kind: .percent, unit: nil, end: j + 2)
                }
                // "0.3 of a percentage point"
                if tKey == "of", key(j + 1) == "a", key(j + 2) == "percentage", key(j + 3) == "point" {
                    return NumberClass(kind: .percent, unit: nil, end: j + 4)
                }
            }
            // Money words: "5 million dollars", "10 US dollars", "500 roubles".
            var k = j
            if t.kind == .word, tKey == "us", t.isAllCaps, k + 1 < n, toks[k + 1].info?.unit?.kind == .money { k += 1 }
            if k < n, toks[k].kind == .word, let u = toks[k].info?.unit, u.kind == .money {
                if u.name == "pound", !(currency != nil), isWeightContext(k, spanStart: spanStart) {
                    return NumberClass(kind: .measure, unit: "pound", end: k + 1)
                }
                return NumberClass(kind: .money, unit: currency?.unit ?? u.name, end: k + 1)
            }
            if t.kind == .word, t.isAllCaps, NumberLexicon.currencyCodes.contains(tKey) {
                return NumberClass(kind: .money, unit: currency?.unit ?? tKey.uppercased(), end: j + 1)
            }
        }
        if let cur = currency { return NumberClass(kind: .money, unit: cur.unit, end: coreEnd) }
        if j < n, !toks[j].startsLine {
            let t = toks[j]
            // Units of measure and time.
            if t.kind == .word {
                if let r = unitAt(j, core: c) { return r }
            }
            // Hyphenated compounds: "eight-month-old", "12-year-old", "two-day", "10-km".
            if t.kind == .punct, t.punct == "-", t.dash == .hyphen, !t.spaceBefore, j + 1 < n,
               toks[j + 1].kind == .word, !toks[j + 1].spaceBefore {
                let w = toks[j + 1]
                let wKey = keys[j + 1]
                if NumberScanner.fractionWords.contains(wKey) {
                    return NumberClass(kind: .number, unit: nil, end: j + 2, skip: true)
                }
                if let u = w.info?.unit, u.kind == .measure || u.kind == .duration || u.kind == .money {
                    var end = j + 2
                    if end + 1 < n, isPunct(end, "-"), !toks[end].spaceBefore, !toks[end + 1].spaceBefore,
                       NumberScanner.compoundSuffixes.contains(key(end + 1)) {
                        end += 2
                    }
                    let kind: NumberKind = u.kind == .measure ? .measure : (u.kind == .money ? .money : .duration)
                    return NumberClass(kind: kind, unit: u.name, end: end)
                }
                // "a 300-strong crowd": a count of the noun's members, named by the noun.
                if wKey == "strong", let h = headNoun(from: j + 2, plural: false) ?? headNoun(from: j + 2, plural: true) {
                    return NumberClass(kind: .count, unit: unitPhrase(from: j + 2, head: h), end: h + 1)
                }
                if wKey == "strong" || wKey == "fold" { return NumberClass(kind: .number, unit: nil, end: j + 2) }
                // "a 10-for-1 split": two bare figures.
                if wKey == "for", j + 3 < n, isPunct(j + 2, "-"), toks[j + 3].kind == .number, !toks[j + 3].spaceBefore {
                    return NumberClass(kind: .number, unit: nil, end: j)
                }
                // "one-off", "one-time", "one-on-one": no quantity.
                if w.info?.stop == true || wKey == "off" || (wKey == "time" && c.value == 1) || wKey == "way"
                    || wKey == "sided" {
                    return NumberClass(kind: .number, unit: nil, end: j + 2, skip: true)
                }
                // "seven-time champion": a count of times.
                if wKey == "time" { return NumberClass(kind: .count, unit: "time", end: j + 2) }
                if !wKey.isEmpty, !w.isCapitalized || !c.isDigits, w.info?.stop != true, w.info?.cardinal == nil,
                   w.info?.ordinal == nil {
                    return NumberClass(kind: .count, unit: singular(j + 1), end: j + 2)
                }
            }
        }
        // Years.
        if isYear(c), currency == nil {
            let prev = key(c.start - 1)
            let adjectival = c.value >= 1900 && (NumberScanner.determiners.contains(prev) || isPunct(c.start - 1, "'"))
            let capitalNext = j < n && toks[j].kind == .word && toks[j].isCapitalized && c.value >= 1900
            if NumberScanner.yearPrepositions.contains(prev) || adjectival || capitalNext || c.start == 0
                || toks[c.start].startsLine || isPunct(c.start - 1, "©")
                || headNoun(from: j, plural: true) == nil || sentenceStart(c.start) {
                return NumberClass(kind: .year, unit: nil, end: coreEnd)
            }
        }
        // Counted nouns.
        let h0 = j
        let plural = abs(c.value) != 1 || c.isArticle
        if let h = headNoun(from: h0, plural: plural) {
            // A unit after modifiers: "three long years", "20 metric tons", "five more days".
            if let u = toks[h].info?.unit, u.kind != .percent, toks[h].info?.unitNeedsGlue != true {
                let kind: NumberKind = u.kind == .measure ? .measure : (u.kind == .money ? .money : .duration)
                return NumberClass(kind: kind, unit: currency?.unit ?? u.name, end: h + 1)
            }
            return NumberClass(kind: .count, unit: unitPhrase(from: h0, head: h), end: h + 1)
        }
        // "411 of the 650 seats", "29 of 31 drones": the noun comes after the second figure.
        if key(j) == "of", c.value >= 0, let unit = nounAfterPartitive(j + 1) {
            return NumberClass(kind: .count, unit: unit, end: coreEnd)
        }
        // A number whose noun is left out takes the noun counted just before:
        // "four of them", "all three".
        let (leftOut, tallyUnit) = leftOutNounContext(spanStart)
        if leftOut, let u = tallyUnit, !isYear(c) { return NumberClass(kind: .count, unit: u, end: coreEnd) }
        if !c.isDigits || c.fracDigits == 0, c.value >= 1, !isYear(c), let last = lastCountUnit(before: c.start) {
            let next = key(j)
            let prev = key(c.start - 1)
            let lead = key(spanStart - 1)
            let subjectSlot = lead.isEmpty || lead == "and" || lead == "but" || lead == "while" || prev.isEmpty
                || lead == "said" || lead == "says" || lead == "that" || prev == "and" || prev == "but" || prev == "while" || prev == "all"
                || prev == "the" || prev == "both" || prev == "another" || prev == "further"
            if (next == "of" && NumberScanner.leftOutPronouns.contains(key(j + 1)))
                || ((prev == "all" || prev == "the" || prev == "both") && (j >= n || endsClause(j)))
                // "and 15 were hurt", "All five were buried".
                || (subjectSlot && NumberScanner.clauseVerbs.contains(next))
                || leftOut
                || (c.isDigits && c.scaleFactor >= 1000 && toks[c.end - 1].info?.scaleAbbrev != true)
                || (!c.isDigits && c.value >= 1000 && toks[c.end - 1].info?.scale != nil) {
                return NumberClass(kind: .count, unit: last, end: coreEnd)
            }
        }
        return NumberClass(kind: .number, unit: nil, end: coreEnd)
    }

    /// The counted noun of "[the] 650 seats" starting at `k` (after "of"), if any.
    func nounAfterPartitive(_ k0: Int) -> String? {
        var k = k0
        if k < n, NumberScanner.determiners.contains(key(k)) || key(k) == "all" { k += 1 }
        // "of the country's 16 regions"
        if k + 2 < n, toks[k].kind == .word, isPunct(k + 1, "'"), key(k + 2) == "s", !toks[k + 1].spaceBefore { k += 3 }
        // "Five of the victims": the noun right after the determiner.
        if k > k0, k < n, toks[k].kind == .word, toks[k].info?.cardinal == nil, !toks[k].startsLine,
           let h = headNoun(from: k, plural: true), h <= k + 2, toks[h].info?.unit == nil {
            return unitPhrase(from: k, head: h)
        }
        guard k < n, !toks[k].startsLine, toks[k].kind == .number || toks[k].info?.cardinal != nil,
              var c2 = parseCore(k), !c2.isOrdinal else { return nil }
        if c2.isDigits, isNamePart(c2) { return nil }
        let e = applyScales(&c2, currency: false)
        guard let h = headNoun(from: e, plural: true), toks[h].info?.unit == nil else { return nil }
        return unitPhrase(from: e, head: h)
    }

    /// Words that stand for a running count: "bringing the total to 150,000".
    static let tallyWords: Set<String> = ["total", "tally", "toll", "number", "figure", "count", "overall"]
    /// Words before a tally word: "the total", "bringing total losses".
    static let tallyLeads: Set<String> = [
        "the", "a", "its", "their", "toll", "bringing", "brings", "bring", "brought", "taking", "takes", "took",
        "pushing", "pushes", "pushed",
    ]

    /// Verbs that show a bare figure is the subject of its clause: "15 were hurt".
    static let clauseVerbs: Set<String> = [
        "were", "was", "are", "is", "have", "had", "has", "remain", "remained", "died", "survived",
        "fled", "escaped", "returned", "arrived", "left", "injured", "wounded", "hurt", "killed", "dead", "missing",
        "arrested", "detained", "rescued", "evacuated", "marched", "protested", "gathered", "rallied", "attended",
        "joined", "voted", "signed", "took", "turned", "came", "stayed", "lost", "received", "applied",
    ]

    /// The figure starting at `s` repeats the noun of the count before it: "of whom
    /// 390", "the total to about 150,000", "by 312 votes to 250". The unit is given
    /// when the context names the noun itself ("the number of deaths rose to 45").
    func leftOutNounContext(_ s: Int) -> (Bool, String?) {
        let p1 = key(s - 1)
        let p2 = key(s - 2)
        if (p1 == "whom" || p1 == "which") && p2 == "of" { return (true, nil) }
        // "compared with 4,137", "up from 300", "down from 1,200".
        if (p1 == "with" || p1 == "to") && p2 == "compared" { return (true, nil) }
        if p1 == "from" && (p2 == "up" || p2 == "down") { return (true, nil) }
        // "312 votes to 250", "from 300 people to 450": the count ends just before.
        if p1 == "to" || p1 == "against" || p1 == "versus" || p1 == "vs", let f = found.last, f.kind == .count,
           f.last == s - 2 {
            return (true, nil)
        }
        // A tally word a few words back in the same clause.
        var b = s - 1
        var steps = 0
        while b >= 0, steps < 8 {
            let t = toks[b]
            let tKey = keys[b]
            if t.kind == .punct { return (false, nil) }
            // Only a year may stand between: "the total for 2023 to 25,000".
            if t.kind == .number, !(t.intDigits == 4 && !t.grouped && t.fracDigits == 0) { return (false, nil) }
            if NumberScanner.tallyWords.contains(tKey), NumberScanner.tallyLeads.contains(key(b - 1)) || tKey == "toll" {
                // "the number of deaths rose to 45"
                if key(b + 1) == "of", let h = headNoun(from: b + 2, plural: true), h < s, toks[h].info?.unit == nil {
                    return (true, unitPhrase(from: b + 2, head: h))
                }
                return (true, nil)
            }
            b -= 1
            steps += 1
        }
        return (false, nil)
    }

    /// Token `j` is clause punctuation ("all four." / "the three,").
    func endsClause(_ j: Int) -> Bool {
        guard toks[j].kind == .punct else { return false }
        let p = toks[j].punct
        return p == "." || p == "," || p == ";" || p == ":" || p == ")" || p == "!" || p == "?"
    }

    /// The unit of the closest count found earlier, within a few sentences.
    func lastCountUnit(before i: Int) -> String? {
        var k = found.count - 1
        var steps = 0
        while k >= 0, steps < 3 {
            let f = found[k]
            if f.last < i - 60 { return nil }
            if f.kind == .count, let u = f.unit { return u }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// A unit of measure or time at token `j` right after the number.
    func unitAt(_ j: Int, core c: NumberCore) -> NumberClass? {
        let tKey = keys[j]
        var k = j
        var prefix = ""
        if tKey == "square" || tKey == "sq" || tKey == "cubic", j + 1 < n, toks[j + 1].info?.unit?.kind == .measure {
            prefix = tKey == "cubic" ? "cubic " : "square "
            k = j + 1
        }
        let w = toks[k]
        let wKey = keys[k]
        if wKey == "c" || wKey == "f", w.isCapitalized, !w.spaceBefore, prefix.isEmpty {
            return NumberClass(kind: .measure, unit: "degree", end: k + 1)
        }
        if wKey == "in", !w.spaceBefore, c.isDigits, prefix.isEmpty {
            return NumberClass(kind: .measure, unit: "inch", end: k + 1)
        }
        if wKey == "m", !w.spaceBefore, prefix.isEmpty {
            return NumberClass(kind: .measure, unit: "metre", end: k + 1)
        }
        guard let u = w.info?.unit, u.kind == .measure || u.kind == .duration else { return nil }
        if w.info?.unitNeedsGlue == true, w.spaceBefore { return nil }
        // "nautical miles"
        if wKey == "nautical" {
            guard k + 1 < n, key(k + 1) == "mile" || key(k + 1) == "miles" else { return nil }
            return NumberClass(kind: .measure, unit: "nautical mile", end: k + 2)
        }
        // Abbreviations that are also words need the figure: "in" is not "inch" here.
        if u.kind == .measure {
            if (wKey == "ha" || wKey == "ft" || wKey == "oz"), w.spaceBefore, !c.isDigits { return nil }
            var end = k + 1
            // Speeds: "km/h", "km/hr".
            if (wKey == "km" || wKey == "kms"), prefix.isEmpty, end + 1 < n, isPunct(end, "/"), !toks[end].spaceBefore,
               !toks[end + 1].spaceBefore, key(end + 1) == "h" || key(end + 1) == "hr" {
                return NumberClass(kind: .measure, unit: "kilometre per hour", end: end + 2)
            }
            if end + 1 < n, isPunct(end, "-"), !toks[end].spaceBefore, !toks[end + 1].spaceBefore,
               NumberScanner.compoundSuffixes.contains(key(end + 1)) { end += 2 }
            // Rates: "50 kilometres per hour", "35 miles an hour".
            if end + 1 < n, key(end) == "per" || key(end) == "an" || key(end) == "a", !toks[end].startsLine,
               let per = toks[end + 1].info?.unit, per.kind == .duration, !toks[end + 1].startsLine {
                return NumberClass(kind: .measure, unit: prefix + u.name + " per " + per.name, end: end + 2)
            }
            // "30 degrees Celsius".
            if u.name == "degree", end < n, keys[end] == "celsius" || keys[end] == "fahrenheit", !toks[end].startsLine {
                return NumberClass(kind: .measure, unit: keys[end] == "celsius" ? "degree Celsius" : "degree Fahrenheit",
                                   end: end + 1)
            }
            return NumberClass(kind: .measure, unit: prefix + u.name, end: end)
        }
        // Durations; "40 years old", "12 years-old".
        var end = k + 1
        if key(end) == "old" { end += 1 }
        else if end + 1 < n, isPunct(end, "-"), !toks[end].spaceBefore, key(end + 1) == "old" { end += 2 }
        return NumberClass(kind: .duration, unit: u.name, end: end)
    }

    /// "pounds" of weight: "300 pounds of", "weighed 200 pounds".
    func isWeightContext(_ k: Int, spanStart: Int) -> Bool {
        if key(k + 1) == "of" { return true }
        var b = spanStart - 1
        var steps = 0
        while b >= 0, steps < 4 {
            let kk = key(b)
            if kk.hasPrefix("weigh") || kk == "heavy" || kk == "lost" || kk == "gained" { return true }
            b -= 1
            steps += 1
        }
        return false
    }

    /// The counted noun after a number: the first plural noun within four words
    /// (`plural`), or the last noun of a short noun phrase (singular).
    func headNoun(from k0: Int, plural: Bool) -> Int? {
        var k = k0
        var words = 0
        var lastNoun = -1
        while k < n, words < 4 {
            let t = toks[k]
            let tKey = keys[k]
            if t.kind == .punct {
                if t.punct == "-", t.dash == .hyphen, !t.spaceBefore, k > k0, k + 1 < n,
                   toks[k + 1].kind == .word || (plural && toks[k + 1].kind == .number && toks[k - 1].kind == .word),
                   !toks[k + 1].spaceBefore {
                    k += 1
                    continue
                }
                break
            }
            // An age or measure before the noun: "four 12-year-old girls", "two 10-km runs".
            if plural, let compound = ageOrMeasureCompound(at: k), compound.end < n, toks[compound.end].kind == .word,
               !toks[compound.end].startsLine {
                k = compound.end
                continue
            }
            // A product code before the noun: "100 B61 bombs", "40 Leopard 2 tanks", "F-16 jets".
            if plural, t.kind == .number, k > k0, !t.startsLine, toks[k - 1].kind == .word || isPunct(k - 1, "-"),
               !t.spaceBefore || (toks[k - 1].kind == .word && toks[k - 1].isCapitalized),
               k + 1 < n, toks[k + 1].kind == .word, !toks[k + 1].startsLine, t.fracDigits == 0 {
                k += 1
                continue
            }
            if t.kind != .word || (k > k0 && t.startsLine) || (k == k0 && t.startsLine) { break }
            // "two other men", "three more days", "five further cases": a modifier, not a stop.
            if k == k0, tKey == "other" || tKey == "more" || tKey == "further" || tKey == "extra",
               k + 1 < n, toks[k + 1].kind == .word, !toks[k + 1].startsLine, toks[k + 1].info?.stop != true {
                k += 1
                continue
            }
            if let info = t.info {
                if info.stop || info.cardinal != nil || info.weekday || info.unit?.kind == .percent { break }
                if let sc = info.scale, !info.scaleAbbrev, sc > 0 { break }
                if info.month != nil, t.isCapitalized { break }
                if info.ordinal != nil { break }
            }
            words += 1
            if plural {
                // An acronym before a noun is a modifier: "12 HIMARS launchers".
                if t.isAllCaps, tKey.count > 1, k + 1 < n, toks[k + 1].kind == .word, !toks[k + 1].startsLine,
                   toks[k + 1].info?.stop != true, isPlural(k + 1) || toks[k + 1].isAllCaps {
                    k += 1
                    continue
                }
                if isPlural(k) {
                    // "police officers": a plural noun right after wins.
                    // "31 Abrams tanks": a capitalised name before a plural noun is a modifier.
                    // "singles titles", "sports cars": a plural noun right after a plural one is the head.
                    if NumberLexicon.irregularPlurals[tKey] != nil || t.isCapitalized
                        || NumberScanner.pluralModifiers.contains(tKey) || NumberScanner.invariantNouns.contains(tKey),
                       k + 1 < n, toks[k + 1].kind == .word,
                       !toks[k + 1].startsLine, toks[k + 1].info?.stop != true, isPlural(k + 1),
                       !NumberScanner.sAdverbs.contains(keys[k + 1]), toks[k + 1].info?.unit == nil {
                        return k + 1
                    }
                    return k
                }
                if t.isAllCaps && tKey.count > 1 && words == 1 && k + 1 < n && !isWord(k + 1) { return nil }
                k += 1
                continue
            }
            if isPlural(k) {
                if lastNoun < 0 { return k }
                break
            }
            if isAdjectival(k) {
                if lastNoun >= 0 { break }
                k += 1
                continue
            }
            if tKey.hasSuffix("ing"), lastNoun >= 0 { break }
            // A capitalised name ends at the first lower-case word: "first World Cup held".
            if lastNoun >= 0, toks[lastNoun].isCapitalized, !t.isCapitalized { break }
            lastNoun = k
            k += 1
        }
        return lastNoun >= 0 ? lastNoun : nil
    }

    /// A hyphenated age or measure at token `k` ("12-year-old", "two-day", "10-km"):
    /// where it ends, and its kind, value and unit.
    func ageOrMeasureCompound(at k: Int) -> (end: Int, kind: NumberKind, value: Double, unit: String)? {
        guard k + 2 < n, isPunct(k + 1, "-"), !toks[k + 1].spaceBefore, !toks[k + 2].spaceBefore,
              toks[k + 2].kind == .word, let u = toks[k + 2].info?.unit, u.kind == .measure || u.kind == .duration
        else { return nil }
        let value: Double
        if toks[k].kind == .number, toks[k].valid { value = toks[k].value }
        else if toks[k].kind == .word, let v = toks[k].info?.cardinal { value = v }
        else { return nil }
        var end = k + 3
        if end + 1 < n, isPunct(end, "-"), !toks[end].spaceBefore, !toks[end + 1].spaceBefore,
           NumberScanner.compoundSuffixes.contains(key(end + 1)) {
            end += 2
        }
        return (end, u.kind == .measure ? .measure : .duration, value, u.name)
    }

    /// The unit of a count: the head noun in the singular, with the nouns before it
    /// ("border guard"), without adjectives ("tactical").
    func unitPhrase(from k0: Int, head h: Int) -> String {
        var parts: [String] = []
        var k = k0
        while k < h {
            if toks[k].kind == .word, !toks[k].isCapitalized, !isAdjectival(k), !keys[k].isEmpty,
               !keys[k].hasSuffix("ing"), toks[k].info?.modifier != true, toks[k].info?.stop != true {
                parts.append(keys[k])
            } else {
                parts.removeAll()
            }
            k += 1
        }
        parts.append(singular(h))
        if parts.count > 2 { parts.removeFirst(parts.count - 2) }
        return parts.joined(separator: " ")
    }

    /// Ages: "Ivan Petrov, 45, said", "aged 12", "will turn 40".
    func ageContext(_ c: NumberCore, spanStart: Int) -> NumberClass? {
        guard c.plainInt || !c.isDigits, c.value >= 1, c.value <= 120, !c.isOrdinal, !c.isArticle else { return nil }
        let prev = key(spanStart - 1)
        if prev == "aged" || prev == "age" || (prev == "of" && key(spanStart - 2) == "age")
            || prev == "turn" || prev == "turned" || prev == "turns" || prev == "turning" {
            return NumberClass(kind: .duration, unit: "year", end: c.end)
        }
        // "children under 12", "people over 65": an age limit after a noun for people.
        let before = key(c.start - 1)
        if before == "under" || before == "over" || before == "below" || before == "above", c.isDigits, c.plainInt,
           NumberScanner.personNouns.contains(key(c.start - 2)),
           c.end >= n || toks[c.end].kind == .punct || toks[c.end].info?.stop == true {
            return NumberClass(kind: .duration, unit: "year", end: c.end)
        }
        // "At 47, she is ...", "and, at 47, one of the youngest".
        if prev == "at", c.isDigits, c.plainInt, c.value >= 16, c.value <= 110, isPunct(c.end, ","),
           sentenceStart(spanStart - 1) || isPunct(spanStart - 2, ",") {
            return NumberClass(kind: .duration, unit: "year", end: c.end)
        }
        if c.isDigits, c.plainInt, c.value <= 110, isPunct(c.start - 1, ","), c.start >= 2, toks[c.start - 2].kind == .word,
           toks[c.start - 2].info?.month == nil, toks[c.start - 2].info?.weekday != true,
           toks[c.start - 2].info?.stop != true,
           isPunct(c.end, ",") || isPunct(c.end, ")") {
            return NumberClass(kind: .duration, unit: "year", end: c.end)
        }
        if c.isDigits, c.plainInt, c.value <= 110, isPunct(c.start - 1, "("), isPunct(c.end, ")"), c.start >= 2,
           toks[c.start - 2].kind == .word, toks[c.start - 2].isCapitalized, !toks[c.start - 2].isAllCaps,
           !isPlural(c.start - 2), toks[c.start - 2].info == nil,
           c.end + 1 < n, !toks[c.end + 1].startsLine {
            return NumberClass(kind: .duration, unit: "year", end: c.end)
        }
        return nil
    }

    // MARK: - Ranges

    /// The second number of "10-20", "10 to 20", "between 10 and 20", "two or three".
    func tryRangeSecond(_ c: NumberCore, at j: Int, currency: Bool) -> (NumberCore, Int)? {
        guard j < n, !c.isOrdinal, !c.isArticle, !toks[j].startsLine else { return nil }
        let t = toks[j]
        let tKey = keys[j]
        var k = j + 1
        if t.kind == .punct, t.punct == "-", t.dash != .emDash {
            guard c.isDigits else { return nil }
            if t.dash == .hyphen, t.spaceBefore != (j + 1 < n && toks[j + 1].spaceBefore) { return nil }
        } else if t.kind == .word, tKey == "to" || tKey == "or" {
            // "to" / "or" between two figures.
        } else if t.kind == .word, tKey == "and" {
            var b = c.start - 1
            if b >= 0, toks[b].kind == .punct, isCurrencySymbol(toks[b].punct.value) { b -= 1 }
            guard key(b) == "between" else { return nil }
        } else {
            return nil
        }
        if k < n, toks[k].kind == .punct, isCurrencySymbol(toks[k].punct.value), currency { k += 1 }
        guard k < n, !toks[k].startsLine, let c2 = parseCore(k), !c2.isOrdinal, c2.isDigits == c.isDigits,
              toks[c2.start].kind != .punct else { return nil }
        if c2.isDigits, isNamePart(c2) { return nil }
        // "2014-15": a short second year is not a figure of its own.
        if isYear(c), c2.intDigits < 4, t.punct == "-" { return nil }
        // "at 10 to 11am" style times are left alone.
        if c2.isDigits, c2.end < n, key(c2.end) == "am" || key(c2.end) == "pm" || isPunct(c2.end, ":") { return nil }
        return (c2, k)
    }

    // MARK: - Ordinals

    /// Emits an ordinal ("second Test", "54th", "the first contacts") unless it is part
    /// of a name or a discourse word.
    mutating func emitOrdinal(_ c: NumberCore) -> Int {
        let i = c.start
        let t = toks[i]
        let tKey = keys[i]
        let prev = key(i - 1)
        if !c.isDigits {
            if tKey == "first" {
                if prev == "at" || (key(c.end) == "of" && key(c.end + 1) == "all") { return c.end }
            }
            if t.isCapitalized, !sentenceStart(i) { return c.end }
            if t.isCapitalized, isPunct(c.end, ",") { return c.end }
        }
        // A name: "54th Separate Guards Reconnaissance Battalion".
        var caps = 0
        var k = c.end
        while k < n, caps < 2, toks[k].kind == .word, toks[k].isCapitalized, !toks[k].startsLine {
            caps += 1
            k += 1
        }
        // Digits ("54th Separate Guards", "93rd Brigade") name units; word ordinals before
        // a capitalised name still rank ("the first World Cup", "second Test"), and so do
        // digits after a possessive ("their 15th European Cup").
        let possessive = prev == "their" || prev == "his" || prev == "her" || prev == "its" || prev == "our"
            || prev == "my" || prev == "your" || (prev == "s" && isPunct(i - 2, "'"))
        if c.isDigits, caps >= 1, !possessive { return k }
        // "First Deputy Prime Minister", "Second World War" at the start of a sentence.
        if t.isCapitalized, caps >= 2 { return k }
        // Fractions: "a third of voters", "one fifth of".
        if !c.isDigits, key(c.end) == "of", prev == "a" || prev == "one" || toks[i - (i > 0 ? 1 : 0)].info?.cardinal != nil {
            return c.end
        }
        // "rose by a fifth", "one third": a fraction with no noun after it.
        if !c.isDigits, prev == "a" || prev == "one", NumberScanner.fractionWords.contains(tKey),
           headNoun(from: c.end, plural: false) == nil {
            return c.end
        }
        var hStart = c.end
        // "second-largest city"
        if hStart + 1 < n, isPunct(hStart, "-"), !toks[hStart].spaceBefore, toks[hStart + 1].kind == .word,
           !toks[hStart + 1].spaceBefore {
            // "second-hand", "first-class", "third-party": compounds that rank nothing.
            if !c.isDigits, NumberScanner.unrankedCompounds.contains(keys[hStart + 1]) { return hStart + 2 }
            hStart += 2
        }
        // "he was first sworn in", "first reported by": an adverb before a participle.
        if !c.isDigits, tKey == "first", !NumberScanner.determiners.contains(prev), c.end < n, toks[c.end].kind == .word,
           keys[c.end].hasSuffix("ed") || keys[c.end].hasSuffix("wn") || keys[c.end].hasSuffix("en")
            || keys[c.end].hasSuffix("rn") {
            return c.end
        }
        let h = headNoun(from: hStart, plural: false)
        // "came second", "finished third": a placing ranks without a noun.
        // "dropped him to third", "up to second,": a bare placing at a clause end.
        let placingTo = (prev == "to" || prev == "in") && !c.isDigits && (c.end >= n || endsClause(c.end))
        let det = NumberScanner.determiners.contains(prev) || isPunct(i - 1, "'")
            || NumberScanner.placingVerbs.contains(prev) || placingTo
        // "a second five-year term", "the first 100 days": the ordinal ranks a counted
        // phrase; the figure after it is read on its own.
        let numberNext = c.end < n && !toks[c.end].startsLine
            && (toks[c.end].kind == .number || toks[c.end].info?.cardinal != nil)
        if numberNext, !c.isDigits, det || prev == "its" || prev == "his" || prev == "her" || prev == "their" {
            emit(first: i, last: c.end - 1, value: .number(c.value), kind: .ordinal, unit: nil, approx: nil)
            return c.end
        }
        if h == nil {
            if !c.isDigits && !det { return c.end }
            if tKey == "second", prev == "a" || prev == "per" || prev == "split" { return c.end }
        }
        if tKey == "second", prev == "a" || prev == "per", h == nil { return c.end }
        emit(first: i, last: (h ?? (hStart > c.end ? hStart - 1 : c.end - 1)), value: .number(c.value),
             kind: .ordinal, unit: nil, approx: nil)
        return (h.map { $0 + 1 }) ?? c.end
    }

    /// "day two", "round 3": a cardinal after an ordering noun is an ordinal.
    mutating func tryOrdinalAfterNoun(_ c: NumberCore) -> Int? {
        guard !c.isArticle, c.start >= 1, toks[c.start].kind != .punct, c.value >= 1, c.value <= 100,
              c.value == c.value.rounded(), NumberScanner.ordinalNouns.contains(key(c.start - 1)),
              c.start - 1 >= floor else { return nil }
        if c.end < n, headNoun(from: c.end, plural: true) != nil { return nil }
        if c.end < n, toks[c.end].kind == .word, toks[c.end].info?.unit != nil { return nil }
        emit(first: c.start - 1, last: c.end - 1, value: .number(c.value), kind: .ordinal, unit: nil, approx: nil)
        return c.end
    }
}
