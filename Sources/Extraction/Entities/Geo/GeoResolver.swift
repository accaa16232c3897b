import Foundation
import WirefleetText

/// Puts an article's places on the map: for each LOC entity, the place its name
/// denotes *in this article* (``Gazetteer``), chosen by three kinds of evidence, each
/// a named weight below:
///
/// 1. **Size**: log10 of the population, so the well-known place wins by default
///    ("Perth" is the Australian city of 2.4 million, not the Scottish one of 47,000).
/// 2. **A qualifier right after a mention**: "Paris, Texas", "London, Ontario",
///    "Perth, Scotland" — the place written after the comma decides the country (and
///    the subdivision when the codes agree).
/// 3. **The article's other places**: each other place of the article that lies in
///    a candidate's country (a country named, a region or city with only one reading)
///    adds to it, up to ``maxContext`` of them; one in the same sentence as a mention
///    adds ``sentenceWeight`` more, as much as a qualifier ("a station officer from
///    Hamilton, on New Zealand's North Island"). A town (under ``townPopulation``)
///    that shares its name with a famous city (``famousCity``) takes neither: only
///    places in its own first-level subdivision count for it, at ``townContextWeight``
///    each — "Paris" in an article about Ohio and Florida is in France, "Rome" among
///    Iowa and Kansas in Italy; "Poti" in an article about Georgia is the Georgian port.
///
/// A country's name leans to the country (``countryWeight``: "Georgia" is the country
/// unless the article is about the United States). Regions without coordinates lose a
/// little against a city of the same name and country ("Berlin" the city, not the
/// state). Linear in the article's entities.
struct GeoResolver: Sendable {
    static let qualifierWeight = 3.0
    static let qualifierAdmin1Weight = 1.5
    static let contextWeight = 1.2
    static let maxContext = 3
    /// Below this many inhabitants a city is a town: the article's other places count
    /// for it only when they are in its own first-level subdivision.
    static let townPopulation = 100_000
    /// What each place of a town's own subdivision adds to it: several are needed to
    /// outweigh a city a hundred times its size ("Perth" among Scotland, Dundee and
    /// Edinburgh; not "Geneva" beside Chicago).
    static let townContextWeight = 0.6
    /// A city this widely known (``Gazetteer/fame(_:)``: alternate names in GeoNames),
    /// under its own name, is what the name means unless the town's own subdivision says
    /// otherwise: Paris 109, Rome 61, Geneva 60, Rotterdam 43. Teresina, Brazil, which
    /// GeoNames also calls "Poti", is not a famous Poti.
    static let famousCity = 40
    static let sentenceWeight = 3.0
    static let maxSentenceContext = 1
    /// How near (in characters between the two names) a located place must be to put
    /// an unknown place in its country (``inferPlaces(_:sentences:)``).
    static let neighbourDistance = 60
    static let noCoordinatesPenalty = 0.5
    static let countryWeight = 2.0
    /// The size assumed for a region whose population the data lacks (a province:
    /// "Ontario" the province outweighs Ontario, California, a city of 180,000).
    static let regionPopulation = 1_000_000

    let gazetteer: Gazetteer

