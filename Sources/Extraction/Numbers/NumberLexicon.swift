import WirefleetText

// MARK: - Word information

/// What a unit word measures.
enum UnitKind: UInt8, Sendable {
    case measure, duration, money, percent
}

/// A unit word: its kind and the canonical singular name reported as `unit`.
struct UnitEntry: Sendable {
    var kind: UnitKind
    /// A static string keeps ``WordInfo`` trivially copyable (fast token copies).
    var staticName: StaticString
    var name: String { staticName.description }
}

/// Everything the number extractor knows about one lower-case word.
struct WordInfo: Sendable {
    /// Cardinal value of a number word ("six" → 6, "twenty" → 20).
    var cardinal: Double?
    /// Value of an ordinal word ("first" → 1, "twentieth" → 20).
    var ordinal: Int?
    /// Multiplier of a scale word ("million", "bn", "k").
    var scale: Double?
    /// The scale word is an abbreviation that must be glued to the digits ("3bn", "$10m").
    var scaleAbbrev = false
    /// Month number (1–12) of a month name.
    var month: Int?
    /// The month is an abbreviation ("Aug", "Sept").
    var monthAbbrev = false
    /// A unit of measure, time, money or percent.
    var unit: UnitEntry?
    /// A unit written only as a glued abbreviation ("km", "kg") is still fine separated,
    /// but a one-letter one ("m", "g") must be glued.
    var unitNeedsGlue = false
    /// A function word that ends a noun phrase (prepositions, pronouns, auxiliaries...).
    var stop = false
    /// An adjective-like modifier that is skipped when naming the counted noun.
    var modifier = false
    /// A time-zone abbreviation ("GMT", "CET").
    var timeZone = false
    /// A weekday name.
    var weekday = false
}

// MARK: - Lexicon

/// The word lists of the number extractor, built once.
enum NumberLexicon {
    /// Every word the extractor knows, by ``WordHash`` of the lower-case word (the
    /// hash a token carries).
    static let words: WordTable<WordInfo> = {
        let t = build()
        var table = WordTable<WordInfo>(minimumCapacity: t.count)
        for (k, v) in t { table.insert(WordHash.folded(k), v) }
        return table
    }()

    /// Irregular plural nouns (head nouns that do not end in "s").
    static let irregularPlurals: [String: String] = [
        "people": "people", "men": "man", "women": "woman", "children": "child",
        "police": "police", "personnel": "personnel", "staff": "staff", "feet": "foot",
        "teeth": "tooth", "mice": "mouse", "geese": "goose", "cattle": "cattle",
        "sheep": "sheep", "fish": "fish", "deer": "deer", "aircraft": "aircraft",
        "troops": "troop", "livestock": "livestock", "crew": "crew", "spacecraft": "spacecraft",
        "offspring": "offspring", "clergy": "clergy", "militia": "militia", "infantry": "infantry",
        "criteria": "criterion", "phenomena": "phenomenon", "bacteria": "bacterium", "oxen": "ox", "lice": "louse",
        "cacti": "cactus", "fungi": "fungus", "alumni": "alumnus", "nuclei": "nucleus",
    ]

    /// Plurals the suffix rules of ``NumberScanner/singular(_:)`` would get wrong, with
    /// their singulars: -ves from -f/-fe, -oes, -ie nouns, Greek and Latin plurals.
    static let pluralExceptions: [String: String] = [
        "lives": "life", "wives": "wife", "knives": "knife", "wolves": "wolf", "halves": "half",
        "thieves": "thief", "leaves": "leaf", "shelves": "shelf", "calves": "calf", "loaves": "loaf",
        "scarves": "scarf", "hooves": "hoof", "elves": "elf", "sheaves": "sheaf", "housewives": "housewife",
        "midwives": "midwife",
        "heroes": "hero", "potatoes": "potato", "tomatoes": "tomato", "echoes": "echo", "vetoes": "veto",
        "torpedoes": "torpedo", "volcanoes": "volcano", "mosquitoes": "mosquito", "dominoes": "domino",
        "movies": "movie", "cookies": "cookie", "calories": "calorie", "zombies": "zombie", "rookies": "rookie",
        "brownies": "brownie", "goalies": "goalie", "selfies": "selfie", "smoothies": "smoothie",
        "hoodies": "hoodie", "aunties": "auntie", "prairies": "prairie", "sorties": "sortie", "species": "species",
        "criteria": "criterion", "phenomena": "phenomenon", "bacteria": "bacterium", "cacti": "cactus",
        "fungi": "fungus", "alumni": "alumnus", "nuclei": "nucleus", "radii": "radius", "stimuli": "stimulus",
        "indices": "index", "appendices": "appendix", "matrices": "matrix", "vertices": "vertex",
        "crises": "crisis", "analyses": "analysis", "diagnoses": "diagnosis", "theses": "thesis",
        "hypotheses": "hypothesis", "oases": "oasis", "synopses": "synopsis", "axes": "axis",
        "oxen": "ox", "lice": "louse", "dice": "die", "passersby": "passerby", "bureaux": "bureau",
        "plateaux": "plateau", "chateaux": "chateau", "memoranda": "memorandum", "curricula": "curriculum",
        "strata": "stratum", "millennia": "millennium", "media": "media", "data": "data",
    ]

