import Testing
import WirefleetExtraction

/// One cluster per statement across articles, computed from each article alone.
@Suite struct QuoteClusterTests {
    private func quotes(_ body: String) -> [Quote] { Extractor().quotes(in: body) }

    @Test func aRewordedReportSharesTheCluster() throws {
        let a = try #require(quotes("“No country should be forced to choose between heating and eating this winter,” Minister Adaeze Okafor said.").first)
        let b = try #require(quotes("Adaeze Okafor said: “No country should ever be forced to choose between heating and eating, this winter.”").first)
        #expect(a.cluster != nil)
        #expect(a.cluster == b.cluster)
    }

    @Test func differentStatementsOfOneSpeakerDiffer() throws {
        let body = """
        “No country should be forced to choose between heating and eating this winter,” Adaeze Okafor said.

        “The pipeline will be finished by the spring, whatever the weather,” Okafor added.
        """
        let qs = quotes(body)
        #expect(qs.count == 2)
        #expect(qs[0].cluster != qs[1].cluster)
        #expect(qs[0].speakerID != nil && qs[0].speakerID == qs[1].speakerID)
    }

    @Test func aFragmentRepeatedInTheArticleJoinsItsStatement() throws {
        let body = """
        Adaeze Okafor called the blockade “cynical and dangerous.”

        “This blockade is cynical and dangerous, and it will not break our resolve,” Okafor told reporters.
        """
        let qs = quotes(body)
        #expect(qs.count == 2)
        #expect(qs[0].cluster == qs[1].cluster)
    }
}
