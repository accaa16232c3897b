internal import WirefleetText

// MARK: - SpeechLexicon

/// Word lists for attribution. Keys are folded lower case (see ``ScalarClass/foldLower(_:)``).
enum SpeechLexicon {
    /// Verbs that attribute speech or writing ("said", "told", "wrote", …).
    static let verbs = WordTable<Bool>(words: [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling",
        "add", "adds", "added", "adding", "stress", "stresses", "stressed", "stressing",
        "insist", "insists", "insisted", "insisting", "warn", "warns", "warned", "warning",
        "claim", "claims", "claimed", "claiming", "write", "writes", "wrote", "writing", "written",
        "stated", "stating", "declare", "declares", "declared", "declaring",
        "announce", "announces", "announced", "explain", "explains", "explained", "explaining",
        "noted", "noting", "argue", "argues", "argued", "arguing",
        "ask", "asks", "asked", "asking", "replied", "respond", "responds", "responded", "answer", "answers", "answered",
        "continue", "continues", "continued", "remarked",
        "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted",
        "suggest", "suggests", "suggested", "indicate", "indicates", "indicated",
        "emphasise", "emphasised", "emphasises", "emphasize", "emphasized", "emphasizes",
        "urge", "urges", "urged", "urging", "recall", "recalls", "recalled", "commented",
        "tweeted", "posted", "observe", "observes", "observed",
        "predict", "predicts", "predicted", "concede", "concedes", "conceded", "conclude", "concludes", "concluded",
        "confirm", "confirms", "confirmed", "maintain", "maintains", "maintained", "quip", "quipped",
        "shout", "shouted", "shouts", "vow", "vows", "vowed", "promised",
        "threaten", "threatened", "threatens", "allege", "alleges", "alleged", "complain", "complains", "complained",
        "joke", "joked", "jokes", "caution", "cautioned", "cautions", "reiterate", "reiterated", "reiterates",
        "underline", "underlined", "underlines", "underscore", "underscored", "affirm", "affirmed", "affirms",
        "assert", "asserted", "asserts", "boast", "boasted", "boasts", "lament", "lamented", "laments",
        "muse", "mused", "plead", "pleaded", "pledged", "proclaim", "proclaimed",
        "reveal", "revealed", "reveals", "scream", "screamed", "sigh", "sighed", "whisper", "whispered",
        "yell", "yelled", "assure", "assured", "assures", "countered", "disclose", "disclosed",
        "estimated", "hinted", "reported", "describe", "described",
        "describes", "describing", "demanded", "accuse", "accused", "accuses",
        "deny", "denied", "denies", "agree", "agreed", "agrees", "believe", "believes", "believed",
        "think", "thinks", "thought", "recount", "recounted", "retort", "retorted", "interject",
        "interjected", "exclaim", "exclaimed", "snap", "snapped", "charged", "contend", "contended",
        "cried", "speaks", "spoke", "speaking", "mention", "mentioned",
        "testify", "testified", "repeat", "repeated", "repeats", "welcome", "welcomed", "criticise", "criticised", "criticize", "criticized", "dismiss", "dismissed", "describes", "inform", "informed", "reassure", "reassured", "summed",
        "calling", "blame", "blamed", "blames", "blaming", "liken", "likened", "likens", "likening",
    ] + frenchAndGermanVerbs)

    /// French and German verbs of saying, as a quotation in those languages is attributed
    /// inside an English article: "« … », a affirmé X", "X a déclaré : « … »", „…“, sagte X.
    static let frenchAndGermanVerbs: [String] = [
        "déclaré", "affirmé", "dit", "ajouté", "indiqué", "expliqué", "estimé", "souligné", "assuré", "précisé",
        "confié", "martelé", "lancé", "déclare", "affirme", "explique", "estime", "souligne", "ajoute", "indique",
        "précise", "sagte", "sagt", "gesagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "warnte",
        "ergänzte", "kritisierte",
    ]
    static let frenchAndGermanVerbTable = WordTable<Bool>(words: frenchAndGermanVerbs)

