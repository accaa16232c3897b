internal import WirefleetText
internal import WirefleetEntities

// MARK: - SpeakerIndex

/// Where the PERSON and ORG entities of an article are mentioned, on the token
/// stream, plus what the text says about each (gender, role words).
///
/// Mentions come from the tagger's located mentions and from matching every name
/// form (text, aliases, a person's surname) over the tokens, so a surname the
/// tagger left out still points to its entity.
struct SpeakerIndex: Sendable {
    /// A mention on the token stream, tokens `first...last`.
    struct Span: Sendable, Hashable {
        var entity: Int
        var first: Int
        var last: Int
    }

    enum Gender: Sendable { case male, female, unknown }

    let entities: [Entity]
    /// Mentions in text order.
    private(set) var spans: [Span] = []
    /// `spanAt[k]`: index into ``spans`` of the mention covering token `k`, or -1.
    private(set) var spanAt: [Int32]
    private(set) var gender: [Gender]
    /// Role words said of each entity ("leader", "belarusian", "nato", …).
    private(set) var roles: [RoleWords]
    /// `speechSubject[i]`: mention `i` is the subject of a speech verb ("X said",
    /// "X, the minister, told …"), not an object ("opponents of X say").
    private(set) var speechSubject: [Bool] = []
    /// First token of each entity's mentions, in text order.
    private(set) var entitySpans: [[Int]]
    /// Entities described by each role word, capped per word.
    private(set) var roleIndex: [String: [Int]] = [:]
    static let roleIndexCap = 32
    /// ``keys(of:)`` of each entity's text, computed once.
    private let textKeys: [[String]]

    init(_ text: NormalizedText, tokens: QuoteTokens, entities: [Entity]) {
        self.entities = entities
        spanAt = Array(repeating: -1, count: tokens.count)
        gender = Array(repeating: .unknown, count: entities.count)
        roles = Array(repeating: RoleWords(), count: entities.count)
        entitySpans = Array(repeating: [], count: entities.count)
        textKeys = entities.map { Self.isSpeakerType($0.type) ? Self.keys(of: $0.text) : [] }
        var covered = Array(repeating: Int32(-1), count: tokens.count)

        // MARK: Tagger mentions
        // Index loops: `for (e, entity) in entities.enumerated()` copies every entity.
        for e in entities.indices where Self.isSpeakerType(entities[e].type) {
            for m in entities[e].mentions {
                let lo = Self.normalizedIndex(text, m.start)
                let hi = Self.normalizedIndex(text, m.end)
                guard lo < hi else { continue }
                var k = tokens.firstToken(endingAfter: lo)
                while k < tokens.count && tokens[k].start < hi { covered[k] = Int32(e); k += 1 }
            }
        }

        // MARK: Name forms
        // Keyed by the first word's hash (a token carries its own: no string is hashed
        // per token); the words themselves are compared when a form is matched.
        var forms: [UInt64: [([String], Int)]] = [:]
        forms.reserveCapacity(entities.count * 4)
        // Most words are lower case and most names are not: their lookups are skipped
        // unless some name form starts in lower case.
        var lowerForms = false
        for e in entities.indices where Self.isSpeakerType(entities[e].type) {
            let type = entities[e].type
            var surfaces: [String] = [entities[e].text]
            for a in entities[e].aliases.prefix(32) where !surfaces.contains(a) { surfaces.append(a) }
            for m in entities[e].mentions where surfaces.count < 16 && !surfaces.contains(m.text) { surfaces.append(m.text) }
            for (n, surface) in surfaces.enumerated() {
                if let f = surface.unicodeScalars.first(where: ScalarClass.isLetter), !ScalarClass.isUpper(f) {
                    lowerForms = true
                }
                var keys = n == 0 ? textKeys[e] : Self.keys(of: surface)
                while let f = keys.first, SpeechLexicon.titles.contains(f), keys.count > 1 { keys.removeFirst() }
                guard !keys.isEmpty else { continue }
                forms[WordHash.exact(keys[0]), default: []].append((keys, e))
                if type == .person, keys.count > 1, let last = keys.last, last.count > 2 {
                    forms[WordHash.exact(last), default: []].append(([last], e))
                }
                if type == .organization, keys.count > 1, let last = keys.last,
                   SpeechLexicon.companySuffixes.contains(last) {
                    let stem = Array(keys.dropLast())
                    forms[WordHash.exact(stem[0]), default: []].append((stem, e))
                }
            }
        }
        // A cheap filter on the low bits of every form's first word's hash spares the
        // dictionary lookup for most capitalised words ("The", "But", "In").
        var firstWordFilter = [Bool](repeating: false, count: Self.filterSize)
        for key in forms.keys { firstWordFilter[Self.filterSlot(key)] = true }
        // Longest form first; a capped list per first word keeps matching linear.
        for key in forms.keys {
            forms[key]!.sort { $0.0.count > $1.0.count }
            if forms[key]!.count > 64 { forms[key]!.removeLast(forms[key]!.count - 64) }
        }
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            guard t.kind == .word else { k += 1; continue }
            if covered[k] >= 0 {
                // Extend a tagger mention over its whole run of covered tokens.
                let e = Int(covered[k])
                var last = k
                while last + 1 < tokens.count && covered[last + 1] == covered[k] { last += 1 }
                addSpan(Span(entity: e, first: k, last: last))
                k = last + 1
                continue
            }
            var matched = false
            if t.capitalized || lowerForms || (t.key.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false),
               firstWordFilter[Self.filterSlot(t.hash)], let candidates = forms[t.hash] {
                for (keys, e) in candidates {
                    var j = 0, p = k
                    while j < keys.count && p < tokens.count && tokens[p].kind == .word && tokens[p].key == keys[j] {
                        j += 1; p += 1
                    }
                    if j == keys.count {
                        addSpan(Span(entity: e, first: k, last: p - 1))
                        k = p; matched = true
                        break
                    }
                }
            }
            if !matched { k += 1 }
        }

