import WirefleetText

/// Joins the ids of people, bodies and places that a batch of articles names in ways
/// one article alone cannot resolve: the state ``EntityIdentity`` does without, learned
/// from the batch.
///
/// ``EntityIdentity`` computes an id from one entity and its article. Some spellings only
/// meet across articles; the linker sees every article of a batch (`wirefleet enrich`
/// over a folder) and links an id to another when exactly one candidate in the whole
/// batch fits:
///
/// 1. **A family name alone** ("Durrani", "J. Durrani": an `n:` id, as no full name in
///    its article expanded it) → the one person of two or more words in the batch with
///    that family name's key. Two such people: no link.
///    An `n:` id that some article gives a one-word ORG or LOC is never linked.
/// 2. **A given name alone** (one word, typed PERSON, the family name of nobody in the
///    batch: "Prasert", "Andi", as Thai and Indonesian news write people) → the one person
///    in the batch with that given name.
/// 3. **Both orders of one name** ("Morimoto Kenji" and "Kenji Morimoto", "Orbán
///    Viktor" and "Viktor Orbán": two words each, the same two words by their
///    transliteration skeletons, crossed) → one id, the smaller of the two.
/// 4. **One given name, family names a transliteration apart**: two two-word names with
///    the same given name whose family names' skeletons differ by one letter that
///    romanisation swaps ("Prasert Chaiyaporn" and "Prasert Chaiyaphon", ``isTransliterationApart(_:_:)``)
///    → one id, the smaller, when each is the other's only such name in the batch.
/// 5. **A shorter form of a longer name**: a person of two or more words whose words
///    (by their skeletons) are some of a longer name's, in its order and with its first
///    word, or are its last two words (both surnames alone: "Chumil Tuy", "Rosa Elvira
///    Chumil Tuy") ("Carlos Mendoza" and "Carlos Mendoza Rivas", a double surname without the
///    marks ``EntityIdentity`` reads as Spanish; "Muhammad Arif" and "Muhammad Arif
///    Durrani") → that name's id, when one longer name in the batch fits.
/// 6. **A body's name without its place**: a name of two or more words (ORG or an
///    unplaced LOC) that another name of the batch is with a place or nationality before
///    it or "of" and a place after it ("Supreme Court" and "Supreme Court of India",
///    "Department of Natural Resources" and "Wisconsin Department of Natural Resources",
///    "Red Cross" and "Vanuatu Red Cross") → that name's id, when one such name in the
///    batch fits ("Supreme Court" stays itself beside both India's and Kenya's), and
///    not into an id two such names share.
/// 7. **One name, two types**: a name of two or more words typed ORG or LOC in one
///    article (an `n:` id) and PERSON in another → the person's id, when one person has
///    that name.
/// 8. **A name placed in another article**: a body or place without a place (an `n:`
///    id, typed ORG or LOC) whose name is a placed name's elsewhere in the batch
///    ("Morowali" placed in one article from its context, not in another) → that
///    place's id, and its place, when one place of the batch has that name; a place the
///    gazetteer does not know keeps its id and takes the country its other articles put
///    it in, when they agree and type it LOC at least as often as ORG. Not an id a
///    person of the batch has.
/// 9. **A short name defined elsewhere**: a body named by one word ("DfT", "Profepa",
///    "Covisur": an `n:` id, typed ORG) that another article gives a body of two or more
///    words as its short name ("Department for Transport (DfT)") → that body's id, when
///    one body of the batch has that short name. An ordinary English word is never one.
///
/// The result is order-independent: every rule looks at sets, and a link is made only
/// when its target is the one candidate. Ids are only ever replaced by ids of the same
/// batch, so a record's `id` stays one of the ids ``EntityIdentity`` makes.
public struct CrossArticleLinker: Sendable {
    /// What the linker needs of one article: its people, and names that may be people.
    public struct ArticleNames: Sendable {
        fileprivate var fullNames: [FullName] = []
        fileprivate var shortNames: [ShortName] = []
        fileprivate var otherNames: [(id: String, text: UInt64)] = []
        fileprivate var nonPersonWords: [String] = []
        fileprivate var placeQualified: [(id: String, without: UInt64)] = []
        fileprivate var placed: [(id: String, text: UInt64, geo: GeoLocation)] = []
        fileprivate var unplaced: [(id: String, text: UInt64)] = []
        fileprivate var guessed: [(id: String, geo: GeoLocation)] = []
        fileprivate var typedPlace: [(id: String, isPlace: Bool)] = []
        fileprivate var shortNamesOfBodies: [(id: String, short: UInt64)] = []
        fileprivate var oneWordBodies: [(id: String, text: UInt64)] = []