    /// Verb forms that usually take the subject AFTER them in news ("said X").
    static let invertible = WordTable<Bool>(words: ["said", "says", "added", "asked", "wrote", "continued", "explained",
                                           "noted", "warned", "stressed", "insisted", "replied", "tweeted",
                                           "according", "argued", "claimed", "remarked", "concluded",
                                           "declared", "conceded", "admitted", "acknowledged", "recalled", "responded",
                                           "answered", "countered", "cautioned", "observed"] + frenchAndGermanVerbs)

    /// Words that may sit between a subject and its verb ("X has also said").
    static let fillers: WordTable<Bool> = [
        "has", "have", "had", "also", "later", "then", "reportedly", "previously", "once", "again", "further",
        "would", "will", "is", "was", "were", "are", "just", "recently", "earlier", "simply", "repeatedly",
        "publicly", "quickly", "bluntly", "flatly", "firmly", "still", "already", "often", "and", "but",
        "allegedly", "apparently", "herself", "himself", "themselves", "itself", "personally", "directly",
        "clearly", "may", "might", "could", "did", "does", "do", "not", "angrily", "calmly", "recently",
        "famously", "finally", "since", "last", "week", "on", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "yesterday", "today",
        // French and German auxiliaries: "X a déclaré", "X hat gesagt".
        "a", "ont", "hat", "haben",
    ]

