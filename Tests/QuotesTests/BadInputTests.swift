import Testing
import WirefleetExtraction

// MARK: - Bad input

/// Hostile or broken input must finish (linear time) and never crash. No timing
/// asserts: throughput is measured separately in a release build.
@Suite struct BadInputTests {
    @Test func emptyAndBlankBodies() {
        #expect(quotes("").isEmpty)
        #expect(quotes("\n\n\n").isEmpty)
        #expect(quotes("“").isEmpty)
        #expect(quotes("”").isEmpty)
        #expect(quotes("'\"'\"").isEmpty)
    }

    @Test func manyMarksWithNoText() {
        let body = String(repeating: "“", count: 50_000) + String(repeating: "\"", count: 50_000)
        #expect(quotes(body, [person("Anna Berg")]).isEmpty)
        let mixed = String(repeating: "“”‘’«»„\"' ", count: 10_000)
        #expect(quotes(mixed).isEmpty)
    }

    @Test func hugeArticleWithOneUnclosedQuote() {
        let sentence = "The committee met again on Thursday and discussed the harbour budget at length. "
        var body = "Mayor Ana Torres said: “We will not accept these cuts. "
        body += String(repeating: sentence, count: 5_000_000 / sentence.count)
        let q = quotes(body, [person("Ana Torres")])
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Ana Torres")
    }

    @Test func unclosedQuoteDoesNotSwallowLaterParagraphs() {
        var body = "Mayor Ana Torres said: “We will not accept these cuts.\n\n"
        for i in 0..<2_000 { body += "Paragraph \(i) says nothing quotable at all.\n\n" }
        body += "“This quote is properly closed at the end,” Torres said."
        let q = quotes(body, [person("Ana Torres", "Torres")])
        #expect(q.count == 2)
        #expect(q.last?.text == "This quote is properly closed at the end,")
    }

    @Test func alternatingMarkStyles() {
        let styles = ["“", "”", "„", "«", "»", "‹", "›", "‘", "’", "\"", "'"]
        var body = ""
        for i in 0..<60_000 { body += styles[i % styles.count] + "word number \(i) here " }
        let q = quotes(body, [person("Ana Torres")])
        let length = body.unicodeScalars.count
        #expect(q.allSatisfy { $0.start <= $0.end && $0.end <= length })
    }

    @Test func combiningMarksAndControlCharacters() {
        let body = "“Cafe\u{301} owners say the ru\u{0000}les are unfair\u{200B} to them,” said Ana Torres.\u{0007}"
        let q = quotes(body, [person("Ana Torres")])
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Ana Torres")
    }

    @Test func manySpeakersAndQuotes() {
        var body = ""
        var entities: [Entity] = []
        for i in 0..<3_000 {
            entities.append(person("Person\(i) Surname\(i)"))
            body += "“Quote number \(i) has enough words,” Surname\(i) said.\n\n"
        }
        let q = quotes(body, entities)
        #expect(q.count == 3_000)
        #expect(q.last?.speaker == "Person2999 Surname2999")
    }

    @Test func manyRolePhrasesAndPronouns() {
        var body = ""
        var entities: [Entity] = []
        for i in 0..<2_000 {
            entities.append(person("Person\(i) Surname\(i)"))
            body += "Surname\(i), the deputy minister, spoke. “Quote \(i) has enough words,” the deputy minister said. "
            body += "“And another one here,” he added. “A third from them,” they said.\n"
        }
        let q = quotes(body, entities)
        #expect(q.count == 6_000)
    }
}
