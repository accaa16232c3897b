import WirefleetText

/// Document-level resolution: one type per name string, surnames joined to full
/// names, acronyms to their expansions, and one ``Entity`` per group.
struct EntityResolver {
    let text: NormalizedText
    let tokens: [Token]

    private static let corporateTails: Set<String> = ["group", "inc", "ltd", "corp", "co", "plc", "llc", "company", "holdings"]
    private static let placeOfHeads: Set<String> = ["republic", "kingdom", "state", "commonwealth", "federation", "principality", "emirate"]

    /// Resolves candidates (in text order) into entities, in order of first mention.
    func resolve(_ all: [NameCandidate]) -> [Entity] {
        guard !all.isEmpty else { return [] }
        // MARK: Type votes per key
        var votes: [String: TypeVotes] = [:]
        var bestEvidence: [String: NameCandidate.Evidence] = [:]
        for c in all where c.evidence > .pending {
            votes[c.key, default: TypeVotes()].add(c.type, c.evidence.rawValue)
            bestEvidence[c.key] = max(bestEvidence[c.key] ?? .pending, c.evidence)
        }
        // MARK: Coordinated guesses take the type of their partner
        for (i, c) in all.enumerated() where c.evidence == .guess && bestEvidence[c.key] == .guess {
            var partners: [NameCandidate] = []
            if let p = c.coordinatedWith { partners.append(all[p]) }
            if i + 1 < all.count, all[i + 1].coordinatedWith == i { partners.append(all[i + 1]) }
            for p in partners where (bestEvidence[p.key] ?? .pending) >= .rule {
                // Two unknown capitalised words next to a body are more often a person
                // ("By Ilse Vandermeer, Reuters") than another body.
                if let type = Self.winner(votes[p.key]), type != .person || p.wordCount == 1,
                   !(type == .organization && c.wordCount >= 2) {
                    votes[c.key, default: TypeVotes()].add(type, NameCandidate.Evidence.context.rawValue)
                }
            }
        }
        // MARK: Surnames of multi-word people
        var surnameOwner: [String: String] = [:]
        var ownersSeen = Set<String>()
        for c in all where c.evidence > .pending && c.wordCount >= 2 && ownersSeen.insert(c.key).inserted
            && Self.winner(votes[c.key]) == .person && (bestEvidence[c.key] ?? .guess) >= .context {
            let parts = c.key.split(separator: " ")
            let last = String(parts[parts.count - 1])
            if surnameOwner[last] == nil { surnameOwner[last] = c.key }
            // "al-Assad" → "Assad"
            if last.count > 3, let hyphen = last.firstIndex(of: "-"), last.distance(from: last.startIndex, to: hyphen) <= 3 {
                let stem = String(last[last.index(after: hyphen)...])
                if surnameOwner[stem] == nil { surnameOwner[stem] = c.key }
            }
            if parts.count >= 3 {
                let tail = parts.dropFirst().joined(separator: " ")
                if surnameOwner[tail] == nil { surnameOwner[tail] = c.key }
            }
        }
        // MARK: Keep, retype and group
        var groupOf: [String: String] = [:]      // key -> group root key
        var typeOf: [String: EntityType] = [:]
        var kept: [NameCandidate] = []
        kept.reserveCapacity(all.count)
        for c in all {
            var candidate = c
            if let owner = surnameOwner[c.key], owner != c.key, (bestEvidence[c.key] ?? .pending) < .lexicon
                || Self.winner(votes[c.key]) == .person {
                candidate.type = .person
                groupOf[c.key] = owner
            } else if let type = Self.winner(votes[c.key]) {
                candidate.type = type
            } else {
                continue // pending and never confirmed elsewhere in the document
            }
            typeOf[candidate.key] = candidate.type
            kept.append(candidate)
        }
        // Acronyms given in brackets, acronyms formed by initials, corporate tails,
        // "Republic of X".
        var keys = Set<String>()
        var distinct: [NameCandidate] = []
        for c in kept where keys.insert(c.key).inserted { distinct.append(c) }
        // Spelling variants of one person's name: "Zelenskiy" / "Zelenskyy" / "Zelensky".
        var variantBuckets: [Substring: [[Substring]]] = [:]
        for c in distinct where typeOf[c.key] == .person {
            let parts = c.key.split(separator: " ")
            guard let last = parts.last, last.count >= 5 else { continue }
            let bucket = last.prefix(4)
            if let match = variantBuckets[bucket]?.first(where: { Self.isSpellingVariant(parts, of: $0) }) {
                // Join the two groups' roots (never into a cycle).
                func top(_ key: String) -> String {
                    var k = key, steps = 0
                    while let next = groupOf[k], next != k, steps < 8 { k = next; steps += 1 }
                    return k
                }
                let from = top(c.key), to = top(match.joined(separator: " "))
                if from != to { groupOf[from] = to }
            }
            // A bounded bucket keeps the pass linear on adversarial input.
            if variantBuckets[bucket, default: []].count < 16 { variantBuckets[bucket, default: []].append(parts) }
        }
        for c in kept where c.bracketAcronym != nil && (groupOf[c.key] == nil || groupOf[c.key] == c.key) {
            if let acronym = c.bracketAcronym, keys.contains(acronym), groupOf[acronym] == nil,
               Self.isAcronym(acronym, of: c.surface) {
                groupOf[acronym] = c.key
            }
        }
        for c in distinct where c.wordCount >= 2 && (groupOf[c.key] == nil || groupOf[c.key] == c.key) {
            let parts = c.key.split(separator: " ")
            if c.type != .person {
                let initials = String(c.surface.split(separator: " ").compactMap { w -> Character? in
                    guard let f = w.unicodeScalars.first, Tokenizer.isUpper(f) else { return nil }
                    return Character(f)
                }).lowercased()
                if initials.count >= 2, initials != c.key, keys.contains(initials), groupOf[initials] == nil,
                   typeOf[initials] != .person {
                    groupOf[initials] = c.key
                }
            }
            if c.type == .organization, let last = parts.last, Self.corporateTails.contains(String(last)) {
                let stem = parts.dropLast().joined(separator: " ")
                let squashedStem = stem.replacingOccurrences(of: " ", with: "")
                for other in keys where other != c.key && groupOf[other] == nil
                    && (other == stem || other == squashedStem) && typeOf[other] != .person {
                    groupOf[other] = c.key
                }
            }
            if c.type == .location, parts.count >= 3, Self.placeOfHeads.contains(String(parts[0])), parts[1] == "of" {
                let tail = parts.dropFirst(2).joined(separator: " ")
                if keys.contains(tail), groupOf[tail] == nil { groupOf[tail] = c.key }
            }
        }
        func root(_ key: String) -> String {
            var k = key
            var steps = 0
            while let next = groupOf[k], next != k, steps < 8 { k = next; steps += 1 }
            return k
        }
        // MARK: Build entities
        var order: [String] = []
        var members: [String: [NameCandidate]] = [:]
        for c in kept {
            let r = root(c.key)
            if members[r] == nil { order.append(r) }
            members[r, default: []].append(c)
        }
        var entities: [Entity] = []
        entities.reserveCapacity(order.count)
        for r in order {
            guard let group = members[r] else { continue }
            let best = group.max { x, y in
                if x.wordCount != y.wordCount { return x.wordCount < y.wordCount }
                let xShout = x.wordCount == 1 && x.surface.count > 3 && x.surface == x.surface.uppercased()
                let yShout = y.wordCount == 1 && y.surface.count > 3 && y.surface == y.surface.uppercased()
                if xShout != yShout { return xShout }
                return x.surface.utf8.count < y.surface.utf8.count
            }!
            let type = typeOf[r] ?? best.type
            var aliases: [String] = []
            var seen: Set<String> = [best.surface]
            for c in group where !seen.contains(c.surface) {
                seen.insert(c.surface)
                aliases.append(c.surface)
            }
            let mentions = group.map { c -> Mention in
                let range = tokens[c.tokens.lowerBound].range.lowerBound..<tokens[c.tokens.upperBound - 1].range.upperBound
                let original = text.originalRange(of: range)
                return Mention(start: original.lowerBound, end: original.upperBound, text: text.originalText(of: range))
            }
            entities.append(Entity(text: best.surface, type: type, aliases: aliases, mentions: mentions))
        }
        return entities
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

    /// True when the letters of `acronym` appear, in order, among the initials of the
    /// capitalised words of `name` ("OCHA" in "United Nations Office for the
    /// Coordination of Humanitarian Affairs"); a one-word name has no acronym.
    static func isAcronym(_ acronym: String, of name: String) -> Bool {
        let initials = name.split(separator: " ").compactMap { word -> Character? in
            guard let f = word.first, f.isUppercase else { return nil }
            return Character(f.lowercased())
        }
        guard initials.count >= 2 else { return false }
        var i = initials.startIndex
        for letter in acronym {
            guard let found = initials[i...].firstIndex(of: letter) else { return false }
            i = initials.index(after: found)
        }
        return true
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