    /// Titles that may precede a name ("said Mr Lukashenko").
    static let titles: WordTable<Bool> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
        "prime", "minister", "secretary", "general", "gen", "chancellor", "senator", "sen", "rep",
        "governor", "gov", "mayor", "judge", "justice", "king", "queen", "prince", "princess", "pope",
        "father", "rev", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt",
        "major", "admiral", "commander", "chief", "the", "secretary-general", "deputy", "foreign",
        "defence", "defense", "interior", "spokesman", "spokeswoman", "spokesperson", "leader", "ceo",
        "coach", "manager", "ambassador", "envoy", "officer", "inspector", "detective", "superintendent",
        "commissioner", "chairman", "chairwoman", "director", "premier", "vice", "sheikh", "st",
        "coun", "cllr", "councillor", "councilman", "councilwoman", "alderman", "det", "supt", "insp", "cpl",
        "pte", "fr", "hon", "counsel", "senior", "attorney", "prosecutor", "magistrate", "mp", "mep",
    ]

    static let malePronouns: WordTable<Bool> = ["he", "him", "his"]
    static let femalePronouns: WordTable<Bool> = ["she", "her", "hers"]
    static let pluralPronouns: WordTable<Bool> = ["they", "them", "their"]
    /// "it said": a body speaking (resolved like "they" to an organisation).
    static let bodyPronouns: WordTable<Bool> = ["it", "its"]
    /// Possessive pronouns that come before a noun ("said its spokesperson, X").
    static let possessivePronouns: WordTable<Bool> = ["its", "his", "her", "their"]

    /// Determiners of someone not named: "a spokesman", "one witness", "another resident".
    static let indefinites: WordTable<Bool> = ["a", "an", "one", "another", "some", "several", "many", "two",
                                           "three", "other", "any"]

    static let determiners: WordTable<Bool> = ["the", "a", "an", "his", "her", "its", "their", "this", "that", "our"]

    /// Speech verbs that go on with what the last speaker said ("“…,” he added").
    static let continuationVerbs: WordTable<Bool> = ["added", "adds", "continued", "continues", "went"]

    /// Words of a source who is not named ("asked not to be named", "declined to be
    /// identified", "on condition of anonymity").
    static let anonymityWords: WordTable<Bool> = ["named", "identified", "anonymity", "anonymously"]

    /// Nouns for what a speaker issued ("“…,” the statement said"): its speaker is whoever
    /// was last said to have issued something.
    static let documentNouns: WordTable<Bool> = ["statement", "message", "post", "release", "letter", "filing",
                                                 "notice", "communique", "communiqué", "memo", "email"]

    /// Nouns naming a person by role ("the minister", "the Belarusian leader").
    static let personRoles: WordTable<Bool> = [
        "president", "leader", "minister", "chief", "spokesman", "spokeswoman", "spokesperson", "secretary",
        "secretary-general", "official", "chancellor", "premier", "governor", "mayor", "director", "executive",
        "head", "chairman", "chairwoman", "chair", "ceo", "commander", "ambassador", "envoy", "general",
        "dictator", "ruler", "strongman", "autocrat", "boss", "coach", "manager", "captain", "senator",
        "lawmaker", "mp", "congressman", "congresswoman", "judge", "prosecutor", "lawyer", "attorney",
        "founder", "owner", "analyst", "expert", "professor", "researcher", "scientist", "economist",
        "diplomat", "counterpart", "incumbent", "politician", "king", "queen", "pope", "monarch", "actor",
        "actress", "singer", "star", "player", "striker", "officer", "inspector", "detective", "superintendent",
        "commissioner", "representative", "deputy", "adviser", "advisor", "aide", "negotiator", "correspondent",
        "reporter", "author", "writer", "mother", "father", "woman", "man", "doctor", "witness", "resident",
        "opposition", "activist", "candidate", "nominee", "speaker", "chairperson", "president-elect",
    ]

    /// Nouns naming an organisation ("the ministry said").
    static let orgRoles: WordTable<Bool> = [
        "ministry", "agency", "department", "company", "firm", "government", "police", "army", "military",
        "office", "council", "court", "committee", "commission", "alliance", "union", "party", "group",
        "bank", "service", "authority", "authorities", "administration", "kremlin", "embassy", "club",
        "team", "organisation", "organization", "institute", "university", "hospital", "board", "bureau",
        "force", "forces", "regime", "cabinet", "parliament", "corporation", "network", "carrier", "airline", "retailer", "manufacturer", "chipmaker", "automaker",
        "broadcaster", "charity", "publisher", "insurer", "lender",
        "association", "federation", "confederation", "society", "foundation", "league", "coalition",
        "regulator", "watchdog", "operator", "exchange", "fund", "utility", "miner", "developer",
    ]

    /// Role nouns treated as the same role.
    static let roleGroups: [String: Int] = [
        "leader": 1, "president": 1, "chief": 1, "head": 1, "boss": 1, "premier": 1, "chairman": 1,
        "chairwoman": 1, "chair": 1, "secretary-general": 1, "ruler": 1, "dictator": 1, "strongman": 1,
        "autocrat": 1, "incumbent": 1, "counterpart": 1, "monarch": 1, "king": 1, "queen": 1,
        "minister": 2, "secretary": 2,
        "spokesman": 3, "spokeswoman": 3, "spokesperson": 3, "representative": 3,
        "executive": 4, "ceo": 4, "director": 4, "founder": 4, "owner": 4,
        "commander": 5, "general": 5, "officer": 5,
    ]

    /// The words of each role group.
    static let roleGroupWords: [Int: [String]] = Dictionary(grouping: roleGroups.keys, by: { roleGroups[$0]! })

    /// Abbreviations whose period does not end a sentence.
    static let abbreviations: WordTable<Bool> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "rev",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
        "inc", "corp", "ltd", "co", "jr", "sr", "u.s", "u.k", "e.g", "i.e", "approx", "fig", "vol", "adm",
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
        "u", "v", "w", "x", "y", "z",
    ]

    static let femaleTitles: WordTable<Bool> = ["mrs", "ms", "miss", "dame", "lady", "queen", "princess"]
    static let maleTitles: WordTable<Bool> = ["mr", "sir", "lord", "king", "prince", "father"]

    /// Kin words right before a name that say the person's sex ("his daughter Isla",
    /// "her son Preston"), whatever the given name.
    static let femaleKin: WordTable<Bool> = ["daughter", "sister", "mother", "wife", "aunt", "niece", "granddaughter",
                                             "grandmother", "widow", "girlfriend", "fiancee", "stepmother", "stepdaughter"]
    static let maleKin: WordTable<Bool> = ["son", "brother", "father", "husband", "uncle", "nephew", "grandson",
                                           "grandfather", "widower", "boyfriend", "fiance", "stepfather", "stepson"]

    /// Common female first names (folded), for "she" versus "he".
    static let femaleNames: WordTable<Bool> = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
        "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole",
        "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine",
        "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria", "kelly",
        "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline",
        "martha", "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "jean",
        "abigail", "alice", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle",
        "beverly", "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla",
        "alexis", "lori", "alison", "allison", "fiona", "moira", "morag", "eilidh", "shona", "dana", "gillian", "karin", "carla", "paula", "monica", "erin", "siobhan", "aoife", "niamh", "mairead", "ana", "lena", "greta", "aino", "helga", "birgit", "elif", "ayse", "zeynep", "noura", "rania", "yasmin", "huda", "samira", "angela", "hillary", "kamala", "nancy", "theresa", "angela", "ursula", "jacinda",
        "svetlana", "maria", "olga", "natalia", "natalya", "tatiana", "tatyana", "irina", "elena", "yelena",
        "anastasia", "ekaterina", "yekaterina", "marina", "galina", "ludmila", "lyudmila", "oksana", "yulia",
        "iryna", "olena", "alyaksandra", "veronika", "sophie", "claire", "chloe", "lucy", "isabel", "ines",
        "giorgia", "marine", "annalena", "kaja", "liz", "priti", "nicola", "kemi", "yvette", 
        "fatima", "aisha", "mariam", "leila", "layla", "priya", "sonia", "indira", "benazir", "golda",
        "greta", "ingrid", "astrid", "anne", "annie", "jane", "kate", "katie", "sue", "jo", "penny", "tulsi",
        "nikki", "kristi", "marjorie", "lauren", "liz", "elise", "ivanka", "melania", "michelle", "jill",
        "maxine", "ilhan", "alexandria", "rashida", "ayanna", "kirsten", "amy", "tammy", "dianne",
        "mette", "sanna", "magdalena", "roberta", "christiane", "beata", "ewa", "agnieszka", "katarzyna",
        "sviatlana", "maryna", "zuzana", "viktoria", "daria", "darya", "alina", "kristina",
    ]

    /// Common male first names (folded).
    static let maleNames: WordTable<Bool> = [
        "james", "robert", "john", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
        "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
        "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry",
        "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan",
        "walter", "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean",
        "austin", "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce",
        "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent",
        "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "boris", "vladimir", "volodymyr",
        "dmitry", "dmitri", "dimitri", "sergei", "sergey", "alexei", "alexey", "aleksandr", "alyaksandr",
        "alexandr", "viktor", "victor", "gennady", "gennadiy", "igor", "ivan", "mikhail", "nikolai", "oleg",
        "yuri", "yury", "andrei", "andriy", "andrey", "pavel", "petro", "oleksandr", "oleksiy", "vitali",
        "vitaly", "valery", "valeriy", "maxim", "roman", "evgeny", "yevgeny", "anatoly", "leonid", "mykola",
        "ramzan", "emmanuel", "olaf", "jens", "joe", "barack", "bill", "tony", "gordon", "keir",
        "rishi", "jeremy", "emmanuel", "recep", "xi", "narendra", "justin", "scott", "anthony", "antony",
        "lloyd", "jake", "kevin", "mitch", "chuck", "ron", "rick", "ted", "marco", "mike", "pete", "hunter",
        "elon", "jeff", "tim", "sundar", "satya", "mohammed", "muhammad", "ahmed", "ali", "omar", "hassan",
        "hussein", "abdul", "benjamin", "yair", "naftali", "ehud", "ariel", "shimon", "yitzhak", "moshe",
        "jair", "lula", "luiz", "andres", "pedro", "carlos", "luis", "javier", "miguel", "francisco", "pope",
        "giuseppe", "mario", "matteo", "silvio", "sebastian", "friedrich", "karl", "hans", "wolfgang",
        "frank-walter", "mateusz", "andrzej", "donald", "jaroslaw", "gitanas", "edgars", "egils", "krisjanis",
        "recep", "dimitry", "sergiy", "serhiy", "mykhailo", "kyrylo", "denys",
        "vadim", "vadym", "stepan", "ihor", "taras", "yuriy", "ruslan", "artem", "dmytro", "valentin",
        "philip", "ralph", "martin", "colin", "humza", "alasdair", "angus", "callum", "hamish", "rory", "fergus", "ewan", "liam", "conor", "declan", "niall", "ciaran", "raj", "rahul", "arjun", "amit", "vikram", "omar", "tariq", "karim", "piet", "jan", "lars", "tom", "ben", "dan", "sam", "matt", "chris", "nick", "rob", "bob", "jim", "tim", "ted", "oleh", "mark", "jens", "emmanuel", "olaf", "peter", "ivan", "victor", "john", "hugh", "ian", "neil", "nigel", "simon", "stuart", "graham", "malcolm",
        "kim", "shinzo", "fumio", "yoshihide", "moon", "jacob", "cyril", "nelson", "jacques", "nicolas",
        "francois", "pierre", "jean-luc", "jean-claude", "jean", "michel", "olivier", "manuel", "antonio",
        "jens", "anders", "lars", "magnus", "erik", "stefan", "sauli", "ralf",
    ]
}