    /// `geo` for every LOC entity the gazetteer knows, for an ORG written as a
    /// country's name ("North Macedonia signed"), and — as a `place` — for the other
    /// LOC entities where a place inside their name, the article's main country or a
    /// place next to them says which country (``inferPlaces(_:sentences:)``).
    /// `demonymCountries`: the countries whose demonym the article writes ("Danish"), which
    /// keep a town of theirs on the map where the article's other places are elsewhere;
    /// asked for only when such a town is met (at most once).
    func locate(_ entities: inout [Entity], sentences: SentenceIndex = .whole, original: [Unicode.Scalar] = [],
                demonymCountries: () -> Set<UInt16> = { [] }) {
        var demonyms: Set<UInt16>?
        let g = gazetteer
        var candidates: [ArraySlice<Gazetteer.PlaceID>] = Array(repeating: [], count: entities.count)
        let lexicon = Lexicon.shared
        for i in entities.indices {
            // A continent is on no map (and "Asia" is also a town somewhere), nor is a place
            // in several countries ("the Danube", "Lake Victoria", "the Sahel").
            let type = entities[i].type
            if type == .location, Self.isOffTheMap(entities[i], lexicon) { continue }
            if type == .location {
                var list = g.places(named: entities[i].text)
                if list.isEmpty {
                    for a in entities[i].aliases where list.isEmpty { list = g.places(named: a) }
                }
                // "Lago Gatún" is the gazetteer's "Gatun Lake".
                if list.isEmpty, let spellings = EntityIdentity.lakeSpellings(entities[i].text) {
                    for s in spellings where list.isEmpty { list = g.places(named: s) }
                }
                candidates[i] = list
            } else if type == .organization {
                candidates[i] = countryNamed(entities[i].text)
            }
        }
        // Places with one reading (by country) say which countries the article is in.
        var unambiguousCountry: [UInt16?] = Array(repeating: nil, count: entities.count)
        var contextTotal: [UInt16: Int] = [:]
        for (i, list) in candidates.enumerated() where !list.isEmpty {
            let c = g.countryCode(list[list.startIndex])
            if list.allSatisfy({ g.countryCode($0) == c }) {
                unambiguousCountry[i] = c
                contextTotal[c, default: 0] += 1
            }
        }
        // The evidence for choosing between readings, gathered only when a name has several.
        // Every reading of every place below a country: a town's own subdivision is
        // evidence for it ("Dundee", Scotland or South Africa, can be in Scotland).
        var readings: [(entity: Int, place: Gazetteer.PlaceID)] = []
        // Mention start → entity, for "X, Y" qualifiers.
        var startsAt: [Int: Int] = [:]
        // Sentence → the places with one reading mentioned in it.
        var placesInSentence: [Int: [Int]] = [:]
        if candidates.contains(where: { $0.count > 1 }) {
            for (i, list) in candidates.enumerated() {
                for p in list where g.kind(p) != .country { readings.append((i, p)) }
            }
            for (i, e) in entities.enumerated() where !candidates[i].isEmpty {
                for m in e.mentions { startsAt[m.start] = i }
            }
            for (i, e) in entities.enumerated() where unambiguousCountry[i] != nil {
                for m in e.mentions {
                    let k = sentences.sentence(containing: m.start)
                    if placesInSentence[k]?.last != i { placesInSentence[k, default: []].append(i) }
                }
            }
        }
        // The country with the most other places of the article, when at least two.
        let leadingCountry = contextTotal.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
        for (i, list) in candidates.enumerated() where !list.isEmpty {
            if list.count == 1 {
                let p = list[list.startIndex], c = g.countryCode(p)
                // A town the gazetteer knows in one country only, where nothing else of the
                // article is, while two or more places are in another: a namesake the data
                // lacks ("Río Turbio", a river in León, is also a town in Argentina). Left to
                // ``inferPlaces(_:sentences:original:)``. Not where the article names the
                // town's people ("Esbjerg" in an article about Germany that speaks of Danish buyers).
                if g.kind(p) == .city, g.population(p) < Self.townPopulation, (contextTotal[c] ?? 0) <= 1,
                   let lead = leadingCountry, lead.key != c, lead.value >= 2 {
                    if demonyms == nil { demonyms = demonymCountries() }
                    if demonyms?.contains(c) != true { continue }
                }
                entities[i].geo = g.location(p)
                continue
            }
            // The other places: the article's, less this one's own.
            func context(_ country: UInt16) -> Int {
                (contextTotal[country] ?? 0) - (unambiguousCountry[i] == country ? 1 : 0)
            }
            /// The article's other places that can be in the same first-level subdivision as `p`.
            func subdivisionContext(_ p: Gazetteer.PlaceID) -> Int {
                guard let a = g.admin1(p) else { return 0 }
                let c = g.countryCode(p), code = g.admin1Number(p)
                var entitiesThere: Set<Int> = []
                for r in readings where r.entity != i && g.countryCode(r.place) == c {
                    if g.kind(r.place) == .region ? Self.sameSubdivision(g, r.place, a) : g.admin1Number(r.place) == code {
                        entitiesThere.insert(r.entity)
                    }
                }
                return entitiesThere.count
            }
            var qualifiers: [Gazetteer.PlaceID] = []
            var neighbours: Set<Int> = []
            for m in entities[i].mentions {
                if let j = startsAt[m.end + 2], j != i { qualifiers += candidates[j] }
                for j in placesInSentence[sentences.sentence(containing: m.start)] ?? [] where j != i { neighbours.insert(j) }
            }
            func sentenceContext(_ country: UInt16) -> Int {
                neighbours.reduce(0) { $0 + (unambiguousCountry[$1] == country ? 1 : 0) }
            }
            var best: (score: Double, place: Gazetteer.PlaceID)?
            for p in list {
                let population = g.population(p)
                var score = log10(Double(population > 0 ? population : Self.regionPopulation) + 10)
                if g.kind(p) == .country { score += Self.countryWeight }
                if !g.hasCoordinates(p) { score -= Self.noCoordinatesPenalty }
                if qualifiers.contains(where: { g.countryCode($0) == g.countryCode(p) }) {
                    score += Self.qualifierWeight
                    if let a = g.admin1(p), qualifiers.contains(where: { Self.sameSubdivision(g, $0, a) }) {
                        score += Self.qualifierAdmin1Weight
                    }
                }
                // A town gets no support from its country at large, only from its own
                // subdivision: "Paris" in an article about Ohio and Florida is in France,
                // "Perth" among Dundee and Edinburgh is in Scotland.
                let famousRival = list.indices.contains { k in
                    list[k] != p && !g.isAlternateName(at: k) && g.fame(list[k]) >= Self.famousCity
                }
                if g.kind(p) == .city && g.population(p) < Self.townPopulation && famousRival {
                    score += Self.townContextWeight * Double(min(Self.maxContext, subdivisionContext(p)))
                    if best == nil || score > best!.score { best = (score, p) }
                    continue
                }
                score += Self.contextWeight * Double(min(Self.maxContext, context(g.countryCode(p))))
                score += Self.sentenceWeight * Double(min(Self.maxSentenceContext, sentenceContext(g.countryCode(p))))
                if best == nil || score > best!.score { best = (score, p) }
            }
            entities[i].geo = best.map { g.location($0.place) }
        }
        inferPlaces(&entities, sentences: sentences, original: original)
    }

