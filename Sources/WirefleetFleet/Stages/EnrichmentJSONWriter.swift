internal import WirefleetExtraction

/// Writes an ``Enrichment`` as the same bytes `JSONEncoder` gives with sorted keys and
/// unescaped slashes (``RecordCodec``), without going through `Encodable`: one pass
/// appending to a byte buffer. The workers encode one enrichment per article, and the
/// generic encoder was about a quarter of a worker's CPU.
///
/// Keys are written in sorted order by hand, optionals are left out when nil (as the
/// synthesized `Encodable` does), `NumberMention.unit`/`approx` are written as explicit
/// nulls (as its own `encode(to:)` does). A non-finite number (which `JSONEncoder`
/// refuses) makes it return nil and the caller uses `JSONEncoder`, error included;
/// tests compare both byte for byte.
public enum EnrichmentJSONWriter {
    /// The record's JSON, or nil when it holds a value only `JSONEncoder` should write.
    public static func encode(_ e: Enrichment) -> [UInt8]? {
        var w = Writer()
        _ = write(e, to: &w)
        return w.failed ? nil : w.out
    }

    /// The record as ``RawEnrichment`` reads it — the same bytes as ``encode(_:)``, and for
    /// a record ``RawEnrichment/init(_:)`` accepts the same value as scanning them — with
    /// the spliced members' places taken while writing instead of scanning the bytes again
    /// (the embedded mode's merge). It checks nothing: the caller's record is its own
    /// (an empty article id or another schema is not refused). Nil when ``encode(_:)`` is.
    public static func encodeRaw(_ e: Enrichment) -> RawEnrichment? {
        var w = Writer()
        let places = write(e, to: &w)
        guard !w.failed else { return nil }
        let bytes = w.out
        return RawEnrichment(bytes: bytes, articleID: e.articleID, articleIDJSON: bytes[places.articleID],
                             kind: e.kind, stageJSON: bytes[places.stage],
                             titleJSON: places.title.map { bytes[$0] },
                             itemsJSON: places.items.map { bytes[$0] } ?? ArraySlice(Array("[]".utf8)),
                             generation: ArticleGeneration(partition: e.source.partition, offset: e.source.offset),
                             sourceTopic: e.source.topic)
    }

    /// Where ``write(_:to:)`` put the members the merge splices.
    private struct Places {
        var articleID: Range<Int>
        var stage: Range<Int>
        var title: Range<Int>?
        /// The array named after the record's kind, if written.
        var items: Range<Int>?
    }

    /// Writes the record, keys in sorted order, and says where the spliced members are.
    private static func write(_ e: Enrichment, to w: inout Writer) -> Places {
        w.out.reserveCapacity(1024)
        w.byte(0x7B) // {
        w.key("article_id", first: true)
        let idStart = w.out.count
        w.string(e.articleID)
        var places = Places(articleID: idStart..<w.out.count, stage: 0..<0)
        func items(_ kind: EnrichmentKind, _ write: (inout Writer) -> Void) {
            let start = w.out.count
            write(&w)
            if kind == e.kind { places.items = start..<w.out.count }
        }
        if let entities = e.entities {
            w.key("entities")
            items(.entities) { $0.array(entities) { w, entity in w.entity(entity) } }
        }
        w.key("kind"); w.string(e.kind.rawValue)
        if let numbers = e.numbers {
            w.key("numbers")
            items(.numbers) { $0.array(numbers) { w, n in w.number(n) } }
        }
        w.key("processed_at"); w.string(e.processedAt)
        if let quotes = e.quotes {
            w.key("quotes")
            items(.quotes) { $0.array(quotes) { w, q in w.quote(q) } }
        }
        w.key("schema"); w.string(e.schema)
        w.key("source")
        w.byte(0x7B)
        w.key("offset", first: true); w.integer(e.source.offset)
        w.key("partition"); w.integer(Int64(e.source.partition))
        w.key("topic"); w.string(e.source.topic)
        w.byte(0x7D)
        w.key("stage")
        let stageStart = w.out.count
        w.byte(0x7B)
        w.key("name", first: true); w.string(e.stage.name)
        w.key("version"); w.string(e.stage.version)
        w.byte(0x7D)
        places.stage = stageStart..<w.out.count
        if let title = e.title {
            w.key("title")
            let start = w.out.count
            w.string(title)
            places.title = start..<w.out.count
        }
        w.byte(0x7D) // }
        return places
    }

    /// A place's JSON object as ``encode(_:)`` writes it in an entity; nil for a
    /// non-finite coordinate.
    static func encodeGeo(_ g: GeoLocation) -> [UInt8]? {
        var w = Writer()
        w.geo(g)
        return w.failed ? nil : w.out
    }