// MARK: - More lists

extension SpeechLexicon {
    /// Verbs that attribute only with an object: "calling it “a stunt”".
    static let namingVerbs: WordTable<Bool> = ["calling", "called", "call", "calls", "labelling", "labelled",
                                            "labeling", "labeled", "branding", "branded", "dubbing", "dubbed"]
    static let namingObjects: WordTable<Bool> = ["it", "them", "this", "that", "him", "her", "the", "their", "his"]

    /// Organisation nouns that may stand for the organisation last named.
    static let genericOrgHeads: WordTable<Bool> = ["company", "firm", "group", "club", "team", "party", "bank",
                                               "network", "organisation", "organization", "carrier", "airline",
                                               "retailer", "manufacturer", "chipmaker", "automaker", "broadcaster",
                                               "charity", "union", "agency", "publisher", "insurer", "lender",
                                               "operator", "utility", "miner", "developer", "regulator", "watchdog"]

    /// Role nouns that name a business ("the company said", "the miner said"): never a
    /// court, a ministry or another public body.
    static let businessRoles: WordTable<Bool> = ["company", "firm", "carrier", "airline", "retailer", "manufacturer",
                                             "chipmaker", "automaker", "publisher", "insurer", "lender", "operator",
                                             "miner", "developer"]

    /// Words that make an organisation's name a public body's ("Constitutional Court",
    /// "Ministry of Energy", "Competition Authority").
    static let publicBodyWords: Set<String> = ["court", "tribunal", "ministry", "department", "agency", "commission",
                                               "council", "government", "parliament", "police", "army", "authority",
                                               "office", "bureau", "senate", "assembly", "committee", "prosecutor",
                                               "prosecutors", "regulator", "inspectorate", "directorate", "cabinet",
                                               "congress", "navy", "municipality"]