        /// The ids the linker may replace or link to.
        public var ids: [String] {
            fullNames.map(\.id) + shortNames.map(\.id) + otherNames.map(\.id) + unplaced.map(\.id) + oneWordBodies.map(\.id)
        }
    }

    /// A person of two or more words, with a `p:` id.
    fileprivate struct FullName: Sendable {
        var id: String
        var family: UInt64
        var given: UInt64
        var text: UInt64
        /// Whether the name is two words as written (no initials): ``skeletons`` are then
        /// the pair both orders of a name are compared by.
        var twoWords: Bool
        /// Skeleton hashes (``EntityIdentity/surnameKey(_:_:hIsG:buffer:)``) of every word of the name.
        var skeletons: [UInt64]
        /// The family name's skeleton, for a name of exactly two words.
        var familySkeleton: [Unicode.Scalar] = []
    }

    /// A person's name of one word, or initials and one word, with an `n:` id.
    fileprivate struct ShortName: Sendable {
        var id: String
        var family: UInt64
        /// The word's exact folded hash, when the name is one word (no initials).
        var word: UInt64?
    }

    /// The ids a key was seen with, as far as the rules need to know: one, or more.
    private struct Candidates: Sendable {
        var id: String
        var many = false
        init(_ id: String) { self.id = id }
        mutating func add(_ other: String) { if other != id { many = true } }
        var only: String? { many ? nil : id }
    }

    private var fullByFamily: [UInt64: Candidates] = [:]
    private var fullByGiven: [UInt64: Candidates] = [:]
    private var fullByText: [UInt64: Candidates] = [:]
    private var fullByPair: [PairKey: Candidates] = [:]
    private var shortNames: [String: ShortName] = [:]
    private var otherNames: [String: Set<UInt64>] = [:]
    private var pairs: [String: PairKey] = [:]
    /// Every full name's word skeletons, and the longer names by (first word, a later word).
    private var skeletons: [String: Set<[UInt64]>] = [:]
    private var longerByWords: [PairKey: Set<String>] = [:]
    /// Names of three words or more by their last two words (a double surname).
    private var longerByLastTwo: [PairKey: Set<String>] = [:]
    /// Two-word names by given name: their ids and family names' skeletons.
    private var familiesByGiven: [UInt64: [String: [Unicode.Scalar]]] = [:]
    /// Bodies named with a place, by their name without it.
    private var byNameWithoutPlace: [UInt64: Candidates] = [:]
    private var namesWithoutPlace: [String: Set<UInt64>] = [:]
    /// Placed names: their ids by name, and each id's place; unplaced bodies and places.
    private var placesByText: [UInt64: Candidates] = [:]
    private var placeOf: [String: GeoLocation] = [:]
    private var unplaced: [String: Set<UInt64>] = [:]
    /// Places the gazetteer does not know, put by their articles in a country.
    private var guesses: [String: Set<GeoLocation>] = [:]
    /// How many times each `n:` id was typed LOC, less the times it was typed ORG.
    private var placeVotes: [String: Int] = [:]
    /// Bodies of two or more words by the one-word short names their articles give them,
    /// and the bodies named by one word (rule 9).
    private var bodiesByShortName: [UInt64: Candidates] = [:]
    private var oneWordBodies: [String: Set<UInt64>] = [:]
    /// `n:` ids of one word that some article types ORG or LOC: never linked to a person
    /// ("Ford" the company and "Ford" a family name alone share that id).
    private var nonPersonWords: Set<String> = []

    private struct PairKey: Hashable, Sendable {
        var first: UInt64
        var last: UInt64
    }

    public init() {}

    /// The part of an article's entities the linker reads; cheap, made where the article
    /// is extracted (on any thread), added later with ``add(_:)``.
    public static func names(of entities: [Entity]) -> ArticleNames {
        names(of: entities, lexicon: Lexicon.shared)
    }

