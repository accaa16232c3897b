import WirefleetText

// MARK: - The facts a rule reads

/// One candidate name span and the facts about it that every typing rule reads.
struct NameSpan: Sendable {
    /// Tokens `a..<b` of the name.
    let a: Int
    let b: Int
    var n: Int { b - a }
    /// ``WordHash`` of the whole name as written (phrase lookups).
    let full: UInt64
    /// A title word came right before ("Minister Jane Doe").
    let titleCue: Bool
    /// A capitalised article came before ("… on The Duran").
    let theCue: Bool
    /// The capital letter says nothing here (sentence start, after a colon).
    let uncertainHere: Bool
    /// The name is on a title-case headline line.
    let onHeadline: Bool
    /// Every word is an ordinary English word.
    let allCommon: Bool
    /// "the Coalition", "the Government": one capitalised body word after "the".
    let namedBody: Bool
    /// Key of an acronym in brackets right after the name.
    let acronym: String?
    /// The span is an office named as a body ("Minister of Defence of Ukraine").
    let office: Bool

    init(scanner s: NameScanner, a: Int, b: Int, titleCue: Bool, theCue: Bool, uncertainStart: Bool,
         acronym: String?, office: Bool) {
        self.a = a
        self.b = b
        self.full = s.phraseHash(a, b)
        self.titleCue = titleCue
        self.theCue = theCue
        self.uncertainHere = uncertainStart || s.uncertain[a]
        self.onHeadline = s.headline[a]
        self.allCommon = (a..<b).allSatisfy { s.isCommon($0) }
        self.namedBody = b - a == 1 && s.isOrgHead(a) && !s.isTitle(a) && !uncertainHere && !onHeadline
            && s.tokens[max(a - 1, 0)].hash == WordHash.folded("the") && (s.tokens[a - 1].isLowercase || s.uncertain[a - 1])
            && s.tokens[a].isCapitalized
        self.acronym = acronym
        self.office = office
    }
}

/// What a typing rule decides.
enum TypingVerdict: Sendable {
    /// The span is an entity of this type, this sure.
    case entity(EntityType, NameCandidate.Evidence)
    /// The span is not an entity (a law, a product, a fragment).
    case notAnEntity
}

/// One named rule of the typing ladder: it decides, or passes (nil) to the next rule.
struct TypingRule: Sendable {
    /// Short name, shown by `wirefleet explain`.
    let name: String
    let decide: @Sendable (inout NameScanner, NameSpan) -> TypingVerdict?
}

/// A check that drops a weakly typed candidate after the ladder (products, stray
/// initials, lone ordinary words).
struct CandidateFilter: Sendable {
    let name: String
    let drops: @Sendable (NameScanner, NameSpan, NameCandidate.Evidence) -> Bool
}

/// One typing decision, recorded when explaining.
struct TypingTraceEntry: Sendable, Hashable {
    var tokens: Range<Int>
    /// The rule (and, for a drop after the ladder, the filter) that decided.
    var rule: String
    /// nil: not an entity.
    var type: EntityType?
    var evidence: NameCandidate.Evidence?
    /// ``NameCandidate/scalarEnd``: where a name ends inside its last token.
    var scalarEnd: Int? = nil
    /// ``NameCandidate/scalarStart``: where a name starts inside its first token.
    var scalarStart: Int? = nil
}

// MARK: - The ladder

extension NameScanner {
    /// Labels of a photographer's credit: "Photos: …" (`[photo_labels]`).
    static let photoLabels = Lexicon.cueWords("photo_labels")

    /// After token `b`, a list of one-word names goes on (", X", "and X", ", and X") and
    /// ends its clause: a full stop, a semicolon, a closing bracket, a comma or the line's end.
    func isListOfPlacesEnding(after b: Int) -> Bool {
        var k = b, items = 0
        while items < 8 {
            var next = k
            if punctValue(next) == 0x2C { next += 1 }
            if lowerIs(next, in: Self.coordinators), tokens[next].isLowercase { next += 1 }
            guard next > k, isNameWord(next), !isNameWord(next + 1) else { break }
            k = next + 1
            items += 1
        }
        guard items > 0 else { return false }
        if isLineEnd(k) { return true }
        guard let v = punctValue(k) else { return false }
        return v == 0x2E || v == 0x3B || v == 0x29 || v == 0x2C
    }

    /// A lower-case kin word right before token `a`: "his brother Tristan" (`[kin_words]`).
    func followsKinWord(_ a: Int) -> Bool { lowerIs(a - 1, in: Self.kinWords) && tokens[a - 1].isLowercase }

    /// Words between a name and "known as" its other name: "also", "formerly" ….
    static let aliasAdverbs = Lexicon.cueWords("alias_adverbs")

    /// Heads of street names that are no one's surname ("Drive", "Avenue"): `[street_heads]`.
    static let streetHeads = Lexicon.cueWords("street_heads")

    /// A run of several words with an ordinary English word in it and no given name or
    /// title: rarely a person's name ("Auckland Transport", "Science Advances").
    func hasOrdinaryWord(_ c: NameSpan) -> Bool {
        c.n >= 2 && (c.a..<c.b).contains { isCommon($0) } && !(c.a..<c.b).contains { isFirstName($0) || isTitle($0) }
    }

    /// A quotation mark (any, after text hygiene: `"` or `'`) at token `i`.
    func isQuoteMark(_ i: Int) -> Bool {
        guard let v = punctValue(i) else { return false }
        return v == 0x22 || v == 0x27
    }

    /// Last parts of German, Dutch and Nordic compound names of streets, squares, bridges
    /// and stations.
    static let placeCompoundEndings: [[Unicode.Scalar]] = ["platz", "straße", "strasse", "gasse", "brücke", "bahnhof", "plein",
                                                          "gracht", "straat", "torget", "gatan", "plads", "ufer", "damm"]
        .map { Array($0.unicodeScalars) }

    /// "San", "Santa", "Santo", "São", "Sankt" as written: the word before a saint's name.
    static let saintWords: Set<UInt64> = Set(["San", "Santa", "Santo", "São", "Sankt"].map { WordHash.exact($0) })

