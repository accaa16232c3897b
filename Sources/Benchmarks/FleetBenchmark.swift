import Foundation
public import Logging
import Synchronization
import WirefleetFleet
public import WirefleetKafka

/// Articles through the running fleet, beside verified raw pass-through on the same broker
/// (`wirefleet bench fleet`).
public struct FleetBenchmark: Sendable {
    public var configuration: KafkaConfiguration
    public var logger: Logger
    public var count: Int = 5000
    public var rate: Int = 0
    public var inputTopic: String = FleetTopics.raw
    public var completeTopic: String = FleetTopics.complete
    public var pidDir: String = "run/pids"
    public var timeout: Double = 300
    public var noBaseline = false
    /// Skip the raw hop measured beside the fleet (``RawHopProbe``); it runs only at a
    /// set rate.
    public var noHop = false
    public var metricsPorts: String = "9464,9465,9466,9467"
    public var truncate: Int = 0
    public var paths: [String] = ["seeds"]

    public init(configuration: KafkaConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Runs the benchmark and prints its figures.
    public func run() async throws {
        let common = configuration
        let input = ArticleInput()
        var bodies: [Article] = []
        for f in try input.files(for: paths) { for case .article(let a, _) in input.items(of: f) { bodies.append(a) } }
        guard !bodies.isEmpty else { throw BenchmarkError("no articles in \(paths)") }
        let runID = UUID().uuidString.prefix(8).lowercased()
        let codec = RecordCodec()
        let values: [(String, [UInt8])] = try (0..<count).map { i in
            var a = bodies[i % bodies.count]
            a.id = "bench-\(runID)-\(i)"
            a.body = Measure.cut(a.body, to: truncate)
            return (a.id, try codec.encode(a))
        }

        // Reader of merged records, positioned at the end before publishing.
        let reader = try await BenchmarkReader.joined(configuration: common, logger: logger, group: "bench-reader-\(runID)",
                                                      topic: completeTopic, offsetReset: .latest)
        for _ in 0..<5 { _ = try await reader.poll(timeout: .milliseconds(100)) }

        // The raw hop: its own topic and consumer on the same broker, published at the
        // same rate in the same seconds; the fleet's latency is stated in its units.
        // Unthrottled, it would only double the publishing load: a throughput run has no probe.
        let hop = noHop || rate == 0 ? nil : try await RawHopProbe.start(configuration: common, logger: logger, runID: String(runID),
                                                             partitions: FleetTopics.defaultPartitions)
        let pids = fleetPIDs()
        let cpuBefore = pids.mapValues { Measure.cpuSeconds(pid: $0) }
        let samples = Mutex<[String: [Double]]>([:])
        let sampler = Task {
            while !Task.isCancelled {
                for (name, pid) in pids { if let r = Measure.currentRSSMiB(pid: pid) { samples.withLock { $0[name, default: []].append(r) } } }
                try? await Task.sleep(for: .seconds(2))
            }
        }
        let sent = Mutex<[String: ContinuousClock.Instant]>([:])
        let sentWall = Mutex<[String: Int64]>([:])
        let articles = ArticlePublisher(producer: try KafkaProducer(configuration: .init(common: common), logger: logger),
                                        topic: inputTopic)
        let start = ContinuousClock.now
        let publisher = Task {
            for (i, (id, value)) in values.enumerated() {
                if rate > 0 {
                    let due = start + .nanoseconds(Int64(i) * 1_000_000_000 / Int64(rate))
                    if due > ContinuousClock.now { try await Task.sleep(until: due, clock: .continuous) }
                }
                sent.withLock { $0[id] = ContinuousClock.now }
                sentWall.withLock { $0[id] = Int64(Date().timeIntervalSince1970 * 1000) }
                try await articles.publish(id: id, value: value)
                try await hop?.publish(index: i, value: value)
            }
            try await articles.finish(timeout: .seconds(120))
        }
        var latencies: [Double] = []
        var fleetLatencies: [Double] = []
        var timeline: [(sent: Double, latency: Double)] = []   // seconds since start
        var seen = Set<String>()
        var incomplete = 0
        var last = start
        let deadline = start + .milliseconds(Int(timeout * 1000))
        let hopRun = Task { [count] in try await hop?.collect(count: count, deadline: deadline) }
        while seen.count < count && ContinuousClock.now < deadline {
            for m in try await reader.poll(timeout: .milliseconds(100)) {
                guard let id = m.keyString, id.hasPrefix("bench-\(runID)-"), seen.insert(id).inserted else { continue }
                let now = ContinuousClock.now
                last = now
                if let t = sent.withLock({ $0[id] }) {
                    latencies.append(Measure.seconds(now - t))
                    timeline.append((Measure.seconds(t - start), Measure.seconds(now - t)))
                }
                if let w = sentWall.withLock({ $0[id] }), let created = m.timestampMilliseconds {
                    fleetLatencies.append(Double(created - w) / 1000)
                }
                if let r = try? codec.decode(EnrichedArticle.self, from: m.value), !r.complete { incomplete += 1 }
            }
        }
        try await publisher.value
        let hopResult = try await hopRun.value
        let cpuAfter = pids.mapValues { Measure.cpuSeconds(pid: $0) }
        await reader.close()
        latencies.sort()
        fleetLatencies.sort()
        func pct(_ p: Double, _ l: [Double]) -> Double { Measure.percentile(l, p) * 1000 }
        func pct(_ p: Double) -> Double { pct(p, latencies) }
        let elapsed = Measure.seconds(last - start)
        print("bench fleet: \(count) articles, rate \(rate == 0 ? "unthrottled" : "\(rate)/s"), brokers \(common.brokers)")
        let delivered = articles.tally
        print(String(format: "  published         %d/%d acknowledged by the broker (%d failed)", delivered.published, count, delivered.failed))
        print(String(format: "  complete records  %d/%d (%d incomplete)", seen.count, count, incomplete))
        print(String(format: "  sustained         %.0f articles/s (%.2f s)", Double(seen.count) / elapsed, elapsed))
        print(String(format: "  latency           p50 %.1f ms, p99 %.1f ms, max %.1f ms  (publish → merged record written, broker timestamp)",
                     pct(0.5, fleetLatencies), pct(0.99, fleetLatencies), pct(1.0, fleetLatencies)))
        print(String(format: "  reader latency    p50 %.1f ms, p99 %.1f ms, max %.1f ms  (publish → this reader received it)", pct(0.5), pct(0.99), pct(1.0)))
        if let hopResult { printHop(hopResult, readerLatencies: latencies) }
        printTimeline(timeline)
        let wall = Measure.seconds(ContinuousClock.now - start)
        for (name, _) in pids.sorted(by: { $0.key < $1.key }) {
            if let a = cpuBefore[name] ?? nil, let b = cpuAfter[name] ?? nil {
                print(String(format: "  CPU %-14@ %.1f s (%.0f %% of one core over %.1f s)", name as NSString, b - a, 100 * (b - a) / wall, wall))
            }
        }
        sampler.cancel()
        let rss = samples.withLock { $0 }
        for (name, pid) in pids.sorted(by: { $0.key < $1.key }) {
            let s = rss[name] ?? []
            let half = s.count / 2
            let first = s.prefix(max(half, 1)).max() ?? .nan
            let second = s.suffix(max(s.count - half, 1)).max() ?? .nan
            print(String(format: "  RSS %-14@ peak %.1f MiB (VmHWM), max first half %.1f, max second half %.1f MiB",
                         name as NSString, Measure.peakRSSMiB(pid: pid) ?? .nan, first, second))
        }
        let lagStart = ContinuousClock.now
        var lag = totalLag()
        while let l = lag, l > 0, ContinuousClock.now - lagStart < .seconds(30) {
            try await Task.sleep(for: .seconds(1))
            lag = totalLag()
        }
        print("  consumer lag after the run: \(lag.map(String.init) ?? "n/a (no metrics)") (checked for \(Int(Measure.seconds(ContinuousClock.now - lagStart))) s)")
        if !noBaseline {
            // Three runs, each on a new topic; the best is the broker's ceiling, the
            // median is printed beside it.
            var rates: [Double] = []
            for run in 1...3 {
                let topic = "bench-pass-\(runID)-\(run)"
                _ = try await KafkaAdmin(configuration: common, logger: logger)
                    .createTopics([KafkaTopicSpecification(name: topic, partitions: 1)])
                guard let pass = try await passThrough(values.map(\.1), brokers: common.brokers, topic: topic) else {
                    throw BenchmarkError("the pass-through baseline did not deliver every record; no ratio is printed")
                }
                rates.append(pass)
            }
            rates.sort()
            let fleetRate = Double(seen.count) / elapsed
            print(String(format: "  kcat pass-through min %.0f, median %.0f, best %.0f records/s (3 runs, each verified)",
                         rates[0], rates[1], rates[2]))
            print(String(format: "  fleet / pass-through %.1f %% of the best, %.1f %% of the median (%.0f articles/s, same broker, same run)",
                         100 * fleetRate / rates[2], 100 * fleetRate / rates[1], fleetRate))
        }
        if seen.count < count { throw BenchmarkError("the run did not deliver every article; figures above are not a result") }
    }

    /// The raw hop's latency, and the reader's (three hops) as a multiple of it; no
    /// multiple unless every probe record arrived.
    private func printHop(_ hop: RawHopProbe.Result, readerLatencies: [Double]) {
        func pct(_ p: Double, _ l: [Double]) -> Double { Measure.percentile(l, p) * 1000 }
        guard hop.isComplete, !readerLatencies.isEmpty else {
            print("  raw hop           NOT MEASURED: \(hop.latencies.count) of \(hop.published) probe records received, "
                  + "\(hop.failed) failed; no multiple is printed")
            return
        }
        let (h50, h99) = (pct(0.5, hop.latencies), pct(0.99, hop.latencies))
        let (r50, r99) = (pct(0.5, readerLatencies), pct(0.99, readerLatencies))
        print(String(format: "  raw hop latency   p50 %.1f ms, p99 %.1f ms, max %.1f ms  (%d of %d probe records, own topic, same broker, rate and seconds)",
                     h50, h99, pct(1.0, hop.latencies), hop.latencies.count, hop.published))
        print(String(format: "  fleet / raw hop   p50 %.1f×, p99 %.1f×  (reader latency, three hops, over one raw hop; aim p99 ≤ 4×)",
                     r50 / h50, r99 / h99))
    }

    /// p50/p99 of the reader latency by publish time, in windows of 5 s: shows
    /// whether latency stays flat over a run or grows (a broker slowing down as it
    /// stores more, a backlog building up).
    private func printTimeline(_ timeline: [(sent: Double, latency: Double)]) {
        guard let end = timeline.map(\.sent).max(), end >= 10 else { return }
        let window = 5.0
        var line = "  latency by publish time (5 s windows, p50/p99 ms):"
        var w = 0.0
        while w <= end {
            let l = timeline.filter { $0.sent >= w && $0.sent < w + window }.map(\.latency).sorted()
            if !l.isEmpty {
                line += String(format: " %.0f–%.0fs %.0f/%.0f;", w, w + window,
                               Measure.percentile(l, 0.5) * 1000, Measure.percentile(l, 0.99) * 1000)
            }
            w += window
        }
        print(line)
    }

    private func fleetPIDs() -> [String: String] {
        var out: [String: String] = [:]
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: pidDir) else { return out }
        for name in names where name.hasSuffix(".pid") {
            let pid = (try? String(contentsOfFile: "\(pidDir)/\(name)", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if !pid.isEmpty { out[(name as NSString).deletingPathExtension] = pid }
        }
        return out
    }

    /// Sum of `wirefleet_consumer_lag` over the fleet's metrics endpoints (nil if none answered).
    private func totalLag() -> Int64? {
        var total: Int64?
        for port in metricsPorts.split(separator: ",") {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["curl", "-s", "-m", "2", "http://127.0.0.1:\(port)/metrics"]
            let pipe = Pipe()
            p.standardOutput = pipe
            p.standardError = FileHandle.nullDevice
            guard (try? p.run()) != nil else { continue }
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            for line in text.split(separator: "\n") where line.hasPrefix("wirefleet_consumer_lag{") {
                // Gauges are written as floating point ("12.0").
                if let v = line.split(separator: " ").last.flatMap({ Double($0) }) { total = (total ?? 0) + Int64(v) }
            }
        }
        return total
    }

    /// kcat producing and consuming the same records at once; returns records/s, or
    /// nil (and says why) unless both exited 0 and the consumer received every record.
    private func passThrough(_ values: [[UInt8]], brokers: String, topic: String) async throws -> Double? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(topic).jsonl")
        var data = Data()
        for v in values { data.append(contentsOf: v); data.append(0x0A) }
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        // The topic must be in the metadata before the consumer starts, or it waits
        // on a topic that does not exist yet and the timing means nothing.
        let visible = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < visible {
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            probe.arguments = ["kcat", "-L", "-b", brokers, "-t", topic, "-m", "5"]
            let out = Pipe()
            probe.standardOutput = out
            probe.standardError = FileHandle.nullDevice
            try probe.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            probe.waitUntilExit()
            if probe.terminationStatus == 0 && text.contains("partition 0,") { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        let t0 = ContinuousClock.now
        let consumer = Process()
        consumer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        consumer.arguments = ["kcat", "-C", "-b", brokers, "-t", topic, "-p", "0", "-o", "beginning", "-c", String(values.count),
                              "-q", "-u", "-f", "x\\n", "-X", "fetch.wait.max.ms=10"]
        let received = Pipe()
        consumer.standardOutput = received
        consumer.standardError = FileHandle.nullDevice
        let producer = Process()
        producer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        producer.arguments = ["kcat", "-P", "-b", brokers, "-t", topic, "-p", "0", "-X", "linger.ms=5", "-l", file.path]
        producer.standardError = FileHandle.nullDevice
        try consumer.run()
        try producer.run()
        // Timed to the last record received, like the fleet (to its last merged record):
        // a librdkafka client takes up to a second more to shut down (its main thread
        // notices the destroy on a 1 s tick), which is not throughput. The consumer
        // writes unbuffered (-u), so a record is counted when it arrives, not at exit.
        var count = 0
        var lastReceived = t0
        while true {
            let chunk = received.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            count += chunk.filter { $0 == 0x0A }.count
            if count <= values.count { lastReceived = ContinuousClock.now }
        }
        producer.waitUntilExit()
        consumer.waitUntilExit()
        let s = Measure.seconds(lastReceived - t0)
        guard producer.terminationStatus == 0, consumer.terminationStatus == 0, count == values.count else {
            print("  kcat pass-through NOT MEASURED: producer exit \(producer.terminationStatus), consumer exit "
                  + "\(consumer.terminationStatus), \(count) of \(values.count) records received")
            return nil
        }
        let rate = Double(values.count) / s
        print(String(format: "  kcat pass-through %.0f records/s (produce+consume at once, %d of %d received, %.2f s to the last record)",
                     rate, count, values.count, s))
        return rate
    }
}
