import WirefleetText

/// "The Albion Times", "The Evening Dispatch": a capitalised "The" right before an
/// outlet's name (one ending in an `[outlet_heads]` word: Times, Ledger, Observer …) is
/// part of its title, as the paper writes it (GUIDELINES: "The Times"). The scanner
/// leaves "The" out of every name; here each such mention takes it back, and the entity's
/// text too when its first mention has it. Its id does not change (ids drop a leading
/// "the"). A lower-case "the" stays out ("the Albion Times"). One pass over the entities.
struct OutletTitles {
    let text: NormalizedText

    func apply(to entities: inout [Entity]) {
        let original = text.originalScalars
        for i in entities.indices where entities[i].type == .organization {
            let name = entities[i].text
            guard let last = name.split(separator: " ").last,
                  NameScanner.outletHeads.contains(WordHash.folded(last)),
                  !name.hasPrefix("The ") else { continue }
            var extended = false
            for k in entities[i].mentions.indices {
                let m = entities[i].mentions[k]
                guard m.start >= 4, Self.isCapitalThe(original, before: m.start) else { continue }
                entities[i].mentions[k] = Mention(start: m.start - 4, end: m.end, text: "The " + m.text)
                if k == 0 { extended = true }
            }
            if extended {
                if !entities[i].aliases.contains(name) { entities[i].aliases.append(name) }
                entities[i].text = "The " + name
            }
        }
    }

    /// Whether "The " (capital T, one space) ends right at `start`, as a word of its own.
    static func isCapitalThe(_ s: [Unicode.Scalar], before start: Int) -> Bool {
        guard start >= 4, start <= s.count, s[start - 4] == "T", s[start - 3] == "h", s[start - 2] == "e",
              s[start - 1] == " " else { return false }
        return start == 4 || !ScalarClass.isLetter(s[start - 5])
    }
}