    /// Company suffixes dropped to get a short form ("Veltrix Corp" → "Veltrix").
    static let companySuffixes: WordTable<Bool> = ["corp", "corporation", "inc", "ltd", "plc", "llc", "co", "ag",
                                               "sa", "se", "nv", "group", "holdings", "limited", "gmbh", "spa"]

    /// Words that make the following name an object, not a subject ("opponents of X say").
    /// Nationality nouns used for a person ("the Spaniard", "the Serb"). The entity
    /// tagger keeps the same nouns in its `demonyms.txt` (so they are never entities);
    /// add a noun to both.
    static let nationalityNouns: WordTable<Bool> = [
        "briton", "croat", "dane", "dutchman", "englishman", "englishwoman", "frenchman", "frenchwoman",
        "irishman", "scot", "scotsman", "serb", "spaniard", "swede", "welshman", "argentine", "kiwi",
    ]
    static let prepositions: WordTable<Bool> = ["of", "to", "with", "by", "for", "from", "against", "on", "at",
                                            "about", "than", "like", "into", "toward", "towards", "between"]
    /// Words that open another clause or phrase, not a description of a speaker.
    static let clauseWords: WordTable<Bool> = ["in", "and", "or", "that", "who", "which", "when", "while", "as",
                                              "after", "before"]

    // Anonymous sources beside ``anonymityWords`` (``AttributionResolver/saysAnonymous(around:_:_:)``).
    /// "a source close to …", "people familiar with …": the noun, then ``closeness``.
    static let sourceNouns: WordTable<Bool> = ["source", "sources", "person", "people", "insider", "insiders"]
    static let closeness: WordTable<Bool> = ["close", "familiar", "briefed", "knowledgeable"]
    /// "who asked not to be named", "declined to be identified".
    static let refusals: WordTable<Bool> = ["not", "declined", "refused"]
}
