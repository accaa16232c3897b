import WirefleetText

/// Document-level resolution: one type per name string, surnames joined to full
/// names, acronyms to their expansions, and one ``Entity`` per group. One exception to
/// "one type per name string": where a person or an organisation claims a name ("Rachel Madison" …
/// "Madison said"), the mentions that are places by their own context
/// (``NameCandidate/placeByContext``: "MADISON, Wis. —", "in Madison") stay a place.
struct EntityResolver {
    let text: NormalizedText
    let tokens: [Token]

    private static let corporateTails: Set<String> = ["group", "inc", "ltd", "corp", "co", "plc", "llc", "company", "holdings"]
    private static let placeOfHeads: Set<String> = ["republic", "kingdom", "state", "commonwealth", "federation", "principality", "emirate"]

    /// Resolves candidates (in text order) into entities, in order of first mention.
    ///
    /// Every distinct key is interned once to a small integer; the document-level
    /// passes then work on arrays indexed by that integer instead of string-keyed
    /// dictionaries (this pass runs once per article in the entity and quote workers).
    func resolve(_ all: [NameCandidate]) -> [Entity] {
        guard !all.isEmpty else { return [] }
        // MARK: Intern keys
        var idOf: [String: Int] = [:]
        idOf.reserveCapacity(all.count)
        var keyOf: [String] = []
        var idOfCandidate = [Int](repeating: 0, count: all.count)
        for i in all.indices {
            if let id = idOf[all[i].key] {
                idOfCandidate[i] = id
            } else {
                let id = keyOf.count
                idOf[all[i].key] = id
                keyOf.append(all[i].key)
                idOfCandidate[i] = id
            }
        }
        let keyCount = keyOf.count
        var partsCache = [[Substring]?](repeating: nil, count: keyCount)
        func parts(_ id: Int) -> [Substring] {
            if let cached = partsCache[id] { return cached }
            let split = keyOf[id].split(separator: " ")
            partsCache[id] = split
            return split
        }
        // MARK: Type votes per key
        var votes = [TypeVotes](repeating: TypeVotes(), count: keyCount)
        var bestEvidence = [NameCandidate.Evidence](repeating: .pending, count: keyCount)
        var placeByItself = [Bool](repeating: false, count: keyCount)   // a mention typed LOC on its own
        var pendingPerson = [Bool](repeating: false, count: keyCount)   // read as a person, unconfirmed
        for i in all.indices {
            let id = idOfCandidate[i]
            guard all[i].evidence > .pending else {
                if all[i].type == .person { pendingPerson[id] = true }
                continue
            }
            votes[id].add(all[i].type, all[i].evidence.rawValue)
            if all[i].type == .location { placeByItself[id] = true }
            bestEvidence[id] = max(bestEvidence[id], all[i].evidence)
        }
        // MARK: Coordinated guesses take the type of their partner
        // (a pending name too: "Kalam and Madyan" is confirmed by a place typed by rule)
        let lexicon = Lexicon.shared
        for i in all.indices where all[i].evidence <= .guess && bestEvidence[idOfCandidate[i]] <= .guess {
            let before = all[i].coordinatedWith
            let after = i + 1 < all.count && all[i + 1].coordinatedWith == i ? i + 1 : nil
            guard before != nil || after != nil else { continue }
            // "its ambassador to Japan, Park Ji Hoon": a name shaped like a person's (a given
            // name or a family name written first, then more words) is not a list item.
            if all[i].wordCount >= 2 {
                let first = all[i].surface.prefix { $0 != " " }
                if lexicon.firstNames.contains(WordHash.exact(first)) || lexicon.writesFamilyNameFirst(first) { continue }
            }
            let partners = [before, after].compactMap { $0 }
            for p in partners where bestEvidence[idOfCandidate[p]] >= .rule {
                // Two unknown capitalised words next to a body are more often a person
                // ("By Ilse Vandermeer, Reuters") than another body.
                if let type = Self.winner(votes[idOfCandidate[p]]), type != .person || all[p].wordCount == 1,
                   !(type == .organization && all[i].wordCount >= 2) {
                    votes[idOfCandidate[i]].add(type, NameCandidate.Evidence.context.rawValue)
                }
            }
        }
        var winners = votes.map(Self.winner)
        // MARK: A body's name guessed to be a person's
        // "Tandaa Mobile" guessed a person (or "Tandaa Mobile said") where "Tandaa" is a body
        // by rule in the same article: the longer name is that body too (its first word is
        // no given name).
        for i in all.indices where all[i].wordCount >= 2 {
            let id = idOfCandidate[i]
            guard winners[id] == .person, bestEvidence[id] <= .context else { continue }
            let first = parts(id)[0]
            guard !lexicon.firstNameKeys.contains(NameFold.keyHash(first)), let body = idOf[String(first)],
                  winners[body] == .organization, bestEvidence[body] >= .rule else { continue }
            winners[id] = .organization
        }
        // MARK: Surnames of multi-word people
        var surnameOwner = [Int?](repeating: nil, count: keyCount)
        // Family names claimed by a family-name-first person: they are that person even
        // where the gazetteer knows a place of that name ("Nakamura", "Kim").
        var claimedAsFamilyName = [Bool](repeating: false, count: keyCount)
        func claim(_ name: some StringProtocol, for owner: Int) {
            if let id = idOf[String(name)], surnameOwner[id] == nil { surnameOwner[id] = owner }
        }
        var ownerSeen = [Bool](repeating: false, count: keyCount)
        for i in all.indices where all[i].evidence > .pending && all[i].wordCount >= 2 && !ownerSeen[idOfCandidate[i]] {
            let id = idOfCandidate[i]
            ownerSeen[id] = true
            guard winners[id] == .person else { continue }
            let parts = parts(id)
            let last = parts[parts.count - 1]
            // "Park Jae-hoon", "Choi Min-seok": a hyphenated given name last, the family
            // name first (the shape says person even on a guess).
            if parts.count == 2, last.utf8.contains(UInt8(ascii: "-")), parts[0].count <= 5, bestEvidence[id] >= .guess {
                claim(parts[0], for: id)
            }
            // "Nakamura Hiroshi", "Kim Min Jun": a Korean, Chinese, Vietnamese or Japanese
            // family name first (`family_names_first.txt`).
            if bestEvidence[id] >= .guess, lexicon.writesFamilyNameFirst(parts[0]) {
                if let family = idOf[String(parts[0])], surnameOwner[family] == nil {
                    surnameOwner[family] = id
                    claimedAsFamilyName[family] = true
                }
                // "Trần Quốc Huy … Huy said": Vietnamese news names a person by the last
                // word, the given name, even where a town has it (Huy, Belgium).
                if parts.count >= 3, let given = idOf[String(last)], surnameOwner[given] == nil {
                    surnameOwner[given] = id
                    claimedAsFamilyName[given] = true
                }
            }
            guard bestEvidence[id] >= .context else {
                // A full name only guessed to be a person's (a given name in no list) still
                // takes its family name alone where that word is a person by no more than
                // context ("… Vuković told parliament"), or read as one and left unconfirmed
                // (a sentence start: "Tarilongi said"), or a person by a rule ("Haaland,
                // 24, …"): the two agree.
                if bestEvidence[id] == .guess, parts.count == 2, let lone = idOf[String(last)], surnameOwner[lone] == nil,
                   winners[lone] == .person || winners[lone] == nil && pendingPerson[lone] && Self.mayBeFamilyName(last, lexicon),
                   bestEvidence[lone] <= .context || winners[lone] == .person && bestEvidence[lone] == .rule {
                    surnameOwner[lone] = id
                }
                continue
            }
            claim(last, for: id)
            // "al-Assad" → "Assad"
            if last.count > 3, let hyphen = last.firstIndex(of: "-"), last.distance(from: last.startIndex, to: hyphen) <= 3 {
                claim(last[last.index(after: hyphen)...], for: id)
            }
            if parts.count >= 3 {
                claim(parts.dropFirst().joined(separator: " "), for: id)
                // "Rodrigo Salazar Ortiz" … "Salazar said": the father's surname alone.
                if let p = EntityIdentity.paternalSurnameIndex(of: all[i].surface, lexicon: lexicon) {
                    claim(parts[p], for: id)
                }
            }
        }
        // MARK: Short forms of multi-word bodies ("Seorin" for "Seorin Construction"),
        // used only for names no rule confirmed.
        var shortFormOwner = [Int?](repeating: nil, count: keyCount)
        var bodySeen = [Bool](repeating: false, count: keyCount)
        for i in all.indices where all[i].wordCount >= 2 && !bodySeen[idOfCandidate[i]] {
            let id = idOfCandidate[i]
            bodySeen[id] = true
            guard winners[id] == .organization, bestEvidence[id] >= .guess else { continue }
            let first = parts(id)[0]
            guard first.count >= 4, let short = idOf[String(first)], shortFormOwner[short] == nil else { continue }
            if winners[short] == nil {
                shortFormOwner[short] = id
            } else if winners[short] == .person || (winners[short] == .location && !placeByItself[short]),
                      bestEvidence[short] <= .context,
                      surnameOwner[short] == nil, !lexicon.firstNameKeys.contains(NameFold.keyHash(first)) {
                // "Northway said" beside "Northway Chemical Co.": the body, not a person
                // nobody named in full; nor a place that only a list made one, no mention
                // of it a place by itself ("… in South Carolina, and Northway may try …").
                shortFormOwner[short] = id
                winners[short] = nil
            }
        }
        // MARK: A place named after a feature's first word ("Swat floods" beside "the Swat
        // River", "Mekong farmers" beside "the Mekong Delta"): the word is a place too, where
        // nothing else typed it.
        var featureSeen = [Bool](repeating: false, count: keyCount)
        for i in all.indices where all[i].wordCount == 2 && all[i].type == .location && all[i].evidence >= .rule
            && !featureSeen[idOfCandidate[i]] {
            let id = idOfCandidate[i]
            featureSeen[id] = true
            let words = parts(id)   // two tokens may be one word ("Guinea-Bissau")
            guard words.count == 2, Self.featureHeads.contains(WordHash.folded(words[1])), let short = idOf[String(words[0])],
                  winners[short] == nil, shortFormOwner[short] == nil else { continue }
            winners[short] = .location
        }
        // MARK: Keep, retype and group
        var groupOf = [Int?](repeating: nil, count: keyCount)   // key -> group root key
        var typeOf = [EntityType?](repeating: nil, count: keyCount)
        var kept: [Int] = []                                    // candidate indices
        var keptType: [EntityType] = []
        kept.reserveCapacity(all.count)
        keptType.reserveCapacity(all.count)
        for i in all.indices {
            let id = idOfCandidate[i]
            let type: EntityType
            if let owner = surnameOwner[id], owner != id,
               bestEvidence[id] < .lexicon || winners[id] == .person || claimedAsFamilyName[id] {
                type = .person
                groupOf[id] = owner
            } else if let winner = winners[id] {
                type = winner
            } else if let owner = shortFormOwner[id] {
                type = .organization
                groupOf[id] = owner
            } else {
                continue // pending and never confirmed elsewhere in the document
            }
            typeOf[id] = type
            kept.append(i)
            keptType.append(type)
        }
        // Acronyms given in brackets, acronyms formed by initials, corporate tails,
        // "Republic of X".
        var isKept = [Bool](repeating: false, count: keyCount)
        var distinct: [Int] = []   // positions in `kept`
        for (k, i) in kept.enumerated() where !isKept[idOfCandidate[i]] {
            isKept[idOfCandidate[i]] = true
            distinct.append(k)
        }
        func keptID(_ key: some StringProtocol) -> Int? {
            guard let id = idOf[String(key)], isKept[id] else { return nil }
            return id
        }
        func top(_ id: Int) -> Int {
            var k = id, steps = 0
            while let next = groupOf[k], next != k, steps < 8 { k = next; steps += 1 }
            return k
        }
        // Spelling variants of one person's name: "Zelenskiy" / "Zelenskyy" / "Zelensky".
        var variantBuckets: [Substring: [Int]] = [:]
        for k in distinct {
            let id = idOfCandidate[kept[k]]
            guard typeOf[id] == .person else { continue }
            let parts = parts(id)
            guard let last = parts.last, last.count >= 5 else { continue }
            let bucket = last.prefix(4)
            if let match = variantBuckets[bucket]?.first(where: { Self.isSpellingVariant(parts, of: partsCache[$0]!) }) {
                // Join the two groups' roots (never into a cycle).
                let from = top(id), to = top(match)
                if from != to { groupOf[from] = to }
            }
            // A bounded bucket keeps the pass linear on adversarial input.
            if variantBuckets[bucket, default: []].count < 16 { variantBuckets[bucket, default: []].append(id) }
        }
        for i in kept {
            let id = idOfCandidate[i]
            guard let acronym = all[i].bracketAcronym, groupOf[id] == nil || groupOf[id] == id else { continue }
            if let acronymID = keptID(acronym), groupOf[acronymID] == nil, Self.isAcronym(acronym, of: all[i].surface) {
                groupOf[acronymID] = id
            }
        }
        for k in distinct {
            let i = kept[k], c = all[i], id = idOfCandidate[i], type = keptType[k]
            guard c.wordCount >= 2, groupOf[id] == nil || groupOf[id] == id else { continue }
            let parts = parts(id)
            if type != .person {
                let initials = String(c.surface.split(separator: " ").compactMap { w -> Character? in
                    guard let f = w.unicodeScalars.first, ScalarClass.isUpper(f) else { return nil }
                    return Character(f)
                }).lowercased()
                if initials.count >= 2, initials != c.key, let initialsID = keptID(initials), groupOf[initialsID] == nil,
                   typeOf[initialsID] != .person {
                    groupOf[initialsID] = id
                }
            }
            if type == .organization, let last = parts.last, Self.corporateTails.contains(String(last)) {
                let stem = parts.dropLast().joined(separator: " ")
                let squashedStem = stem.replacingOccurrences(of: " ", with: "")
                for other in stem == squashedStem ? [stem] : [stem, squashedStem] {
                    if let otherID = keptID(other), otherID != id, groupOf[otherID] == nil, typeOf[otherID] != .person {
                        groupOf[otherID] = id
                    }
                }
            }
            if type == .location, parts.count >= 3, Self.placeOfHeads.contains(String(parts[0])), parts[1] == "of" {
                if let tailID = keptID(parts.dropFirst(2).joined(separator: " ")), groupOf[tailID] == nil {
                    groupOf[tailID] = id
                }
            }
        }
        // MARK: Build entities
        var order: [Int] = []
        var members = [[Int]](repeating: [], count: keyCount)   // root -> positions in `kept`
        for (k, i) in kept.enumerated() {
            let r = top(idOfCandidate[i])
            if members[r].isEmpty { order.append(r) }
            members[r].append(k)
        }
        var entities: [Entity] = []
        entities.reserveCapacity(order.count)
        // One entity from positions in `kept` (text order).
        func entity(_ positions: [Int], type fixedType: EntityType?) -> Entity {
            let group = positions.map { kept[$0] }
            // The longest name; then not shouted; then the longest spelling (the last
            // of equals, as `max(by:)` keeps).
            var best = 0
            var bestShout = group.count > 1 && Self.isShout(all[group[0]])
            for g in group.indices.dropFirst() {
                let x = group[best], y = group[g]
                if all[x].wordCount != all[y].wordCount {
                    if all[x].wordCount < all[y].wordCount { best = g; bestShout = Self.isShout(all[y]) }
                    continue
                }
                let yShout = Self.isShout(all[y])
                if bestShout != yShout {
                    if bestShout { best = g; bestShout = yShout }
                    continue
                }
                if all[x].surface.utf8.count < all[y].surface.utf8.count { best = g; bestShout = yShout }
            }
            let bestCandidate = all[group[best]]
            let type = fixedType ?? keptType[positions[best]]
            // A group has a few spellings: a linear check beats building a set per entity.
            var aliases: [String] = []
            for i in group where all[i].surface != bestCandidate.surface && !aliases.contains(all[i].surface) {
                aliases.append(all[i].surface)
            }
            let mentions = group.map { i -> Mention in
                let range = all[i].scalarRange(in: tokens)
                let original = text.originalRange(of: range)
                return Mention(start: original.lowerBound, end: original.upperBound, text: text.originalText(of: range))
            }
            return Entity(text: bestCandidate.surface, type: type, aliases: aliases, mentions: mentions)
        }
        var splitOff = false
        for r in order {
            var positions = members[r]
            // "MADISON, Wis. — … Attorney General Rachel Madison … in Madison": the
            // mentions that are places by their own context stay a place of their own
            // where a person or an organisation claims the name ("the Morowali Metal
            // Workers' Union" and "Morowali regency").
            if typeOf[r] == .person || typeOf[r] == .organization {
                let isPlace = { (k: Int) in all[kept[k]].placeByContext && all[kept[k]].type == .location }
                let places = positions.filter(isPlace)
                if !places.isEmpty && places.count < positions.count {
                    positions.removeAll(where: isPlace)
                    entities.append(entity(places, type: .location))
                    splitOff = true
                }
            }
            entities.append(entity(positions, type: typeOf[r]))
        }
        // In order of first mention, as without a split.
        if splitOff { entities.sort { $0.mentions[0].start < $1.mentions[0].start } }
        return entities
    }

