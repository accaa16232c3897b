import WirefleetText

/// "Atitlán" after "Lake Atitlán", "the Caspian" after "the Caspian Sea": the name of a
/// lake or sea without its head names that water wherever the article writes it (its id
/// already does: ``EntityIdentity/waterKeyName(_:lexicon:)``). The scanner reads the
/// lone word on its own and may type it a person or a body; here its entity joins the
/// water's (its mentions, an alias) when exactly one water of the article has that name.
/// Only where the name alone is nothing else — no town, given name or ordinary word, as
/// `waterKeyName` decides ("Kariba", a town on Lake Kariba, stays the town). One pass
/// over the entities.
struct WaterShortForms {
    let lexicon: Lexicon

    func apply(to entities: inout [Entity]) {
        // Bare name (folded hash) → the one water with that name, or -1 when several.
        var owner: [UInt64: Int] = [:]
        for i in entities.indices where entities[i].type == .location {
            guard entities[i].text.utf8.contains(UInt8(ascii: " ")),
                  let name = EntityIdentity.waterKeyName(entities[i].text, lexicon: lexicon),
                  !name.utf8.contains(UInt8(ascii: " ")) else { continue }
            let h = NameFold.keyHash(name)
            owner[h] = owner[h] == nil ? i : -1
        }
        guard !owner.isEmpty else { return }
        var merged: [Int] = []
        for (j, e) in entities.enumerated() where !e.text.utf8.contains(UInt8(ascii: " ")) {
            guard let i = owner[NameFold.keyHash(e.text)], i >= 0, i != j else { continue }
            entities[i].mentions += e.mentions
            entities[i].mentions.sort { $0.start < $1.start }
            if !entities[i].aliases.contains(e.text) { entities[i].aliases.append(e.text) }
            merged.append(j)
        }
        for j in merged.reversed() { entities.remove(at: j) }
    }
}
