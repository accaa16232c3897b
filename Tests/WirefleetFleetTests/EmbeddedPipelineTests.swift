import Testing
import WirefleetExtraction
import WirefleetFleet

/// The embedded mode runs the same stages and merge as the fleet.
@Suite struct EmbeddedPipelineTests {
    @Test func theMergeCarriesEveryKind() {
        let body = "“We are ready for the storm tonight,” Mayor Jane Porter said on Monday, as 300 volunteers gathered in Springfield."
        let article = Article(plainText: body)
        let stage = EnrichmentStage(kind: .quotes)
        let e = stage.process(article, source: SourcePosition(topic: "t", partition: 0, offset: 0))
        #expect(e.quotes?.count == 1)
        let merged = EmbeddedPipeline().enrich(article)
        #expect(merged.complete)
        #expect(merged.quotes.count == 1)
        #expect(merged.quotes.first?.speaker == "Jane Porter")
        #expect(merged.entities.contains { $0.text == "Jane Porter" })
        #expect(merged.numbers.contains { $0.kind == "count" })
    }
}

/// The assembler splices raw JSON; its output must equal the typed merge's encoding.
@Suite struct RawAssemblyTests {
    @Test func splicedMergeEqualsTheTypedMergeByteForByte() throws {
        let codec = RecordCodec()
        let body = "“Prices rose by 4% in May,” said Anna Berg of the Riksbank in Stockholm, citing 3 “unusual” factors."
        let article = Article(id: "a\"1\\é", body: body, title: "Prices “up”")
        var typed = ArticleAssembly(articleID: article.id)
        var raw = RawArticleAssembly()
        for kind in EnrichmentKind.allCases {
            let e = EnrichmentStage(kind: kind).process(article, source: SourcePosition(topic: "t", partition: 0, offset: 7))
            typed.add(e)
            raw.add(try RawEnrichment(try codec.encode(e)))
            if kind == .entities {
                #expect(raw.merged() == (try codec.encode(typed.merged())), "incomplete merges differ")
            }
        }
        #expect(raw.isComplete)
        #expect(raw.merged() == (try codec.encode(typed.merged())))
        let decoded = try codec.decode(EnrichedArticle.self, from: raw.merged())
        #expect(decoded.articleID == article.id && decoded.title == article.title && decoded.complete)
    }

    @Test func malformedEnrichmentsAreRejectedWithAReason() {
        #expect(throws: RecordError.self) { try RawEnrichment(Array("{".utf8)) }
        #expect(throws: RecordError.self) { try RawEnrichment(Array(#"{"schema":"wirefleet.enrichment/1","kind":"entities"}"#.utf8)) }
        #expect(throws: RecordError.self) { try RawEnrichment(Array(#"{"schema":"x","article_id":"a","kind":"entities","stage":{}}"#.utf8)) }
        #expect(throws: RecordError.self) { try RawEnrichment(Array((String(repeating: "[", count: 600) + String(repeating: "]", count: 600)).utf8)) }
        #expect(throws: RecordError.self) { try RawEnrichment([0x7B, 0xFF, 0x7D]) }
    }
}