    /// A word that may stand alone for a family name: no ordinary word and no commodity
    /// ("Lithium prices fell" is no "Andina Lithium" named again).
    static func mayBeFamilyName(_ word: Substring, _ lexicon: Lexicon) -> Bool {
        let h = WordHash.folded(word)
        return !lexicon.commonWords.contains(h) && !NameScanner.resourceWords.contains(h)
    }

    /// Last words of a place named after a neighbouring place or region (the Swat River,
    /// the Mekong Delta, the Kalahari Desert): `[feature_heads]` in `cue_words.txt`.
    static let featureHeads = Lexicon.cueWords("feature_heads")

    /// A one-word name of more than three letters written in capitals ("NATO" is not,
    /// "REUTERS" is): the least preferred spelling of a group.
    private static func isShout(_ c: NameCandidate) -> Bool {
        guard c.wordCount == 1 else { return false }
        let utf8 = c.surface.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return utf8.count > 3 && !utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
        }
        return c.surface.count > 3 && c.surface == c.surface.uppercased()
    }

    /// True when two person names differ only by the spelling of their last word (at
    /// most one edit, two for long words, sharing the first four letters), their other
    /// words equal or left out: "volodymyr zelenskiy" ~ "zelenskyy".
    static func isSpellingVariant(_ a: [Substring], of b: [Substring]) -> Bool {
        guard let la = a.last, let lb = b.last, la != lb, la.prefix(4) == lb.prefix(4) else { return false }
        if a.count >= 2 && b.count >= 2 && a.dropLast() != b.dropLast() { return false }
        let limit = min(la.count, lb.count) >= 8 ? 2 : 1
        guard abs(la.count - lb.count) <= limit else { return false }
        return editDistance(Array(la.unicodeScalars), Array(lb.unicodeScalars), limit: limit) <= limit
    }

    /// Levenshtein distance of two short words, stopping early above `limit`.
    static func editDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], limit: Int) -> Int {
        guard x.count <= 40, y.count <= 40 else { return limit + 1 }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            current[0] = i
            var rowMin = i
            for j in 1...max(y.count, 1) where !y.isEmpty {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return x.isEmpty ? y.count : previous[y.count]
    }

    /// True when `acronym` is made of the starts of the capitalised words of `name`, in
    /// order, each word giving its first letter or a few more, words may be skipped:
    /// "OCHA" in "United Nations Office for the Coordination of Humanitarian Affairs",
    /// "KEMRI" in "Kenya Medical Research Institute", "Ecowas" in "Economic Community of
    /// West African States", "ONH" in "Office National de l'Huile". A one-word name has no
    /// acronym. Bounded: at most 12 letters
    /// and 16 words.
    static func isAcronym(_ acronym: String, of name: String) -> Bool {
        // "Office National de l'Huile (ONH)": a word's elided article is not its start.
        let words = name.split(separator: " ").map { w -> Substring in
            let c = Array(w.prefix(3))
            return c.count == 3 && (c[0] == "l" || c[0] == "d") && (c[1] == "'" || c[1] == "’") && c[2].isUppercase ? w.dropFirst(2) : w
        }.filter { $0.first?.isUppercase == true }.prefix(16).map { Array($0.lowercased()) }
        let letters = Array(acronym.lowercased())
        guard words.count >= 2, !letters.isEmpty, letters.count <= 12 else { return false }
        // reachable[a]: the first `a` letters are matched by the words seen so far.
        var reachable = [Bool](repeating: false, count: letters.count + 1)
        reachable[0] = true
        var wordsUsed = [Int](repeating: 0, count: letters.count + 1)
        for word in words {
            var next = reachable
            var nextUsed = wordsUsed
            for a in 0..<letters.count where reachable[a] {
                var k = 0
                while k < word.count, a + k < letters.count, word[k] == letters[a + k] {
                    k += 1
                    if !next[a + k] || nextUsed[a + k] < wordsUsed[a] + 1 {
                        next[a + k] = true
                        nextUsed[a + k] = max(nextUsed[a + k], wordsUsed[a] + 1)
                    }
                }
            }
            reachable = next
            wordsUsed = nextUsed
        }
        return reachable[letters.count] && wordsUsed[letters.count] >= 2
    }

    /// Evidence collected for each type of one name string.
    struct TypeVotes {
        var person = 0, organization = 0, location = 0
        mutating func add(_ type: EntityType, _ weight: Int) {
            if type == .person { person += weight } else if type == .organization { organization += weight } else { location += weight }
        }
    }

    /// The type with the most votes (ties: LOC, then ORG, then PERSON).
    private static func winner(_ votes: TypeVotes?) -> EntityType? {
        guard let v = votes, v.person + v.organization + v.location > 0 else { return nil }
        if v.location >= v.organization && v.location >= v.person { return .location }
        if v.organization >= v.person { return .organization }
        return .person
    }
}