    /// `geo` for an ORG written as a country's name ("North Macedonia signed") and for
    /// nothing else: what ``locate(_:sentences:original:)`` gives those entities (one reading,
    /// no context), without placing the LOC entities. For the quotes worker, whose
    /// speakers are PERSON and ORG entities and whose ids must equal the entity worker's.
    func locateOrganizations(_ entities: inout [Entity]) {
        for i in entities.indices where entities[i].type == .organization {
            let list = countryNamed(entities[i].text)
            if let p = list.first { entities[i].geo = gazetteer.location(p) }
        }
    }

    /// The one place a name is when that place is a country; else none.
    private func countryNamed(_ name: String) -> ArraySlice<Gazetteer.PlaceID> {
        let list = gazetteer.places(named: name)
        return list.count == 1 && gazetteer.kind(list[list.startIndex]) == .country ? list : []
    }

    /// The country named right after a mention of `place` as where it is: between the
    /// two, in the original text, "in" after at most three lower-case words and a comma
    /// ("the X dam in Laos", "X, a village in Kenya", "X in Peru"); else nil.
    func countryStatedAfter(_ place: Entity, _ entities: [Entity], _ original: [Unicode.Scalar]) -> String? {
        guard !original.isEmpty else { return nil }
        for m in place.mentions {
            for e in entities {
                guard let geo = e.geo, geo.kind == .country else { continue }
                for c in e.mentions where c.start > m.end && c.start - m.end <= Self.statedGap {
                    if Self.saysIn(original[m.end..<c.start]) { return geo.country }
                }
            }
        }
        return nil
    }

    /// Longest text between a place and "in <country>" that ``saysIn(_:)`` reads.
    static let statedGap = 40

    /// Whether `gap` is, word by word, an optional comma, at most three lower-case words
    /// and "in" (" in ", " dam in ", ", a village in ").
    static func saysIn(_ gap: ArraySlice<Unicode.Scalar>) -> Bool {
        var words: [String] = []
        var current = ""
        for c in gap {
            if c == " " || c == "," {
                if !current.isEmpty { words.append(current); current = "" }
                if c == "," && !words.isEmpty { return false }   // a comma only right after the place
            } else if ScalarClass.isLower(c) {
                current.unicodeScalars.append(c)
            } else {
                return false
            }
        }
        guard current.isEmpty, let last = words.last, last == "in" else { return false }
        return words.count <= 4
    }

