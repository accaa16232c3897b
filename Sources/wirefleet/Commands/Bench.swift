import ArgumentParser
import Foundation
import Synchronization
import WirefleetExtraction
import WirefleetFleet
import WirefleetKafka

/// `wirefleet bench extract|kafka|fleet`: throughput figures (not tests; run them on a
/// quiet machine and repeat).
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks: extraction speed, the Kafka layer against kcat, the running fleet.",
        subcommands: [Extract.self, Kafka.self, Fleet.self])

    /// Peak resident set size of this process, in MiB (VmHWM).
    static func peakRSSMiB(pid: String = "self") -> Double? {
        guard let s = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb / 1024
        }
        return nil
    }

    /// Current resident set size of a process, in MiB (VmRSS).
    static func currentRSSMiB(pid: String) -> Double? {
        guard let s = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in s.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
        }
        return nil
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    // MARK: - extract

    struct Extract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Articles/s of each extractor on one core over a folder of articles.")

        @Option(name: .long, help: "Articles to process per extractor (the inputs are cycled).")
        var count: Int = 20_000

        @Argument(help: "Files or folders of articles (default: seeds/).")
        var paths: [String] = ["seeds"]

        func run() async throws {
            let input = ArticleInput()
            var bodies: [String] = []
            for f in try input.files(for: paths) {
                for case .article(let a, _) in input.items(of: f) { bodies.append(a.body) }
            }
            guard !bodies.isEmpty else { throw ValidationError("no articles found in \(paths)") }
            let avg = bodies.map(\.unicodeScalars.count).reduce(0, +) / bodies.count
            print("bench extract: \(bodies.count) distinct articles, mean \(avg) characters, \(count) per extractor, one core")
            let extractor = Extractor()
            let clock = ContinuousClock()
            func measure(_ name: String, _ body: (String) -> Int) {
                var sink = 0
                for b in bodies { sink &+= body(b) } // warm-up
                let t = clock.measure { for i in 0..<count { sink &+= body(bodies[i % bodies.count]) } }
                let s = Bench.seconds(t)
                print(String(format: "  %-26@ %10.0f articles/s  (%.2f s, checksum %d)", name as NSString, Double(count) / s, s, sink))
            }
            measure("hygiene (NormalizedText)") { NormalizedText($0).scalars.count }
            measure("entities") { extractor.entities(in: $0).count }
            measure("quotes (+ entity pass)") { extractor.quotes(in: $0).count }
            measure("numbers") { extractor.numbers(in: $0).count }
            measure("all three") { let r = extractor.all(in: $0); return r.entities.count + r.quotes.count + r.numbers.count }
            if let rss = Bench.peakRSSMiB() { print(String(format: "  peak RSS %.1f MiB", rss)) }
        }
    }
}
