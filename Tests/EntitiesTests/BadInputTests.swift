import Testing
import WirefleetEntities
import WirefleetText

/// Hostile input completes (linear scan, capped name spans) and does not crash.
@Suite struct BadInputTests {
    @Test func emptyAndLetterlessInputs() {
        #expect(EntityTagger().tag(NormalizedText("")).isEmpty)
        #expect(EntityTagger().tag(NormalizedText("12, 34 -- !!! ... ???\n\n\n")).isEmpty)
        _ = EntityTagger().tag(NormalizedText("\u{FFFD}\u{FFFD}\u{FFFD} Ab\u{FFFD}cd \u{FFFD}"))
    }

    @Test func hundredThousandCapitalisedWordsInARow() {
        let body = String(repeating: "Alpha Bravo Charlie Delta Echo ", count: 20_000)
        let entities = EntityTagger().tag(NormalizedText(body))
        for entity in entities {
            #expect(entity.text.split(separator: " ").count <= 8)
        }
    }

    @Test func fiveMegabytesOfText() {
        let paragraph = "Officials in Warsaw said President Anna Kowal met NATO envoys on Monday. "
        let body = String(repeating: paragraph, count: 5_000_000 / paragraph.utf8.count + 1)
        let entities = EntityTagger().tag(NormalizedText(body))
        #expect(entities.contains { $0.text == "Warsaw" })
    }
}
