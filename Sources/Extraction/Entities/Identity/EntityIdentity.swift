import WirefleetText

/// The stable id of an entity: the same for the same real-world entity in every
/// article, whatever the spelling, computed from the entity alone (no state shared
/// between workers or articles).
///
/// An id is a kind letter and the 64-bit ``WordHash`` of a canonical key, in hex:
///
/// - **`p:`** people — key = the family name's ``TransliterationSkeleton`` and the
///   first consonant of the given name's skeleton: "Alexander Lukashenko",
///   "Alyaksandr Lukashenka" and "Aleksandr Lukashenko" are all `lkshnk` + `l`. A name
///   whose first word is a Korean, Chinese or Vietnamese family name
///   (`Resources/family_names_first.txt`) is keyed family name + the skeleton of the
///   whole given name ("Kim Jong Un" = "Kim Jong-un", not "Kim Yo Jong"); a Japanese
///   one is found first or last ("Tanaka Keiko" = "Keiko Tanaka"). Titles are already gone; initials and Jr/Sr/II/III are dropped. A
///   family name alone takes the full key of the one well-known person with that
///   family name in the article, else in `known_entities.tsv` ("Putin" = "Vladimir
///   Putin"), else its own.
/// - **`g:`** places on the map — key = the GeoNames id (or country code) that
///   ``GeoResolver`` chose for this article: "Kiev" = "Kyiv", "U.S." = "America".
///   An ORG written as a country's name ("Belarus" acting as a state) is the country.
/// - **`n:`** other names (ORG and unplaced LOC, one namespace, so a name typed ORG
///   in one article and LOC in another keeps its id) — key = the folded name without
///   a leading "the"; a name whose initials form an acronym of three or more letters,
///   or a known two-letter one ("EU", "UN"), is keyed by the acronym, so "NATO" = "North
///   Atlantic Treaty Organization".
///
/// Where it cannot work without shared state: a family name alone that no article-level
/// or lexicon evidence expands (its id is the family name's), two people with the same
/// family name and the same given-name consonant (one id), and a name's spellings
/// that differ beyond the skeleton.
public enum EntityIdentity {
    /// Sets `id` on every entity.
    static func assign(_ entities: inout [Entity], lexicon: Lexicon) {
        // People first: a family name used alone (an entity the resolver kept apart)
        // takes the key of the one full name in the article with that family name.
        var personKeys: [Int: (words: Int, family: String, key: String)] = [:]
        var byFamily: [String: String] = [:]
        var ambiguous: Set<String> = []
        for (i, e) in entities.enumerated() where e.type == .person {
            let words = personWords(e.text)
            guard let first = words.first else { continue }
            _ = first
            let family = familyKey(words, lexicon: lexicon)
            let key = personKey(words, lexicon: lexicon)
            personKeys[i] = (words.count, family, key)
            guard words.count >= 2 else { continue }
            if let other = byFamily[family], other != key { ambiguous.insert(family) }
            byFamily[family] = key
        }
        for f in ambiguous { byFamily[f] = nil }
        for i in entities.indices {
            let (kind, key): (String, String)
            if let p = personKeys[i] {
                let full = p.words == 1 ? byFamily[p.family] ?? lexicon.knownPersonKeys[p.family] : nil
                (kind, key) = ("p:", full ?? p.key)
            } else {
                (kind, key) = canonicalKey(of: entities[i], lexicon: lexicon)
            }
            entities[i].id = kind + hex(WordHash.exact(key))
        }
    }

    /// The kind prefix and the key of a place's or an organisation's id.
    static func canonicalKey(of entity: Entity, lexicon: Lexicon) -> (kind: String, key: String) {
        if let geo = entity.geo {
            switch geo.kind {
            case .country: return ("g:", "country " + geo.country)
            case .city, .region:
                if let g = geo.geonamesID { return ("g:", "geonames \(g)") }
                return ("g:", "region \(geo.country) \(geo.admin1 ?? "")")
            }
        }
        if entity.type == .organization,
           let country = Gazetteer.shared.places(named: entity.text).first(where: { $0.location.kind == .country }) {
            return ("g:", "country " + country.location.country)
        }
        return ("n:", nameKey(entity.text, lexicon: lexicon))
    }