        // MARK: Gender and roles
        for e in entities.indices where entities[e].type == .person {
            // The given name: the first word, or the last where the family name comes first
            // ("Kim Soo-ah": "Kim" is no man's given name there).
            let keys = textKeys[e]
            let given = keys.count > 1 && NameOrder.writesFamilyNameFirst(entities[e].text) ? keys.last : keys.first
            if let given {
                if SpeechLexicon.femaleNames.contains(given) { gender[e] = .female }
                else if SpeechLexicon.maleNames.contains(given) { gender[e] = .male }
            }
        }
        for span in spans {
            collectRoles(span, tokens)
        }
        speechSubject = spans.map { isSpeechSubject($0, tokens) }
        for span in spans { entitySpans[span.entity].append(span.first) }
        for (e, bag) in roles.enumerated() {
            for w in bag.words {
                Self.appendCapped(e, to: &roleIndex[w, default: []])
            }
        }
    }

    /// The folded words of entity `e`'s name (``keys(of:)``; empty for a place).
    func nameKeys(of e: Int) -> [String] { textKeys[e] }

    /// First token of the last mention of entity `e` before token `k`, or -1.
    func lastMention(of e: Int, before k: Int) -> Int {
        let starts = entitySpans[e]
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < k { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? starts[lo - 1] : -1
    }

    /// Whether a speech verb follows the mention, past fillers and one
    /// comma-delimited apposition, and no preposition precedes it.
    private func isSpeechSubject(_ span: Span, _ tokens: QuoteTokens) -> Bool {
        var b = span.first - 1
        while b >= 0 && span.first - b < 6, tokens[b].kind == .word, tokens[b].capitalized,
              SpeechLexicon.titles.contains(tokens[b]) { b -= 1 }
        if b >= 0, tokens[b].kind == .word, SpeechLexicon.prepositions.contains(tokens[b]) { return false }
        // A person opening a sentence, after titles and descriptors: "Home Secretary
        // X struck a defiant tone", "Kremlin spokesman X, for his part, has …".
        if isPerson(span.entity) {
            var p = span.first - 1
            while p >= 0 && span.first - p < 6, tokens[p].kind == .word,
                  tokens[p].capitalized || SpeechLexicon.personRoles.contains(tokens[p])
                    || SpeechLexicon.titles.contains(tokens[p]) { p -= 1 }
            let opens = p < 0 || tokens[p].kind == .newline || tokens.sentenceEnd[p]
            if opens, span.last + 1 < tokens.count, tokens[span.last + 1].kind == .word || tokens[span.last + 1].key == "," {
                return true
            }
        }
        var k = span.last + 1
        var steps = 0
        var apposition = false
        while k < tokens.count && steps < 14 {
            let t = tokens[k]
            if t.kind == .word {
                if SpeechLexicon.verbs.contains(t) { return true }
                if !apposition && !SpeechLexicon.fillers.contains(t) { return false }
            } else if t.key == "," {
                apposition.toggle()
            } else {
                return false
            }
            k += 1; steps += 1
        }
        return false
    }

    // MARK: - Lookup

    /// The mention covering token `k`, if any.
    func span(at k: Int) -> Span? {
        guard k >= 0 && k < spanAt.count, spanAt[k] >= 0 else { return nil }
        return spans[Int(spanAt[k])]
    }

    /// Index into ``spans`` of the last mention starting before token `k`.
    func lastSpan(before k: Int) -> Int? {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].first < k { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? lo - 1 : nil
    }

    func isPerson(_ e: Int) -> Bool { entities[e].type == .person }

    // MARK: - Building

    static func isSpeakerType(_ t: EntityType) -> Bool { t == .person || t == .organization }

    private mutating func addSpan(_ span: Span) {
        let id = Int32(spans.count)
        spans.append(span)
        for k in span.first...span.last { spanAt[k] = id }
    }

    /// Words next to a person mention that describe them: "Belarusian leader X",
    /// "X, the NATO chief,", "Belarus's leader, X".
    private mutating func collectRoles(_ span: Span, _ tokens: QuoteTokens) {
        let e = span.entity
        if !isPerson(e) {
            for key in textKeys[e] { roles[e].add(key) }
            // "PT Sulawesi Mineral Raya, a Chinese-controlled company,", "the Superior Tribunal,
            // Jujuy's highest court,": what the body is.
            var j = span.last + 1
            if j + 1 < tokens.count, tokens[j].key == ",",
               SpeechLexicon.determiners.contains(tokens[j + 1]) || tokens[j + 1].possessive {
                j += 1
                var n = 0
                while j < tokens.count && n < 6, tokens[j].kind == .word, spanAt[j] < 0, !SpeechLexicon.verbs.contains(tokens[j]) {
                    roles[e].add(tokens[j].key)
                    j += 1; n += 1
                }
            }
            return
        }
        // Pre-modifiers and titles.
        var k = span.first - 1
        var n = 0
        while k >= 0 && n < 8, tokens[k].kind == .word,
              spanAt[k] < 0 || spanAt[k] == spanAt[span.first] || !isPerson(spans[Int(spanAt[k])].entity) {
            let token = tokens[k]
            if SpeechLexicon.verbs.contains(token) { break }
            if SpeechLexicon.femaleTitles.contains(token) { gender[e] = .female }
            if SpeechLexicon.maleTitles.contains(token) { gender[e] = .male }
            if n == 0 && !token.capitalized {
                if SpeechLexicon.femaleKin.contains(token) { gender[e] = .female }
                if SpeechLexicon.maleKin.contains(token) { gender[e] = .male }
            }
            roles[e].add(token.key)
            if SpeechLexicon.determiners.contains(token) { break }
            k -= 1; n += 1
        }
        // Apposition after: "X, the Belarusian leader,".
        var j = span.last + 1
        if j < tokens.count, tokens[j].key == "," {
            j += 1; n = 0
            while j < tokens.count && n < 8, tokens[j].kind == .word, spanAt[j] < 0 {
                roles[e].add(tokens[j].key)
                j += 1; n += 1
            }
        }
        // Apposition before: "Belarus's leader, X".
        k = span.first - 1
        if k > 0, tokens[k].key == "," {
            k -= 1; n = 0
            while k >= 0 && n < 5, tokens[k].kind == .word {
                let token = tokens[k]
                if SpeechLexicon.verbs.contains(token) { break }
                roles[e].add(token.key)
                if SpeechLexicon.determiners.contains(token) { break }
                k -= 1; n += 1
            }
        }
    }

    /// Slots of the first-word filter.
    private static let filterSize = 4096

    /// Slot of a word's hash in the first-word filter.
    @inline(__always)
    private static func filterSlot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 32)) & (filterSize - 1) }

    private static func appendCapped(_ e: Int, to list: inout [Int]) {
        if list.count < roleIndexCap { list.append(e) }
    }

    /// Folded word keys of a name, possessive removed (the same keys as
    /// ``QuoteTokens`` gives its words).
    static func keys(of name: String) -> [String] {
        var out: [String] = []
        var cur: [UInt8] = []
        cur.reserveCapacity(32)
        func flush() {
            var m = cur.count
            if m > 2 && cur[m - 1] == 0x73 && cur[m - 2] == 0x27 { m -= 2 }
            while m > 0 && cur[m - 1] == 0x27 { m -= 1 }
            if m > 0 { out.append(String(decoding: cur[0..<m], as: UTF8.self)) }
            cur.removeAll(keepingCapacity: true)
        }
        for c in name.unicodeScalars {
            if ScalarClass.isWordChar(c) {
                let x = ScalarClass.foldLower(c)
                if x.value < 0x80 { cur.append(UInt8(x.value)) } else { UTF8.encode(x) { cur.append($0) } }
            } else if (ScalarClass.isApostropheLike(c) || ScalarClass.isHyphen(c)) && !cur.isEmpty {
                cur.append(ScalarClass.isHyphen(c) ? 0x2D : 0x27)
            } else if !cur.isEmpty {
                flush()
            }
        }
        if !cur.isEmpty { flush() }
        return out
    }

    /// The normalized index of an original scalar offset (first normalized scalar
    /// coming from at or after it).
    static func normalizedIndex(_ text: NormalizedText, _ original: Int) -> Int {
        let offsets = text.offsets
        var lo = 0, hi = max(0, offsets.count - 1)
        while lo < hi {
            let mid = (lo + hi) / 2
            if offsets[mid] < original { lo = mid + 1 } else { hi = mid }
        }
        return min(lo, text.scalars.count)
    }
}