    static func names(of entities: [Entity], lexicon: Lexicon) -> ArticleNames {
        var names = ArticleNames()
        var buffer: [Unicode.Scalar] = []
        for e in entities {
            guard let id = e.id else { continue }
            if let geo = e.geo, geo.kind != .place, id.hasPrefix("g:") {
                for text in [e.text] + e.aliases { names.placed.append((id, FoldedName(text).joinedHash, geo)) }
            } else if let geo = e.geo, geo.kind == .place {
                names.guessed.append((id, geo))
            }
            if e.type == .person {
                let text = EntityIdentity.withoutArabicArticles(e.text)
                guard let key = EntityIdentity.personKey(ofName: text, lexicon: lexicon, buffer: &buffer) else { continue }
                let folded = FoldedName(text)
                let words = EntityIdentity.personWords(folded)
                if id.hasPrefix("p:"), key.words >= 2 {
                    let givenWord = lexicon.familyNamesFirst.contains(folded.hash(words[0])) ? words[words.count - 1] : words[0]
                    var full = FullName(id: id, family: key.family, given: folded.hash(givenWord),
                                        text: folded.joinedHash, twoWords: false,
                                        skeletons: words.map { EntityIdentity.surnameKey(folded, $0, hIsG: false, buffer: &buffer) })
                    if words.count == 2, folded.words.count == 2 {
                        full.twoWords = true
                        let familyWord = givenWord == words[0] ? words[1] : words[0]
                        TransliterationSkeleton.write(folded.scalars[familyWord], keepInitialVowel: true, into: &full.familySkeleton)
                    }
                    names.fullNames.append(full)
                } else if id.hasPrefix("n:"), key.words == 1 {
                    names.shortNames.append(ShortName(id: id, family: key.family,
                                                      word: folded.words.count == 1 ? folded.hash(folded.words[0]) : nil))
                }
            } else if id.hasPrefix("n:") {
                let folded = FoldedName(e.text)
                let text = folded.joinedHash
                names.typedPlace.append((id, e.type == .location))
                if e.geo == nil { names.unplaced.append((id, text)) }
                if e.type == .organization {
                    if folded.words.count >= 2 {
                        for a in e.aliases where !a.contains(" ") && !lexicon.commonWords.contains(word: a) {
                            names.shortNamesOfBodies.append((id, FoldedName(a).joinedHash))
                        }
                    } else if folded.words.count == 1, !lexicon.commonWords.contains(word: e.text) {
                        names.oneWordBodies.append((id, text))
                    }
                }
                if folded.words.count >= 2 {
                    names.otherNames.append((id, text))
                    if folded.words.count >= 3, let without = withoutPlace(e.text, lexicon: lexicon) {
                        names.placeQualified.append((id, FoldedName(without).joinedHash))
                    }
                } else {
                    names.nonPersonWords.append(id)
                }
            }
        }
        return names
    }

    /// Adds one article's names.
    public mutating func add(_ names: ArticleNames) {
        for f in names.fullNames {
            fullByFamily[f.family, default: Candidates(f.id)].add(f.id)
            fullByGiven[f.given, default: Candidates(f.id)].add(f.id)
            fullByText[f.text, default: Candidates(f.id)].add(f.id)
            if f.twoWords {
                let key = PairKey(first: f.skeletons[0], last: f.skeletons[1])
                fullByPair[key, default: Candidates(f.id)].add(f.id)
                pairs[f.id] = key
            }
            if f.familySkeleton.count >= 3 { familiesByGiven[f.given, default: [:]][f.id] = f.familySkeleton }
            if skeletons[f.id, default: []].insert(f.skeletons).inserted, f.skeletons.count >= 3 {
                for w in f.skeletons.dropFirst() { longerByWords[PairKey(first: f.skeletons[0], last: w), default: []].insert(f.id) }
                let n = f.skeletons.count
                longerByLastTwo[PairKey(first: f.skeletons[n - 2], last: f.skeletons[n - 1]), default: []].insert(f.id)
            }
        }
        for s in names.shortNames where shortNames[s.id] == nil { shortNames[s.id] = s }
        for o in names.otherNames { otherNames[o.id, default: []].insert(o.text) }
        nonPersonWords.formUnion(names.nonPersonWords)
        for p in names.placed {
            placesByText[p.text, default: Candidates(p.id)].add(p.id)
            if placeOf[p.id] == nil { placeOf[p.id] = p.geo }
        }
        for u in names.unplaced { unplaced[u.id, default: []].insert(u.text) }
        for g in names.guessed { guesses[g.id, default: []].insert(g.geo) }
        for t in names.typedPlace { placeVotes[t.id, default: 0] += t.isPlace ? 1 : -1 }
        for b in names.shortNamesOfBodies { bodiesByShortName[b.short, default: Candidates(b.id)].add(b.id) }
        for b in names.oneWordBodies { oneWordBodies[b.id, default: []].insert(b.text) }
        for q in names.placeQualified {
            byNameWithoutPlace[q.without, default: Candidates(q.id)].add(q.id)
            namesWithoutPlace[q.id, default: []].insert(q.without)
        }
    }