    /// Words of names that belong to no single country ("East Africa", "Black Sea",
    /// "the Balkans"): such a place is not put in the article's country.
    static let worldWords: Set<String> = [
        "africa", "african", "europe", "european", "asia", "asian", "america", "americas", "american", "pacific",
        "atlantic", "arctic", "antarctic", "antarctica", "mediterranean", "baltic", "caribbean", "balkans", "balkan",
        "middle", "sahel", "caucasus", "scandinavia", "nordic", "ocean", "sea", "gulf", "strait", "straits", "channel",
        "world", "eurasia", "oceania", "horn", "continent", "west", "western", "eastern", "global",
    ]

    /// A LOC the gazetteer does not know is put, as a `place`, in the country of the
    /// first of these that applies — news names local features (a volcano, an
    /// airport, a district, a village) of the country it reports on:
    ///
    /// 1. a country the text says it is in: "the Don Khiao dam in Laos", "Kalam, a
    ///    valley town in Pakistan" (``countryStatedAfter(_:_:_:)``);
    /// 2. a place of the article its name contains ("Vancouver International Airport"),
    ///    else a country's name inside it ("Republic of Belarus"), else the town a
    ///    subdivision is named after ("Belgorod Oblast", ``countryOfNamesake(_:articleCountry:lexicon:)``), else, in a round-up, the
    ///    country of the section it is in (``sectionCountries(_:_:)``);
    /// 3. the country most of its paragraph's located places are in, else of the
    ///    article's: of the mentions of those places, at least two, and more in that
    ///    country than in any other (``paragraphCountries(_:_:)``);
    /// 4. for an article with no such country, a place of the article written next to
    ///    it — in the same sentence, at most ``neighbourDistance`` characters away, a
    ///    country before any other place ("the Galicia region of Spain").
    ///
    /// (3 before 4: a place named next to an unknown one is as often where goods go or
    /// a company comes from — "shipped from Matarani to China" — as where it lies.)
    /// Never when its name holds a ``worldWords`` word, or it is a continent or a place in
    /// several countries (``isOffTheMap(_:_:)``).
    func inferPlaces(_ entities: inout [Entity], sentences: SentenceIndex, original: [Unicode.Scalar] = []) {
        guard entities.contains(where: { $0.type == .location && $0.geo == nil }) else { return }
        let lexicon = Lexicon.shared
        var located: [(words: [String], country: String)] = []
        var mentionsIn: [String: Int] = [:]
        for e in entities {
            guard let geo = e.geo else { continue }
            if e.type == .location { located.append((NameFold.words(e.text), geo.country)) }
            mentionsIn[geo.country, default: 0] += max(1, e.mentions.count)
        }
        let articleCountry = Self.clearLeader(mentionsIn)
        let sections = Self.sectionCountries(entities, original)
        // (With the article's places in one country, a paragraph can only say the same.)
        let paragraphs = mentionsIn.count >= 2 ? Self.paragraphCountries(entities, original) : (lines: .whole, country: [:])
        // Sentence → the mentions of located places in it, for rule 4 only.
        var placesInSentence: [Int: [(mention: Mention, country: String, isCountry: Bool)]] = [:]
        if articleCountry == nil {
            for e in entities {
                guard let geo = e.geo else { continue }
                for m in e.mentions {
                    placesInSentence[sentences.sentence(containing: m.start), default: []].append((m, geo.country, geo.kind == .country))
                }
            }
        }
        for i in entities.indices where entities[i].type == .location && entities[i].geo == nil {
            let text = entities[i].text
            if Self.isOffTheMap(entities[i], lexicon) { continue }
            let words = NameFold.words(text)
            if words.contains(where: Self.worldWords.contains) { continue }
            var country = countryStatedAfter(entities[i], entities, original)
                ?? located.first { !$0.words.isEmpty && $0.words.count < words.count && Self.contains(words, $0.words) }?.country
                ?? countryOfPart(words)
                ?? countryOfNamesake(words, articleCountry: articleCountry, lexicon: lexicon)
                ?? entities[i].mentions.lazy.compactMap { m in sections.last { $0.at < m.start }?.country }.first
                ?? entities[i].mentions.lazy.compactMap { m in paragraphs.country[paragraphs.lines.sentence(containing: m.start)] }.first
            if country == nil, articleCountry == nil {
                var best: (isCountry: Bool, distance: Int)?
                for m in entities[i].mentions {
                    for p in placesInSentence[sentences.sentence(containing: m.start)] ?? [] {
                        let distance = p.mention.start >= m.end ? p.mention.start - m.end : m.start - p.mention.end
                        guard distance >= 0, distance <= Self.neighbourDistance else { continue }
                        if best == nil || p.isCountry && !best!.isCountry
                            || p.isCountry == best!.isCountry && distance < best!.distance {
                            best = (p.isCountry, distance)
                            country = p.country
                        }
                    }
                }
            }
            if let country = country ?? articleCountry {
                entities[i].geo = GeoLocation(kind: .place, country: country)
            }
        }
    }