    /// "-ches" plurals of nouns ending in "-che" ("headaches", "niches"), by ending.
    static let eStemChes: [String] = ["headaches", "toothaches", "backaches", "earaches", "stomachaches", "niches",
                                      "caches", "staches", "lanches", "psyches", "cliches", "quiches", "creches",
                                      "fiches", "douches", "cloches"]

    /// Currency codes written in capitals ("USD 5 million").
    static let currencyCodes: Set<String> = [
        "usd", "eur", "gbp", "rub", "uah", "cny", "rmb", "jpy", "chf", "aud", "cad", "byn", "pln",
        "inr", "nzd", "hkd", "sek", "nok", "dkk", "try", "brl", "zar", "krw", "sgd",
        "kes", "ngn", "ghs", "egp", "mad", "tzs", "ugx", "etb", "xof", "xaf", "bdt", "pkr", "lkr", "npr", "idr",
        "myr", "php", "thb", "vnd", "twd", "mxn", "ars", "clp", "cop", "pen", "huf", "czk", "ron", "bgn", "rsd",
        "isk", "ils", "aed", "sar", "qar", "kwd", "kzt",
    ]

    /// Currency abbreviations written in mixed case before the amount, as news in the
    /// countries that use them writes them ("Tk 23,000", "KSh 200", "Rp 1 trillion").
    static let currencyAbbreviations: [String: String] = ["tk": "Tk", "ksh": "KSh", "rp": "Rp", "sh": "Sh"]