    /// What linking a batch decides: ids to replace, and places for unplaced names.
    public struct Resolution: Sendable, Equatable {
        /// Every id to replace, mapped to the id that replaces it (never itself replaced).
        /// `enrich` adds the quote clusters ``QuoteClusterLinker`` joins (`q:` keys).
        public var ids: [String: String] = [:]
        /// For an id replaced by a place's, or an unplaced name's id that other articles
        /// placed in one country (rule 8), that place: the entities that have the (old)
        /// id and no place take it.
        public var places: [String: GeoLocation] = [:]

        public init(ids: [String: String] = [:], places: [String: GeoLocation] = [:]) {
            self.ids = ids
            self.places = places
        }
    }

    /// Every id to replace, mapped to the id that replaces it (never itself replaced).
    public func links() -> [String: String] { resolve().ids }

    /// The links and the places they bring.
    public func resolve() -> Resolution {
        var link: [String: String] = [:]
        // 1 and 2: a family name alone, else a given name alone.
        for (id, s) in shortNames where !nonPersonWords.contains(id) {
            if let family = fullByFamily[s.family] {
                if let target = family.only { link[id] = target }
            } else if let w = s.word, let target = fullByGiven[w]?.only {
                link[id] = target
            }
        }
        // 3: both orders of one name.
        for (id, key) in pairs {
            guard let other = fullByPair[PairKey(first: key.last, last: key.first)]?.only, other != id,
                  fullByPair[key]?.only != nil else { continue }
            if other < id { link[id] = other }
        }
        // 4: one given name, family names a transliteration apart.
        for (_, families) in familiesByGiven where families.count >= 2 {
            for (id, family) in families where link[id] == nil {
                let near = families.filter { $0.key != id && Self.isTransliterationApart(family, $0.value) }
                if near.count == 1, let other = near.first?.key, other < id,
                   families.filter({ $0.key != other && Self.isTransliterationApart(families[other]!, $0.value) }).count == 1 {
                    link[id] = other
                }
            }
        }
        // 5: a shorter form of a longer name.
        for (id, forms) in skeletons where link[id] == nil {
            var targets: Set<String> = []
            for form in forms where form.count >= 2 {
                for other in longerByWords[PairKey(first: form[0], last: form[form.count - 1])] ?? [] where other != id {
                    if skeletons[other]?.contains(where: { Self.isShorterForm(form, of: $0) }) == true { targets.insert(other) }
                }
                // Both surnames alone ("Chumil Tuy" for Rosa Elvira Chumil Tuy).
                if form.count == 2 {
                    for other in longerByLastTwo[PairKey(first: form[0], last: form[1])] ?? [] where other != id { targets.insert(other) }
                }
            }
            if targets.count == 1 { link[id] = targets.first }
        }
        // 6: a body's name without its place; not into an id two bodies share (initials
        // alike: "Competition Authority of Kenya", "Communications Authority of Kenya").
        for (id, texts) in otherNames {
            let targets = Set(texts.compactMap { byNameWithoutPlace[$0]?.only }).subtracting([id])
                .filter { namesWithoutPlace[$0]?.count == 1 }
            if targets.count == 1 { link[id] = targets.first }
        }
        // 7: one name, two types.
        for (id, texts) in otherNames {
            let targets = Set(texts.compactMap { fullByText[$0]?.only })
            if targets.count == 1 { link[id] = targets.first }
        }
        // 8: a name unplaced here and placed elsewhere. Not an id a person has anywhere.
        var places: [String: GeoLocation] = [:]
        for (id, texts) in unplaced where link[id] == nil && shortNames[id] == nil {
            var targets: Set<String> = []
            for t in texts {
                guard let c = placesByText[t] else { continue }
                targets.insert(c.id)
                if c.many { targets.insert("") }   // two places of that name: no link
            }
            if targets.count == 1, let target = targets.first, let geo = placeOf[target] {
                link[id] = target
                places[id] = geo
            } else if targets.isEmpty, let guessed = guesses[id], guessed.count == 1, placeVotes[id, default: 0] >= 0 {
                // A place the gazetteer does not know, put in one country wherever it was
                // placed ("Cotabambas" in a Peruvian article), and typed a place at least
                // as often as a body ("Lumenra Systems", a company some article took for a
                // place, gets none): that place, same id.
                places[id] = guessed.first
            }
        }
        // 9: a body's short name, given it in another article.
        for (id, texts) in oneWordBodies where link[id] == nil {
            let targets = Set(texts.compactMap { bodiesByShortName[$0]?.only }).subtracting([id])
            if targets.count == 1 { link[id] = targets.first }
        }
        return Resolution(ids: Self.followingChains(link), places: places)
    }

