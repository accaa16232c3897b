import Testing
import WirefleetNumbers
import WirefleetText

/// Hostile input: everything must finish (linear scan), not crash, and keep values finite.
@Suite struct BadInputTests {
    @Test func millionDigits() {
        let ms = numbers(String(repeating: "7", count: 1_000_000))
        #expect(ms.isEmpty)
    }

    @Test func manySeparators() {
        let ms = numbers(String(repeating: "1,", count: 100_000) + "1 people")
        #expect(ms.allSatisfy { $0.value.double?.isFinite ?? true })
    }

    @Test func hugeExponentAndScales() {
        let ms = numbers("1e999999 and a million billion trillion trillion trillion dollars, 999999999999999999999999999999 trillion")
        #expect(ms.allSatisfy { $0.value.double?.isFinite ?? true })
    }

    @Test func longNumberWordChain() {
        let text = String(repeating: "one two three hundred and ", count: 20_000)
        let ms = numbers(text)
        #expect(ms.allSatisfy { $0.value.double?.isFinite ?? true })
    }

    @Test func manyGroupedSpaces() {
        let ms = numbers(String(repeating: "100 000 ", count: 50_000) + String(repeating: "\u{00A0}000", count: 50_000))
        #expect(ms.allSatisfy { $0.value.double?.isFinite ?? true })
    }

    @Test func punctuationAndDashes() {
        let text = String(repeating: "-$%,.:-–—'’\"()", count: 20_000) + String(repeating: "May ", count: 10_000)
        _ = numbers(text)
        _ = numbers("")
        _ = numbers("1")
        _ = numbers("$")
        _ = numbers("a couple of")
        _ = numbers("twenty-")
        _ = numbers("August")
        _ = numbers("3:")
        _ = numbers("-")
        _ = numbers("\u{200B}12\u{200B},\u{200B}000")
    }

    @Test func mixedScriptsAndEmoji() {
        let ms = numbers("Было 5 танков 🚀🚀 and ٣ plus ５０ people and 12\u{0301}3 items")
        #expect(ms.allSatisfy { $0.start <= $0.end })
    }

    @Test func longCodeChainsAndLeadingZeros() {
        let chains = String(repeating: "555-1234-", count: 50_000) + String(repeating: "007 ", count: 50_000)
        #expect(numbers(chains).isEmpty)
        let tallies = String(repeating: "the total of 5 people to 7, of whom 3 were killing 4 and ", count: 10_000)
        #expect(numbers(tallies).allSatisfy { $0.start <= $0.end })
    }
}