    /// The country most of a paragraph's located places are in, per paragraph (line) that
    /// has one: of the mentions of those places in it, at least two, and more in that
    /// country than in any other. A round-up without section heads, or a story's
    /// paragraph about another country ("…landed at Woomera…, to the University of
    /// Tasmania in Hobart"), is placed by its own paragraph before the article's count.
    /// A place as the first part of an adjective ("Manchester-based") is not counted.
    static func paragraphCountries(_ entities: [Entity], _ original: [Unicode.Scalar]) -> (lines: SentenceIndex, country: [Int: String]) {
        guard !original.isEmpty else { return (.whole, [:]) }
        var starts: [Int] = []
        for k in original.indices where original[k] == "\n" { starts.append(k + 1) }
        let lines = SentenceIndex(startingAt: starts)
        var counts: [Int: [String: Int]] = [:]
        for e in entities where e.type == .location {
            guard let geo = e.geo, geo.kind != .place else { continue }
            for m in e.mentions where !Self.isHyphenatedAdjective(m, original) {
                counts[lines.sentence(containing: m.start), default: [:]][geo.country, default: 0] += 1
            }
        }
        return (lines, counts.compactMapValues(clearLeader))
    }

    /// The country with at least two of `mentions` and more than any other, else nil: an
    /// article's (rule 3 of ``inferPlaces(_:sentences:original:)``) or a paragraph's.
    static func clearLeader(_ mentions: [String: Int]) -> String? {
        var best: (country: String, count: Int) = ("", 0), second = 0
        for (country, count) in mentions {
            if count > best.count { second = best.count; best = (country, count) } else { second = max(second, count) }
        }
        return best.count >= 2 && second < best.count ? best.country : nil
    }

    /// "Manchester-based", "Delaware-registered": a place written as the first part of an
    /// adjective says where a company is from, not where the paragraph is.
    static func isHyphenatedAdjective(_ m: Mention, _ original: [Unicode.Scalar]) -> Bool {
        m.end + 1 < original.count && original[m.end] == "-" && ScalarClass.isLower(original[m.end + 1])
    }

    /// The sections of a round-up: located places that open a line before a colon, or in
    /// capitals before a dash or a comma ("THAILAND: Dam operator …", "Kenya: The
    /// competition authority …", "MANILA — …"), in text order, when they name at least two
    /// countries; else none (one story's dateline is rule 3's business).
    static func sectionCountries(_ entities: [Entity], _ original: [Unicode.Scalar]) -> [(at: Int, country: String)] {
        guard !original.isEmpty else { return [] }
        var anchors: [(at: Int, country: String)] = []
        for e in entities where e.type == .location {
            guard let geo = e.geo else { continue }
            for m in e.mentions where m.start == 0 || (m.start - 1 < original.count && original[m.start - 1] == "\n") {
                var k = m.end
                while k < original.count, original[k] == " " { k += 1 }
                guard k < original.count else { continue }
                let c = original[k]
                let capitals = !m.text.unicodeScalars.contains(where: ScalarClass.isLower)
                if c == ":" || capitals && (c == "—" || c == "–" || c == "-" || c == ",") { anchors.append((m.start, geo.country)) }
            }
        }
        guard Set(anchors.map(\.country)).count >= 2 else { return [] }
        return anchors.sorted { $0.at < $1.at }
    }

