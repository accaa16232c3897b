import Foundation
import WirefleetExtraction
import WirefleetFleet

/// Articles/s of each extractor on one core over a folder of articles (`wirefleet bench
/// extract`): every measure checks its work by a checksum of what it extracted.
public struct ExtractBenchmark: Sendable {

    public var count: Int = 20_000

    public var truncate: Int = 0

    public var paths: [String] = ["seeds"]

    public init(paths: [String] = ["seeds"], count: Int = 20_000, truncate: Int = 0) {
        self.paths = paths; self.count = count; self.truncate = truncate
    }

    /// Runs the benchmark and prints its figures.
    public func run() async throws {
        let input = ArticleInput()
        var bodies: [String] = []
        for f in try input.files(for: paths) {
            for case .article(let a, _) in input.items(of: f) { bodies.append(Measure.cut(a.body, to: truncate)) }
        }
        guard !bodies.isEmpty else { throw BenchmarkError("no articles found in \(paths)") }
        let avg = bodies.map(\.unicodeScalars.count).reduce(0, +) / bodies.count
        print("bench extract: \(bodies.count) distinct articles, mean \(avg) characters, \(count) per extractor, one core")
        let extractor = Extractor()
        let clock = ContinuousClock()
        func measure(_ name: String, _ body: (String) -> Int) {
            var sink = 0
            for b in bodies { sink &+= body(b) } // warm-up
            let cpu0 = Measure.threadCPUSeconds()
            let t = clock.measure { for i in 0..<count { sink &+= body(bodies[i % bodies.count]) } }
            let cpu = Measure.threadCPUSeconds() - cpu0
            let s = Measure.seconds(t)
            let label = name.padding(toLength: 26, withPad: " ", startingAt: 0)
            // Wall-clock rate, and the rate per CPU-second of this thread: on a shared
            // machine the second is the steadier one (time other tenants take is not in it).
            print(label + String(format: " %10.0f articles/s  %10.0f per CPU-s  (%.2f s, checksum %d)",
                                     Double(count) / s, Double(count) / max(cpu, 1e-9), s, sink))
        }
        measure("hygiene (NormalizedText)") { NormalizedText($0).scalars.count }
        measure("entities") { extractor.entities(in: $0).count }
        measure("quotes (+ entity pass)") { extractor.quotes(in: $0).count }
        measure("numbers") { extractor.numbers(in: $0).count }
        measure("all three") { let r = extractor.all(in: $0); return r.entities.count + r.quotes.count + r.numbers.count }
        let codec = RecordCodec()
        let src = SourcePosition(topic: "t", partition: 0, offset: 0)
        let enrichments = EnrichmentKind.allCases.map { k in bodies.map { EnrichmentStage(kind: k).process(Article(plainText: $0), source: src) } }
        let encoded = enrichments.map { $0.map { (try? codec.encode($0)) ?? [] } }
        measure("JSON encode, 3 enrichments") { b in
            let i = bodies.firstIndex(of: b)!
            return enrichments.map { ((try? codec.encode($0[i])) ?? []).count }.reduce(0, +)
        }
        measure("assembler merge (spliced)") { b in
            let i = bodies.firstIndex(of: b)!
            var a = RawArticleAssembly()
            for e in encoded { if let r = try? RawEnrichment(e[i]) { a.add(r) } }
            return a.merged().count
        }
        measure("article JSON decode") { b in
            (try? codec.decode(Article.self, from: codec.encode(Article(plainText: b))))?.body.count ?? 0
        }
        if let rss = Measure.peakRSSMiB() { print(String(format: "  peak RSS %.1f MiB", rss)) }
    }
}
