/// Why each item of an article was extracted, typed and attributed: what
/// `wirefleet explain` prints. Made by ``Extractor/explain(_:)``; the same pipeline as
/// ``Extractor/all(in:)`` with the typing decisions recorded.
public struct Explanation: Sendable, Hashable, Codable {
    /// One entity, with the decisions on each of its mentions.
    public struct EntityNote: Sendable, Hashable, Codable {
        public var entity: Entity
        /// The typing decisions whose span overlaps one of the entity's mentions.
        public var decisions: [TypingDecision]
        /// The type the article's other mentions gave it when it differs from what
        /// the rules said here (document-level resolution), else nil.
        public var retypedFrom: [EntityType]?
    }

    /// One quote and how it was attributed.
    public struct QuoteNote: Sendable, Hashable, Codable {
        public var quote: Quote
        /// The marks around the quote in the original text ("“…”", "„…“", "«…»", …).
        public var marks: String
        /// How the speaker was found, in words.
        public var attribution: String
    }

    public var entities: [EntityNote]
    /// Names the rules decided are not entities, and names only a weak cue supported
    /// that the document did not confirm.
    public var rejected: [TypingDecision]
    public var quotes: [QuoteNote]
    public var numbers: [NumberMention]
}

extension Extractor {
    /// Extracts everything from `body` and says why (see ``Explanation``).
    public func explain(_ body: String) -> Explanation {
        let text = NormalizedText(body)
        let (entities, decisions) = tagger.explain(text)
        let quotes = quoteExtractor.extract(text, entities: entities)
        var used = Set<Int>()
        var notes: [Explanation.EntityNote] = []
        for e in entities {
            var mine: [TypingDecision] = []
            for (k, d) in decisions.enumerated()
            where e.mentions.contains(where: { $0.start < d.end && d.start < $0.end }) {
                mine.append(d)
                used.insert(k)
            }
            let other = Set(mine.compactMap(\.type)).subtracting([e.type])
            notes.append(.init(entity: e, decisions: mine,
                               retypedFrom: other.isEmpty ? nil : other.sorted { $0.rawValue < $1.rawValue }))
        }
        let rejected = decisions.enumerated().filter { !used.contains($0.offset) }.map(\.element)
        let scalars = text.originalScalars
        let quoteNotes = quotes.map { q -> Explanation.QuoteNote in
            var open = q.start - 1
            while open >= 0, scalars[open] == " " || scalars[open] == "\u{00A0}" { open -= 1 }
            var close = q.end
            while close < scalars.count, scalars[close] == " " || scalars[close] == "\u{00A0}" { close += 1 }
            let o = open >= 0 ? String(scalars[open]) : ""
            let c = close < scalars.count ? String(scalars[close]) : ""
            return .init(quote: q, marks: "\(o)…\(c)", attribution: Self.attribution(q))
        }
        return Explanation(entities: notes, rejected: rejected, quotes: quoteNotes,
                           numbers: numberExtractor.extract(text))
    }

    private static func attribution(_ q: Quote) -> String {
        guard let speaker = q.speaker else {
            if let cue = q.cue { return "cue “\(cue)” but no person or organisation to attach it to" }
            return "no speech cue near the quote and no speaker of the paragraph before"
        }
        let cue = q.cue.map { " with the cue “\($0)”" } ?? " with no cue of its own (the speaker of the quote or paragraph before)"
        guard let m = q.speakerMention else { return "\(speaker)\(cue)" }
        if m.text == speaker { return "named as “\(m.text)”\(cue)" }
        let words = m.text.split(separator: " ").count
        let kind = words == 1 && m.text.first?.isLowercase == true ? "the pronoun" : "“\(m.text)”, which refers to"
        return kind == "the pronoun"
            ? "the pronoun “\(m.text)” → \(speaker) (the nearest fitting name before)\(cue)"
            : "\(kind) \(speaker)\(cue)"
    }
}
