/// One article's assembly state as the assembler keeps it on its changelog topic
/// (`wirefleet.assembly/1`, key: the article id, compacted: the latest record per
/// article is the state).
///
/// ```json
/// {"article_id":"…","dead_lettered":false,"generation":{"offset":41,"partition":2},
///  "last_record":"incomplete","parts":[<enrichment>,<enrichment>],
///  "schema":"wirefleet.assembly/1","waiting_since":1765000000000}
/// ```
///
/// `last_record` is what `articles.complete` holds for the article (`none`,
/// `incomplete`, `complete`); `parts` are the enrichments of `generation` gathered
/// while the article is not complete for that generation (embedded as they were
/// consumed), so a part arriving after a restart completes it; `waiting_since` is when
/// they started waiting (wall clock, ms), for the assembly timeout.
public struct AssemblyRecord: Sendable {
    public static let schemaName = "wirefleet.assembly/1"

    /// What the article's last record on `articles.complete` is.
    public enum LastRecord: String, Sendable {
        case none, incomplete, complete
    }

    public var articleID: String
    public var lastRecord: LastRecord
    public var generation: ArticleGeneration?
    public var parts: [RawEnrichment]
    public var waitingSinceMilliseconds: Int64?
    public var deadLettered: Bool

    public init(articleID: String, lastRecord: LastRecord, generation: ArticleGeneration?, parts: [RawEnrichment] = [],
                waitingSinceMilliseconds: Int64? = nil, deadLettered: Bool = false) {
        self.articleID = articleID
        self.lastRecord = lastRecord
        self.generation = generation
        self.parts = parts
        self.waitingSinceMilliseconds = waitingSinceMilliseconds
        self.deadLettered = deadLettered
    }

    /// The record's JSON (keys sorted).
    public func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(128 + parts.map(\.bytes.count).reduce(0, +))
        func key(_ k: String, first: Bool = false) {
            if !first { out.append(0x2C) }
            out.append(0x22); out += k.utf8; out += [0x22, 0x3A]
        }
        out.append(0x7B)
        key("article_id", first: true); out += EnrichmentJSONWriter.stringToken(articleID)
        if deadLettered { key("dead_lettered"); out += "true".utf8 }
        if let g = generation {
            key("generation"); out += "{\"offset\":\(g.offset),\"partition\":\(g.partition)}".utf8
        }
        key("last_record"); out += EnrichmentJSONWriter.stringToken(lastRecord.rawValue)
        if !parts.isEmpty {
            key("parts"); out.append(0x5B)
            for (i, p) in parts.enumerated() {
                if i > 0 { out.append(0x2C) }
                out += p.bytes
            }
            out.append(0x5D)
        }
        key("schema"); out += EnrichmentJSONWriter.stringToken(Self.schemaName)
        if let w = waitingSinceMilliseconds { key("waiting_since"); out += String(w).utf8 }
        out.append(0x7D)
        return out
    }

    /// Reads a changelog record; throws a ``RecordError`` saying what is wrong.
    public init(decoding bytes: [UInt8]) throws(RecordError) {
        let scan = try JSONObjectScanner(bytes)
        guard try scan.string("schema", in: bytes) == Self.schemaName else {
            throw RecordError(reason: .invalidField, detail: "\"schema\" is not \(Self.schemaName)")
        }
        guard let id = try scan.string("article_id", in: bytes), !id.isEmpty else {
            throw RecordError(reason: .missingField, detail: "missing field \"article_id\"")
        }
        guard let lastName = try scan.string("last_record", in: bytes), let last = LastRecord(rawValue: lastName) else {
            throw RecordError(reason: .invalidField, detail: "\"last_record\" must be none, incomplete or complete")
        }
        var generation: ArticleGeneration?
        if let r = scan.members["generation"], bytes[r.lowerBound] == UInt8(ascii: "{") {
            let g = Array(bytes[r])
            let inner = try JSONObjectScanner(g)
            guard let p = try inner.integer("partition", in: g), let o = try inner.integer("offset", in: g),
                  let partition = Int32(exactly: p) else {
                throw RecordError(reason: .invalidField, detail: "\"generation\" needs partition and offset")
            }
            generation = ArticleGeneration(partition: partition, offset: o)
        }
        var parts: [RawEnrichment] = []
        if let r = scan.members["parts"], bytes[r.lowerBound] == UInt8(ascii: "[") {
            for element in try JSONObjectScanner.elements(ofArrayAt: r, in: bytes) {
                parts.append(try RawEnrichment(Array(bytes[element])))
            }
        }
        var deadLettered = false
        if let r = scan.members["dead_lettered"] { deadLettered = bytes[r.lowerBound] == UInt8(ascii: "t") }
        self.init(articleID: id, lastRecord: last, generation: generation, parts: parts,
                  waitingSinceMilliseconds: try scan.integer("waiting_since", in: bytes), deadLettered: deadLettered)
    }
}
