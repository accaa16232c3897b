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

    First Minister Ruth Campbell visited the town on Saturday and described the damage as "heartbreaking \
    for the whole community". The government said repair grants would be paid within a month.

    "Nobody will be left to pay for this alone," Campbell said.
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
        // The seed articles, when present: real text, real sizes.
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("../shared/eval/docs")
        let seeds = ((try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []).sorted()
            .compactMap { try? String(contentsOf: docs.appendingPathComponent($0), encoding: .utf8) }
        var seedScalars = 0
        let seedRounds = seeds.isEmpty ? 0 : n / seeds.count
        let seedFull = clock.measure {
            for _ in 0..<seedRounds {
                for body in seeds {
                    let t = NormalizedText(body)
                    count &+= extractor.extract(t, entities: EntityTagger().tag(t)).count
                }
            }
        }
        for body in seeds { seedScalars += body.unicodeScalars.count }
        let prepared = seeds.map { body -> (NormalizedText, [Entity]) in
            let t = NormalizedText(body)
            return (t, EntityTagger().tag(t))
        }
        let seedQuotes = clock.measure {
            for _ in 0..<seedRounds { for (t, e) in prepared { count &+= extractor.extract(t, entities: e).count } }
        }
        func rate(_ d: Duration) -> Int {
            let s = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            return Int(Double(n) / s)
        }
        print("QuoteThroughput: \(body.unicodeScalars.count) scalars/article; quotes only \(rate(quotesOnly)) articles/s; " +
              "normalize+tag+quotes \(rate(full)) articles/s; seeds (mean \(seeds.isEmpty ? 0 : seedScalars / seeds.count) " +
              "scalars) quotes only \(rate(seedQuotes) * seedRounds * max(1, seeds.count) / n), " +
              "normalize+tag+quotes \(rate(seedFull) * seedRounds * max(1, seeds.count) / n) articles/s (checksum \(count))")
    }
}
