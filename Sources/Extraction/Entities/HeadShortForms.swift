import WirefleetText

/// "the Commission" after "the European Commission": a capitalised organisation head
/// word alone names the one organisation of the article whose name holds that word
/// (GUIDELINES: a capitalised reference to one specific body is that body). The lone
/// word's entity, when the tagger made one, joins that organisation (its mentions, an
/// alias); a lone "the Commission" the tagger left out becomes a mention too, and so
/// does the word before a title ("Commission President Margarethe Vogel"). Nothing
/// happens when no organisation, or more than one, holds the word ("the Court" with a
/// Supreme Court and a Court of Appeal). One pass over the entities and one over the words.
struct HeadShortForms {
    let text: NormalizedText
    let lexicon: Lexicon

    func apply(to entities: inout [Entity]) {
        // Head word (folded hash) → the one organisation whose name holds it, or -1 when
        // several do ("Supreme Court" and "Court of Appeal" share "Court").
        var owner: [UInt64: Int] = [:]
        for i in entities.indices where entities[i].type == .organization && entities[i].text.utf8.contains(UInt8(ascii: " ")) {
            for word in Set(entities[i].text.split(separator: " ").map { WordHash.folded($0) }) where lexicon.orgHeads.contains(word) {
                owner[word] = owner[word] == nil ? i : -1
            }
        }
        guard owner.values.contains(where: { $0 >= 0 }) else { return }
        // Lone head words the tagger kept as entities of their own.
        var merged: [Int] = []
        for (j, e) in entities.enumerated() where e.type == .organization && !e.text.utf8.contains(UInt8(ascii: " ")) {
            guard let i = owner[WordHash.folded(e.text)], i >= 0, i != j else { continue }
            entities[i].mentions += e.mentions
            if !entities[i].aliases.contains(e.text) { entities[i].aliases.append(e.text) }
            merged.append(j)
        }
        let words = text.tokens.words
        let the = WordHash.folded("the")
        var taken = Set(entities.flatMap { $0.mentions.map(\.start) })
        for k in 0..<words.count {
            let w = words[k]
            guard w.kind == .word, w.isCapitalized, !w.isAllCaps, let i = owner[w.hash], i >= 0 else { continue }
            // "Commission President Margarethe Vogel": the word as a title's modifier.
            // Alone: no capitalised word before it on its line ("Scottish Government
            // spokesperson" is the whole name's), and no trade ("Energy Minister").
            let beforeTitle = k + 1 < words.count && words[k + 1].kind == .word && !words[k + 1].startsLine
                && lexicon.titles.contains(words[k + 1].hash) && !EntityIdentity.companyDesignators.contains(w.hash)
                && (k == 0 || w.startsLine || words[k - 1].kind != .word || !words[k - 1].isCapitalized
                    || NameScanner.articles.contains(words[k - 1].hash))
            guard beforeTitle || k >= 1 && words[k - 1].hash == the && !words[k - 1].isCapitalized else { continue }
            if !beforeTitle, k + 1 < words.count, words[k + 1].kind == .word, words[k + 1].isCapitalized, !words[k + 1].startsLine { continue }
            let original = text.originalRange(of: w.range)
            guard taken.insert(original.lowerBound).inserted else { continue }
            let surface = text.originalText(of: w.range)
            entities[i].mentions.append(Mention(start: original.lowerBound, end: original.upperBound, text: surface))
            if surface != entities[i].text, !entities[i].aliases.contains(surface) { entities[i].aliases.append(surface) }
        }
        for i in entities.indices { entities[i].mentions.sort { $0.start < $1.start } }
        for j in merged.reversed() { entities.remove(at: j) }
    }
}
