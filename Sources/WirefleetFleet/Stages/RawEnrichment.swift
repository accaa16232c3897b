/// An enrichment as the assembler needs it: its identity, and its stage and items as
/// raw JSON to splice, found with ``JSONObjectScanner`` instead of decoding every item.
public struct RawEnrichment: Sendable, Hashable {
    /// The whole record, as consumed.
    public var bytes: [UInt8]
    public var articleID: String
    /// The `article_id` member as its JSON string token.
    public var articleIDJSON: ArraySlice<UInt8>
    public var kind: EnrichmentKind
    public var stageJSON: ArraySlice<UInt8>
    public var titleJSON: ArraySlice<UInt8>?
    public var itemsJSON: ArraySlice<UInt8>
    /// The publication of the article this part was made from (its `source`); nil for a
    /// record without one.
    public var generation: ArticleGeneration?
    /// The topic the article was read from (`source.topic`), if given.
    public var sourceTopic: String?

    /// The parts as given, for a writer that knows where it put them
    /// (``EnrichmentJSONWriter/encodeRaw(_:)``).
    init(bytes: [UInt8], articleID: String, articleIDJSON: ArraySlice<UInt8>, kind: EnrichmentKind,
         stageJSON: ArraySlice<UInt8>, titleJSON: ArraySlice<UInt8>?, itemsJSON: ArraySlice<UInt8>,
         generation: ArticleGeneration?, sourceTopic: String?) {
        self.bytes = bytes
        self.articleID = articleID
        self.articleIDJSON = articleIDJSON
        self.kind = kind
        self.stageJSON = stageJSON
        self.titleJSON = titleJSON
        self.itemsJSON = itemsJSON
        self.generation = generation
        self.sourceTopic = sourceTopic
    }

    /// Reads an `articles.enriched` record; throws a ``RecordError`` saying what is wrong.
    public init(_ bytes: [UInt8]) throws(RecordError) {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw RecordError(reason: .invalidUTF8, detail: "the record is not valid UTF-8")
        }
        let scan = try JSONObjectScanner(bytes)
        guard try scan.string("schema", in: bytes) == Enrichment.schemaName else {
            throw RecordError(reason: .invalidField, detail: "\"schema\" is not \(Enrichment.schemaName)")
        }
        guard let id = try scan.string("article_id", in: bytes), !id.isEmpty, let idJSON = scan.raw("article_id", in: bytes) else {
            throw RecordError(reason: .missingField, detail: "missing field \"article_id\"")
        }
        guard let kindName = try scan.string("kind", in: bytes), let kind = EnrichmentKind(rawValue: kindName) else {
            throw RecordError(reason: .invalidField, detail: "\"kind\" must be entities, quotes or numbers")
        }
        guard let stage = scan.raw("stage", in: bytes), stage.first == UInt8(ascii: "{") else {
            throw RecordError(reason: .missingField, detail: "missing field \"stage\"")
        }
        let items = scan.raw(kind.rawValue, in: bytes)
        guard items == nil || items?.first == UInt8(ascii: "[") || items?.first == UInt8(ascii: "n") else {
            throw RecordError(reason: .invalidField, detail: "\"\(kind.rawValue)\" is not an array")
        }
        var generation: ArticleGeneration?
        var sourceTopic: String?
        if let r = scan.members["source"], bytes[r.lowerBound] == UInt8(ascii: "{") {
            let source = Array(bytes[r])
            let inner = try JSONObjectScanner(source)
            if let p = try inner.integer("partition", in: source), let o = try inner.integer("offset", in: source),
               let partition = Int32(exactly: p) {
                generation = ArticleGeneration(partition: partition, offset: o)
            }
            sourceTopic = try inner.string("topic", in: source)
        }
        self.sourceTopic = sourceTopic
        self.bytes = bytes
        self.generation = generation
        articleID = id
        articleIDJSON = idJSON
        self.kind = kind
        stageJSON = stage
        titleJSON = scan.raw("title", in: bytes).flatMap { $0.first == UInt8(ascii: "\"") ? $0 : nil }
        itemsJSON = (items?.first == UInt8(ascii: "[")) ? items! : ArraySlice(Array("[]".utf8))
    }
}

/// The parts gathered for one article, merged by splicing their raw JSON into an
/// `EnrichedArticle` (keys sorted like ``RecordCodec``'s output; deterministic).
public struct RawArticleAssembly: Sendable {
    public private(set) var parts: [EnrichmentKind: RawEnrichment] = [:]

    public init() {}

    /// Adds a part; false if that kind was already there (a redelivery).
    @discardableResult
    public mutating func add(_ part: RawEnrichment) -> Bool {
        guard parts[part.kind] == nil else { return false }
        parts[part.kind] = part
        return true
    }

    public var isComplete: Bool { parts.count == EnrichmentKind.allCases.count }
    public var missing: [EnrichmentKind] { EnrichmentKind.allCases.filter { parts[$0] == nil } }

    /// The merged record's JSON.
    public func merged() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(parts.values.map(\.itemsJSON.count).reduce(256, +))
        func key(_ k: String) { out.append(UInt8(ascii: "\"")); out += k.utf8; out += Array("\":".utf8) }
        func items(_ kind: EnrichmentKind) { if let p = parts[kind] { out += p.itemsJSON } else { out += Array("[]".utf8) } }
        let first = EnrichmentKind.allCases.lazy.compactMap { self.parts[$0] }.first
        out.append(UInt8(ascii: "{"))
        key("article_id"); out += first?.articleIDJSON ?? ArraySlice(Array("\"\"".utf8)); out.append(0x2C)
        key("complete"); out += Array((isComplete ? "true" : "false").utf8); out.append(0x2C)
        key("entities"); items(.entities); out.append(0x2C)
        if !isComplete {
            key("missing")
            out += Array(("[" + missing.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]").utf8)
            out.append(0x2C)
        }
        key("numbers"); items(.numbers); out.append(0x2C)
        key("quotes"); items(.quotes); out.append(0x2C)
        key("schema"); out += Array("\"\(EnrichedArticle.schemaName)\"".utf8); out.append(0x2C)
        key("stages"); out.append(UInt8(ascii: "{"))
        var firstStage = true
        for kind in EnrichmentKind.allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard let p = parts[kind] else { continue }
            if !firstStage { out.append(0x2C) }
            firstStage = false
            key(kind.rawValue); out += p.stageJSON
        }
        out.append(UInt8(ascii: "}"))
        if let title = EnrichmentKind.allCases.lazy.compactMap({ self.parts[$0]?.titleJSON }).first {
            out.append(0x2C); key("title"); out += title
        }
        out.append(UInt8(ascii: "}"))
        return out
    }
}