    private static func build() -> [String: WordInfo] {
        var t: [String: WordInfo] = [:]
        func edit(_ w: String, _ f: (inout WordInfo) -> Void) {
            var info = t[w] ?? WordInfo()
            f(&info)
            t[w] = info
        }
        // Cardinals.
        let ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                    "eighteen", "nineteen"]
        for (v, w) in ones.enumerated() { edit(w) { $0.cardinal = Double(v) } }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (k, w) in tens.enumerated() { edit(w) { $0.cardinal = Double((k + 2) * 10) } }
        edit("fourty") { $0.cardinal = 40 }
        // Ordinals.
        let ords = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                    "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
        for (v, w) in ords.enumerated() where v > 0 { edit(w) { $0.ordinal = v } }
        let tenOrds = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
                       "eightieth", "ninetieth"]
        for (k, w) in tenOrds.enumerated() { edit(w) { $0.ordinal = (k + 2) * 10 } }
        edit("hundredth") { $0.ordinal = 100 }
        edit("thousandth") { $0.ordinal = 1000 }
        edit("millionth") { $0.ordinal = 1_000_000 }
        // Scales.
        for (w, v) in [("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9),
                       ("trillion", 1e12), ("dozen", 12.0), ("crore", 1e7), ("crores", 1e7), ("lakh", 1e5),
                       ("lakhs", 1e5)] {
            edit(w) { $0.scale = v }
        }
        for (w, v) in [("k", 1e3), ("m", 1e6), ("mn", 1e6), ("mln", 1e6), ("bn", 1e9), ("b", 1e9),
                       ("tn", 1e12), ("trn", 1e12)] {
            edit(w) { $0.scale = v; $0.scaleAbbrev = true }
        }
        // Months.
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        for (k, w) in months.enumerated() { edit(w) { $0.month = k + 1 } }
        for (w, m) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
                       ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] {
            edit(w) { $0.month = m; $0.monthAbbrev = true }
        }
        for w in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] {
            edit(w) { $0.weekday = true; $0.stop = true }
        }
        // Units of measure.
        let measures: [(String, StaticString)] = [
            ("mile", "mile"), ("miles", "mile"), ("km", "kilometre"), ("kms", "kilometre"),
            ("kilometre", "kilometre"), ("kilometres", "kilometre"), ("kilometer", "kilometer"),
            ("kilometers", "kilometer"), ("metre", "metre"), ("metres", "metre"), ("meter", "meter"),
            ("meters", "meter"), ("cm", "centimetre"), ("centimetre", "centimetre"),
            ("centimetres", "centimetre"), ("centimeter", "centimeter"), ("centimeters", "centimeter"),
            ("mm", "millimetre"), ("millimetre", "millimetre"), ("millimetres", "millimetre"),
            ("millimeter", "millimeter"), ("millimeters", "millimeter"),
            ("hectare", "hectare"), ("hectares", "hectare"), ("ha", "hectare"), ("acre", "acre"),
            ("acres", "acre"), ("tonne", "tonne"), ("tonnes", "tonne"), ("ton", "ton"), ("tons", "ton"),
            ("kg", "kilogram"), ("kgs", "kilogram"), ("kilogram", "kilogram"), ("kilograms", "kilogram"),
            ("kilogramme", "kilogramme"), ("kilogrammes", "kilogramme"), ("kilo", "kilogram"),
            ("kilos", "kilogram"), ("gram", "gram"), ("grams", "gram"), ("gramme", "gramme"),
            ("grammes", "gramme"), ("lb", "pound"), ("lbs", "pound"), ("ounce", "ounce"),
            ("ounces", "ounce"), ("oz", "ounce"), ("foot", "foot"), ("feet", "foot"), ("ft", "foot"),
            ("inch", "inch"), ("inches", "inch"), ("yard", "yard"), ("yards", "yard"),
            ("litre", "litre"), ("litres", "litre"), ("liter", "liter"), ("liters", "liter"),
            ("gallon", "gallon"), ("gallons", "gallon"), ("barrel", "barrel"), ("barrels", "barrel"),
            ("degree", "degree"), ("degrees", "degree"), ("mph", "mile per hour"), ("kph", "kilometre per hour"),
            ("kmh", "kilometre per hour"), ("kmph", "kilometre per hour"), ("magnitude", "magnitude"),
            ("knot", "knot"), ("knots", "knot"), ("megawatt", "megawatt"), ("megawatts", "megawatt"),
            ("mw", "megawatt"), ("gigawatt", "gigawatt"), ("gigawatts", "gigawatt"), ("gw", "gigawatt"),
            ("kilowatt", "kilowatt"), ("kilowatts", "kilowatt"), ("kw", "kilowatt"), ("kwh", "kilowatt hour"),
            ("watt", "watt"), ("watts", "watt"), ("volt", "volt"), ("volts", "volt"),
            ("calorie", "calorie"), ("calories", "calorie"), ("megaton", "megaton"), ("megatons", "megaton"),
            ("kiloton", "kiloton"), ("kilotons", "kiloton"), ("nautical", "nautical mile"),
        ]
        for (w, n) in measures { edit(w) { $0.unit = UnitEntry(kind: .measure, staticName: n) } }
        edit("g") { $0.unit = UnitEntry(kind: .measure, staticName: "gram"); $0.unitNeedsGlue = true }
        // Durations.
        let durations: [(String, StaticString)] = [
            ("second", "second"), ("seconds", "second"), ("secs", "second"), ("minute", "minute"),
            ("minutes", "minute"), ("min", "minute"), ("mins", "minute"), ("hour", "hour"),
            ("hours", "hour"), ("hr", "hour"), ("hrs", "hour"), ("day", "day"), ("days", "day"),
            ("week", "week"), ("weeks", "week"), ("fortnight", "fortnight"), ("fortnights", "fortnight"),
            ("month", "month"), ("months", "month"), ("year", "year"), ("years", "year"),
            ("yr", "year"), ("yrs", "year"), ("decade", "decade"), ("decades", "decade"),
            ("century", "century"), ("centuries", "century"), ("millennium", "millennium"),
        ]
        for (w, n) in durations { edit(w) { $0.unit = UnitEntry(kind: .duration, staticName: n) } }
        // Money.
        let money: [(String, StaticString)] = [
            ("dollar", "dollar"), ("dollars", "dollar"), ("euro", "euro"), ("euros", "euro"),
            ("pound", "pound"), ("pounds", "pound"), ("sterling", "pound"), ("rouble", "rouble"),
            ("roubles", "rouble"), ("ruble", "ruble"), ("rubles", "ruble"), ("hryvnia", "hryvnia"),
            ("hryvnias", "hryvnia"), ("hryvnas", "hryvnia"), ("yuan", "yuan"), ("renminbi", "renminbi"),
            ("yen", "yen"), ("rupee", "rupee"), ("rupees", "rupee"), ("franc", "franc"), ("francs", "franc"),
            ("cent", "cent"), ("cents", "cent"), ("pence", "pence"), ("penny", "penny"), ("lira", "lira"),
            ("zloty", "zloty"), ("zlotys", "zloty"), ("zlotych", "zloty"), ("krona", "krona"),
            ("kronor", "krona"), ("krone", "krone"), ("kroner", "krone"), ("shekel", "shekel"),
            ("shekels", "shekel"), ("rand", "rand"), ("peso", "peso"), ("pesos", "peso"),
            ("ringgit", "ringgit"), ("baht", "baht"), ("dinar", "dinar"), ("dinars", "dinar"),
            ("dirham", "dirham"), ("dirhams", "dirham"), ("riyal", "riyal"), ("riyals", "riyal"),
            ("naira", "naira"), ("lari", "lari"), ("tenge", "tenge"), ("manat", "manat"),
            ("bitcoin", "bitcoin"), ("bitcoins", "bitcoin"), ("rupiah", "rupiah"), ("won", "won"),
            ("dong", "dong"), ("crown", "crown"), ("crowns", "crown"), ("cedi", "cedi"), ("cedis", "cedi"),
            ("shilling", "shilling"), ("shillings", "shilling"), ("kwacha", "kwacha"), ("taka", "taka"),
            ("kyat", "kyat"), ("forint", "forint"), ("forints", "forint"), ("leu", "leu"), ("lei", "leu"),
            ("lev", "lev"), ("leva", "lev"), ("som", "som"), ("soles", "sol"), ("reais", "real"),
            ("guarani", "guarani"), ("colon", "colon"), ("colones", "colon"), ("quetzal", "quetzal"),
            ("quetzales", "quetzal"), ("birr", "birr"), ("rial", "rial"), ("rials", "rial"), ("afghani", "afghani"),
            ("afghanis", "afghani"), ("hryvnya", "hryvnia"), ("dram", "dram"), ("drams", "dram"),
        ]
        for (w, n) in money { edit(w) { $0.unit = UnitEntry(kind: .money, staticName: n) } }
        for w in ["percent", "pc", "pct"] { edit(w) { $0.unit = UnitEntry(kind: .percent, staticName: "%") } }
        edit("minus") { $0.stop = true }
        // Time zones.
        for w in ["gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "pst",
                  "pdt", "mst", "mdt", "msk", "et", "pt", "ist", "aest", "aedt", "awst", "jst", "kst", "wib"] {
            edit(w) { $0.timeZone = true }
        }
        // Function words that end a noun phrase.
        let stops = """
        the a an of in on at to from for with by near into onto over under about after before during \
        since until till across against along among amid around behind beyond inside outside through \
        toward towards within without per via and or but nor than as that which who whom whose this \
        these those there here it its they them their he him his she her we us our you your i me my \
        is are was were be been being am has have had do does did will would shall should can could \
        may might must said says say told tell not no also only just still already each every all \
        both ago later earlier apiece respectively so if when while where then what how why whether \
        because although though yet now today tonight yesterday tomorrow last next including like \
        according such some any many much few several most least less fewer other another \
        either neither almost nearly about roughly approximately around up down out off away back \
        again even ever never very too quite rather instead however therefore thus meanwhile \
        besides despite unless whereas whom whose whoever whatever whichever whenever wherever \
        got get gets getting went go goes going came come comes coming made make makes making \
        took take takes taking gave give gives given saw see sees seen left remain remained remains \
        began begun held led met won lost fell rose came went took gave saw told became brought built \
        fought found kept ran sent spent stood struck thought wrote broke chose drove flew grew knew paid \
        sold spoke stole swore threw understood woke wore arrived died killed \
        reported according per cent percent plus versus vs ahead apart alone together overall \
        abroad afterwards aboard anyway nationwide worldwide running
        """
        for w in stops.split(separator: " ") where !w.isEmpty {
            let s = String(w).trimmingWhitespace()
            if !s.isEmpty { edit(s) { $0.stop = true } }
        }
        let modifiers = """
        new old young big small large huge great more extra additional further former local \
        foreign senior junior top key major minor main other separate armed allied total \
        active regular civilian military full single double first second third last \
        important different similar special general public private national international \
        own entire whole long short high low early late recent current possible potential \
        open free real several various certain few many same real \
        confirmed suspected alleged injured wounded dead killed missing straight consecutive successive
        """
        for w in modifiers.split(separator: " ") where !w.isEmpty {
            let s = String(w).trimmingWhitespace()
            if !s.isEmpty, t[s]?.stop != true { edit(s) { $0.modifier = true } }
        }
        return t
    }
}

extension String {
    /// Drops leading and trailing spaces and newlines (no Foundation).
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\n" || l == "\t" { s.removeLast() }
        return String(s)
    }
}