    /// Links with each chain followed to its end (a link's target may itself be linked;
    /// at most eight steps, and a link back to where it started is dropped).
    public static func followingChains(_ link: [String: String]) -> [String: String] {
        var resolved: [String: String] = [:]
        for (from, to) in link {
            var target = to
            var steps = 0
            while let next = link[target], next != target, steps < 8 { target = next; steps += 1 }
            if target != from { resolved[from] = target }
        }
        return resolved
    }

    /// A body's name without the place that qualifies it, or nil: without a leading place
    /// or nationality ("Wisconsin Department of Natural Resources", "Egyptian Ministry of
    /// Tourism") or a trailing "of" and a place ("Supreme Court of India"); what is left
    /// has two words or more.
    static func withoutPlace(_ text: String, lexicon: Lexicon) -> String? {
        let words = text.split(separator: " ")
        guard words.count >= 3 else { return nil }
        if let of = words.lastIndex(where: { $0 == "of" }), of >= 2, of < words.count - 1 {
            var place = words[(of + 1)...]
            if place.first == "the" { place = place.dropFirst() }
            if !place.isEmpty, lexicon.places[WordHash.exact(place.joined(separator: " "))] != nil {
                return words[..<of].joined(separator: " ")
            }
        }
        for k in 1...min(3, words.count - 2) {
            let lead = words[..<k].joined(separator: " ")
            if lexicon.places[WordHash.exact(lead)] != nil || (k == 1 && lexicon.demonyms.contains(word: lead)) {
                return words[k...].joined(separator: " ")
            }
        }
        return nil
    }

    /// Letters romanisation writes for one another, by class ("p" and "ph" → `f`, "k" and
    /// "g", "s" and "z"); a letter of no class is its own.
    static func phoneticClass(_ c: Unicode.Scalar) -> UInt32 {
        switch c {
        case "k", "g", "q", "c", "h": return 1
        case "p", "b", "f", "v": return 2
        case "t", "d": return 3
        case "s", "z", "j": return 4
        case "m", "n": return 5
        case "l", "r": return 6
        default: return 0x100 + c.value
        }
    }

    /// Whether two family-name skeletons (four letters or more in one of them, the same
    /// first letter) are one name spelt another way: letter by letter of one
    /// ``phoneticClass(_:)``, or so after one `r l n m h` more in one of them
    /// ("Chaiyaporn" `cprn` = "Chaiyaphon" `cfn`, "Sarkisyan" `srksn` = "Sargsyan" `srgsn`).
    static func isTransliterationApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard a != b, min(a.count, b.count) >= 3, max(a.count, b.count) >= 4, a.first == b.first else { return false }
        let (ca, cb) = (a.map(phoneticClass), b.map(phoneticClass))
        if ca.count == cb.count { return ca == cb }
        let (short, long, longLetters) = ca.count < cb.count ? (ca, cb, b) : (cb, ca, a)
        guard long.count == short.count + 1 else { return false }
        for k in long.indices where k == short.count || long[k] != short[k] {
            guard "rlnmh".unicodeScalars.contains(longLetters[k]) else { return false }
            var without = long
            without.remove(at: k)
            return without == short
        }
        return false
    }

    /// Whether `short` is `long` with some words left out: fewer words, the same first,
    /// the rest in `long`'s order.
    static func isShorterForm(_ short: [UInt64], of long: [UInt64]) -> Bool {
        guard short.count < long.count, short.first == long.first else { return false }
        var k = 1
        for w in long.dropFirst() where k < short.count && w == short[k] { k += 1 }
        return k == short.count
    }

}