    /// The typing rules, in order: the first rule that decides wins. Each rule reads the
    /// span (``NameSpan``) and the tokens around it; the order is the rules' priority,
    /// from the most specific evidence (an appositive, the gazetteers) to the fallback.
    static let typingRules: [TypingRule] = [
        // "10:42 AM EST", "Tue December 3": a time stamp or a date, no name; nor a weekday
        // alone, nor a month after a word of time.
        TypingRule(name: "date-or-time") { s, c in
            if c.n == 1, weekdays.contains(s.tokens[c.a].hash) { return .notAnEntity }
            // "the July-September quarter", "March-April": a span of months.
            if c.n == 1, s.tokens[c.a].range.contains(where: { s.s[$0] == "-" }) {
                let parts = s.candidateSurface(c.a, c.b).split(separator: "-")
                if parts.count >= 2, parts.allSatisfy({ calendarWords.contains(WordHash.folded($0)) }) { return .notAnEntity }
            }
            // "North Korean", "Southeast Asian", "Central African": a nationality with a compass
            // point, no name.
            if c.n == 2, compassPoints.contains(s.tokens[c.a].hash) || s.tokens[c.a].hash == centralHash,
               s.isDemonym(c.a + 1) { return .notAnEntity }
            // "In December, the European Union …", "by March": a month after a word of
            // time is a date, whatever follows (not "in May's cabinet").
            if c.n == 1, calendarWords.contains(s.tokens[c.a].hash), s.isWord(c.a - 1),
               timePrepositions.contains(s.tokens[c.a - 1].hash), s.punctValue(c.b) != 0x27 { return .notAnEntity }
            var words = 0, clock = true
            for k in c.a..<c.b where s.isWord(k) {
                let h = s.tokens[k].hash
                let isClock = clockWords.contains(h)
                guard isClock || calendarWords.contains(h) || calendarAbbreviations.contains(h) else { return nil }
                clock = clock && isClock && s.tokens[k].isAllCaps
                words += 1
            }
            return words > 0 && (clock || words >= 2) && s.lexicon.known[c.full] == nil ? .notAnEntity : nil
        },
        // "the A13 highway", "the N-95": a road's code (``NameScanner/roadCodes``) is a place.
        TypingRule(name: "road-code") { s, c in
            c.n == 1 && s.roadCodes.contains(s.tokens[c.a].exactHash) ? .entity(.location, .rule) : nil
        },
        // "the West", "the East": a region or bloc named by a compass point.
        TypingRule(name: "compass-point") { s, c in
            c.n == 1 && compassPoints.contains(s.tokens[c.a].hash) && s.lowerIs(c.a - 1, in: articles)
                && s.tokens[c.a - 1].isLowercase ? .entity(.location, .rule) : nil
        },
        // "the tanker Marit Sky", "the ferry Estonia": a ship is no entity, here or where the
        // article names it again.
        TypingRule(name: "vessel-name") { s, c in
            guard c.n <= 4, !s.tokens[c.a].startsLine, s.isWord(c.a - 1), s.tokens[c.a - 1].isLowercase, s.lowerIs(c.a - 1, in: vesselNouns),
                  s.lexicon.known[c.full] == nil else { return nil }
            s.suppressedKeys.insert(NameScanner.candidateKey(ofSurface: s.candidateSurface(c.a, c.b)))
            return .notAnEntity
        },
        // "Seafood Trade Weekly", "Daily Courier › News › World": a short line under the
        // headline that opens with a name is the outlet's masthead (``NameScanner/isMasthead(_:)``).
        TypingRule(name: "masthead") { s, c in
            s.isMasthead(c) ? .entity(.organization, .rule) : nil
        },
        // "X, a company that …", "X, a town in …": the appositive's noun gives the type.
        TypingRule(name: "appositive") { s, c in
            guard let appositive = s.appositiveType(after: c.b), s.lexicon.known[c.full] == nil else { return nil }
            return .entity(appositive, .rule)
        },
        // A law, award or event is not an entity, nor is its acronym ("Digital Markets Act
        // (DMA)", "the Harbourlight Prize for Fiction").
        TypingRule(name: "law-or-event") { s, c in
            let (a, b) = (c.a, c.b)
            let namedFor = c.n >= 3 && (a + 1..<(b - 1)).contains { s.lexicon.miscHeads.contains(s.tokens[$0].hash) && s.lowerIs($0 + 1, in: ofFor) }
            guard c.n >= 2, s.lexicon.miscHeads.contains(s.tokens[b - 1].hash) || namedFor, s.lexicon.known[c.full] == nil,
                  !(c.n == 2 && s.isFirstName(a)),
                  !(a..<(b - 1)).contains(where: { s.isOrgHead($0) && s.lowerIs($0 + 1, in: ofFor) }) else { return nil }
            if let acronym = c.acronym { s.suppressedKeys.insert(acronym) }
            return .notAnEntity
        },
        // "Liverpool manager Arne Slot": a town's club (a country's team stays LOC).
        TypingRule(name: "club-of-a-team-role") { s, c in
            c.n <= 3 && s.lowerIs(c.b, in: teamRoles) && s.tokens[c.b].isLowercase && !s.tokens[c.b].startsLine
                && s.lexicon.places[c.full] != .country && s.lexicon.known[c.full] != .location
                && s.lexicon.known[c.full] != .person && !(c.n >= 2 && s.isFirstName(c.a)) ? .entity(.organization, .rule) : nil
        },
        // Datelines and shouting: "MOSCOW" → Moscow.
        TypingRule(name: "place-in-capitals") { s, c in
            c.n == 1 && s.tokens[c.a].isAllCaps && s.tokens[c.a].range.count > 3
                && s.lexicon.isPlace(s.titleCaseHash(c.a))
                ? .entity(.location, .rule) : nil
        },
        // "WOOMERA, Australia, Dec 6 —", "KALAM (AFP) -", "FRANKFURT, Dec 5 (Reuters) -": a
        // word in capitals opening a line and followed by a country or region and a comma,
        // or by a dash (after a date and an agency, if given), is a dateline's place even
        // where the gazetteer does not know it.
        TypingRule(name: "dateline-place") { s, c in
            guard c.n == 1, s.tokens[c.a].isAllCaps, s.tokens[c.a].range.count > 3, s.tokens[c.a].startsLine || c.a == 0, !c.allCommon,
                  s.lexicon.known[s.titleCaseHash(c.a)] == nil else { return nil }
            var k = c.b
            if s.punctValue(k) == 0x2C, s.isWord(k + 1), let kind = s.lexicon.places[s.tokens[k + 1].exactHash],
               kind == .country || kind == .region {
                return .entity(.location, .rule)
            }
            if s.punctValue(k) == 0x2C, s.isWord(k + 1), calendarWords.contains(s.tokens[k + 1].hash)
                || calendarAbbreviations.contains(s.tokens[k + 1].hash), k + 2 < s.tokens.count, s.tokens[k + 2].kind == .number {
                k += 3
            }
            if s.punctValue(k) == 0x28, s.isWord(k + 1), s.punctValue(k + 2) == 0x29 { k += 3 }
            if let v = s.punctValue(k), v == 0x2D || v == 0x2014 || v == 0x2013, !s.tokens[k].startsLine {
                return .entity(.location, .rule)
            }
            return nil
        },
        // The gazetteer of known entities; its products, works and events are not entities.
        TypingRule(name: "known-entity") { s, c in
            // "Nato", "Unicef", "Ecowas": a known acronym in the house style that writes it as a word.
            if c.n == 1, s.lexicon.known[c.full] == nil, s.tokens[c.a].isCapitalized, !s.tokens[c.a].isAllCaps,
               !s.isCommon(c.a), let upper = s.upperCaseHash(c.a), s.lexicon.known[upper] == .organization {
                return .entity(.organization, .lexicon)
            }
            guard let known = s.lexicon.known[c.full] else { return nil }
            guard known == .person || known == .organization || known == .location else { return .notAnEntity }
            if c.n == 1 && s.isCommon(c.a) && c.uncertainHere { return .notAnEntity }
            return .entity(known, .lexicon)
        },
        // "Vestkyst Varme A/S", "Brim hf.": a legal form after the name.
        TypingRule(name: "legal-form-after") { s, c in
            s.endsInLegalForm(c.a, c.b) ? .entity(.organization, .rule) : nil
        },
        // "Indonesian Red Cross", "Kenya Red Cross": a nationality or country before a known
        // body of several words names that body's national branch.
        TypingRule(name: "national-branch") { s, c in
            s.knownBodyAfterFirstWord(c.a, c.b)
                && (s.isDemonym(c.a) || s.lexicon.places[s.tokens[c.a].exactHash] == .country) ? .entity(.organization, .rule) : nil
        },
        // "Okonkwo, 54, told …": an age in commas follows a person.
        // "Sutrisno, a 54-year-old dairy farmer, said": an age in the appositive, too.
        TypingRule(name: "age-in-commas") { s, c in
            s.punctValue(c.b) == 0x2C && (s.isAge(c.b + 1) && s.punctValue(c.b + 2) == 0x2C || s.ageAppositive(after: c.b))
                && !c.allCommon && (s.lexicon.places[c.full] == nil || s.lexicon.places[c.full] == .city)
                ? .entity(.person, .rule) : nil
        },
        // "thrashed Valencia 5-0": a team before a score (a country's team stays LOC).
        TypingRule(name: "team-before-a-score") { s, c in
            c.n <= 3 && s.isScore(c.b) && s.lexicon.places[c.full] != .country && s.lexicon.known[c.full] == nil
                && !s.isFirstName(c.a) ? .entity(.organization, .rule) : nil
        },
        // "the Kenya Medical Research Institute (KEMRI)", "the Undersecretariat for Fisheries
        // and Aquaculture (Subpesca)": one word in brackets right after a body's name (its
        // head word last, or the name just found a body) is that body's short name, whatever
        // town the gazetteer knows by the letters.
        TypingRule(name: "acronym-of-a-body") { s, c in
            guard c.n == 1, s.punctValue(c.a - 1) == 0x28, s.punctValue(c.b) == 0x29,
                  s.lexicon.places[c.full] == nil, s.lexicon.known[c.full] == nil else { return nil }
            let afterBody = s.candidates.last.map { $0.tokens.upperBound == c.a - 1 && $0.type == .organization } ?? false
            return (s.tokens[c.a].isAllCaps && s.isOrgHead(c.a - 2)) || afterBody ? .entity(.organization, .rule) : nil
        },
        // "“…,” said Nakamura", "Tanaka said": a family name of the lexicon's (East Asian,
        // also a town's name) right before or after "said" is the person speaking.
        TypingRule(name: "family-name-speaking") { s, c in
            s.isFamilyNameSpeaking(c) ? .entity(.person, .rule) : nil
        },
        // The place gazetteer.
        TypingRule(name: "gazetteer-place") { s, c in
            // "Khyber-Pakhtunkhwa" is "Khyber Pakhtunkhwa": a hyphen between two capitalised parts.
            guard let place = s.lexicon.places[c.full] ?? (c.n == 1 ? s.hyphensAsSpaces(c.a).flatMap { s.lexicon.places[$0] } : nil)
                ?? s.placeWithoutAccents(c.a, c.b)
            else { return nil }
            let (a, b) = (c.a, c.b)
            // "Puma tanks": a small town's name used for a product.
            if place != .country && s.isWord(b) && s.tokens[b].isLowercase && s.lowerIs(b, in: productNouns) { return .notAnEntity }
            if c.n == 1 && calendarWords.contains(s.tokens[a].hash) { return .notAnEntity }
            // "his daughter Isla", "her sister Florence": a kin word names a person, whatever
            // town bears the name (not a country: "his son Jordan" is left to the reader).
            if c.n == 1 && place != .country && s.followsKinWord(a) {
                return .entity(.person, .rule)
            }
            if c.n == 1 && s.isCommon(a) {
                if c.uncertainHere || c.onHeadline { return .notAnEntity }
                return .entity(.location, s.lowerIs(a - 1, in: locCues) ? .rule : .guess)
            }
            return .entity(.location, .rule)
        },
        // "Source: Reuters".
        // ("Photo: Lukas Hofer/APA": a photographer, by the given name, is a person.)
        TypingRule(name: "source-credit") { s, c in
            // ("Photo: Farhan Yusufzai/AFP": a name before the agency's slash is the photographer.)
            s.punctValue(c.a - 1) == 0x3A && s.lowerIs(c.a - 2, in: sourceCues)
                && !(c.n >= 2 && (s.isFirstName(c.a) || s.punctValue(c.b) == 0x2F))
                ? .entity(.organization, .rule) : nil
        },
        // "San Pedro La Laguna", "Santa Rosa de Copán", "São José do Rio Preto": a saint's
        // name, a given name after "San", "Santa", "Santo", "São" or "Sankt", names a
        // place ("Santa Ono", no given name after it, stays a person).
        TypingRule(name: "saint-place") { s, c in
            c.n >= 2 && saintWords.contains(s.tokens[c.a].exactHash) && s.isFirstName(c.a + 1) ? .entity(.location, .rule) : nil
        },
        // "Mount Kenya", "Lake Como".
        TypingRule(name: "leading-place-head") { s, c in
            c.n >= 2 && leadingLocHeads.contains(s.tokens[c.a].hash) ? .entity(.location, .rule) : nil
        },
        // "Upper Lars", "Lower Dir": the upper or lower part of a place; not a chamber or a
        // court ("Upper House", "Upper Tribunal": a body's head word last).
        TypingRule(name: "upper-or-lower-place") { s, c in
            c.n >= 2 && upperLower.contains(s.tokens[c.a].hash) && !s.isOrgHead(c.b - 1) && !s.isTitle(c.b - 1)
                ? .entity(.location, .rule) : nil
        },
        // "the island of X", "the city of X".
        TypingRule(name: "place-of") { s, c in
            s.lowerIs(c.a - 1, in: ofFor) && s.tokens[c.a - 1].isLowercase && s.lowerIs(c.a - 2, in: placeOfCues)
                && (s.tokens[c.a - 2].isLowercase || s.uncertain[c.a - 2]) ? .entity(.location, .rule) : nil
        },
        // "Gemelli hospital", "Tsinghua university".
        // (Not an ordinary word opening a sentence or a headline: "Replacement school buses …".)
        TypingRule(name: "institution-noun-after") { s, c in
            s.lowerIs(c.b, in: trailingOrgCues) && s.tokens[c.b].isLowercase && !s.tokens[c.b].startsLine
                && !s.isFirstName(c.a) && !(c.allCommon && (c.uncertainHere || c.onHeadline)) ? .entity(.organization, .rule) : nil
        },
        // "Herat province", "Zindajan district".
        TypingRule(name: "place-noun-after") { s, c in
            // "the Kashagan oil field", "the Marib gas fields": a resource word between.
            let k = s.lowerIs(c.b, in: resourceWords) && s.tokens[c.b].isLowercase ? c.b + 1 : c.b
            return s.lowerIs(k, in: trailingLocCues) && s.tokens[k].isLowercase && !s.tokens[k].startsLine
                && !s.tokens[c.b].startsLine ? .entity(.location, .rule) : nil
        },
        // "Vanuatu's largest island, Espiritu Santo,": a place noun, a comma, the name
        // and the appositive's end name the place.
        TypingRule(name: "place-noun-before") { s, c in
            s.punctValue(c.a - 1) == 0x2C && s.isWord(c.a - 2) && s.tokens[c.a - 2].isLowercase
                && s.lowerIs(c.a - 2, in: locAppositives) && !s.isFirstName(c.a) && !s.isTitle(c.a)
                && (s.punctValue(c.b) == 0x2C || s.punctValue(c.b) == 0x2E) ? .entity(.location, .rule) : nil
        },
        // "Tokyo-based Hokuyo Kisen", "Delaware-registered Arlo Mining", "state-run Rosatom".
        TypingRule(name: "after-business-adjective") { s, c in
            s.hasHyphenSuffix(c.a - 1, in: businessAdjectiveSuffixes) && !s.tokens[c.a].startsLine
                && !s.isFirstName(c.a) && !s.isTitle(c.a) ? .entity(.organization, .rule) : nil
        },
        // "cyclone-hit Espiritu Santo", "war-torn Darfur": a place, where no list says otherwise.
        TypingRule(name: "after-place-adjective") { s, c in
            s.hasHyphenSuffix(c.a - 1, in: placeAdjectiveSuffixes) && !s.tokens[c.a].startsLine
                && !s.isFirstName(c.a) && !s.isTitle(c.a) && s.lexicon.known[c.full] == nil ? .entity(.location, .rule) : nil
        },
        // "Minister of Defence of Ukraine": an office named as a body.
        TypingRule(name: "office-as-body") { _, c in
            c.office && c.n >= 3 ? .entity(.organization, .rule) : nil
        },
        // "Gaza City", "Mexico City" (a town's "City" is its club).
        TypingRule(name: "city-suffix") { s, c in
            c.n == 2 && s.tokens[c.b - 1].hash == WordHash.folded("city")
                && (s.lexicon.places[s.tokens[c.a].exactHash].map { $0 != .city } ?? false || s.lexicon.known[s.tokens[c.a].exactHash] == .location)
                ? .entity(.location, .rule) : nil
        },
        // "Sydney Opera House", "Leeds Town Hall": a venue, though "House" and "Hall" alone end bodies.
        TypingRule(name: "place-ending") { s, c in
            c.n >= 3 && placeEndings.contains(s.phraseHash(c.b - 2, c.b, lower: true)) ? .entity(.location, .rule) : nil
        },
        // "Kestrel Heights", "Pine River": a place head ends the name (not after a given name: "Stuart Hall").
        // "State Highway 1", "Route 66": a numbered road.
        TypingRule(name: "numbered-road") { s, c in
            c.n >= 2 && s.isRoadNumber(c.b - 1) ? .entity(.location, .rule) : nil
        },
        TypingRule(name: "place-head") { s, c in
            // A given name before the head is a person ("Ida Marsh"), unless the head is a
            // street's, which no one is named ("Marine Drive", "Grace Avenue").
            guard c.n >= 2, s.isLocHead(c.b - 1), !s.isFirstName(c.b - 2) || s.lowerIs(c.b - 1, in: streetHeads) else { return nil }
            // "U.S. District Judge Reed Carter": the head begins a title, no place.
            if s.isTitle(c.b), s.tokens[c.b].isCapitalized, s.lexicon.places[c.full] == nil { return .notAnEntity }
            return .entity(.location, .rule)
        },
        // "Nordhavn Shipping Company", "Supreme Court": an organisation head ends the name.
        TypingRule(name: "organisation-head") { s, c in
            c.n >= 2 && s.isOrgHead(c.b - 1) ? .entity(.organization, .rule) : nil
        },
        // "Gulf of Finland".
        TypingRule(name: "place-head-of") { s, c in
            c.n >= 3 && s.isLocHead(c.a) && s.lowerIs(c.a + 1, in: ofFor) ? .entity(.location, .rule) : nil
        },
        // "Ministry of Defence", "Bank of England"; "Ministerio de Energía", "Banco do Brasil".
        TypingRule(name: "organisation-head-of") { s, c in
            c.n >= 3 && (c.a..<(c.b - 1)).contains(where: {
                s.isOrgHead($0) && (s.lowerIs($0 + 1, in: ofFor) || s.lowerIs($0 + 1, in: romanceOf) && s.tokens[$0 + 1].isLowercase
                                    || s.tokens[$0 + 1].hash == WordHash.folded("on") && s.tokens[$0 + 1].isLowercase)
            }) ? .entity(.organization, .rule) : nil
        },
        // "Radio New Zealand", "TV Globo", "Athletics Kenya": a first word that makes a body.
        TypingRule(name: "leading-organisation-word") { s, c in
            c.n >= 2 && leadingOrgWords.contains(s.tokens[c.a].hash) ? .entity(.organization, .rule) : nil
        },
        // "Kerr, who plays …" is a person; "Rolls-Royce, which makes …" is not.
        TypingRule(name: "who-or-which") { s, c in
            let b = c.b
            guard s.punctValue(b) == 0x2C, s.isWord(b + 1), s.tokens[b + 1].isLowercase, !c.allCommon,
                  s.tokens[b + 1].hash == WordHash.folded("who") || s.tokens[b + 1].hash == WordHash.folded("which") else { return nil }
            // "a volunteer in Luganville, who …", "an analyst at Halvorsen, who …": the
            // clause is the noun's before the preposition, not the name's.
            if s.isWord(c.a - 2), s.tokens[c.a - 2].isLowercase, s.tokens[c.a - 1].isLowercase,
               s.lowerIs(c.a - 1, in: nearPrepositions) || s.isLowerWord(c.a - 1, atHash) { return nil }
            if s.tokens[b + 1].hash == WordHash.folded("which") && c.n == 2 && s.isFirstName(c.a) { return .notAnEntity }
            return .entity(s.tokens[b + 1].hash == WordHash.folded("who") ? .person : .organization, .rule)
        },
        // "a spokesperson for National Grid".
        TypingRule(name: "spokesperson-for") { s, c in
            s.lowerIs(c.a - 1, in: ofFor) && s.tokens[c.a - 1].isLowercase && s.lowerIs(c.a - 2, in: spokesWords)
                ? .entity(.organization, .rule) : nil
        },
        // "Tallis shares fell", "shares in Nvidia": the cue holds at a sentence start too.
        TypingRule(name: "company-cue") { s, c in
            guard c.n <= 3, !c.titleCue, !s.isFirstName(c.a), s.followedByOrgWord(c.b) || s.isStakeIn(c.a) else { return nil }
            return .entity(.organization, (c.a..<c.b).contains { s.isCommon($0) } ? .context : .rule)
        },
        // "Pakistan Tehreek-e-Insaf (PTI)": a name with its acronym is a body.
        TypingRule(name: "name-with-acronym") { s, c in
            c.acronym != nil && c.n >= 2 && !s.isFirstName(c.a) ? .entity(.organization, .context) : nil
        },
        // "the Heldenplatz", "Alexanderplatz", "Kurfürstendamm", "Kongens Nytorv": a German,
        // Dutch or Nordic street, square or station written as one compound word.
        TypingRule(name: "place-compound") { s, c in
            guard c.n == 1, s.tokens[c.a].isCapitalized, s.tokens[c.a].range.count >= 7, s.lexicon.known[c.full] == nil else { return nil }
            let r = s.tokens[c.a].range
            let ends = placeCompoundEndings.contains { $0.count < r.count && s.endsWith(r, $0, foldingCase: true) }
            return ends ? .entity(.location, .rule) : nil
        },
        // "the Lakers", "the Guardian": people are not named with "the"; "from the Ganges" names a place.
        TypingRule(name: "the-name") { s, c in
            let (a, b) = (c.a, c.b)
            guard c.n <= 4, !c.titleCue, s.lowerIs(a - 1, in: articles), s.tokens[a - 1].isLowercase || s.uncertain[a - 1],
                  !s.isDemonym(a), !(s.isWord(b) && s.tokens[b].isLowercase && s.lowerIs(b, in: modifiedNouns)),
                  !c.allCommon || c.namedBody else { return nil }
            let placeCue = !c.namedBody && s.lowerIs(a - 2, in: locCues) && s.tokens[a - 2].isLowercase
                && s.tokens[a - 2].hash != WordHash.folded("at")
            return placeCue ? .entity(.location, .guess) : .entity(.organization, .context)
        },
        // "the shipping company Eolia Navi", "its distributor, Gaumont,": a lower-case noun
        // that names a kind of body, right before the name.
        TypingRule(name: "body-noun-before") { s, c in
            s.bodyNounBefore(c.a) && !s.isFirstName(c.a) ? .entity(.organization, .rule) : nil
        },
        // "University Hospital Limerick", "Kenya Wildlife Service Board": two body head words.
        TypingRule(name: "two-body-heads") { s, c in
            c.n >= 3 && s.isOrgHead(c.a) && (c.a + 1..<c.b).contains { s.isOrgHead($0) } ? .entity(.organization, .rule) : nil
        },
        // A title before the name ("Minister Jane Doe", "king "Rehakles"").
        TypingRule(name: "title-before") { s, c in
            let a = c.a
            guard c.titleCue || s.isTitle(a - 1) && s.tokens[a - 1].isLowercase
                    || (s.punctValue(a - 1) == 0x22 || s.punctValue(a - 1) == 0x27) && s.isTitle(a - 2) && s.tokens[a - 2].isLowercase,
                  c.n <= 4, !c.allCommon else { return nil }
            return .entity(.person, .rule)
        },
        // A known given name opens the name.
        TypingRule(name: "given-name") { s, c in
            c.n >= 2 && s.isFirstName(c.a) ? .entity(.person, .rule) : nil
        },
        // "Fernleaf & Quill", "Tan & Velu LLP": names joined by an ampersand are a firm.
        TypingRule(name: "ampersand") { s, c in
            c.n >= 3 && (c.a..<c.b).contains { s.punctValue($0) == 0x26 } ? .entity(.organization, .rule) : nil
        },
        // "CBC Hamilton", "BBC Radio Scotland", "NHS England": an acronym opens a body's name.
        TypingRule(name: "acronym-first") { s, c in
            let t = s.tokens[c.a]
            return c.n >= 2 && t.isAllCaps && t.range.count >= 2 && t.range.count <= 5 && !t.shape.contains(.dotted)
                && s.lexicon.places[s.tokens[c.a].exactHash] == nil ? .entity(.organization, .context) : nil
        },
        // "MPs", "NGOs", "CEOs": plural common nouns.
        TypingRule(name: "plural-acronym") { s, c in
            c.n == 1 && s.isPluralAcronym(c.a) ? .notAnEntity : nil
        },
        // "BalkanWeb", "PayPal".
        TypingRule(name: "inner-capital") { s, c in
            c.n == 1 && s.tokens[c.a].shape.contains(.innerCapital) ? .entity(.organization, .context) : nil
        },
        // "OSCE": an acronym is a body (a long one, or an ordinary word in capitals, is not a
        // name; nor is a currency's country, "NZ$180").
        TypingRule(name: "acronym") { s, c in
            guard c.n == 1, s.tokens[c.a].isAllCaps, !s.tokens[c.a].shape.contains(.dotted) else { return nil }
            if let v = s.punctValue(c.b), v == 0x24 || v == 0xA3 || v == 0x20AC,
               s.tokens[c.b].range.lowerBound == s.tokens[c.a].range.upperBound { return .notAnEntity }
            // A longer word in capitals is shouting, unless prose runs around it ("the
            // office known as PROFEPA said", "CONAGUA, the water authority").
            let length = s.tokens[c.a].range.count
            let inProse = s.isWord(c.a - 1) && s.tokens[c.a - 1].isLowercase || s.isWord(c.b) && s.tokens[c.b].isLowercase
                || s.punctValue(c.b) == 0x2C && s.isWord(c.b + 1) && s.tokens[c.b + 1].isLowercase
            if length > 8 || length > 6 && !inProse || c.allCommon { return .notAnEntity }
            return .entity(.organization, .context)
        },
        // "… on The Duran": a title or outlet.
        TypingRule(name: "capitalised-the") { _, c in
            c.theCue ? .entity(.organization, .context) : nil
        },
        // "La Stampa", "Die Linke".
        TypingRule(name: "foreign-article") { s, c in
            c.n >= 2 && foreignArticles.contains(s.tokens[c.a].exactHash) ? .entity(.organization, .context) : nil
        },
        // "analysts at Jefferies", "researchers at Tsinghua": an employer, not a place, and
        // not a person when a verb of saying follows ("Analysts at Bernstein said").
        TypingRule(name: "staff-at") { s, c in
            c.n <= 4 && s.isLowerWord(c.a - 1, atHash)
                && s.lowerIs(c.a - 2, in: staffNouns) && (s.tokens[c.a - 2].isLowercase || s.uncertain[c.a - 2])
                && !s.isLocHead(c.b - 1) ? .entity(.organization, .rule) : nil
        },
        // "Gary Locke said" is a person; "National Grid said", "Auckland Transport said",
        // with an ordinary word and no given name or title, a body.
        TypingRule(name: "subject-of-said") { s, c in
            guard s.lowerIs(c.b, in: saidVerbs), !s.tokens[c.b].startsLine else { return nil }
            return .entity(s.hasOrdinaryWord(c) ? .organization : .person, .context)
        },
        // "Author: Fadli Lamarauna", "By Meera Sawant" on a line of their own: a byline.
        // So is "By Grant Holloway, Washington" after a date and a separator ("December 4,
        // 2026 | By …"): a capitalised "By" opening the line or after a masthead separator,
        // the name ending the line or before a comma and a few words that end it.
        TypingRule(name: "byline") { s, c in
            guard c.n >= 2, c.n <= 4, !c.allCommon else { return nil }
            let a = c.a
            let labelled = s.punctValue(a - 1) == 0x3A && s.isWord(a - 2) && s.tokens[a - 2].startsLine
                && s.lowerIs(a - 2, in: bylineLabels)
            if labelled && s.isLineEnd(c.b) { return .entity(.person, .rule) }
            // "… | Text: Mariana Vela | Photos: Iván Ruelas": a label after a separator, a
            // photographer's only without an ordinary word ("Photos: Getty Images" is no one).
            if s.punctValue(a - 1) == 0x3A, s.isWord(a - 2), a >= 3, s.isMastheadSeparator(a - 3),
               s.lowerIs(a - 2, in: bylineLabels) || s.lowerIs(a - 2, in: photoLabels) && !s.hasOrdinaryWord(c),
               s.isLineEnd(c.b) || s.isMastheadSeparator(c.b) {
                return .entity(.person, .rule)
            }
            guard s.isWord(a - 1), s.tokens[a - 1].hash == byHash || s.lowerIs(a - 1, in: foreignBylineWords) else { return nil }
            if s.tokens[a - 1].startsLine && s.isLineEnd(c.b) { return .entity(.person, .rule) }
            let opens = s.tokens[a - 1].startsLine || a >= 2 && s.isMastheadSeparator(a - 2)
            guard opens, s.tokens[a - 1].isCapitalized, s.isLineEnd(c.b) || s.punctValue(c.b) == 0x2C else { return nil }
            // After the comma, a place or a role and the line's end ("By Christmas Day, shoppers
            // had …" opens a sentence).
            var end = c.b
            while !s.isLineEnd(end), end - c.b <= 6 { end += 1 }
            return s.isLineEnd(end) ? .entity(.person, .rule) : nil
        },
        // "Photo: Kemal Aslan/Anadolu", "Lena Marsh/Kestrel Wire": the agency after a
        // photographer's name and a slash ("AP Photo/Martin Meissner" is the other way round).
        TypingRule(name: "credit-agency") { s, c in
            let a = c.a
            // (Reuters writes the agency first: "Reuters/Yves Herman".)
            guard c.n <= 4, !c.allCommon, !s.isFirstName(a), s.punctValue(a - 1) == 0x2F, s.isNameWord(a - 2),
                  !s.lowerIs(a - 2, in: creditCues), s.lexicon.known[s.tokens[a - 2].exactHash] != .organization,
                  s.tokens[a - 1].range.lowerBound == s.tokens[a - 2].range.upperBound,
                  s.tokens[a].range.lowerBound == s.tokens[a - 1].range.upperBound else { return nil }
            // Only in a credit: its line opens with a credit word ("Photo:"), or it is in brackets
            // ("the Harris/Walz campaign" is two people).
            var k = a - 2
            while k > 0, !s.tokens[k].startsLine, a - k < 12, s.punctValue(k - 1) != 0x28 { k -= 1 }
            guard s.punctValue(k - 1) == 0x28 || s.lowerIs(k, in: creditCues) else { return nil }
            // Context, not a rule: the order of the two names varies ("Sulteng Kini/Fadli
            // Lamarauna"), and a byline elsewhere in the article outweighs it.
            return .entity(.organization, .context)
        },
        // "Kovalenko: “No, I will not resign.”": a name opening a line before a colon and a
        // quotation is a speaker's label in an interview or a transcript.
        TypingRule(name: "speaker-label") { s, c in
            c.n <= 3 && (s.tokens[c.a].startsLine || c.a == 0) && s.punctValue(c.b) == 0x3A && s.isQuoteMark(c.b + 1)
                && !c.allCommon && s.lexicon.places[c.full] == nil && s.lexicon.known[c.full] == nil
                ? .entity(.person, .rule) : nil
        },
        // "Kalam, Pakistan", "in Morowali, Central Sulawesi": a name qualified by the
        // country or region it lies in. Not a month or a weekday: "In January, Russia said".
        TypingRule(name: "qualified-by-a-region") { s, c in
            c.n <= 3 && !c.titleCue && !s.isFirstName(c.a) && !(c.n == 1 && calendarWords.contains(s.tokens[c.a].hash))
                && s.qualifiedByRegion(c.b) ? .entity(.location, .rule) : nil
        },
        // "in X", "near X", "on X".
        TypingRule(name: "place-preposition") { s, c in
            let a = c.a
            guard c.n <= 3, s.lowerIs(a - 1, in: locCues) || s.isLowerWord(a - 1, onHash) && !calendarWords.contains(s.tokens[a].hash)
            else { return nil }
            return .entity(.location, .guess)
        },
        // "the road to Kalam", "ships diverted to Banjul": a destination is a place.
        TypingRule(name: "destination") { s, c in
            c.n <= 3 && s.isLowerWord(c.a - 1, toHash)
                && s.lowerIs(c.a - 2, in: routeTo) && s.tokens[c.a - 2].isLowercase && !calendarWords.contains(s.tokens[c.a].hash)
                ? .entity(.location, .guess) : nil
        },
        // "north of Kazgorod", "25 km south-west of Tarnak", "at nearby Dunmore": a compass
        // point and "of", or "nearby", before a name place it ("west of Smith" is not said).
        TypingRule(name: "compass-of") { s, c in
            guard c.n <= 3, !s.isFirstName(c.a) || c.n == 1, !calendarWords.contains(s.tokens[c.a].hash) else { return nil }
            if s.isLowerWord(c.a - 1, nearbyHash) { return .entity(.location, .context) }
            guard s.isLowerWord(c.a - 1, ofHash), c.a >= 2, s.isWord(c.a - 2), s.tokens[c.a - 2].isLowercase else { return nil }
            // "north", "southeast", and the part after the last hyphen of "south-west".
            let r = s.tokens[c.a - 2].range
            var lastPart = r.lowerBound
            for k in r where s.s[k] == "-" { lastPart = k + 1 }
            var word = WordHash.seed
            WordHash.add(s.s, lastPart..<r.upperBound, folded: true, to: &word)
            return compassPoints.contains(word) ? .entity(.location, .context) : nil
        },
        // "Toamasina, also known as Tamatave", "X, the mountain town formerly known as
        // Kazbegi": another name of the place just named is a place. Between the two, only
        // punctuation, articles, adverbs ("also", "formerly") and words with a place noun
        // among them ("town"; not "Ghana's cocoa board, known as …").
        TypingRule(name: "place-also-known-as") { s, c in
            guard c.n <= 3, c.a >= 3, s.isLowerWord(c.a - 1, asHash), s.isLowerWord(c.a - 2, knownHash),
                  let previous = s.candidates.last, previous.type == .location,
                  c.a - previous.tokens.upperBound <= 8 else { return nil }
            var words = 0, placeNoun = false
            for k in previous.tokens.upperBound..<(c.a - 2) {
                if s.punctValue(k) == 0x27 { return nil }   // a possessive: "Ghana's cocoa board"
                guard s.isWord(k), !s.lowerIs(k, in: aliasAdverbs), !articles.contains(s.tokens[k].hash) else { continue }
                guard s.tokens[k].isLowercase else { return nil }
                words += 1
                if s.lowerIs(k, in: trailingLocCues) { placeNoun = true }
            }
            return words == 0 || placeNoun ? .entity(.location, .context) : nil
        },
        // "with Malekula, to the south, …": a name placed by a compass point after it.
        TypingRule(name: "to-the-compass-point") { s, c in
            guard c.n <= 3, !calendarWords.contains(s.tokens[c.a].hash) else { return nil }
            var k = c.b
            if s.punctValue(k) == 0x2C { k += 1 }
            guard s.isLowerWord(k, toHash), s.isWord(k + 1), articles.contains(s.tokens[k + 1].hash),
                  s.lowerIs(k + 2, in: compassPoints), s.tokens[k + 2].isLowercase else { return nil }
            return .entity(.location, .context)
        },
        // "from Harpswell to Ostbay": the end of a route whose start is a place.
        TypingRule(name: "route-end") { s, c in
            guard c.n <= 3, s.isLowerWord(c.a - 1, toHash), let previous = s.candidates.last, previous.type == .location,
                  previous.tokens.upperBound == c.a - 1, s.isLowerWord(previous.tokens.lowerBound - 1, fromHash),
                  !calendarWords.contains(s.tokens[c.a].hash) else { return nil }
            return .entity(.location, .context)
        },
        // "told Vestjylland Nyt", "told Citizen TV", "told Wanderlane that …": whom a
        // speaker told, named without a given name or title, is the outlet or body that
        // reported it (people told are named in full, "told Jane Doe", or by a pronoun).
        TypingRule(name: "told-outlet") { s, c in
            c.n <= 4 && s.isLowerWord(c.a - 1, toldHash) && !c.titleCue && !s.isFirstName(c.a) && !s.isTitle(c.a)
                && !s.isDemonym(c.a) && !c.allCommon && s.lexicon.known[c.full] == nil
                && !s.tokens[c.a].shape.contains(.dotted) ? .entity(.organization, .context) : nil
        },
        // "said X".
        TypingRule(name: "object-of-said") { s, c in
            s.lowerIs(c.a - 1, in: saidVerbs) && s.tokens[c.a - 1].isLowercase && c.n <= 4 && s.punctValue(c.b) != 0x27
                ? .entity(s.hasOrdinaryWord(c) ? .organization : .person, .context) : nil
        },
        // "Real Madrid", "Dynamo Kyiv": a name ending in a place is rarely a person.
        TypingRule(name: "ends-in-a-place") { s, c in
            c.n >= 2 && s.lexicon.places[s.tokens[c.b - 1].exactHash] != nil && !s.isFirstName(c.a)
                && (s.isCommon(c.a) || s.lowerIs(c.a, in: clubPrefixes)) ? .entity(.organization, .guess) : nil
        },
        // "his brother Tristan".
        TypingRule(name: "kin-word-before") { s, c in
            c.n <= 3 && s.followsKinWord(c.a) ? .entity(.person, .rule) : nil
        },
        // "a 58-year-old Army veteran", "told Parliament": a body's head word, capitalised
        // mid-sentence on its own, names that body.
        TypingRule(name: "capitalised-body-word") { s, c in
            c.n == 1 && s.isOrgHead(c.a) && !s.isTitle(c.a) && !c.uncertainHere && !c.onHeadline
                && s.tokens[c.a].isCapitalized && !s.tokens[c.a].isAllCaps ? .entity(.organization, .context) : nil
        },
        // One unknown word in an object's place ("to mark Newroz", "its rival Temu") is as
        // often a product, event or company as a person: it is kept only where the article
        // says what it is elsewhere ("the poll shows Silva ahead" after "Renato Silva").
        TypingRule(name: "lone-word-as-object") { s, c in
            c.n == 1 && s.isWord(c.a - 1) && s.tokens[c.a - 1].isLowercase && !s.isTitle(c.a - 1) && !s.isConnector(c.a - 1)
                ? .entity(.person, .pending) : nil
        },
        // "between Britomart and Manukau": a word joined by "and"/"or" to a place is a place.
        // So is one in a list after a place: "on Lifou, Maré and Ouvéa" (a comma before it,
        // the list going on after it and ending its clause: not "In Lagos, Adeyemi and
        // Okafor said", a subject).
        TypingRule(name: "coordinated-with-a-place") { s, c in
            guard c.n == 1, c.a >= 2, let previous = s.candidates.last, previous.tokens.upperBound == c.a - 1,
                  previous.type == .location else { return nil }
            if s.lowerIs(c.a - 1, in: coordinators), s.tokens[c.a - 1].isLowercase { return .entity(.location, .context) }
            return s.punctValue(c.a - 1) == 0x2C && s.isListOfPlacesEnding(after: c.b) ? .entity(.location, .context) : nil
        },
        // “The Salt Ledger”, ‘Vivir en la altura’: a title in quotation marks is a work.
        TypingRule(name: "title-in-quotes") { s, c in
            c.n >= 2 && s.isQuoteMark(c.a - 1) && s.isQuoteMark(c.b) ? .notAnEntity : nil
        },
        // "Call of Duty", "Ministry of Energy and Mines": an ordinary word or a month after
        // "of"/"and" is the tail of a longer name or title, not a name. A word no list knows
        // is kept only if the article confirms it: named again, or coordinated with a name
        // typed by rule ("the villages of Kalam and Madyan"; ``EntityResolver``).
        TypingRule(name: "after-of-or-and") { s, c in
            guard c.n == 1, s.lowerIs(c.a - 1, in: ofAnd) else { return nil }
            return s.isCommon(c.a) || calendarWords.contains(s.tokens[c.a].hash) ? .notAnEntity : .entity(.person, .pending)
        },
        // Nothing else spoke. A run of several words one of which is an ordinary English
        // word ("Science Advances", "Wattle Cove Surf"), and no given name or title, is
        // rarely a person's name.
        TypingRule(name: "fallback-organisation") { s, c in
            s.hasOrdinaryWord(c) ? .entity(.organization, .guess) : nil
        },
        // Otherwise a capitalised run is most often a person.
        TypingRule(name: "fallback-person") { _, _ in .entity(.person, .guess) },
    ]

