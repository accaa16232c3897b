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
///    adds to it, up to ``maxContext`` of them.
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
    static let noCoordinatesPenalty = 0.5
    static let countryWeight = 2.0
    /// The size assumed for a region whose population the data lacks (a province:
    /// "Ontario" the province outweighs Ontario, California, a city of 180,000).
    static let regionPopulation = 1_000_000

    let gazetteer: Gazetteer

    /// `geo` for every LOC entity the gazetteer knows, for an ORG written as a
    /// country's name ("North Macedonia signed"), and — as a `place` in the article's
    /// country — for the other LOC entities of an article about one country
    /// (``inferPlaces(_:candidates:)``).
    func locate(_ entities: inout [Entity]) {
        let g = gazetteer
        var candidates: [ArraySlice<Gazetteer.PlaceID>] = Array(repeating: [], count: entities.count)
        for (i, e) in entities.enumerated() {
            if e.type == .location {
                var list = g.places(named: e.text)
                if list.isEmpty {
                    for a in e.aliases where list.isEmpty { list = g.places(named: a) }
                }
                candidates[i] = list
            } else if e.type == .organization {
                let list = g.places(named: e.text)
                if list.count == 1, g.kind(list[list.startIndex]) == .country { candidates[i] = list }
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
        // Mention start → entity, for "X, Y" qualifiers.
        var startsAt: [Int: Int] = [:]
        for (i, e) in entities.enumerated() where !candidates[i].isEmpty {
            for m in e.mentions { startsAt[m.start] = i }
        }
        for (i, list) in candidates.enumerated() where !list.isEmpty {
            if list.count == 1 { entities[i].geo = g.location(list[list.startIndex]); continue }
            // The other places: the article's, less this one's own.
            func context(_ country: UInt16) -> Int {
                (contextTotal[country] ?? 0) - (unambiguousCountry[i] == country ? 1 : 0)
            }
            var qualifiers: [Gazetteer.PlaceID] = []
            for m in entities[i].mentions {
                if let j = startsAt[m.end + 2], j != i { qualifiers += candidates[j] }
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
                score += Self.contextWeight * Double(min(Self.maxContext, context(g.countryCode(p))))
                if best == nil || score > best!.score { best = (score, p) }
            }
            entities[i].geo = best.map { g.location($0.place) }
        }
        inferPlaces(&entities, contextTotal: contextTotal)
    }

    /// Words of names that belong to no single country ("East Africa", "Black Sea",
    /// "the Balkans"): such a place is not put in the article's country.
    static let worldWords: Set<String> = [
        "africa", "african", "europe", "european", "asia", "asian", "america", "americas", "american", "pacific",
        "atlantic", "arctic", "antarctic", "antarctica", "mediterranean", "baltic", "caribbean", "balkans", "balkan",
        "middle", "sahel", "caucasus", "scandinavia", "nordic", "ocean", "sea", "gulf", "strait", "straits", "channel",
        "world", "eurasia", "oceania", "horn", "continent", "west", "western", "eastern", "global",
    ]

    /// A LOC the gazetteer does not know, in an article whose located places are mostly
    /// in one country (at least two, more than in any other), is put in that country
    /// as a `place` — news names local features (a volcano, an airport, a district)
    /// of the country it reports on. Not when its name holds a ``worldWords`` word or
    /// it is a continent.
    func inferPlaces(_ entities: inout [Entity], contextTotal: [UInt16: Int]) {
        let ranked = contextTotal.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first, top.value >= 2, ranked.count < 2 || ranked[1].value < top.value else { return }
        let lexicon = Lexicon.shared
        for i in entities.indices where entities[i].type == .location && entities[i].geo == nil {
            let text = entities[i].text
            if lexicon.places[WordHash.exact(text)] == .continent { continue }
            if NameFold.words(text).contains(where: Self.worldWords.contains) { continue }
            entities[i].geo = GeoLocation(kind: .place, country: Gazetteer.countryString(top.key))
        }
    }

    /// Whether `region` is the subdivision `admin1` (GeoNames and ISO 3166-2 codes
    /// agree for some countries: `TX`, `GB-SCT`/`SCT`).
    static func sameSubdivision(_ g: Gazetteer, _ region: Gazetteer.PlaceID, _ admin1: String) -> Bool {
        guard let r = g.admin1(region) else { return false }
        return r == admin1 || r == "\(Gazetteer.countryString(g.countryCode(region)))-\(admin1)"
    }
}
