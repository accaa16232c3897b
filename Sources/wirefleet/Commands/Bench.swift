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

    /// CPU time the calling thread has used so far, in seconds.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// User + system CPU time a process has used so far, in seconds (`/proc/PID/stat`).
    static func cpuSeconds(pid: String) -> Double? {
        guard let s = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = s.lastIndex(of: ")") else { return nil }
        // Fields after the command name: state is field 3, utime 14, stime 15.
        let fields = s[s.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Current resident set size of a process, in MiB (VmRSS).
    static func currentRSSMiB(pid: String) -> Double? {
        guard let s = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in s.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
        }
        return nil
    }

    /// The body cut to about `limit` characters at the last paragraph or sentence end
    /// before it (0: unchanged), so benchmarks can use news of a given length.
    static func cut(_ body: String, to limit: Int) -> String {
        guard limit > 0, body.count > limit else { return body }
        let head = body.prefix(limit)
        if let p = head.range(of: "\n\n", options: .backwards), head.distance(from: head.startIndex, to: p.lowerBound) > limit / 2 {
            return String(head[..<p.lowerBound])
        }
        if let d = head.lastIndex(where: { $0 == "." || $0 == "”" || $0 == "\"" }), head.distance(from: head.startIndex, to: d) > limit / 2 {
            return String(head[...d])
        }
        return String(head)
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

        @Option(name: .long, help: "Cut each article to about this many characters (at a paragraph or sentence end); 0: whole.")
        var truncate: Int = 0

        @Argument(help: "Files or folders of articles (default: seeds/).")
        var paths: [String] = ["seeds"]

        func run() async throws {
            let input = ArticleInput()
            var bodies: [String] = []
            for f in try input.files(for: paths) {
                for case .article(let a, _) in input.items(of: f) { bodies.append(Bench.cut(a.body, to: truncate)) }
            }
            guard !bodies.isEmpty else { throw ValidationError("no articles found in \(paths)") }
            let avg = bodies.map(\.unicodeScalars.count).reduce(0, +) / bodies.count
            print("bench extract: \(bodies.count) distinct articles, mean \(avg) characters, \(count) per extractor, one core")
            let extractor = Extractor()
            let clock = ContinuousClock()
            func measure(_ name: String, _ body: (String) -> Int) {
                var sink = 0
                for b in bodies { sink &+= body(b) } // warm-up
                let cpu0 = Bench.threadCPUSeconds()
                let t = clock.measure { for i in 0..<count { sink &+= body(bodies[i % bodies.count]) } }
                let cpu = Bench.threadCPUSeconds() - cpu0
                let s = Bench.seconds(t)
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
            if let rss = Bench.peakRSSMiB() { print(String(format: "  peak RSS %.1f MiB", rss)) }
        }
    }
}