    /// Checks after the ladder for candidates typed on weak evidence (below a gazetteer
    /// hit, not a "the"-named body), in order.
    static let candidateFilters: [CandidateFilter] = [
        CandidateFilter(name: "ordinary-words-only") { _, c, e in c.allCommon && e < .rule && !c.theCue },
        // Products and models: "Leopard tanks", "737 Max", "Su-25 jets".
        CandidateFilter(name: "product-noun-after") { s, c, e in
            e < .rule && c.n <= 2 && s.isWord(c.b) && s.tokens[c.b].isLowercase && s.lowerIs(c.b, in: productNouns)
        },
        CandidateFilter(name: "model-number-before") { s, c, e in
            e < .rule && c.n == 1 && c.a > 0 && s.tokens[c.a - 1].kind == .number && !s.isOrdinal(c.a - 1)
                && s.tokens[c.a - 1].range.upperBound + 1 >= s.tokens[c.a].range.lowerBound
        },
        CandidateFilter(name: "lone-ordinary-word") { s, c, e in c.n == 1 && s.isCommon(c.a) && e < .rule && !c.theCue },
        // (An acronym that is also a head, "AFC", stays: "the AFC said".)
        // ("Park told the court": a family name written first, next to a verb of saying, is
        // the person, though "park" is a place head.)
        CandidateFilter(name: "lone-head-or-title") { s, c, _ in
            c.n == 1 && (s.isHead(c.a) || s.isTitle(c.a)) && !c.namedBody
                && !(s.tokens[c.a].isAllCaps && s.tokens[c.a].range.count >= 3) && !s.isFamilyNameSpeaking(c)
        },
        // "S&P", stray initials.
        CandidateFilter(name: "single-letter") { s, c, _ in c.n == 1 && s.tokens[c.a].range.count == 1 },
        // A road's number left alone when the head opening a sentence was let go ("Route 66 …").
        CandidateFilter(name: "number-alone") { s, c, _ in c.n == 1 && s.tokens[c.a].kind == .number },
        // "X." at a sentence end.
        CandidateFilter(name: "dotted-letter") { s, c, _ in
            c.n == 1 && s.tokens[c.a].range.count == 2 && s.tokens[c.a].shape.contains(.dotted)
        },
    ]
}