    // MARK: people

    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// The folded words of a person's name without initials and generational suffixes.
    static func personWords(_ name: String) -> [String] {
        let words = NameFold.words(name)
        let kept = words.filter { $0.unicodeScalars.count > 1 && !suffixes.contains($0) }
        return kept.isEmpty ? words : kept
    }

    /// Key of a multi-word (or single-word) person name.
    static func personKey(_ words: [String], lexicon: Lexicon) -> String {
        guard let first = words.first else { return "" }
        guard words.count >= 2 else { return surnameKey(first) + "|" }
        if lexicon.familyNamesFirst.contains(first) {
            return surnameKey(first) + "|" + TransliterationSkeleton.of(words.dropFirst().joined(), keepInitialVowel: false)
        }
        if lexicon.familyNamesEitherOrder.contains(first), !lexicon.familyNamesEitherOrder.contains(words[words.count - 1]) {
            return surnameKey(first) + "|" + givenInitial(words[words.count - 1])
        }
        return surnameKey(words[words.count - 1]) + "|" + givenInitial(first)
    }

    /// The family-name key of a person's words (the first word for family-first
    /// names, else the last).
    static func familyKey(_ words: [String], lexicon: Lexicon) -> String {
        guard let first = words.first else { return "" }
        let familyFirst = words.count >= 2 && (lexicon.familyNamesFirst.contains(first)
            || lexicon.familyNamesEitherOrder.contains(first) && !lexicon.familyNamesEitherOrder.contains(words[words.count - 1]))
        return surnameKey(familyFirst ? first : words[words.count - 1])
    }

    /// The key of a family name: its skeleton, or the folded word when the skeleton is
    /// too short to tell names apart ("Lee", "Li").
    static func surnameKey(_ word: String) -> String {
        let s = TransliterationSkeleton.of(word)
        return s.unicodeScalars.count >= 3 ? s : word
    }

    /// The first consonant of a given name's skeleton ("Alexander", "Oleksandr",
    /// "Alyaksandr" → `l`), or its first letter when it has none ("Joe" → `j`).
    static func givenInitial(_ word: String) -> String {
        let s = TransliterationSkeleton.of(word, keepInitialVowel: false)
        if let c = s.unicodeScalars.first { return String(c) }
        return word.unicodeScalars.first.map { String($0) } ?? ""
    }

    // MARK: other names

    static let minorWords: Set<String> = ["of", "the", "and", "for", "on", "in", "at", "de", "du", "des", "la", "le", "et", "y", "del", "der", "und", "fur"]

    /// Key of an organisation or unplaced location.
    static func nameKey(_ name: String, lexicon: Lexicon) -> String {
        var words = NameFold.words(name)
        if words.first == "the", words.count > 1 { words.removeFirst() }
        if words.count == 1 {
            let w = words[0]
            if isAcronym(name) { return "acronym " + w }
            return w
        }
        let initials = String(words.filter { !minorWords.contains($0) }.compactMap(\.first))
        if initials.count >= 3 || (initials.count == 2 && lexicon.knownAcronyms.contains(initials)) {
            return "acronym " + initials
        }
        return words.joined(separator: " ")
    }

    /// An all-capital single word of two to six letters ("NATO", "U.N.").
    static func isAcronym(_ name: String) -> Bool {
        var letters = 0
        for c in name.unicodeScalars {
            if c.properties.isLowercase { return false }
            if c.properties.isAlphabetic { letters += 1 } else if c != "." { return false }
        }
        return letters >= 2 && letters <= 6
    }

    static func hex(_ h: UInt64) -> String {
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
