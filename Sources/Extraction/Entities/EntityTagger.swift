import Dispatch
public import WirefleetText

/// Tags PERSON / ORG / LOC entities in an article (CoNLL conventions, GUIDELINES.md).
///
/// A linear scan over tokens (``NameScanner``) finds capitalised runs and classifies
/// them with gazetteers (open data, see `Resources/LICENCES.md`), title words, head
/// words ("Ministry", "River") and context cues ("X said", "in X"); document-level
/// resolution then gives every string one type, joins surnames to full names and
/// acronyms to their expansions, and returns one ``Entity`` per distinct entity with
/// every mention located in the original body.
///
/// ```swift
/// let entities = EntityTagger().tag(NormalizedText(body))
/// ```
public struct EntityTagger: Sendable {
    /// A tagger using the bundled lexicon (loaded lazily once per process, shared
    /// read-only by every tagger).
    public init() {}

    /// Loads the bundled word lists and the gazetteer now, the two at once on two
    /// threads, instead of one after the other on the first article that needs them
    /// (about a tenth of a second each). For a process about to tag many articles.
    public static func loadData() {
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { _ = Gazetteer.shared }
        _ = Lexicon.shared
        group.wait()
    }

    /// Tags the entities of a normalized article body.
    public func tag(_ text: NormalizedText) -> [Entity] { run(text, tracing: false).entities }

    /// The entities as quote attribution reads them: every PERSON and ORG exactly as
    /// ``tag(_:)`` gives it (ids included), but the LOC entities not put on the map
    /// (no `geo`, so their ids are not those of ``tag(_:)``). Saves the quotes worker,
    /// whose speakers are people and organisations, the place resolution.
    public func tagSpeakers(_ text: NormalizedText) -> [Entity] {
        run(text, tracing: false, placingLocations: false).entities
    }

    /// The scan and the document-level resolution; with `tracing`, the scanner records
    /// every typing decision (``explain(_:)``).
    func run(_ text: NormalizedText, tracing: Bool, placingLocations: Bool = true) -> (entities: [Entity], scanner: NameScanner) {
        var scanner = NameScanner(text: text, lexicon: Lexicon.sharedReference)
        if tracing { scanner.trace = [] }
        let candidates = scanner.run().filter { $0.evidence == .lexicon || !scanner.suppressedKeys.contains($0.key) }
        var entities = EntityResolver(text: text, tokens: scanner.tokens).resolve(candidates)
        HeadShortForms(text: text, lexicon: Lexicon.shared).apply(to: &entities)
        LegalFormShortForms(text: text).apply(to: &entities)
        WaterShortForms(lexicon: Lexicon.shared).apply(to: &entities)
        OutletTitles(text: text).apply(to: &entities)
        if !placingLocations {
            if entities.contains(where: { $0.type == .organization }) {
                GeoResolver(gazetteer: Gazetteer.shared).locateOrganizations(&entities)
            }
        } else if entities.contains(where: { $0.type != .person }) {
            let tokens = scanner.tokens
            let sentences = SentenceIndex(startingAt: scanner.sentenceStarts.map { text.originalRange(of: tokens[$0].range).lowerBound })
            GeoResolver(gazetteer: Gazetteer.shared).locate(&entities, sentences: sentences, original: text.originalScalars,
                                                            demonymCountries: { scanner.demonymCountries() })
        }
        EntityIdentity.assign(&entities, lexicon: Lexicon.shared)
        return (entities, scanner)
    }
}
