import Testing
import Foundation
import WirefleetExtraction

// MARK: - Throughput (opt-in)

/// Articles per second on one core. Opt-in, for release builds:
/// `WIREFLEET_BENCH=1 swift test -c release --filter QuoteThroughputTests`.
/// Prints figures; asserts nothing about time.
@Suite struct QuoteThroughputTests {
    static let article = """
    Flood defences fail as river bursts its banks

    Residents of the town were evacuated overnight after the river rose by more than two metres.

    "We had about twenty minutes to get out," said Moira Grant, who has lived on Bridge Street for decades. \
    "The water came through the back door first, then the floorboards started lifting."

    Agency spokesman Colin Reid said the warnings had been issued "as early as the forecasts allowed".

    "Nobody could have predicted rainfall on this scale," he told the BBC. "We are reviewing every gauge."

    The council's chief executive, Alison Murray, said emergency shelters had been opened in two schools.

    "Our priority tonight is making sure nobody sleeps in a cold building," she said, adding that \
    volunteers were "working flat out" across the region.
    """

    @Test func articlesPerSecond() {
        guard ProcessInfo.processInfo.environment["WIREFLEET_BENCH"] == "1" else { return }
        let body = Self.article
        let n = 20_000
        let text = NormalizedText(body)
        let entities = EntityTagger().tag(text)
        let extractor = QuoteExtractor()
        var count = 0
        let clock = ContinuousClock()
        let quotesOnly = clock.measure {
            for _ in 0..<n { count &+= extractor.extract(text, entities: entities).count }
        }
        let full = clock.measure {
            for _ in 0..<n {
                let t = NormalizedText(body)
                count &+= extractor.extract(t, entities: EntityTagger().tag(t)).count
            }
        }
        func rate(_ d: Duration) -> Int {
            let s = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            return Int(Double(n) / s)
        }
        print("QuoteThroughput: \(body.unicodeScalars.count) scalars/article; quotes only \(rate(quotesOnly)) articles/s; " +
              "normalize+tag+quotes \(rate(full)) articles/s (checksum \(count))")
    }
}
