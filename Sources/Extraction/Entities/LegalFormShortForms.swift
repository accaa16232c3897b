import WirefleetText

/// "Andes Copper" after "Andes Copper Corp", "Sulawesi Mineral Raya" after "PT Sulawesi
/// Mineral Raya": a company's name without its legal form (`[company_designators]` and
/// `[company_prefixes]` in `cue_words.txt`) names that company wherever the article
/// writes it, as a reader takes it. The scanner reads such a short form on its own and
/// may cut it at a known word ("Andes" a mountain range, "Atlantic" an ocean); here the
/// words of the short form become one mention of the company, and an entity the cut
/// left inside them loses that mention (and goes when it has none left).
///
/// Only short forms of two or more words, written with capitals, not followed by
/// another capitalised word on the same line ("Andes Copper Mining" is another name),
/// and only when one organisation of the article has that short form and no other
/// organisation's name starts with it. One pass over the entities and one over the words.
struct LegalFormShortForms {
    let text: NormalizedText

    func apply(to entities: inout [Entity]) {
        // Short form (its words' folded hashes) → the organisation it belongs to, or -1
        // when two organisations share it.
        var owner: [[UInt64]: Int] = [:]
        for i in entities.indices where entities[i].type == .organization {
            // The cheap test first: most names end in no legal form.
            let name = entities[i].text
            guard let first = name.firstIndex(of: " "), let last = name.lastIndex(of: " "),
                  EntityIdentity.companyDesignators.contains(WordHash.folded(name[name.index(after: last)...]))
                    || EntityIdentity.companyPrefixes.contains(WordHash.folded(name[..<first])) else { continue }
            var words = name.split(separator: " ").map { WordHash.folded($0) }
            guard words.count >= 3 else { continue }
            let all = words.count
            while words.count > 2, EntityIdentity.companyDesignators.contains(words[words.count - 1]) { words.removeLast() }
            while words.count > 2, EntityIdentity.companyPrefixes.contains(words[0]) { words.removeFirst() }
            guard words.count < all else { continue }
            owner[words] = owner[words] == nil ? i : -1
        }
        guard !owner.isEmpty else { return }
        // "Pacific Basalt" with a "Pacific Basalt Corp" and a "Pacific Basalt Mining Ltd":
        // a reader cannot tell which. (Rare: only articles with such a short form get here.)
        for i in entities.indices where entities[i].type == .organization {
            let words = entities[i].text.split(separator: " ").map { WordHash.folded($0) }
            for short in owner.keys where words.count > short.count && owner[short] != i && words.starts(with: short) {
                owner[short] = -1
            }
        }
        guard owner.values.contains(where: { $0 >= 0 }) else { return }
        let starts = Set(owner.keys.map { $0[0] })
        let tokens = text.tokens.words
        var found: [(organization: Int, span: Range<Int>, range: Range<Int>)] = []
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            guard t.kind == .word, t.isCapitalized || t.isAllCaps, starts.contains(t.hash) else { k += 1; continue }
            var matched = false
            for (words, i) in owner where i >= 0 && words[0] == t.hash && k + words.count <= tokens.count {
                var ok = true
                for j in 1..<words.count {
                    let w = tokens[k + j]
                    if w.kind != .word || w.hash != words[j] || w.startsLine || !(w.isCapitalized || w.isAllCaps) { ok = false; break }
                }
                guard ok else { continue }
                let next = k + words.count
                if next < tokens.count, tokens[next].kind == .word, tokens[next].isCapitalized, !tokens[next].startsLine { continue }
                let span = t.range.lowerBound..<tokens[next - 1].range.upperBound
                found.append((i, span, text.originalRange(of: span)))
                k = next
                matched = true
                break
            }
            if !matched { k += 1 }
        }
        guard !found.isEmpty else { return }
        var emptied = Set<Int>()
        for (i, span, range) in found {
            // Already the company's (the full name starts here)?
            if entities[i].mentions.contains(where: { $0.start <= range.lowerBound && $0.end > range.lowerBound }) { continue }
            // A longer name of another entity runs through these words: leave it.
            if entities.indices.contains(where: { j in
                entities[j].mentions.contains { $0.start < range.upperBound && $0.end > range.lowerBound
                    && ($0.start < range.lowerBound || $0.end > range.upperBound) }
            }) { continue }
            for j in entities.indices where j != i {
                entities[j].mentions.removeAll { $0.start >= range.lowerBound && $0.end <= range.upperBound }
                if entities[j].mentions.isEmpty { emptied.insert(j) }
            }
            let surface = text.originalText(of: span)
            entities[i].mentions.append(Mention(start: range.lowerBound, end: range.upperBound, text: surface))
            if surface != entities[i].text, !entities[i].aliases.contains(surface) { entities[i].aliases.append(surface) }
        }
        for i in Set(found.map(\.organization)) { entities[i].mentions.sort { $0.start < $1.start } }
        for j in emptied.sorted().reversed() { entities.remove(at: j) }
    }
}
