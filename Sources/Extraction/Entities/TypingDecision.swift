public import WirefleetText

/// Why the tagger typed (or dropped) one capitalised name: the named rule of the
/// typing ladder that decided (`NameScanner+TypingRules.swift`) and how sure it was.
/// Made only when explaining (``EntityTagger/explain(_:)``).
public struct TypingDecision: Sendable, Hashable, Codable {
    /// The name as written, and where (original Unicode-scalar offsets, end exclusive).
    public var text: String
    public var start: Int
    public var end: Int
    /// The type the rule gave; nil when the rule (or a filter after it) said "not an entity".
    public var type: EntityType?
    /// The rule's name ("place-head", "given-name", "fallback-person", …; "rule → filter"
    /// when a filter dropped the name after the ladder).
    public var rule: String
    /// How sure: "lexicon", "rule", "context", "guess", or "pending" (a capital that
    /// says nothing, kept only if the document confirms the name).
    public var evidence: String?

    public init(text: String, start: Int, end: Int, type: EntityType?, rule: String, evidence: String?) {
        self.text = text; self.start = start; self.end = end; self.type = type; self.rule = rule; self.evidence = evidence
    }
}

extension NameCandidate.Evidence {
    var name: String {
        switch self {
        case .pending: "pending"
        case .guess: "guess"
        case .context: "context"
        case .rule: "rule"
        case .lexicon: "lexicon"
        }
    }
}

extension EntityTagger {
    /// Tags the entities and records every typing decision on the way, in text order.
    public func explain(_ text: NormalizedText) -> (entities: [Entity], decisions: [TypingDecision]) {
        let (entities, scanner) = run(text, tracing: true)
        let tokens = scanner.tokens
        let decisions = (scanner.trace ?? []).map { entry -> TypingDecision in
            let normalized = NameCandidate.scalarRange(of: entry.tokens, start: entry.scalarStart, end: entry.scalarEnd, in: tokens)
            let r = text.originalRange(of: normalized)
            return TypingDecision(text: text.originalText(of: normalized), start: r.lowerBound, end: r.upperBound,
                                  type: entry.type, rule: entry.rule, evidence: entry.evidence?.name)
        }
        return (entities, decisions)
    }
}