    /// A JSON string token for `s`, escaped as ``encode(_:)`` escapes strings.
    static func stringToken(_ s: String) -> [UInt8] {
        var w = Writer()
        w.string(s)
        return w.out
    }

    private struct Writer {
        static let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        var failed = false

        @inline(__always)
        mutating func byte(_ b: UInt8) { out.append(b) }

        mutating func key(_ k: StaticString, first: Bool = false) {
            if !first { out.append(0x2C) } // ,
            out.append(0x22)
            k.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(0x22)
            out.append(0x3A) // :
        }

        mutating func array<T>(_ items: [T], _ element: (inout Writer, T) -> Void) {
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                element(&self, item)
            }
            out.append(0x5D)
        }

        mutating func integer(_ v: Int64) { out.append(contentsOf: String(v).utf8) }

        mutating func integer(_ v: Int) { integer(Int64(v)) }

        /// A JSON string as swift-foundation writes it: `"` and `\` escaped, control
        /// characters as `\b \t \n \f \r` or `\u00xx`, everything else (slashes included,
        /// with `.withoutEscapingSlashes`) as raw UTF-8.
        mutating func string(_ s: String) {
            out.append(0x22)
            var s = s
            s.withUTF8 { utf8 in
                var runStart = 0
                for (i, b) in utf8.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                    runStart = i + 1
                    switch b {
                    case 0x22: out.append(0x5C); out.append(0x22)
                    case 0x5C: out.append(0x5C); out.append(0x5C)
                    case 0x08: out.append(0x5C); out.append(0x62)
                    case 0x09: out.append(0x5C); out.append(0x74)
                    case 0x0A: out.append(0x5C); out.append(0x6E)
                    case 0x0C: out.append(0x5C); out.append(0x66)
                    case 0x0D: out.append(0x5C); out.append(0x72)
                    default:
                        out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0x0F)]])
                    }
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            }
            out.append(0x22)
        }

        /// A finite number as JSONEncoder writes it (the shortest round-trip form, "3.3",
        /// "1.5e+20", without a trailing ".0"); a non-finite one it refuses.
        mutating func double(_ d: Double) {
            guard d.isFinite else { failed = true; return }
            var text = d.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            out.append(contentsOf: text.utf8)
        }

        mutating func optionalString(_ s: String?) {
            if let s { string(s) } else { out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) } // null
        }

        mutating func mention(_ m: Mention) {
            out.append(0x7B)
            key("end", first: true); integer(m.end)
            key("start"); integer(m.start)
            key("text"); string(m.text)
            out.append(0x7D)
        }

        mutating func entity(_ e: Entity) {
            out.append(0x7B)
            key("aliases", first: true)
            array(e.aliases) { w, a in w.string(a) }
            if let g = e.geo { key("geo"); geo(g) }
            if let id = e.id { key("id"); string(id) }
            key("mentions")
            array(e.mentions) { w, m in w.mention(m) }
            key("text"); string(e.text)
            key("type"); string(e.type.rawValue)
            out.append(0x7D)
        }

        mutating func geo(_ g: GeoLocation) {
            out.append(0x7B)
            var first = true
            if let a = g.admin1 { key("admin1", first: true); string(a); first = false }
            key("country", first: first); string(g.country)
            if let id = g.geonamesID { key("geonames_id"); integer(id) }
            key("kind"); string(g.kind.rawValue)
            if let lat = g.lat { key("lat"); double(lat) }
            if let lon = g.lon { key("lon"); double(lon) }
            out.append(0x7D)
        }

        mutating func quote(_ q: Quote) {
            out.append(0x7B)
            var first = true
            if let c = q.cluster { key("cluster", first: true); string(c); first = false }
            if let cue = q.cue { key("cue", first: first); string(cue); first = false }
            key("end", first: first); integer(q.end)
            if let speaker = q.speaker { key("speaker"); string(speaker) }
            if let id = q.speakerID { key("speaker_id"); string(id) }
            if let m = q.speakerMention { key("speaker_mention"); mention(m) }
            key("start"); integer(q.start)
            key("text"); string(q.text)
            out.append(0x7D)
        }

        mutating func number(_ n: NumberMention) {
            out.append(0x7B)
            key("approx", first: true); optionalString(n.approx)
            key("end"); integer(n.end)
            key("kind"); string(n.kind)
            key("start"); integer(n.start)
            key("text"); string(n.text)
            key("unit"); optionalString(n.unit)
            key("value")
            switch n.value {
            case .number(let d):
                // NumberValue writes whole numbers below 9e15 as integers.
                if d == d.rounded(), abs(d) < 9.0e15 {
                    integer(Int64(d))
                } else {
                    double(d)
                }
            case .string(let s):
                string(s)
            }
            out.append(0x7D)
        }
    }
}
