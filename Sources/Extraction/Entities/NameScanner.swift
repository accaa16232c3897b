import WirefleetText

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
    private let lexiconReference: Lexicon.Reference
    /// The word lists (held by reference, ``Lexicon/Reference``).
    var lexicon: Lexicon { lexiconReference.lexicon }
    let s: [Unicode.Scalar]
    let tokens: [Token]
    /// Token whose capital letter says nothing (sentence start, after a colon).
    var uncertain: [Bool]
    /// Token on a title-case headline line.
    var headline: [Bool]
    /// Word classes of every token, looked up once (``WordClass``).
    var classes: [WordClass]
    private(set) var candidates: [NameCandidate] = []
    /// Keys that must not become entities (acronyms of laws and events).
    var suppressedKeys: Set<String> = []
    /// Every typing decision, in order, when the caller asks for it (``EntityTagger/explain(_:)``).
    var trace: [TypingTraceEntry]?
    /// The first token of every sentence (``SentenceSplitter``), in order.
    private(set) var sentenceStarts: [Int] = []
    /// Exact hashes of the road codes the article writes before a road word ("the A13
    /// highway", "the RN5a road"): such a code is a place's name wherever the article
    /// writes it ("sections of the N-95 were washed away"). See ``isRoadCode(_:)``.
    private(set) var roadCodes: Set<UInt64> = []

    /// Lexicon classes of one token, computed once per token.
    struct WordClass: OptionSet {
        let rawValue: UInt8
        static let common = WordClass(rawValue: 1 << 0)
        static let title = WordClass(rawValue: 1 << 1)
        static let orgHead = WordClass(rawValue: 1 << 2)
        static let locHead = WordClass(rawValue: 1 << 3)
        static let demonym = WordClass(rawValue: 1 << 4)
        static let firstName = WordClass(rawValue: 1 << 5)
    }

    // MARK: - Fixed word classes (lower-case hashes)

    static let particles = Lexicon.cueWords("particles")
    static let weakConnectors = Lexicon.cueWords("weak_connectors")
    static let companyHeads = Lexicon.cueWords("company_heads")
    static let ofFor = Lexicon.cueWords("of_for")
    static let romanceOf = Lexicon.cueWords("romance_of")
    static let articles = Lexicon.cueWords("articles")
    static let foreignArticles = Lexicon.cueWords("foreign_articles")
    static let saidVerbs = Lexicon.cueWords("said_verbs")
    static let locCues = Lexicon.cueWords("loc_cues")
    static let nearPrepositions = Lexicon.cueWords("near_prepositions")
    /// What a field holds: "oil", "gas" ("the Kashagan oil field").
    static let resourceWords = Lexicon.cueWords("resource_words")
    /// Words before "to" + a name that make it a destination ("the road to Kalam").
    static let routeTo = Lexicon.cueWords("route_to")
    /// Lower-case place words after a name: "Herat province", "Zindajan district".
    static let trailingLocCues = Lexicon.cueWords("trailing_loc_cues")
    static let sourceCues = Lexicon.cueWords("source_cues")
    /// Lower-case parts after a hyphen that make a capitalised word an adjective
    /// ("Kremlin-backed", "Cupertino-based").
    static let adjectiveSuffixes = Lexicon.cueWords("adjective_suffixes")
    /// Last parts of a hyphenated title: "Minister-designate", "Governor-elect".
    static let titleSuffixes = Lexicon.cueWords("title_suffixes")
    /// The parts after a hyphen that make the next name a company or body ("Tokyo-based X", "state-run X").
    static let businessAdjectiveSuffixes = Lexicon.cueWords("business_adjective_suffixes")
    /// Nouns after two unknown names joined by an en dash that make both places ("the
    /// Versova–Dahisar stretch").
    static let linkNouns = Lexicon.cueWords("link_nouns")
    /// The parts after a hyphen that make the next name a place ("cyclone-hit Espiritu Santo").
    static let placeAdjectiveSuffixes = Lexicon.cueWords("place_adjective_suffixes")
    /// Place names that start with their head word ("Mount Kenya", "Lake Como").
    static let leadingLocHeads = Lexicon.cueWords("leading_loc_heads")
    /// Last words of a facility's name, which is often its country's or city's name and
    /// a kind ("Kuwait International Airport"): the name is one place, not two.
    static let facilityHeads: WordTable<Bool> = ["airport", "airfield", "airbase", "stadium", "station", "terminal",
                                                 "circuit", "arena", "racecourse", "dam", "harbour", "harbor"]
    /// "Upper", "Lower" opening a place's name ("Upper Lars", "Lower Dir").
    static let upperLower: WordTable<Bool> = ["upper", "lower"]
    /// First words that make a name a body ("Radio New Zealand", "Athletics Kenya").
    static let leadingOrgWords = Lexicon.cueWords("leading_org_words")
    /// Two-word endings that make a name a place ("Opera House", "Town Hall").
    static let placeEndings = Lexicon.cueWords("place_endings")
    /// "the island of X", "the city of X": lower-case place words before "of".
    static let placeOfCues = Lexicon.cueWords("place_of_cues")
    /// Months and weekdays: never places, even where a town has the name ("March").
    static let calendarWords = Lexicon.cueWords("calendar_words")
    /// Feasts and holidays: "the Christmas party" is no political party (`[holidays]`).
    static let holidays = Lexicon.cueWords("holidays")
    /// The days of the week: never a name on their own, whatever a rule reads around
    /// them ("on Monday, the ministry said" is no appositive). Months are left to the
    /// other rules: "May", "June" and "August" are also names.
    static let weekdays: Set<UInt64> = Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        .map { WordHash.folded($0) })
    /// Words that make the month after them a date ("In December", "by March").
    static let timePrepositions = Lexicon.cueWords("time_prepositions")
    /// People nouns before "at X": X employs them ("analysts at Jefferies").
    static let staffNouns = Lexicon.cueWords("staff_nouns")
    /// First words of Romance bodies' names in sentence case ("Agence spatiale européenne").
    static let romanceBodyHeads = Lexicon.cueWords("romance_body_heads")
    /// Articles and particles inside such a name ("de", "des", "de la").
    static let romanceParticles = Lexicon.cueWords("romance_particles")
    /// Lower-case words of such a name that English has too ("national", "public").
    static let romanceAdjectives = Lexicon.cueWords("romance_adjectives")
    /// "AM", "PM" and time zones ("EST", "GMT"): never names.
    static let clockWords = Lexicon.cueWords("clock_words")
    /// "Tue", "Dec": weekdays and months in short, no name in a run of calendar words.
    static let calendarAbbreviations = Lexicon.cueWords("calendar_abbreviations")
    /// Lower-case nouns after a capitalised word that make it a product or model
    /// ("Leopard tanks", "Patriot missiles"), not an entity.
    static let productNouns = Lexicon.cueWords("product_nouns")
    /// Lower-case nouns after a name that make it a modifier ("the Biden administration",
    /// "the Smith family"), so "the" says nothing about the name itself.
    static let modifiedNouns = Lexicon.cueWords("modified_nouns")
    /// Lower-case words after a name that mark a company or body: "Nvidia shares",
    /// "a Meta spokesperson".
    static let orgFollowers = Lexicon.cueWords("org_followers")
    /// Lower-case nouns before "in X" that make X a company: "shares in Nvidia".
    static let stakeNouns = Lexicon.cueWords("stake_nouns")
    /// Roles in a sports team: "Liverpool manager Arne Slot" makes Liverpool the club.
    static let teamRoles = Lexicon.cueWords("team_roles")
    /// Post-nominal letters that follow a name and are not part of it ("Richard Mansell KC").
    static let postNominals = Lexicon.cueWords("post_nominals")
    /// Words that open the name of a storm, not an entity ("Cyclone Alfred").
    static let stormWords = Lexicon.cueWords("storm_words")
    /// Lower-case kin words before a name: "his brother Tristan".
    static let kinWords = Lexicon.cueWords("kin_words")
    static let spokesWords = Lexicon.cueWords("spokes_words")
    /// Ordinary adjectives that open organisations' names ("National Party", "Federal Court").
    static let orgModifiers = Lexicon.cueWords("org_modifiers")
    /// Lower-case institution nouns after a name: "Gemelli hospital", "Tsinghua university".
    static let trailingOrgCues = Lexicon.cueWords("trailing_org_cues")
    /// Lower-case words after a possessive in an appositive that describe a person:
    /// "the bank's chief economist", "the company's founder", "his wife".
    static let kinOrRole = Lexicon.cueWords("kin_or_role")
    /// First words of byline and credit lines.
    static let creditCues = Lexicon.cueWords("credit_cues")
    static let royalTitles = Lexicon.cueWords("royal_titles")
    static let ofAnd = Lexicon.cueWords("of_and")
    static let coordinators = Lexicon.cueWords("coordinators")
    /// Words that open sports clubs' names before a place ("Inter Milan", "Dynamo Kyiv").
    static let clubPrefixes = Lexicon.cueWords("club_prefixes")
    /// Lower-case nouns of an appositive that name an organisation: "X, the ruling party".
    static let orgAppositives = Lexicon.cueWords("org_appositives")
    static let leadingBodyNouns = Lexicon.cueWords("leading_body_nouns")
    static let vesselNouns = Lexicon.cueWords("vessel_nouns")
    /// Lower-case nouns of an appositive that name a place: "X, a town in …".
    static let locAppositives = Lexicon.cueWords("loc_appositives")
    /// "the West", "the East": a region or bloc named by a compass point.
    static let compassPoints = Lexicon.cueWords("compass_points")

    // MARK: - Setup

    init(text: NormalizedText, lexicon reference: Lexicon.Reference) {
        self.text = text
        self.lexiconReference = reference
        let lexicon = reference.lexicon
        self.s = text.scalars
        let tokens = text.tokens.words
        self.tokens = tokens
        let n = tokens.count
        uncertain = [Bool](repeating: false, count: n)
        headline = [Bool](repeating: false, count: n)
        classes = [WordClass](repeating: [], count: n)
        for i in 0..<n where tokens[i].kind == .word {
            let e = tokens[i].exactHash, l = tokens[i].hash
            // One probe for the five lower-case classes (bits as in WordClass).
            var c = WordClass(rawValue: lexicon.wordClasses[l] ?? 0)
            // A word of one part is letters only (``Tokenizer``): no hyphen, no apostrophe to look for.
            let joined = tokens[i].parts.count > 1
            if !c.contains(.title), joined, let hyphen = tokens[i].range.lastIndex(where: { s[$0].value == 0x2D }) {
                if tokens[i].isLowercase {
                    // "ex-president", "vice-chairman", "co-founder"
                    var h = WordHash.seed
                    WordHash.add(s, (hyphen + 1)..<tokens[i].range.upperBound, folded: true, to: &h)
                    if lexicon.titles.contains(h) { c.insert(.title) }
                } else if hyphenatedTitle(tokens[i].range) {
                    // "Director-General", "Secretary-General", "Vice-President": every part a title.
                    c.insert(.title)
                }
            }
            if lexicon.firstNames.contains(e) { c.insert(.firstName) }
            if !c.contains(.common), joined, let apostrophe = tokens[i].range.firstIndex(where: { s[$0].value == 0x27 }) {
                // Contractions: "We'll", "They're" → "we", "they".
                var h = WordHash.seed
                WordHash.add(s, tokens[i].range.lowerBound..<apostrophe, folded: true, to: &h)
                if lexicon.commonWords.contains(h) { c.insert(.common) }
            }
            classes[i] = c
        }
        for i in 0..<n where tokens[i].shape.contains(.hasDigit) && isRoadCode(i) && isWord(i + 1) && tokens[i + 1].isLowercase
            && (Self.roadHeads.contains(tokens[i + 1].hash) || tokens[i + 1].hash == Self.roadHash) {
            roadCodes.insert(tokens[i].exactHash)
        }
        markChiefOfficerTitles()
        markUncertainCase()
        markHeadlines()
    }

    /// Whether every hyphen-separated part of a capitalised word is a title word, the
    /// last one also "-elect" or "-designate" ("Minister-designate", "Governor-elect").
    func hyphenatedTitle(_ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        var parts = 0
        for k in range.lowerBound...range.upperBound where k == range.upperBound || s[k].value == 0x2D {
            guard k > start else { return false }
            var h = WordHash.seed
            WordHash.add(s, start..<k, folded: true, to: &h)
            guard lexicon.titles.contains(h) || (k == range.upperBound && parts > 0 && Self.titleSuffixes.contains(h))
            else { return false }
            parts += 1
            start = k + 1
        }
        return parts >= 2
    }

    /// "Chief Financial Officer", "Chief Information Security Officer": the capitalised
    /// words between "Chief" and "Officer" belong to the title, not to a name.
    mutating func markChiefOfficerTitles() {
        let chief = WordHash.folded("chief"), officer = WordHash.folded("officer")
        let n = tokens.count
        for i in 0..<n where tokens[i].kind == .word && tokens[i].hash == chief && tokens[i].isCapitalized {
            var k = i + 1
            while k < n, k - i <= 3, tokens[k].kind == .word, tokens[k].isCapitalized, !tokens[k].startsLine,
                  tokens[k].hash != officer { k += 1 }
            guard k > i + 1, k < n, k - i <= 3, tokens[k].kind == .word, tokens[k].hash == officer, !tokens[k].startsLine
            else { continue }
            for m in (i + 1)..<k { classes[m].insert(.title) }
        }
    }

    /// First word of every sentence, and words after a colon, a bullet dash or an
    /// opening quote at a sentence start.
    mutating func markUncertainCase() {
        let sentences = SentenceSplitter().split(tokens, scalars: s)
        sentenceStarts = sentences.map(\.lowerBound)
        for sentence in sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound, tokens[i].kind == .punct { i += 1 }
            if i < sentence.upperBound { uncertain[i] = true }
        }
        for i in 0..<tokens.count where tokens[i].kind == .punct {
            let v = s[tokens[i].range.lowerBound].value
            // A dash opens a sentence at a line start or after a dateline ("ROME (Reuters) -").
            let datelineDash = v == 0x2D && (tokens[i].startsLine || i == 0 || punctValue(i - 1) == 0x29
                                             || (isWord(i - 1) && tokens[i - 1].isAllCaps)
                                             || datedDateline(endingAt: i - 1) || placedDateline(endingAt: i - 1))
            // An opening quotation mark starts quoted speech: "…claimed that "Refugees are…".
            let openingQuote = (v == 0x22 || v == 0x27) && i + 1 < tokens.count
                && tokens[i + 1].range.lowerBound == tokens[i].range.upperBound
                && (i == 0 || tokens[i - 1].range.upperBound < tokens[i].range.lowerBound)
                && !(punctValue(i + 2) == 0x22 || punctValue(i + 2) == 0x27) // a quoted single word is a name or term
            if openingQuote { uncertain[i + 1] = true; continue }
            if v == 0x3A || datelineDash || v == 0x7C || v == 0x2022, i + 1 < tokens.count {
                var j = i + 1
                while j < tokens.count, tokens[j].kind == .punct, j - i < 3 { j += 1 }
                if j < tokens.count { uncertain[j] = true }
            }
        }
    }

    /// "LEÓN, Mexico -", "SAN JOSÉ, Costa Rica —": a capitalised word closing a dateline
    /// that opens its line with words in capitals and a comma, within a few tokens.
    func placedDateline(endingAt k: Int) -> Bool {
        guard isWord(k), tokens[k].isCapitalized, let j = datelineStart(before: k) else { return false }
        var c = j + 1
        while c < k, isWord(c), tokens[c].isAllCaps { c += 1 }
        return c < k && punctValue(c) == 0x2C
    }

    /// "LOS ANGELES, May 2 -": a number closing a dateline that opens its line with a
    /// word in capitals, within a few tokens of the line start.
    func datedDateline(endingAt k: Int) -> Bool {
        k > 0 && k < tokens.count && tokens[k].kind == .number && datelineStart(before: k) != nil
    }

    /// The token that opens token `k`'s line, within eight tokens, when it is a word in
    /// capitals of two or more letters (a dateline's place: "LOS ANGELES", "LEÓN"); else nil.
    func datelineStart(before k: Int) -> Int? {
        var j = k
        while j > 0, k - j < 8, !tokens[j].startsLine { j -= 1 }
        guard tokens[j].startsLine || j == 0, isWord(j), tokens[j].isAllCaps, tokens[j].range.count >= 2 else { return nil }
        return j
    }

    /// Short lines of three or more longer words, most of them capitalised, not ending
    /// with a full stop (title-case headlines and page furniture): capitals there say
    /// little.
    mutating func markHeadlines() {
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
                let endsWithFullStop = i > lineStart && punctValue(i - 1) == 0x2E && !isWord(i - 2)
                    || i > lineStart + 1 && punctValue(i - 1) == 0x2E
                // Bylines and credits ("By …", "Photo: …", "Reporting by …") name people and
                // agencies in title case: they are not headlines.
                var first = lineStart
                while first < i, tokens[first].kind == .punct { first += 1 }
                let credit = first < i && lowerIs(first, in: Self.creditCues)
                if long >= 3 && capital * 10 >= long * 7 && !endsWithFullStop && i - lineStart <= 24 && !credit {
                    for k in lineStart..<i { headline[k] = true }
                }
                lineStart = i
            }
            i += 1
        }
    }

    // MARK: - Token classes

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    /// A word that can be part of a name: capitalised, no digits unless known, or a
    /// lower-case Arabic particle joined by a hyphen to a capitalised part ("al-Assad").
    func isNameWord(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let t = tokens[i]
        if t.shape.contains(.hasDigit) { return lexicon.known[tokens[i].exactHash] != nil || roadCodes.contains(t.exactHash) }
        if t.isCapitalized {
            // "Kremlin-backed" is an adjective, not a name.
            return !hasAdjectiveSuffix(i)
        }
        let r = t.range
        if r.count >= 4, s[r.lowerBound + 2].value == 0x2D, ScalarClass.isUpper(s[r.lowerBound + 3]) { return !hasAdjectiveSuffix(i) }
        // "Côte d'Ivoire", "Val d'Isère", "Giscard d'Estaing": French "de" elided before a
        // capitalised word, inside a name (after a capitalised word of it).
        if r.count >= 4, s[r.lowerBound] == "d", s[r.lowerBound + 1] == "'", ScalarClass.isUpper(s[r.lowerBound + 2]),
           isWord(i - 1), tokens[i - 1].isCapitalized, tokens[i - 1].range.upperBound + 1 == r.lowerBound, !t.startsLine {
            return true
        }
        // "Office National de l'Huile", "Ministère de l'Environnement": the article elided
        // before a capitalised word, after a name's "de" (or "à", "du").
        if r.count >= 4, s[r.lowerBound] == "l", s[r.lowerBound + 1] == "'", ScalarClass.isUpper(s[r.lowerBound + 2]),
           isConnector(i - 1), tokens[i - 1].isLowercase, !t.startsLine {
            return true
        }
        return false
    }

    /// Legal forms written in lower case after a company's name, with their dot ("Brim
    /// hf.", "Vestfirska Lax ehf."): Icelandic and Faroese forms.
    static let lowerCaseLegalForms: Set<UInt64> = Set(["hf", "ehf", "ohf", "sf", "slf"].map { WordHash.folded($0) })
    static let aHash = WordHash.exact("A"), sHash = WordHash.exact("S")

    /// The end of a legal form written right after a name whose run ends at token `k`:
    /// a lower-case form and its dot ("Brim hf."; the dot stays the sentence's), or the
    /// Danish and Norwegian "A/S" when the run ends on its "A" ("Vestkyst Varme A/S").
    func legalFormEnd(runEnd k: Int) -> Int? {
        if isWord(k), tokens[k].isLowercase, !tokens[k].startsLine, Self.lowerCaseLegalForms.contains(tokens[k].hash),
           punctValue(k + 1) == 0x2E, tokens[k + 1].range.lowerBound == tokens[k].range.upperBound {
            return k + 1
        }
        if k >= 1, isWord(k - 1), tokens[k - 1].exactHash == Self.aHash, punctValue(k) == 0x2F, isWord(k + 1),
           tokens[k + 1].exactHash == Self.sHash, tokens[k].range.lowerBound == tokens[k - 1].range.upperBound,
           tokens[k + 1].range.lowerBound == tokens[k].range.upperBound {
            return k + 2
        }
        return nil
    }

    /// Whether the name `a..<b` ends in a legal form ``legalFormEnd(runEnd:)`` reads.
    func endsInLegalForm(_ a: Int, _ b: Int) -> Bool {
        guard b - a >= 2 else { return false }
        if isWord(b - 1), tokens[b - 1].isLowercase, Self.lowerCaseLegalForms.contains(tokens[b - 1].hash) { return true }
        return b - a >= 4 && tokens[b - 1].exactHash == Self.sHash && punctValue(b - 2) == 0x2F && tokens[b - 3].exactHash == Self.aHash
    }

    /// "Kremlin-backed", "al-Qaeda-linked", "Stockholm-based": a hyphenated adjective.
    func hasAdjectiveSuffix(_ i: Int) -> Bool { hasHyphenSuffix(i, in: Self.adjectiveSuffixes) }

    /// Whether token `i` is a word whose part after its last hyphen is in `table`
    /// (as written: "Cupertino-based").
    func hasHyphenSuffix(_ i: Int, in table: WordTable<Bool>) -> Bool {
        guard isWord(i) else { return false }
        let r = tokens[i].range
        guard let hyphen = r.lastIndex(where: { s[$0].value == 0x2D }), hyphen > r.lowerBound, hyphen + 1 < r.upperBound else {
            return false
        }
        var h = WordHash.seed
        WordHash.add(s, (hyphen + 1)..<r.upperBound, folded: false, to: &h)
        return table.contains(h)
    }

    /// A word of five letters or more ending in "ed" ("Exiled", "Landlocked").
    func endsInED(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let r = tokens[i].range
        return r.count >= 5 && s[r.upperBound - 2].value | 0x20 == 0x65 && s[r.upperBound - 1].value | 0x20 == 0x64
    }

    func isConnector(_ i: Int) -> Bool {
        guard isWord(i), tokens[i].isLowercase else { return false }
        return isConnectorWord(i)
    }

    /// A name particle or a weak connector ("de", "of", "and") in any case ("RIO DE JANEIRO").
    func isConnectorWord(_ i: Int) -> Bool {
        Self.particles.contains(tokens[i].hash) || Self.weakConnectors.contains(tokens[i].hash)
    }

    func isOrdinal(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return false }
        let r = tokens[i].range
        guard r.count >= 3 else { return false }
        let a = s[r.upperBound - 2].value | 0x20, b = s[r.upperBound - 1].value | 0x20
        return (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
    }

    func isCommon(_ i: Int) -> Bool { isWord(i) && classes[i].contains(.common) }
    func isTitle(_ i: Int) -> Bool { isWord(i) && classes[i].contains(.title) }
    func isOrgHead(_ i: Int) -> Bool { isWord(i) && classes[i].contains(.orgHead) }
    func isLocHead(_ i: Int) -> Bool { isWord(i) && classes[i].contains(.locHead) }
    func isHead(_ i: Int) -> Bool { isWord(i) && !classes[i].isDisjoint(with: [.orgHead, .locHead]) }
    func isFirstName(_ i: Int) -> Bool { isWord(i) && classes[i].contains(.firstName) }

    /// The countries whose national demonym the article writes, capitalised ("Danish",
    /// "Danes"): evidence for a town of that country (``GeoResolver``).
    func demonymCountries() -> Set<UInt16> {
        var countries: Set<UInt16> = []
        for i in tokens.indices where classes[i].contains(.demonym) && tokens[i].isCapitalized {
            if let c = lexicon.demonymCountries[tokens[i].hash] { countries.insert(c) }
        }
        return countries
    }

    func isDemonym(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        if classes[i].contains(.demonym) { return true }
        // Plurals: "Kurds", "Palestinians", "Israelis".
        let r0 = tokens[i].range
        if r0.count >= 4, s[r0.upperBound - 1].value == 0x73 {
            var h = WordHash.seed
            WordHash.add(s, r0.lowerBound..<(r0.upperBound - 1), folded: true, to: &h)
            if lexicon.demonyms.contains(h) { return true }
        }
        // Unknown proper adjectives: -ian/-ean/-ese/-ish before a lower-case word.
        guard lexicon.places[tokens[i].exactHash] == nil, lexicon.known[tokens[i].exactHash] == nil,
              !isFirstName(i), isWord(i + 1), tokens[i + 1].isLowercase else { return false }
        let r = tokens[i].range
        guard r.count >= 5 else { return false }
        let c1 = s[r.upperBound - 3].value | 0x20, c2 = s[r.upperBound - 2].value | 0x20, c3 = s[r.upperBound - 1].value | 0x20
        let ian = (c1 == 0x69 || c1 == 0x65) && c2 == 0x61 && c3 == 0x6E
        let ese = c1 == 0x65 && c2 == 0x73 && c3 == 0x65
        let ish = c1 == 0x69 && c2 == 0x73 && c3 == 0x68
        return ian || ese || ish
    }

    /// The whole run is a known name or place.
    func fullKnownRun(_ a: Int, _ b: Int) -> Bool {
        let h = phraseHash(a, b)
        return lexicon.known[h] != nil || lexicon.places[h] != nil
    }

    /// Hash of tokens `a..<b` joined by single spaces.
    func phraseHash(_ a: Int, _ b: Int, lower: Bool = false) -> UInt64 {
        var h = WordHash.seed
        for k in a..<b {
            if k > a { WordHash.mix(&h, 0x20) }
            WordHash.add(s, tokens[k].range, folded: lower, to: &h)
        }
        return h
    }

    /// The type an appositive after token `b` gives the name before it:
    /// "X, the ruling party" → ORG, "X, a town near …" → LOC.
    func appositiveType(after b: Int) -> EntityType? {
        guard punctValue(b) == 0x2C, isWord(b + 1), tokens[b + 1].isLowercase,
              // "…, Nadine Khoury, said her country …": a verb, not an appositive.
              !lowerIs(b + 1, in: Self.saidVerbs),
              // "Rainer Holzer, whose party won": what follows "whose" is X's, not X.
              tokens[b + 1].hash != WordHash.folded("whose") else { return nil }
        var k = b + 1
        if lowerIs(k, in: Self.articles) { k += 1 }
        let limit = min(k + 3, tokens.count)
        // A place may qualify the noun: "X, the Wisconsin city".
        while k < limit, isWord(k), tokens[k].isLowercase || isDemonym(k) || hasAdjectiveSuffix(k)
                || tokens[k].isAllCaps && k > b + 1 || k > b + 1 && lexicon.places[tokens[k].exactHash] != nil {
            // "X, the bank's chief economist": the possessor is not what X is.
            if punctValue(k + 1) == 0x27 {
                // "X, the national cyclists' union": a plural possessor ("cyclists'", no "s"
                // after the mark) says what kind of body the noun after it is.
                if isWord(k + 2), tokens[k + 2].isLowercase, tokens[k + 2].hash != WordHash.folded("s"),
                   lowerIs(k + 2, in: Self.orgAppositives) {
                    return lowerIs(k + 3, in: Self.saidVerbs) ? nil : .organization
                }
                return isWord(k + 3) && tokens[k + 3].isLowercase && lowerIs(k + 3, in: Self.kinOrRole) ? .person : nil
            }
            // "early on Tuesday, the company said": a reporting clause, not an appositive.
            if lowerIs(k, in: Self.orgAppositives) { return lowerIs(k + 1, in: Self.saidVerbs) ? nil : .organization }
            if lowerIs(k, in: Self.locAppositives) { return lowerIs(k + 1, in: Self.saidVerbs) ? nil : .location }
            k += 1
        }
        return nil
    }

    /// Upper-case letters and a final lower-case "s": "MPs", "NGOs".
    func isPluralAcronym(_ i: Int) -> Bool {
        let r = tokens[i].range
        guard r.count >= 3, s[r.upperBound - 1].value == 0x73 else { return false }
        return (r.lowerBound..<(r.upperBound - 1)).allSatisfy { ScalarClass.isUpper(s[$0]) }
    }

    /// Hash of token `i` with only its first letter in upper case ("MOSCOW" → "Moscow").
    func titleCaseHash(_ i: Int) -> UInt64 {
        var h = WordHash.seed
        addTitleCase(i, to: &h)
        return h
    }

    /// Hash of token `i` with its hyphens as spaces, when every part starts with a capital
    /// ("Khyber-Pakhtunkhwa" → "Khyber Pakhtunkhwa"); nil for a word without a hyphen.
    func hyphensAsSpaces(_ i: Int) -> UInt64? {
        let r = tokens[i].range
        guard r.contains(where: { s[$0].value == 0x2D }) else { return nil }
        var h = WordHash.seed
        var partStart = true
        for k in r {
            if s[k].value == 0x2D {
                guard !partStart else { return nil }
                WordHash.mix(&h, 0x20)
                partStart = true
                continue
            }
            if partStart, !ScalarClass.isUpper(s[k]) { return nil }
            partStart = false
            WordHash.mix(&h, s[k].value)
        }
        return partStart ? nil : h
    }

    /// The place tokens `a..<b` name when written without their accents ("Kratie" for
    /// Kratié), for a run of up to four words that is no given name; nil otherwise.
    func placeWithoutAccents(_ a: Int, _ b: Int) -> Lexicon.PlaceKind? {
        guard b - a <= 4, !isFirstName(a), !(b - a == 1 && isCommon(a)), lexicon.placesWithoutAccents.count > 0 else { return nil }
        return lexicon.placesWithoutAccents[NameFold.keyHash(words: (a..<b).lazy.map { self.s[self.tokens[$0].range] })]
            ?? placeWrittenWithAccents(a, b) ?? placeInSyllables(a, b)
    }

    /// A place the gazetteer writes without the accents the text has ("Sénégal",
    /// "Perú", "Río Negro" → Senegal, Peru, Rio Negro): the name with its marks taken
    /// off and its capitals kept; nil for a name written in ASCII.
    func placeWrittenWithAccents(_ a: Int, _ b: Int) -> Lexicon.PlaceKind? {
        guard (a..<b).contains(where: { k in tokens[k].range.contains { s[$0].value >= 0x80 } }) else { return nil }
        var h = WordHash.seed
        for k in a..<b {
            if k > a { WordHash.space(&h) }
            for i in tokens[k].range {
                let c = s[i]
                guard c.value >= 0x80 else { WordHash.mix(&h, c.value); continue }
                var first = true
                NameFold.forEachFolded(scalars: CollectionOfOne(c)) { d in
                    guard let d else { return }
                    // The fold writes lower case: give a capital back its case.
                    let v = first && ScalarClass.isUpper(c) && d.value >= 0x61 && d.value <= 0x7A ? d.value - 0x20 : d.value
                    WordHash.mix(&h, v)
                    first = false
                }
            }
        }
        return lexicon.places[h]
    }

    /// A place the gazetteer writes as one word that the text writes in syllables, as
    /// Vietnamese does ("Hà Nội", "Ha Noi", "Hải Phòng" → Hanoi, Haiphong): two words of
    /// at most five letters, joined, accents off, one capital.
    func placeInSyllables(_ a: Int, _ b: Int) -> Lexicon.PlaceKind? {
        guard b - a == 2, tokens[a].range.count <= 5, tokens[a + 1].range.count <= 5,
              tokens[a + 1].range.lowerBound > tokens[a].range.upperBound else { return nil }
        var h = WordHash.seed
        var first = true
        for k in a..<b {
            for i in tokens[k].range {
                NameFold.forEachFolded(scalars: CollectionOfOne(s[i])) { d in
                    guard let d else { return }
                    WordHash.mix(&h, first && d.value >= 0x61 && d.value <= 0x7A ? d.value - 0x20 : d.value)
                    first = false
                }
            }
        }
        return lexicon.places[h]
    }

    /// Hash of token `i` in capitals when it is a short ASCII word ("Nato" → "NATO"), else nil.
    func upperCaseHash(_ i: Int) -> UInt64? {
        let r = tokens[i].range
        guard r.count >= 3, r.count <= 6 else { return nil }
        var h = WordHash.seed
        for k in r {
            let v = s[k].value
            guard (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) else { return nil }
            WordHash.mix(&h, v & ~0x20)
        }
        return h
    }

    /// Adds token `i` to a hash as if written in title case ("MOSCOW" → "Moscow").
    func addTitleCase(_ i: Int, to h: inout UInt64) {
        let r = tokens[i].range
        WordHash.add(s, r.lowerBound..<(r.lowerBound + 1), folded: false, to: &h)
        WordHash.add(s, (r.lowerBound + 1)..<r.upperBound, folded: true, to: &h)
    }

    /// End of a run of two or three words in capitals at `i` that, written in title case,
    /// is a place in the gazetteer ("NEW YORK" → New York), or nil.
    func allCapsPlace(at i: Int) -> Int? {
        guard isWord(i), tokens[i].isAllCaps, tokens[i].range.count >= 2 else { return nil }
        for length in [3, 2] {
            let end = i + length
            guard end <= tokens.count else { continue }
            var h = WordHash.seed
            var ok = true
            // "RIO DE JANEIRO" → Rio de Janeiro: a particle inside the name in lower case.
            var withParticles = WordHash.seed
            var hasParticle = false
            for k in i..<end {
                guard isWord(k), tokens[k].isAllCaps, k == i || !tokens[k].startsLine,
                      k == i || tokens[k].range.lowerBound == tokens[k - 1].range.upperBound + 1 else { ok = false; break }
                if k > i { WordHash.mix(&h, 0x20); WordHash.mix(&withParticles, 0x20) }
                addTitleCase(k, to: &h)
                if k > i, isConnectorWord(k) {
                    WordHash.add(s, tokens[k].range, folded: true, to: &withParticles)
                    hasParticle = true
                } else {
                    addTitleCase(k, to: &withParticles)
                }
            }
            if ok, lexicon.isPlace(h) { return end }
            if ok, hasParticle, lexicon.isPlace(withParticles) { return end }
        }
        return nil
    }

    /// True when the place name at tokens `[a, b)` is a place by its own context, not
    /// by the document's other mentions of the name:
    /// - a dateline: in capitals, opening its line, followed by a comma, a dash or a
    ///   bracket ("MADISON, Wis. (AP) —", "RIO DE JANEIRO —");
    /// - followed by a comma and a country, a region or a state abbreviation ("Lincoln,
    ///   Nebraska", "Paris, Texas", "Madison, Wis.");
    /// - after a lower-case "in" or "near" and not a possessive ("officials in Madison";
    ///   not "in Madison's view");
    /// - before a lower-case place word (`[trailing_loc_cues]`: "the government of Mendoza
    ///   province", "Vinh city"), or after one and a comma ("the provincial capital, Vinh").
    func isPlaceByContext(_ a: Int, _ b: Int) -> Bool {
        let next = punctValue(b)
        if tokens[a].startsLine, (a..<b).allSatisfy({ !isWord($0) || tokens[$0].isAllCaps }),
           let v = next, v == 0x2C || v == 0x2D || v == 0x2013 || v == 0x2014 || v == 0x28 {
            return true
        }
        if qualifiedByRegion(b) { return true }
        // "Mendoza province", "Vinh city": a lower-case place word after the name.
        if lowerIs(b, in: Self.trailingLocCues), tokens[b].isLowercase, !tokens[b].startsLine { return true }
        // "the provincial capital, Vinh", "the port town, Kribi": a place word and a comma before it.
        if a >= 2, punctValue(a - 1) == 0x2C, isWord(a - 2), tokens[a - 2].isLowercase,
           lowerIs(a - 2, in: Self.trailingLocCues) || tokens[a - 2].hash == Self.capitalHash { return true }
        // "in Madison", and "In Vinh, …" opening a sentence.
        return a >= 1 && isWord(a - 1) && (tokens[a - 1].isLowercase || uncertain[a - 1] && tokens[a - 1].isCapitalized)
            && Self.nearPrepositions.contains(tokens[a - 1].hash) && next != 0x27
    }

    /// A comma at `b`, then a country, a region or a state abbreviation ("Lincoln,
    /// Nebraska", "Madison, Wis.", "Albany, New York", "Morowali, Central Sulawesi"), not
    /// that place's possessive ("X, Kenya's capital" is an appositive).
    func qualifiedByRegion(_ b: Int) -> Bool {
        guard punctValue(b) == 0x2C, isWord(b + 1), !tokens[b + 1].startsLine else { return false }
        if stateAbbreviation(at: b + 1) != nil { return true }
        var h = tokens[b + 1].exactHash
        if let kind = lexicon.places[h], kind == .country || kind == .region { return punctValue(b + 2) != 0x27 }
        // "Albany, New York": a two-word state.
        if isWord(b + 2), tokens[b + 2].isCapitalized, tokens[b + 2].range.lowerBound == tokens[b + 1].range.upperBound + 1 {
            WordHash.mix(&h, 0x20)
            WordHash.add(s, tokens[b + 2].range, folded: false, to: &h)
            if let kind = lexicon.places[h], kind == .country || kind == .region { return punctValue(b + 3) != 0x27 }
        }
        return false
    }

    func lowerIs(_ i: Int, in set: WordTable<Bool>) -> Bool { isWord(i) && set.contains(tokens[i].hash) }

    /// Heads of road names that take a number: "State Highway 1", "Route 66", "Interstate 95".
    static let roadHeads = Lexicon.cueWords("road_heads")

    /// Labels of a byline line: "Author: X", "Reporter: X".
    static let bylineLabels = Lexicon.cueWords("byline_labels")

    /// Token `b` ends a line: the text's end, or the next token opens a line.
    func isLineEnd(_ b: Int) -> Bool { b >= tokens.count || tokens[b].startsLine }

    /// "A13", "N-95", "RN5a", "E40": one to three capital letters, a hyphen or none, one
    /// to four digits and at most one lower-case letter — the shape of a road's code.
    /// Whether the word is a road is for the word after it (``roadCodes``).
    func isRoadCode(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let r = tokens[i].range
        guard r.count >= 2, r.count <= 9 else { return false }
        var k = r.lowerBound, letters = 0, digits = 0
        while k < r.upperBound, ScalarClass.isUpper(s[k]) { letters += 1; k += 1 }
        guard letters >= 1, letters <= 3 else { return false }
        if k < r.upperBound, s[k].value == 0x2D { k += 1 }
        while k < r.upperBound, ScalarClass.isDigit(s[k]) { digits += 1; k += 1 }
        guard digits >= 1, digits <= 4 else { return false }
        if k < r.upperBound, ScalarClass.isLower(s[k]) { k += 1 }
        return k == r.upperBound
    }

    static let roadHash = WordHash.folded("road")

    /// Token `i` is a number written right after a capitalised road head ("Highway 401").
    func isRoadNumber(_ i: Int) -> Bool {
        guard i >= 1, i < tokens.count, tokens[i].kind == .number, isWord(i - 1), tokens[i - 1].isCapitalized,
              Self.roadHeads.contains(tokens[i - 1].hash),
              tokens[i].range.lowerBound == tokens[i - 1].range.upperBound + 1 else { return false }
        return tokens[i].range.allSatisfy { ScalarClass.isDigit(s[$0]) }
    }

    /// One word, a family name that East Asian names write first ("Park", "Nguyen"), right
    /// before or after a verb of saying: the person ("Park told the court"). Its own name
    /// is spelled out only next to "said" (most candidates are not).
    func isFamilyNameSpeaking(_ c: NameSpan) -> Bool {
        guard c.n == 1 else { return false }
        let after = lowerIs(c.b, in: Self.saidVerbs) && tokens[c.b].isLowercase && !tokens[c.b].startsLine
        let before = lowerIs(c.a - 1, in: Self.saidVerbs) && tokens[c.a - 1].isLowercase
        return (after || before) && lexicon.writesFamilyNameFirst(key: NameFold.keyHash(candidateSurface(c.a, c.b)))
    }

    /// Token `i` is the word whose folded hash is `hash`, written in lower case ("at" in
    /// "analysts at X", "on" in "posted on X"): ``atHash``, ``onHash``, ``toHash``, ``viaHash``.
    func isLowerWord(_ i: Int, _ hash: UInt64) -> Bool { isWord(i) && tokens[i].isLowercase && tokens[i].hash == hash }

    static let atHash = WordHash.folded("at")
    static let byHash = WordHash.folded("by")
    static let ministerHash = WordHash.folded("minister")
    /// "Par", "Por": the word of a French or Spanish byline (`[foreign_byline_words]`).
    static let foreignBylineWords = Lexicon.cueWords("foreign_byline_words")
    static let ofHash = WordHash.folded("of")
    static let fromHash = WordHash.folded("from")
    static let nearbyHash = WordHash.folded("nearby")
    static let asHash = WordHash.folded("as")
    static let knownHash = WordHash.folded("known")
    static let toldHash = WordHash.folded("told")
    /// "Central African": a compass word of its own before a nationality.
    static let centralHash = WordHash.folded("central")
    static let capitalHash = WordHash.folded("capital")
    static let onHash = WordHash.folded("on")
    static let toHash = WordHash.folded("to")
    static let viaHash = WordHash.folded("via")

    func punctValue(_ i: Int) -> UInt32? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punct else { return nil }
        return s[tokens[i].range.lowerBound].value
    }

    /// The possessive inside a name before its head word: "St Thomas' Hospital",
    /// The "s" of a possessive: `i` is an apostrophe written right after a word, and the
    /// token after it a lone "s" written right after it ("People's"); that token, else nil.
    func possessiveS(after i: Int) -> Int? {
        guard i > 0, punctValue(i) == 0x27, tokens[i].range.lowerBound == tokens[i - 1].range.upperBound,
              isWord(i + 1), tokens[i + 1].range.lowerBound == tokens[i].range.upperBound, tokens[i + 1].range.count == 1,
              s[tokens[i + 1].range.lowerBound].value | 0x20 == 0x73 else { return nil }
        return i + 1
    }

    /// "Melbourne Magistrates' Court", "Guy's and St Thomas' …". `i` is a token right
    /// after a name word; returns the last token of the possessive (`'` or `s`) when
    /// the capitalised words after it end in an organisation or place head within a
    /// few words, and the word before is not itself a place or known name
    /// ("Britain's Foreign Office" stays two names).
    func possessiveNameContinuation(at i: Int) -> Int? {
        guard punctValue(i) == 0x27, i > 0, isWord(i - 1),
              tokens[i].range.lowerBound == tokens[i - 1].range.upperBound else { return nil }
        var last = i
        if let sToken = possessiveS(after: i) {
            last = sToken
        } else {
            // Bare apostrophe: only after a plural or a name ending in "s".
            let before = tokens[i - 1].range
            guard s[before.upperBound - 1].value | 0x20 == 0x73 else { return nil }
        }
        let saint = i >= 2 && (tokens[i - 2].hash == WordHash.folded("st") || tokens[i - 2].hash == WordHash.folded("saint"))
        // "New Zealand's North Island", "Sri Lanka's": a place of several words is no part of a longer name either.
        let placeOfWords = (2...3).contains { n in
            i - n >= 0 && (i - n..<i).allSatisfy { isNameWord($0) } && lexicon.places[phraseHash(i - n, i)] != nil
        }
        guard saint || lexicon.places[tokens[i - 1].exactHash] == nil && !placeOfWords, lexicon.known[tokens[i - 1].exactHash] == nil,
              !tokens[i - 1].isAllCaps || tokens[i - 1].range.count == 1,
              // "Ironbark Resources' Kalgan Ridge": a company's possessive opens the next name.
              !Self.companyHeads.contains(tokens[i - 1].hash) else { return nil }
        var k = last + 1
        var sawHead = false
        let limit = min(tokens.count, k + 8)
        while k < limit, !tokens[k].startsLine {
            if isNameWord(k) {
                if isHead(k) { sawHead = true; break }
                k += 1; continue
            }
            if isConnector(k) || punctValue(k) == 0x27 && tokens[k].range.lowerBound == tokens[k - 1].range.upperBound {
                k += 1; continue
            }
            if isWord(k), tokens[k].range.count == 1, punctValue(k - 1) == 0x27 { k += 1; continue } // the "s" of "'s"
            break
        }
        let continues = isNameWord(last + 1) || isConnector(last + 1) && isNameWord(last + 2)
        return sawHead && continues ? last : nil
    }

    /// "the far-right Freedom party", "the centre-right Austrian People's party": a party's
    /// name with "party" in lower case, as British papers write it. Returns the end of the
    /// run with "party" (and the "'s" before it) when the run follows "the" or a lower-case
    /// word after "the" ("the ruling Labour party"), and is no holiday or place ("the
    /// Christmas party", "a Downing Street party" stay as they are).
    func lowerCasePartyEnd(runStart a: Int, runEnd b: Int) -> Int? {
        var k = b
        if let sToken = possessiveS(after: k) { k = sToken + 1 }
        guard isLowerWord(k, Self.partyHash), !tokens[k].startsLine, a > 0,
              !(a..<b).contains(where: { Self.calendarWords.contains(tokens[$0].hash) || Self.holidays.contains(tokens[$0].hash) }),
              lexicon.places[phraseHash(a, b)] == nil else { return nil }
        var j = a - 1
        if isWord(j), tokens[j].isLowercase, !Self.articles.contains(tokens[j].hash) { j -= 1 }
        if j >= 0, punctValue(j) == 0x2D { j -= 2 }   // "far-right", "centre-left"
        guard isWord(j), tokens[j].isLowercase, tokens[j].hash == Self.theHash else { return nil }
        return k + 1
    }
    static let partyHash = WordHash.folded("party")
    static let theHash = WordHash.folded("the")

    /// A match score right after token `b`: "5-0", "118-110".
    func isScore(_ b: Int) -> Bool {
        guard b + 2 < tokens.count, tokens[b].kind == .number, punctValue(b + 1) == 0x2D, tokens[b + 2].kind == .number,
              tokens[b].range.count <= 3, tokens[b + 2].range.count <= 3 else { return false }
        return tokens[b + 1].range.lowerBound == tokens[b].range.upperBound
    }

    /// ", a 54-year-old farmer": "a" or "an" after the comma at `b`, then an age written
    /// "N-year-old" within the next four tokens.
    func ageAppositive(after b: Int) -> Bool {
        guard punctValue(b) == 0x2C, isWord(b + 1), tokens[b + 1].isLowercase,
              tokens[b + 1].hash == WordHash.folded("a") || tokens[b + 1].hash == WordHash.folded("an") else { return false }
        return ((b + 2)..<min(b + 6, tokens.count)).contains { endsWith(tokens[$0].range, Self.yearOld, foldingCase: true) }
    }

    static let yearOld = Array("year-old".unicodeScalars)
    static let ageEndings: [[Unicode.Scalar]] = ["-year-old", "-year-olds", "-month-old", "-week-old", "-day-old"]
        .map { Array($0.unicodeScalars) }

    /// A word that is an age, "Sixteen-year-old", "12-month-old" (any case).
    func isAgeAdjective(_ i: Int) -> Bool {
        isWord(i) && Self.ageEndings.contains { endsWith(tokens[i].range, $0, foldingCase: true) }
    }

    /// A plausible age: a number of one to three digits.
    func isAge(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .number else { return false }
        let r = tokens[i].range
        return r.count <= 3 && r.allSatisfy { ScalarClass.isDigit(s[$0].value) }
    }

    /// "Nvidia shares", "Meta's chief executive": a company word after the name at `b`.
    func followedByOrgWord(_ b: Int) -> Bool {
        var k = b
        if punctValue(k) == 0x27 {
            k += 1
            if isWord(k), tokens[k].range.count == 1 { k += 1 }
        }
        return isWord(k) && tokens[k].isLowercase && !tokens[k].startsLine && lowerIs(k, in: Self.orgFollowers)
    }

    /// The surface of a candidate for tokens `[a, b)`: its words as written, one space
    /// where the text has space between them, the last one cut at `scalarEnd` and the
    /// first one started at `scalarStart` if given.
    func candidateSurface(_ a: Int, _ b: Int, scalarEnd: Int? = nil, scalarStart: Int? = nil) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(tokens[b - 1].range.upperBound - tokens[a].range.lowerBound)
        for k in a..<b {
            if k > a && tokens[k].range.lowerBound > tokens[k - 1].range.upperBound { scalars.append(" ") }
            let r = tokens[k].range
            let start = k == a ? scalarStart ?? r.lowerBound : r.lowerBound
            scalars.append(contentsOf: s[start..<(k == b - 1 ? scalarEnd ?? r.upperBound : r.upperBound)])
        }
        return NormalizedText.string(scalars[...])
    }

    /// A candidate's key (``NameCandidate/key``): its surface in lower case, without a
    /// leading "the".
    static func candidateKey(ofSurface surface: String) -> String {
        var key = surface.lowercased()
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return key
    }

    /// "the shipping company Eolia Navi", "its distributor, Gaumont,": a lower-case noun
    /// naming a kind of body right before the name at `a`.
    func bodyNounBefore(_ a: Int) -> Bool {
        let before = punctValue(a - 1) == 0x2C ? a - 2 : a - 1
        return isWord(before) && (tokens[before].isLowercase && lowerIs(before, in: Self.orgAppositives)
                                  || uncertain[before] && lowerIs(before, in: Self.leadingBodyNouns))
    }

    /// Whether tokens `[a + 1, b)`, two words or more, are a known body: with a nationality
    /// or a country as word `a`, that body's national branch ("Indonesian Red Cross").
    func knownBodyAfterFirstWord(_ a: Int, _ b: Int) -> Bool {
        b - a >= 3 && lexicon.known[phraseHash(a + 1, b)] == .organization
    }

    /// "shares in Nvidia", "a stake in Arm".
    func isStakeIn(_ a: Int) -> Bool {
        (lowerIs(a - 1, in: Self.locCues) || lowerIs(a - 1, in: Self.ofFor)) && tokens[a - 1].isLowercase
            && lowerIs(a - 2, in: Self.stakeNouns)
    }

    /// True for a word token made of letters around an apostrophe-free possessive run.
    func containsPossessive(_ a: Int, _ b: Int) -> Bool {
        (a..<b).contains { punctValue($0) == 0x27 }
    }

    // MARK: - Scan

    /// Runs the scan and returns the candidates in text order.
    mutating func run() -> [NameCandidate] {
        let n = tokens.count
        var i = 0
        while i < n {
            if let end = stateAbbreviation(at: i) {
                appendCandidate(i, end, type: .location, evidence: .rule, acronym: nil, rule: "state-abbreviation")
                i = end
                continue
            }
            if let end = allCapsPlace(at: i) {
                // Datelines and shouting over several words: "NEW YORK", "LOS ANGELES".
                appendCandidate(i, end, type: .location, evidence: .rule, acronym: nil, rule: "place-in-capitals")
                i = end
                continue
            }
            // "Sixteen-year-old Maisie Adebayo": an age that opens a sentence is no part of the name.
            if isAgeAdjective(i) { i += 1; continue }
            let startsWithOrdinal = isOrdinal(i) && isNameWord(i + 1) && !tokens[i + 1].startsLine
            guard isNameWord(i) || startsWithOrdinal else {
                if let place = placeInHyphenatedAdjective(at: i, earliest: i) {
                    appendPlaceInAdjective(place.first, i, end: place.end)
                }
                i += 1
                continue
            }
            if isPlatformX(at: i) {
                // "wrote on X", "posted on X.": the dot of "X." ends a sentence, not the name.
                let dotted = tokens[i].range.count == 2
                appendCandidate(i, i + 1, type: .organization, evidence: .rule, acronym: nil, rule: "platform-x",
                                scalarEnd: dotted ? tokens[i].range.lowerBound + 1 : nil)
                i += 1
                continue
            }
            if let end = romanceBodyEnd(at: i) {
                appendCandidate(i, end, type: .organization, evidence: .rule, acronym: bracketAcronym(after: end),
                                rule: "romance-body")
                i = end
                continue
            }
            if let pair = lonePair(at: i, alone: true) {
                // "the Russia-Ukraine war": two names, not one.
                appendCandidate(i, i + 1, type: pair.first, evidence: pair.firstEvidence, acronym: nil, rule: "hyphenated-pair",
                                scalarEnd: pair.hyphen)
                appendCandidate(i, i + 1, type: pair.second, evidence: pair.secondEvidence, acronym: nil,
                                rule: "hyphenated-pair", scalarStart: pair.hyphen + 1)
                i += 1
                continue
            }
            var end = i + 1
            var words = 1
            while end < n, words < Self.maxRunWords, !tokens[end].startsLine {
                if isNameWord(end) {
                    // Alone after a capitalised sentence opener ("The Brest–Terespol crossing"); after
                    // other name words the pair ends a longer name ("Air France-KLM", "New York-London").
                    if (i..<end).allSatisfy({ uncertain[$0] && Self.articles.contains(tokens[$0].hash) }),
                       lonePair(at: end, alone: true) != nil { break }
                    end += 1; words += 1; continue
                }
                // "State Highway 1", "Route 66", "Interstate 95": a road's number ends its name.
                if isRoadNumber(end) { end += 1; words += 1; break }
                // "Gen. Ida Marsh", "Mr. Okafor": the dot of an abbreviated title.
                if punctValue(end) == 0x2E, isTitle(end - 1), end + 1 < n, !tokens[end + 1].startsLine,
                   isNameWord(end + 1) {
                    end += 2; words += 1; continue
                }
                if let next = possessiveNameContinuation(at: end) { end = next + 1; words += 1; continue }
                // "Fernleaf & Quill", "Bill & Melinda Gates Foundation": an ampersand joins one name.
                if punctValue(end) == 0x26, end + 1 < n, !tokens[end + 1].startsLine, isNameWord(end + 1) {
                    end += 2; words += 1; continue
                }
                if isConnector(end) {
                    var k = end + 1
                    if isConnector(k), !tokens[k].startsLine { k += 1 }
                    // "Talks on the Russia-Ukraine war": a pair after connectors stands alone.
                    if k < n, !tokens[k].startsLine, isNameWord(k), lonePair(at: k, alone: true) == nil {
                        end = k + 1; words += 1; continue
                    }
                }
                break
            }
            if let legalEnd = legalFormEnd(runEnd: end) { end = legalEnd }
            if let partyEnd = lowerCasePartyEnd(runStart: i, runEnd: end) { end = partyEnd }
            // "The Agence spatiale européenne", "Dockers of the Union nationale des dockers":
            // the run ends on the head of a Romance body written in sentence case.
            if end - 1 > i, isConnector(end - 2) || (i..<(end - 1)).allSatisfy({ uncertain[$0] && isCommon($0) }),
               let bodyEnd = romanceBodyEnd(at: end - 1) {
                processRun(i, end - 1)
                appendCandidate(end - 1, bodyEnd, type: .organization, evidence: .rule, acronym: bracketAcronym(after: bodyEnd),
                                rule: "romance-body")
                i = bodyEnd
                continue
            }
            if let listEnd = officeNameList(runStart: i, runEnd: end) {
                // One name, not split again at its "and".
                processSegment(i, listEnd, depth: 0, acronym: bracketAcronym(after: listEnd))
                i = listEnd
                continue
            }
            // "New York-based": the run's last words and the adjective's first part are one place.
            if end < n, !tokens[end].startsLine, let place = placeInHyphenatedAdjective(at: end, earliest: i) {
                if place.first > i { processRun(i, place.first) }
                appendPlaceInAdjective(place.first, end, end: place.end)
                i = end + 1
                continue
            }
            processRun(i, end)
            i = end
        }
        return candidates
    }

    /// "wrote on X", "posted on X.", "via X": the platform X, one capital letter (with the
    /// sentence's dot, as the tokenizer reads "X.") after a lower-case "on" or "via" and
    /// before no other name word ("on X Factor" is a show).
    func isPlatformX(at i: Int) -> Bool {
        guard isWord(i), i > 0, s[tokens[i].range.lowerBound] == "X",
              tokens[i].range.count == 1 || tokens[i].range.count == 2 && s[tokens[i].range.lowerBound + 1] == ".",
              isLowerWord(i - 1, Self.onHash) || isLowerWord(i - 1, Self.viaHash) else { return false }
        // "X." ends its sentence; a plain "X" must not open a longer name.
        return tokens[i].range.count == 2 || !(isNameWord(i + 1) && !tokens[i + 1].startsLine)
    }

    /// "Marinette, Wis.", "London, Ont.": the AP style's abbreviation of a US state or
    /// Canadian province right after a comma, with its dot (`places.tsv` lists them as
    /// regions, from `scripts/build_geo.py`'s one list); the end of its tokens, or nil.
    func stateAbbreviation(at i: Int) -> Int? {
        guard punctValue(i - 1) == 0x2C, isWord(i), tokens[i].isCapitalized, tokens[i].range.count <= 6 else { return nil }
        var h = WordHash.seed
        WordHash.add(s, tokens[i].range, folded: false, to: &h)
        if tokens[i].shape.contains(.dotted), lexicon.places[h] == .region { return i + 1 }   // "N.Y." as one token
        guard punctValue(i + 1) == 0x2E, tokens[i + 1].range.lowerBound == tokens[i].range.upperBound else { return nil }
        WordHash.mix(&h, 0x2E)
        return lexicon.places[h] == .region ? i + 2 : nil
    }

    /// "Prague-based", "New York-based", "US-led": a place the word lists know, written
    /// before the hyphen of the hyphenated adjective at token `i` (``adjectiveSuffixes``),
    /// together with at most two name words right before it, from token `earliest` on.
    /// Returns the place's first token and the scalar offset of the hyphen, where it ends.
    func placeInHyphenatedAdjective(at i: Int, earliest: Int) -> (first: Int, end: Int)? {
        guard isWord(i), tokens[i].isCapitalized, hasAdjectiveSuffix(i) else { return nil }
        let r = tokens[i].range
        guard let hyphen = r.lastIndex(where: { s[$0].value == 0x2D }), hyphen > r.lowerBound else { return nil }
        for first in max(earliest, i - 2)...i {
            let joined = (first..<i).allSatisfy {
                isNameWord($0) && tokens[$0 + 1].range.lowerBound == tokens[$0].range.upperBound + 1
            }
            guard joined else { continue }
            var h = WordHash.seed
            for k in first..<i {
                WordHash.add(s, tokens[k].range, folded: false, to: &h)
                WordHash.mix(&h, 0x20)
            }
            WordHash.add(s, r.lowerBound..<hyphen, folded: false, to: &h)
            if lexicon.isPlace(h) { return (first, hyphen) }
        }
        return nil
    }

    /// "the Russia-Ukraine war", "Israel-Hamas talks", "the Delhi-Mumbai expressway": one
    /// word of two capitalised parts joined by a hyphen (the text layer writes an en dash
    /// between letters as one), each part a name the word lists know and one of them a
    /// place, while the whole word is no name of its own ("Guinea-Bissau",
    /// "Baden-Württemberg", "Khyber-Pakhtunkhwa" stay whole). A part that is also a given
    /// name must be a country or a region ("Jean-Pierre": Jean and Pierre are towns too);
    /// two towns need a lower-case word after them, the compound's noun ("the
    /// London-Paris route"), where a double-barrelled surname would not have one.
    /// With `alone` (no name word before it either) and an en dash in the original text
    /// — a range or a link, never inside a name as printed — one part may be unknown
    /// when a lower-case word follows: "the Brest–Terespol crossing" (both places).
    /// Returns the hyphen's scalar offset and the two parts' types.
    func namePair(at i: Int, alone: Bool = false) -> NamePair? {
        guard isWord(i), tokens[i].parts.count == 3, tokens[i].isCapitalized, !tokens[i].shape.contains(.hasDigit) else { return nil }
        let r = tokens[i].range
        guard let hyphen = r.firstIndex(where: { s[$0].value == 0x2D }), hyphen > r.lowerBound, hyphen + 2 <= r.upperBound,
              !r[(hyphen + 1)...].contains(where: { s[$0].value == 0x2D || s[$0].value == 0x27 }),
              ScalarClass.isUpper(s[hyphen + 1]) else { return nil }
        let whole = tokens[i].exactHash
        if lexicon.places[whole] != nil || lexicon.known[whole] != nil { return nil }
        if let spaced = hyphensAsSpaces(i), lexicon.places[spaced] != nil || lexicon.known[spaced] != nil { return nil }
        /// A part's type, and whether it is a country, region or continent.
        func part(_ range: Range<Int>) -> (type: EntityType, wide: Bool)? {
            var h = WordHash.seed
            WordHash.add(s, range, folded: false, to: &h)
            let place = lexicon.places[h]
            let wide = place != nil && place != .city
            if lexicon.firstNames.contains(h) && !wide { return nil }
            if let known = lexicon.known[h] {
                // A product or event the list knows ("LNG", "Brexit") is no part of a pair.
                guard known == .person || known == .organization || known == .location else { return nil }
                return (known, wide || known == .location)
            }
            return place.map { _ in (.location, wide) }
        }
        // The compound's noun: a lower-case word after it that is no preposition, article or
        // verb of speech ("the London-Paris route", not "Paris-Nice on Sunday").
        let nounAfter = isWord(i + 1) && tokens[i + 1].isLowercase && !tokens[i + 1].startsLine
            && !lowerIs(i + 1, in: Self.locCues) && !lowerIs(i + 1, in: Self.ofFor) && !lowerIs(i + 1, in: Self.articles)
            && !lowerIs(i + 1, in: Self.coordinators) && !lowerIs(i + 1, in: Self.saidVerbs) && !lowerIs(i + 1, in: Self.nearPrepositions)
        let firstRange = r.lowerBound..<hyphen, secondRange = (hyphen + 1)..<r.upperBound
        guard let first = part(firstRange), let second = part(secondRange) else {
            // "the Brest–Terespol crossing": an en dash, a known place and a word no list knows.
            guard alone, nounAfter, text.tokens.parts[tokens[i].parts.lowerBound + 1].dash == .enDash else { return nil }
            func unknownWord(_ range: Range<Int>) -> Bool {
                var h = WordHash.seed
                WordHash.add(s, range, folded: false, to: &h)
                var folded = WordHash.seed
                WordHash.add(s, range, folded: true, to: &folded)
                return lexicon.known[h] == nil && !lexicon.firstNames.contains(h) && lexicon.wordClasses[folded] == nil
            }
            // The unknown part is a place by a guess the rest of the article may correct.
            if let first = part(firstRange), first.type == .location, unknownWord(secondRange) {
                return NamePair(hyphen: hyphen, first: .location, second: .location, secondEvidence: .guess)
            }
            if let second = part(secondRange), second.type == .location, unknownWord(firstRange) {
                return NamePair(hyphen: hyphen, first: .location, second: .location, firstEvidence: .guess)
            }
            // "the Versova–Dahisar stretch": two words no list knows, before a road's or a
            // link's noun.
            if part(firstRange) == nil, part(secondRange) == nil, unknownWord(firstRange), unknownWord(secondRange),
               lowerIs(i + 1, in: Self.linkNouns) {
                return NamePair(hyphen: hyphen, first: .location, second: .location, firstEvidence: .guess, secondEvidence: .guess)
            }
            return nil
        }
        guard first.type == .location || second.type == .location, first.wide || second.wide || nounAfter else { return nil }
        return NamePair(hyphen: hyphen, first: first.type, second: second.type)
    }

    /// "the Port autonome de Dakar", "the Union nationale des dockers du Sénégal", "Parti
    /// socialiste": a Romance body's name in sentence case, its head word first
    /// (``romanceBodyHeads``), then lower-case words English does not have (or
    /// ``romanceAdjectives``), particles (``romanceParticles``) and, after a particle,
    /// capitalised names. The word after the head must not be English; the name ends before
    /// an English word, punctuation or a line break, at most eight words long, never on a
    /// particle. Returns its end, or nil.
    func romanceBodyEnd(at i: Int) -> Int? {
        guard isWord(i), tokens[i].isCapitalized, lowerIs(i, in: Self.romanceBodyHeads), isWord(i + 1) else { return nil }
        func particle(_ k: Int) -> Bool { lowerIs(k, in: Self.romanceParticles) && tokens[k].isLowercase }
        // A lower-case word English does not have; right after the head or another such word,
        // one that also looks Romance (an accent or an ending of its adjectives), so that
        // "the Union organiser", "Forces flew" stay English. A word English shares
        // ("national", "public") counts only in a name with another Romance mark (below).
        func romanceWord(_ k: Int) -> Bool {
            guard isWord(k), tokens[k].isLowercase, !tokens[k].startsLine else { return false }
            if lowerIs(k, in: Self.romanceAdjectives) { return true }
            guard !isCommon(k), !lowerIs(k, in: Self.saidVerbs) else { return false }
            return particle(k - 1) || looksRomance(k)
        }
        var end = i + 1, lastWord = i
        while end < tokens.count, end - i < 8, isWord(end), !tokens[end].startsLine {
            if particle(end) {
                end += 1
            } else if romanceWord(end) {
                end += 1; lastWord = end
            } else if isNameWord(end), particle(end - 1) {
                // "de Dakar", "du Sénégal", "de la Nouvelle-Calédonie"
                end += 1; lastWord = end
            } else if isNameWord(end), lastWord == end, end - 1 > i, isNameWord(end - 1), !isTitle(end), !isFirstName(end),
                      !isCommon(end) || looksRomance(end) {
                // "de la Propriété Foncière du Sénégal": a second name word after one that
                // followed a particle, neither English nor a person's.
                end += 1; lastWord = end
            } else {
                break
            }
        }
        // At least one lower-case word of the name right after its head ("Parti socialiste"),
        // not only "de" + a name ("Port of Dakar" is English; "Banque de France" is caught by
        // the Romance "of" rule).
        guard lastWord > i + 1, romanceWord(i + 1) || particle(i + 1) && romanceWord(i + 2) else { return nil }
        // Something no English name has: a particle, an accent or elision, a Romance ending
        // ("the Union general secretary", "Commission public consultation" stay English).
        // The head counts when English lacks it ("Guardia civil", "Parti socialiste").
        guard looksRomance(i) || !isCommon(i)
                || (i + 1..<lastWord).contains(where: { particle($0) || !lowerIs($0, in: Self.romanceAdjectives) && looksRomance($0) })
        else { return nil }
        return lastWord
    }

    /// A word written like a French, Spanish, Portuguese or Italian adjective: a letter
    /// outside ASCII ("européenne", "públic"), or one of their endings ("nationale",
    /// "socialiste", "constitutionnel", "armadas", "amplio").
    func looksRomance(_ k: Int) -> Bool {
        let r = tokens[k].range
        if r.contains(where: { s[$0].value > 0x7F }) { return true }
        // "d'histoire", "l'environnement": an elided particle glued to its word.
        if r.count > 3, s[r.lowerBound + 1] == "'", s[r.lowerBound] == "d" || s[r.lowerBound] == "l" { return true }
        return Self.romanceEndings.contains { r.count > $0.count + 2 && endsWith(r, $0, foldingCase: false) }
    }

    /// Whether the scalars of `r` end with `ending` (compared in lower case with `foldingCase`).
    func endsWith(_ r: Range<Int>, _ ending: [Unicode.Scalar], foldingCase: Bool) -> Bool {
        ending.count <= r.count
            && zip(ending.reversed(), s[r].reversed()).allSatisfy { $0 == (foldingCase ? ScalarClass.foldLower($1) : $1) }
    }

    /// Endings of Romance adjectives and nouns that English words rarely have.
    static let romanceEndings: [[Unicode.Scalar]] = [
        "ale", "ales", "elle", "elles", "ienne", "iennes", "aire", "aires", "ique", "iques", "iste", "istes", "ista", "istas",
        "ome", "ile", "iles", "euse", "aise", "oise", "nel", "nels", "ano", "anos", "ana", "anas", "ado", "ados",
        "ada", "adas", "ido", "idos", "ida", "idas", "ivo", "ivos", "iva", "ivas", "ico", "icos", "ica", "icas", "ense", "enses",
        "ario", "aria", "oire", "oires",
    ].map { Array($0.unicodeScalars) }

    /// ``namePair(at:)`` of a word no name word follows ("the Delhi-Mumbai Expressway" is
    /// one road).
    func lonePair(at i: Int, alone: Bool = false) -> NamePair? {
        guard i < tokens.count, tokens[i].parts.count == 3, !(isNameWord(i + 1) && !tokens[i + 1].startsLine) else { return nil }
        return namePair(at: i, alone: alone)
    }

    /// Adds the place of a hyphenated adjective: tokens `first...last`, ending at scalar `end`.
    mutating func appendPlaceInAdjective(_ first: Int, _ last: Int, end: Int) {
        appendCandidate(first, last + 1, type: .location, evidence: .lexicon, acronym: nil,
                        rule: "place-in-hyphenated-adjective", scalarEnd: end)
    }

    /// "Ministry of Economy, Trade and Industry", "Department for Environment, Food and Rural
    /// Affairs": a run that names an office ("X of Y") continued by a comma-separated list of
    /// plain capitalised items closed by "and". Each item is one or two words without a
    /// given name, and no place or known name as a whole; at most four items. Returns the end of the
    /// list's last item, or nil.
    func officeNameList(runStart a: Int, runEnd b: Int) -> Int? {
        guard b - a >= 3, b < tokens.count, punctValue(b) == 0x2C,
              (a..<(b - 1)).contains(where: { isOrgHead($0) && lowerIs($0 + 1, in: Self.ofFor) }) else { return nil }
        func plainItem(_ k: Int) -> Int? {   // end of a one- or two-word item at k
            var e = k
            while e < tokens.count, e - k < 2, isNameWord(e), !tokens[e].startsLine, !isFirstName(e) { e += 1 }
            // The item as a whole is no place or known name ("France"; "Maritime Affairs" is
            // an item though Maritime is a region of Togo).
            guard e > k, !fullKnownRun(k, e) else { return nil }
            return e
        }
        var k = b
        var items = 0
        while items < 4, punctValue(k) == 0x2C {
            k += 1
            if isWord(k), tokens[k].isLowercase, tokens[k].hash == WordHash.folded("and"), let e = plainItem(k + 1) {
                return e   // "…, Trade, and Industry"
            }
            guard let e = plainItem(k) else { return nil }
            items += 1
            k = e
            if isWord(k), tokens[k].isLowercase, tokens[k].hash == WordHash.folded("and"), let last = plainItem(k + 1) {
                return last
            }
        }
        return nil
    }

    /// Splits a run at connectors that do not belong to one name, then handles each part.
    mutating func processRun(_ a: Int, _ b: Int) {
        let acronym = bracketAcronym(after: b)
        // "Bangladesh Garment Manufacturers and Exporters Association (BGMEA)": an acronym in
        // brackets made from the whole run's words keeps the run whole.
        // (Its first letter is the run's: "Thandiwe Nkosi of the South African Radio
        // Astronomy Observatory (SARAO)" is a person of a body, whatever letters the
        // acronym may skip.)
        let acronymOfWhole = acronym.map { acronym in
            let start = Self.articles.contains(tokens[a].hash) && a + 1 < b ? a + 1 : a   // "The Economic Community …"
            return isWord(start) && acronym.unicodeScalars.first.map { ScalarClass.foldLower($0) }
                == ScalarClass.foldLower(s[tokens[start].range.lowerBound])
                && EntityResolver.isAcronym(acronym, of: candidateSurface(a, b))
        } ?? false
        var segmentStart = a
        var k = a
        while k < b {
            if isConnector(k) && Self.weakConnectors.contains(tokens[k].hash) {
                let leftHasHead = (segmentStart..<k).contains { isHead($0) || isTitle($0) }
                let keep: Bool
                if lexicon.known[phraseHash(segmentStart, b)] != nil || acronymOfWhole && segmentStart == a {
                    keep = true // "Ernst & Young", "Bank of America"
                } else if tokens[k].hash == WordHash.folded("the"), k > segmentStart, lowerIs(k - 1, in: Self.ofFor) {
                    keep = true // "Office of the Auditor-General": "of" was kept, "the" goes with it
                } else if Self.ofFor.contains(tokens[k].hash) {
                    // "Countess of Chester Hospital": one or two plain words, "of", a name ending in a head.
                    let leftWords = (segmentStart..<k).filter { isWord($0) }
                    let plainLeft = leftWords.count <= 2 && leftWords.allSatisfy {
                        lexicon.places[tokens[$0].exactHash] == nil && lexicon.known[tokens[$0].exactHash] == nil && !isFirstName($0)
                    }
                    // "Prize for Fiction", "Festival of Britain": an award or event keeps its "of"/"for".
                    let namedThing = k > segmentStart && lexicon.miscHeads.contains(tokens[k - 1].hash)
                    // "Judge Elena Marsh of the U.S. District Court": a person of a body is two names.
                    // ("Max Planck Institute for Radio Astronomy": a body named after a person.)
                    let personLeft = (segmentStart..<k).contains { isFirstName($0) } && !isOrgHead(k - 1)
                    // "Tayside Drilling Systems of Perth": a company and where it is.
                    let companyOfPlace = k > segmentStart && Self.companyHeads.contains(tokens[k - 1].hash)
                        && lexicon.places[phraseHash(k + 1, b)] != nil
                    // "Rolando Vega of Tandaa Corp": two uncommon words, no title, no head, before
                    // "of" a body's name are a person of that body, not one name.
                    let personShapedLeft = leftWords.count == 2 && leftWords.allSatisfy { !isCommon($0) && !isTitle($0) }
                    keep = (leftHasHead || plainLeft && !personShapedLeft && isHead(b - 1) && b - k <= 4 || namedThing)
                        && !personLeft && !companyOfPlace
                } else {
                    // "Economic and Financial Crimes Commission", "Guy's and St Thomas' … Trust":
                    // a plain word or a possessive name joined to a name ending in its head.
                    let leftWords = (segmentStart..<k).filter { isWord($0) }
                    let noPeople = leftWords.allSatisfy { !isFirstName($0) && !isTitle($0) && lexicon.known[tokens[$0].exactHash] == nil }
                    let lastIsPlace = leftWords.last.map { lexicon.places[tokens[$0].exactHash] != nil } ?? true
                    let leftPlain = noPeople && !lastIsPlace
                        && (leftWords.count == 1 || containsPossessive(segmentStart, k) || leftWords.count <= 3)
                    // "Centers for Disease Control and Prevention", "Department of Health and Social Care".
                    let officeTail = leftHasHead && (segmentStart..<k).contains { lowerIs($0, in: Self.ofFor) }
                        && (k + 1..<b).allSatisfy { isNameWord($0) && !isFirstName($0) && lexicon.places[tokens[$0].exactHash] == nil
                                                    && lexicon.known[tokens[$0].exactHash] == nil } && b - k <= 4
                    // "Hanseong Semiconductor and Kasumi Chemical Industries": two bodies, each
                    // a name of its own (no ordinary first word) before its own head.
                    let twoBodies = k - segmentStart >= 2 && isOrgHead(k - 1) && !isCommon(segmentStart)
                        && k + 1 < b && isNameWord(k + 1) && !isCommon(k + 1)
                    let joinsBody = tokens[k].hash == WordHash.folded("and")
                        && (isOrgHead(b - 1) || lexicon.miscHeads.contains(tokens[b - 1].hash)) && leftPlain && !twoBodies
                        && !(k..<b).contains { lowerIs($0, in: Self.ofFor) }
                    // "Intergovernmental Authority on Development", "Panel on Climate Change".
                    let onTail = tokens[k].hash == WordHash.folded("on") && k > segmentStart && isOrgHead(k - 1)
                        && (k + 1..<b).allSatisfy { isNameWord($0) && !isFirstName($0) && lexicon.places[tokens[$0].exactHash] == nil
                                                    && lexicon.known[tokens[$0].exactHash] == nil
                                                    && !Self.calendarWords.contains(tokens[$0].hash) } && b - k <= 4
                    keep = leftHasHead && acronym != nil || joinsBody || officeTail && tokens[k].hash == WordHash.folded("and") || onTail
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

    /// `( ACRONYM )` right after token `b`, as a lower-case key. Also an acronym written
    /// as a word, as Spanish and some house styles do ("Procuraduría Federal de Protección
    /// al Ambiente (Profepa)"): one capitalised word of three letters or more that no list
    /// knows as anything else (not "(Reuters)", a known body; not a place, a given name or
    /// an ordinary word). Whether it is the name's acronym is the resolver's to decide
    /// (``EntityResolver/isAcronym(_:of:)``).
    func bracketAcronym(after b: Int) -> String? {
        guard punctValue(b) == 0x28, isWord(b + 1), punctValue(b + 2) == 0x29 else { return nil }
        let t = tokens[b + 1]
        guard t.isAllCaps || t.isCapitalized && t.parts.count == 1 && t.range.count >= 3 && t.range.count <= 12
                && !t.shape.contains(.hasDigit) && !isCommon(b + 1) && !isFirstName(b + 1)
                && lexicon.known[t.exactHash] == nil && lexicon.places[t.exactHash] == nil else { return nil }
        return text.normalizedText(of: t.range).lowercased()
    }

    /// "Michigan Department of Attorney General", "Ministry of the Attorney-General": a body's
    /// head word, "of" or "for", and only title words to the end of the run — an office the
    /// body is named after, with no person after it.
    private func bodyOfAnOffice(_ a: Int, _ b: Int) -> Bool {
        var h = a + 1
        while h + 2 < b {
            if isOrgHead(h), lowerIs(h + 1, in: Self.ofFor) {
                var k = h + 2
                if lowerIs(k, in: Self.articles) { k += 1 }
                return k < b && (k..<b).allSatisfy { isTitle($0) || tokens[$0].kind == .punct }
            }
            h += 1
        }
        return false
    }

    /// The last title word of `a..<b` that starts a person's name after it: "Minister of
    /// Justice" ends in an office, "a bench of Justice Anjali Deshmukh" names a person, and a
    /// title right before a body's head word is part of the body ("Supreme Council of Antiquities").
    /// A loop, not `last(where:)`: a closure would copy the scanner.
    private func lastTitle(_ a: Int, _ b: Int) -> Int? {
        var t = b - 1
        while t >= a {
            if isTitle(t) && !(a == t && isTitleException(t)) && !(lowerIs(t - 1, in: Self.ofFor) && !isFirstName(t + 1))
                && !(t + 1 < b && isOrgHead(t + 1)) { return t }
            t -= 1
        }
        return nil
    }

    mutating func processSegment(_ start: Int, _ end: Int, depth: Int, acronym: String? = nil) {
        var a = start, b = end
        while a < b, isConnector(a) { a += 1 }
        while b > a, isConnector(b - 1) { b -= 1 }
        guard a < b, depth < 4 else { return }
        // An ordinal opens only a unit's name ("54th … Battalion").
        if tokens[a].kind == .number {
            if !isOrgHead(b - 1) { a += 1 }
            guard a < b else { return }
        }
        // "Sen. Ann Roy, D-Mass., said", "(R-Texas)": a party and a US state, no name.
        // "Nvidia Corp (NVDA.O)": a stock's exchange code, no name either.
        if b - a == 1, isPartyAndState(a) || isTickerCode(a) { return }
        // "Hurricane Milton made landfall": a storm's or a ship's name at a sentence start
        // is no entity, as it is mid-sentence (``classify``), before its first word is
        // set aside as an ordinary capitalised one below.
        if uncertain[a], isStormOrShipName(a, b) { return }
        // "Par Nirina Rabe", "Por Ana Ruiz" on a line of their own: a French or Spanish
        // byline's word, not part of the name.
        if b - a >= 3, tokens[a].startsLine, lowerIs(a, in: Self.foreignBylineWords), isLineEnd(b) { a += 1 }
        // A capitalised ordinary word at a sentence start is not part of the name; the
        // word after it is capitalised for its own sake ("The World Bank", "Support
        // The Duran").
        var startUncertain = uncertain[a]
        if startUncertain, b - a >= 1, isCommon(a), !(b - a >= 2 && lexicon.known[phraseHash(a, b)] != nil),
           !(b - a >= 2 && isFirstName(a) && !Self.articles.contains(tokens[a].hash)), // "Jan Hatzius", "Will Ferrell"
           !(b - a == 2 && isOrgHead(a + 1) && Self.orgModifiers.contains(tokens[a].hash)),
           !(b - a >= 2 && Self.leadingOrgWords.contains(tokens[a].hash)), // "TV Globo shows …"
           // A masthead under the headline: "Daily Courier", "BATTERY METALS MONITOR".
           !isMastheadWithHead(a, b),
           !(b - a >= 2 && (fullKnownRun(a, a + 2)
                            || Self.compassPoints.contains(tokens[a].hash) && tokens[a + 1].isCapitalized && !isDemonym(a + 1))),
           lexicon.known[tokens[a].exactHash] == nil || Self.articles.contains(tokens[a].hash) {
            a += 1
            startUncertain = false
        }
        guard a < b else { return }
        // "Chipmaker Hanseong Semi said": the kind of company opening the sentence is not
        // part of the name (``bodyNounBefore(_:)`` reads it as a body cue).
        if startUncertain, b - a >= 2, lowerIs(a, in: Self.leadingBodyNouns), lexicon.known[phraseHash(a, b)] == nil {
            a += 1
            startUncertain = false
        }
        // A participle opening a headline or sentence before a known place or name
        // ("Landlocked Mali faces…", "Exiled Belarus opposition…", "Sealed Saqqara tomb…").
        if startUncertain, b - a >= 2, endsInED(a), !isFirstName(a), lexicon.known[tokens[a].exactHash] == nil,
           fullKnownRun(a + 1, b)
            || lexicon.places[tokens[a + 1].exactHash] != nil {
            a += 1
            startUncertain = false
        }
        // An unknown role word at a sentence start before a given name and a surname
        // ("Treasurer Jim Chalmers", "Bishop-elect Ann Tully").
        if startUncertain, b - a >= 3, !isFirstName(a), isFirstName(a + 1), isNameWord(a + 2),
           lexicon.places[tokens[a].exactHash] == nil, lexicon.known[tokens[a].exactHash] == nil, !Self.articles.contains(tokens[a].hash) {
            a += 1
            startUncertain = false
        }
        // Ordinary words before a given name and a surname ("Minister for Health Deirdre
        // Falvey" → "Health" | "Deirdre Falvey").
        if b - a >= 3, !isFirstName(a), isCommon(a), !fullKnownRun(a, b),
           let k = (a + 1..<(b - 1)).first(where: { isFirstName($0) && isNameWord($0 + 1) }),
           (a..<k).allSatisfy({ isCommon($0) && !isHead($0) && !isTitle($0) }) {
            processSegment(a, k, depth: depth + 1)
            classify(k, b, titleCue: false, theCue: false, uncertainStart: false, acronym: acronym)
            return
        }
        // A mid-sentence capitalised article ("… on The Duran") marks a title or outlet.
        var theCue = false
        if Self.articles.contains(tokens[a].hash), b - a >= 2, lexicon.known[phraseHash(a, b)] != nil {
            classify(a, b, titleCue: false, theCue: false, uncertainStart: startUncertain, acronym: acronym)
            return
        }
        if Self.articles.contains(tokens[a].hash) {
            theCue = !uncertain[a]
            a += 1
            guard a < b else { return }
        }
        // "« Le Liban ne peut plus attendre »", "El Salvador" stays whole: a foreign article
        // before a known place that is not itself part of the place's name.
        if b - a >= 2, lowerIs(a, in: Self.foreignArticles), !fullKnownRun(a, b), lexicon.places[phraseHash(a + 1, b)] != nil {
            a += 1
        }
        // "the US East Coast", "UK South Coast": a country, then a place of its own. Not a
        // facility named after the country ("Kuwait International Airport", "Bahrain
        // International Circuit"): that is one place.
        if b - a >= 3, !fullKnownRun(a, b), isLocHead(b - 1), !Self.facilityHeads.contains(tokens[b - 1].hash),
           lexicon.places[tokens[a].exactHash] == .country || lexicon.known[tokens[a].exactHash] == .location,
           (a + 1..<b).allSatisfy({ isNameWord($0) }) {
            appendCandidate(a, a + 1, type: .location, evidence: .lexicon, acronym: nil, rule: "country-before-a-place")
            classify(a + 1, b, titleCue: false, theCue: false, uncertainStart: false, acronym: acronym)
            return
        }
        let n = b - a
        let fullKnown = fullKnownRun(a, b)
        // "Kestrel Heights" ends with a head word; "Ida Marsh", a given name before it, does not.
        let endsWithHead = n >= 2 && isHead(b - 1) && !isFirstName(b - 2)
        // Titles: "NATO Secretary-General Jens Stoltenberg" → NATO | Jens Stoltenberg.
        // "Office of the Auditor-General": a body named by its office keeps its title words.
        let officeOf = b - a >= 3 && (isOrgHead(a) && lowerIs(a + 1, in: Self.ofFor) || bodyOfAnOffice(a, b))
        // A masthead keeps its title words too ("The Lone Star Observer").
        let masthead = isMastheadWithHead(a, b)
        // "Supreme Council of Antiquities": a title word right before a body's head word is part of the body's name.
        if !fullKnown && !endsWithHead && !officeOf && !masthead, let t = lastTitle(a, b) {
            var blockStart = t
            while blockStart > a, isTitle(blockStart - 1) { blockStart -= 1 }
            var nameStart = t + 1
            while nameStart < b, tokens[nameStart].kind == .punct { nameStart += 1 }
            if nameStart < b, !isConnector(nameStart) {
                processBeforeTitle(a, blockStart, depth: depth + 1)
                classify(nameStart, b, titleCue: true, theCue: false, uncertainStart: false, acronym: acronym)
                return
            }
            if nameStart == b {
                processBeforeTitle(a, blockStart, depth: depth + 1)
                return
            }
            // "Secretary of State Antony Blinken": the office is "Title of X", the rest a person.
            if lowerIs(nameStart, in: Self.ofFor), nameStart + 2 < b, isNameWord(nameStart + 1), isNameWord(nameStart + 2) {
                processBeforeTitle(a, blockStart, depth: depth + 1)
                classify(nameStart + 2, b, titleCue: true, theCue: false, uncertainStart: false, acronym: acronym)
                return
            }
            // "Princess of Wales", "Duke of Sussex": a royal title names a person by title only.
            if Self.royalTitles.contains(tokens[t].hash) && lowerIs(nameStart, in: Self.ofFor) { return }
            // "Minister of Defence of Ukraine": an office named as a body.
            classify(blockStart, b, titleCue: false, theCue: theCue, uncertainStart: startUncertain && blockStart == a,
                     acronym: acronym, office: true)
            if blockStart > a { processBeforeTitle(a, blockStart, depth: depth + 1) }
            return
        }
        // Nationality words are not names unless inside an institution's name (the cheap
        // test first: most segments do not open with one).
        if isDemonym(a) && !endsWithHead && !fullKnown && appositiveType(after: b) != .organization
            && !(a..<b).contains(where: { isOrgHead($0) && lowerIs($0 + 1, in: Self.ofFor) }) // "European Court of Justice"
            // "the ruling Georgian Dream party" (not "the Canadian company", a nationality alone)
            && !(b - a >= 2 && lowerIs(b, in: Self.trailingOrgCues) && isWord(b) && tokens[b].isLowercase)
            // "Indonesian Red Cross": a national branch of a known body of several words.
            && !knownBodyAfterFirstWord(a, b) {
            while a < b, isDemonym(a), !(isFirstName(a) && a + 1 < b) { a += 1 }
            guard a < b else { return }
        }
        // A known name followed by ordinary words: "EU Defence Ministers" → EU.
        if b - a >= 2 && lexicon.miscHeads.contains(tokens[b - 1].hash) && !fullKnown && !(b - a == 2 && isFirstName(a)) {
            classify(a, b, titleCue: false, theCue: theCue, uncertainStart: startUncertain, acronym: acronym)
            return // "US Open", "EU AI Act": an event or law
        }
        if b - a >= 2 && !endsWithHead && !fullKnown && !isFirstName(a) && acronym == nil {
            for prefix in [2, 1] where a + prefix < b {
                let h = phraseHash(a, a + prefix)
                // A city name only splits off before ordinary words ("Paris officials"),
                // not before another name ("Marco Bianchi").
                let place = prefix == 1 && isHead(a) ? nil : lexicon.places[h]
                if isHead(a + prefix) { break }
                let ordinaryRest = isTitle(a + prefix) || isDemonym(a + prefix)
                let plainFirstWord = prefix == 1 && (isCommon(a) || isDemonym(a))
                // ("Ngozi Oduya-Bello", "Oslo Børs": a place before a plain name stays in it.)
                let leadsABody = prefix == 1 && Self.leadingOrgWords.contains(tokens[a].hash) // "TV Globo"
                // "the Canadian company Andes Copper", "Andes Copper shares": a body named
                // after a known name, not the known name and an ordinary word.
                let namedBody = followedByOrgWord(b) || bodyNounBefore(a)
                // "the Supreme Court of India": a known body's head, then "of" and where it is.
                let bodyOfPlace = isOrgHead(a + prefix - 1) && lowerIs(a + prefix, in: Self.ofFor) && tokens[a + prefix].isLowercase
                if lexicon.known[h] != nil && !leadsABody && !namedBody && !bodyOfPlace || place != nil && ordinaryRest && !plainFirstWord {
                    classify(a, a + prefix, titleCue: false, theCue: theCue, uncertainStart: startUncertain, acronym: nil)
                    processSegment(a + prefix, b, depth: depth + 1)
                    return
                }
            }
        }
        classify(a, b, titleCue: false, theCue: theCue, uncertainStart: startUncertain, acronym: acronym)
    }

    /// "Hurricane Milton", "Cyclone Mael", "HMS Victory": a storm's or a ship's name
    /// (``stormWords`` first), no entity unless the word lists know the whole name.
    /// "Storm" as a given name ("Storm Reid") is a person's.
    func isStormOrShipName(_ a: Int, _ b: Int) -> Bool {
        b - a >= 2 && lowerIs(a, in: Self.stormWords) && !isFirstName(a) && lexicon.known[phraseHash(a, b)] == nil
    }

    /// "D-Mass.", "R-Texas", "I-Vt.": a US party's letter, a hyphen and a state, as
    /// written after a member of Congress's name (the state with its dot when it is an
    /// abbreviation, as `places.tsv` lists them).
    func isPartyAndState(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let r = tokens[i].range
        guard r.count >= 3, s[r.lowerBound] == "D" || s[r.lowerBound] == "R" || s[r.lowerBound] == "I",
              s[r.lowerBound + 1] == "-", ScalarClass.isUpper(s[r.lowerBound + 2]) else { return false }
        var h = WordHash.seed
        WordHash.add(s, (r.lowerBound + 2)..<r.upperBound, folded: false, to: &h)
        if lexicon.places[h] == .region { return true }
        if punctValue(i + 1) == 0x2E, tokens[i + 1].range.lowerBound == r.upperBound {
            var dotted = h
            WordHash.mix(&dotted, 0x2E)
            if lexicon.places[dotted] == .region { return true }
        }
        // Any short abbreviation between commas or in brackets ("Mike Johnson, R-La., said",
        // "Chuck Schumer, D-N.Y., said", "(R-TX)"): the label's place in the sentence says it.
        guard r.count - 2 <= 4, punctValue(i - 1) == 0x2C || punctValue(i - 1) == 0x28 else { return false }
        var k = i + 1
        while k < tokens.count, tokens[k].range.lowerBound == tokens[k - 1].range.upperBound,
              punctValue(k) == 0x2E || isWord(k) && tokens[k].range.count <= 2 { k += 1 }
        return punctValue(k) == 0x2C || punctValue(k) == 0x29
    }

    /// "(NVDA.O)", "(SIEGn.DE)", "(BP.L)": a word in brackets followed by a dot and an
    /// exchange's one or two capital letters, as news agencies print a share's code.
    func isTickerCode(_ i: Int) -> Bool {
        guard isWord(i), punctValue(i - 1) == 0x28, punctValue(i + 1) == 0x2E, isWord(i + 2), punctValue(i + 3) == 0x29,
              tokens[i + 1].range.lowerBound == tokens[i].range.upperBound,
              tokens[i + 2].range.lowerBound == tokens[i + 1].range.upperBound,
              tokens[i + 3].range.lowerBound == tokens[i + 2].range.upperBound else { return false }
        let exchange = tokens[i + 2].range
        return exchange.count <= 2 && exchange.allSatisfy { ScalarClass.isUpper(s[$0]) }
    }

    /// Title words that often open names of other kinds ("General Motors" is caught by
    /// its head; "Saint"/"St" open place names).
    func isTitleException(_ i: Int) -> Bool {
        let h = tokens[i].hash
        return h == WordHash.folded("st") || h == WordHash.folded("saint")
    }

    // MARK: - Classification

    mutating func classify(_ start: Int, _ end: Int, titleCue: Bool, theCue: Bool, uncertainStart: Bool,
                                   acronym: String?, office: Bool = false) {
        var a = start, b = end
        while a < b, isConnector(a) { a += 1 }
        while b > a, isConnector(b - 1) { b -= 1 }
        guard a < b else { return }
        if !titleCue, let k = personAfterPortfolio(a, b) {
            classify(k, b, titleCue: true, theCue: false, uncertainStart: false, acronym: acronym)
            return
        }
        if b - a >= 3, isWord(b - 1), Self.postNominals.contains(tokens[b - 1].exactHash) { b -= 1 }
        if isStormOrShipName(a, b) { return }
        // A lower-case word completing a known phrase ("Baltic states").
        if b < tokens.count, isWord(b), tokens[b].isLowercase, !tokens[b].startsLine,
           lexicon.known[phraseHash(a, b + 1)] != nil {
            b += 1
        }
        let span = NameSpan(scanner: self, a: a, b: b, titleCue: titleCue, theCue: theCue,
                            uncertainStart: uncertainStart, acronym: acronym, office: office)
        var decided: (rule: TypingRule, verdict: TypingVerdict)?
        for rule in Self.typingRules {
            if let verdict = rule.decide(&self, span) { decided = (rule, verdict); break }
        }
        guard let (rule, verdict) = decided else { return }
        guard case .entity(let type, var evidence) = verdict else {
            trace?.append(.init(tokens: a..<b, rule: rule.name, type: nil, evidence: nil))
            return
        }
        let n = span.n, namedBody = span.namedBody
        let uncertainHere = span.uncertainHere, onHeadline = span.onHeadline
        if evidence < .lexicon && !namedBody, let filter = Self.candidateFilters.first(where: { $0.drops(self, span, evidence) }) {
            trace?.append(.init(tokens: a..<b, rule: "\(rule.name) → \(filter.name)", type: nil, evidence: nil))
            return
        }
        // Capitals at a sentence start say little, except for a run of several words
        // none of which is an ordinary word ("About the author: Jenna Moore").
        let severalUnusualWords = n >= 2 && !(a..<b).contains { isCommon($0) }
        // Nor do they make a short word all capitals: an acronym opening a sentence of
        // ordinary text ("NDMA chairman Mohammad Arif Durrani said", "KP Chief Minister …").
        let acronymInProse = n == 1 && tokens[a].isAllCaps && b < tokens.count && isWord(b) && !tokens[b].isAllCaps
        // Nor a known place's name before more capitalised words: "Auckland Transport said"
        // opening a sentence is as much a name as in its middle.
        let placeBeforeMore = n >= 2 && lexicon.places[tokens[a].exactHash] != nil
        if (onHeadline || uncertainHere && !severalUnusualWords && !acronymInProse && !placeBeforeMore) && evidence < .rule {
            evidence = .pending
        }
        appendCandidate(a, b, type: type, evidence: evidence, acronym: acronym, rule: rule.name)
    }

    /// "Minister of Defence Oleksii Reznikov", "Minister of Natural Resources and
    /// Environment Tran Hong Ha": in a run right after an office's "of" (or after "and"
    /// in the portfolio), the portfolio's words end where a given name or a family name
    /// written first begins, with at least one more name word after it; returns that
    /// token, or nil. The portfolio is no entity (the guidelines leave titles out).
    func personAfterPortfolio(_ a: Int, _ b: Int) -> Int? {
        guard b - a >= 3, isWord(a - 1), tokens[a - 1].isLowercase else { return nil }
        var j = a - 1
        if lowerIs(j, in: Self.coordinators) {
            j -= 1
            while j >= 0, isNameWord(j), !isTitle(j) { j -= 1 }
            guard j < a - 2, isWord(j), tokens[j].isLowercase else { return nil }
        }
        guard lowerIs(j, in: Self.ofFor), isTitle(j - 1) else { return nil }
        for k in (a + 1)..<(b - 1) {
            guard isNameWord(k) else { return nil }
            if isFirstName(k) || lexicon.writesFamilyNameFirst(key: NameFold.keyHash(scalars: s[tokens[k].range])) {
                return (a..<k).contains(where: isFirstName) ? nil : k
            }
        }
        // A given name no list knows: the portfolio is ordinary words ("Defence", "Foreign
        // Affairs"), the name none ("Oleksii Reznikov").
        guard let k = (a + 1..<b - 1).first(where: { !isCommon($0) }), (a..<k).allSatisfy(isCommon),
              (k..<b).allSatisfy({ isNameWord($0) && !isCommon($0) }) else { return nil }
        return k
    }

    /// The words before a title: a place of the gazetteer and the office's portfolio in
    /// ordinary words ("Maharashtra Urban Development Minister …", "Ontario Finance
    /// Minister …", "Tamil Nadu Fisheries Minister …") give the place alone (rule
    /// `place-before-a-portfolio`); anything else, and a body's head word last before a
    /// title other than "Minister", is a segment as usual ("Kerala State Electricity
    /// Board Chairman …" keeps its body).
    /// `end` is the title's first word.
    mutating func processBeforeTitle(_ a: Int, _ end: Int, depth: Int) {
        // The place: its two first words, else its first, as the gazetteer writes them.
        if end - a >= 2, let k = [a + 2, a + 1].first(where: { k in
               k < end && (a..<k).allSatisfy { isNameWord($0) }
                   && (lexicon.places[phraseHash(a, k)] ?? placeWithoutAccents(a, k)) != nil }),
           (k..<end).allSatisfy({ isCommon($0) && !isTitle($0) }),
           tokens[end].hash == Self.ministerHash || !isHead(end - 1) {
            appendCandidate(a, k, type: .location, evidence: .lexicon, acronym: nil, rule: "place-before-a-portfolio")
            return
        }
        processSegment(a, end, depth: depth)
    }

    /// Adds the candidate for tokens `a..<b`, with its surface, key and coordination.
    mutating func appendCandidate(_ a: Int, _ b: Int, type: EntityType, evidence: NameCandidate.Evidence,
                                  acronym: String?, rule: String, scalarEnd: Int? = nil, scalarStart: Int? = nil) {
        let n = b - a
        let surface = candidateSurface(a, b, scalarEnd: scalarEnd, scalarStart: scalarStart)
        let key = Self.candidateKey(ofSurface: surface)
        var coordinated: Int?
        if let previous = candidates.last, a >= 2, previous.tokens.upperBound == a - 1 || previous.tokens.upperBound == a - 2 {
            let gap = previous.tokens.upperBound..<a
            let joins = gap.allSatisfy { k in
                punctValue(k) == 0x2C || lowerIs(k, in: Self.coordinators) && tokens[k].isLowercase
            }
            if joins && punctValue(b) != 0x27 { coordinated = candidates.count - 1 }
        }
        candidates.append(NameCandidate(tokens: a..<b, scalarEnd: scalarEnd, scalarStart: scalarStart, type: type,
                                        evidence: evidence, surface: surface,
                                        key: key, wordCount: n, bracketAcronym: acronym, coordinatedWith: coordinated,
                                        rule: rule,
                                        placeByContext: type == .location && evidence >= .rule && scalarEnd == nil
                                            && scalarStart == nil && isPlaceByContext(a, b)))
        trace?.append(.init(tokens: a..<b, rule: rule, type: type, evidence: evidence, scalarEnd: scalarEnd,
                            scalarStart: scalarStart))
    }
}
