import Foundation
import Testing
import WirefleetExtraction
import WirefleetFleet

/// The direct enrichment writer gives exactly the bytes of `JSONEncoder` (sorted keys,
/// unescaped slashes), so records from workers of either version are equal bytes.
@Suite struct EnrichmentJSONWriterTests {
    static func foundationBytes(_ e: Enrichment) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(e))
    }

    static let source = SourcePosition(topic: "articles.raw", partition: 3, offset: 1_234_567)

    @Test func seedEnrichmentsAreByteIdentical() throws {
        let articles = try FleetHarness.seedArticles()
        #expect(articles.count >= 5)
        var written = 0
        for article in articles {
            // Whole articles and every prefix at paragraph ends: many different shapes.
            let paragraphs = article.body.components(separatedBy: "\n\n")
            for end in 1...paragraphs.count {
                var a = article
                a.body = paragraphs[0..<end].joined(separator: "\n\n")
                for kind in EnrichmentKind.allCases {
                    let e = EnrichmentStage(kind: kind).process(a, source: Self.source)
                    let direct = try #require(EnrichmentJSONWriter.encode(e), "\(kind) of \(a.id) fell back")
                    #expect(direct == (try Self.foundationBytes(e)), "\(kind) of \(a.id), \(end) paragraphs")
                    // The raw form the embedded merge takes: the same value as scanning the bytes.
                    #expect(EnrichmentJSONWriter.encodeRaw(e) == (try RawEnrichment(direct)), "\(kind) of \(a.id), \(end) paragraphs")
                    written += 1
                }
            }
        }
        #expect(written > 50)
    }

    @Test func awkwardStringsAreEscapedAlike() throws {
        let awkward = [
            "", "plain", "quote \" and backslash \\ and slash /", "tab\tnew\nline\rform\u{0C}back\u{08}",
            "controls \u{00}\u{01}\u{1F}\u{7F}", "unicode „Zitat“ «cité» — ‘x’ 🚀 \u{2028}\u{2029} \u{FEFF}",
            "Cyrillic look-alikes: Nаtо", "</script>",
        ]
        for s in awkward {
            let e = Enrichment(
                articleID: s, kind: .quotes, stage: StageInfo(name: s, version: "1.0/β"), source: Self.source,
                processedAt: s, title: s,
                entities: [Entity(text: s, type: .person, aliases: [s, s + "x"], mentions: [Mention(start: 0, end: 5, text: s)])],
                quotes: [Quote(text: s, start: 1, end: 2, speaker: s, speakerMention: Mention(start: 3, end: 4, text: s), cue: s),
                         Quote(text: s, start: 1, end: 2)],
                numbers: [NumberMention(text: s, start: 0, end: 1, value: .string(s), kind: "quantity", unit: s, approx: nil)])
            let direct = try #require(EnrichmentJSONWriter.encode(e))
            #expect(direct == (try Self.foundationBytes(e)), "\(s.debugDescription)")
            if !s.isEmpty {   // an empty article id is a record the assembler refuses
                for kind in EnrichmentKind.allCases {
                    var k = e
                    k.kind = kind
                    k.schema = Enrichment.schemaName
                    let raw = try #require(EnrichmentJSONWriter.encodeRaw(k))
                    #expect(raw == (try RawEnrichment(#require(EnrichmentJSONWriter.encode(k)))), "\(kind) \(s.debugDescription)")
                    #expect(raw == (try RecordCodec().encodeRaw(k)))
                }
            }
        }
    }

    @Test func numbersAreWrittenAlikeOrLeftToJSONEncoder() throws {
        let values: [Double] = [0, -0.0, 1, -1, 7, 1_000_000, 2.0e9, -3.5e12, 8.99e15, 9.5e15, 1e300, 2.5, 0.1, -0.75,
                                .infinity, .nan, Double(Int64.max)]
        for v in values {
            let e = Enrichment(articleID: "a", kind: .numbers, stage: StageInfo(name: "numbers", version: "1"),
                               source: Self.source, processedAt: "t",
                               numbers: [NumberMention(text: "x", start: 0, end: 1, value: .number(v), kind: "quantity")])
            let codec = RecordCodec()
            if let direct = EnrichmentJSONWriter.encode(e) {
                #expect(v.isFinite, "\(v) should have been left to JSONEncoder")
                #expect(direct == (try Self.foundationBytes(e)), "\(v)")
            } else {
                #expect(!v.isFinite, "\(v) fell back")
                // The codec falls back to JSONEncoder: same bytes, or the same error.
                let viaCodec = try? codec.encode(e)
                let viaFoundation = try? Self.foundationBytes(e)
                #expect(viaCodec == viaFoundation, "\(v)")
                // So does the raw form the embedded merge takes: no part for a value JSON cannot hold.
                #expect(EnrichmentJSONWriter.encodeRaw(e) == nil)
                #expect((try? codec.encodeRaw(e)) == nil, "\(v)")
            }
        }
    }

    @Test func randomNumbersAreWrittenAlike() throws {
        var rng = SystemRandomNumberGenerator()
        var numbers: [NumberMention] = []
        for i in 0..<5000 {
            var v = Double.random(in: 1..<10, using: &rng) * pow(10, Double(Int.random(in: -12...22, using: &rng)))
            if i % 2 == 0 { v = (v * 100).rounded() / 100 }
            if i % 3 == 0 { v = -v }
            numbers.append(NumberMention(text: "x", start: i, end: i + 1, value: .number(v), kind: "quantity"))
        }
        let e = Enrichment(articleID: "a", kind: .numbers, stage: StageInfo(name: "numbers", version: "1"),
                           source: Self.source, processedAt: "t", numbers: numbers)
        #expect(EnrichmentJSONWriter.encode(e) == (try Self.foundationBytes(e)))
    }

    @Test func emptyAndAbsentListsDiffer() throws {
        for e in [
            Enrichment(articleID: "a", kind: .entities, stage: StageInfo(name: "e", version: "1"), source: Self.source, processedAt: "t"),
            Enrichment(articleID: "a", kind: .entities, stage: StageInfo(name: "e", version: "1"), source: Self.source, processedAt: "t",
                       entities: [], quotes: [], numbers: []),
        ] {
            #expect(EnrichmentJSONWriter.encode(e) == (try Self.foundationBytes(e)))
        }
    }
}