    /// The country whose name is a run of `words` (fewer than all): "Republic of
    /// Belarus" → Belarus. Only countries: a town's name is too often an ordinary word
    /// of another name ("Kalgan Ridge", "Republic").
    func countryOfPart(_ words: [String]) -> String? {
        guard words.count >= 2 else { return nil }
        for length in stride(from: words.count - 1, through: 1, by: -1) {
            for start in 0...(words.count - length) {
                let list = gazetteer.places(named: words[start..<start + length].joined(separator: " "))
                if let country = list.first(where: { gazetteer.kind($0) == .country }) {
                    return Gazetteer.countryString(gazetteer.countryCode(country))
                }
            }
        }
        return nil
    }

    /// Heads of a first- or second-level subdivision named after its main town, as news
    /// writes them in English: "Belgorod Oblast", "Krasnodar Krai", "Almaty Region",
    /// "Hyogo Prefecture", "Morowali Regency". ("County" and "District" are left out: too
    /// many countries share their towns' names.)
    static let subdivisionHeads: Set<String> = ["oblast", "krai", "kray", "region", "province", "prefecture", "governorate",
                                                "regency", "raion", "rayon", "voivodeship", "municipality"]

    /// The country of a subdivision named after a town the gazetteer knows ("Chernihiv
    /// Oblast" → Chernihiv, Ukraine): the article's country when it is one of the town's,
    /// else the largest town's. Nil for another name, and for a name that is an ordinary
    /// word ("Central Region").
    func countryOfNamesake(_ words: [String], articleCountry: String?, lexicon: Lexicon) -> String? {
        guard words.count >= 2, let head = words.last, Self.subdivisionHeads.contains(head) else { return nil }
        let name = words.dropLast().joined(separator: " ")
        if words.count == 2, lexicon.commonWords.contains(WordHash.folded(name)) { return nil }
        var best: (country: String, population: Int)?
        for p in gazetteer.places(named: name) where gazetteer.kind(p) == .city || gazetteer.kind(p) == .region {
            let country = Gazetteer.countryString(gazetteer.countryCode(p))
            if country == articleCountry { return country }
            if best == nil || gazetteer.population(p) > best!.population { best = (country, gazetteer.population(p)) }
        }
        return best?.country
    }

    /// Whether a name is a continent's ("Asia", "Europe").
    static func isContinent(_ name: String, _ lexicon: Lexicon) -> Bool {
        lexicon.places[WordHash.exact(name)] == .continent
    }

    /// A continent or a place in several countries: no country for it.
    static func isOffTheMap(_ entity: Entity, _ lexicon: Lexicon) -> Bool {
        isContinent(entity.text, lexicon) || isInternational(entity, lexicon)
    }

    /// Whether the entity is a place in more than one country (`international_places.txt`),
    /// by its name or one of its other names, with or without "the".
    static func isInternational(_ entity: Entity, _ lexicon: Lexicon) -> Bool {
        guard !lexicon.internationalPlaces.isEmpty else { return false }
        func listed(_ name: String) -> Bool {
            if lexicon.internationalPlaces.contains(NameFold.keyHash(name)) { return true }
            let words = name.split(separator: " ")
            guard words.count > 1, words[0] == "the" || words[0] == "The" || words[0] == "THE" else { return false }
            return lexicon.internationalPlaces.contains(NameFold.keyHash(words.dropFirst().joined(separator: " ")))
        }
        return listed(entity.text) || entity.aliases.contains(where: listed)
    }

    /// Whether `words` holds `part` as a run of whole words.
    static func contains(_ words: [String], _ part: [String]) -> Bool {
        guard part.count <= words.count else { return false }
        return (0...(words.count - part.count)).contains { Array(words[$0..<$0 + part.count]) == part }
    }

    /// Whether `region` is the subdivision `admin1` (GeoNames and ISO 3166-2 codes
    /// agree for some countries: `TX`, `GB-SCT`/`SCT`).
    static func sameSubdivision(_ g: Gazetteer, _ region: Gazetteer.PlaceID, _ admin1: String) -> Bool {
        guard let r = g.admin1(region) else { return false }
        return r == admin1 || r == "\(Gazetteer.countryString(g.countryCode(region)))-\(admin1)"
    }
}
