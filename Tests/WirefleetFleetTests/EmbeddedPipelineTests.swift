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
