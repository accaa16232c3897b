import Synchronization

/// The counters, latency histogram and lag gauges one fleet process exposes on
/// `/metrics` (Prometheus text format), plus its readiness.
public final class FleetMetrics: Sendable {
    /// Upper bounds (seconds) of the processing-time histogram.
    public static let buckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    private struct State {
        var consumed = 0
        var produced = 0
        var deadLettered = 0
        var failed = 0
        var retried = 0
        var bucketCounts = [Int](repeating: 0, count: FleetMetrics.buckets.count)
        var latencySum = 0.0
        var latencyCount = 0
        var lag: [String: Int64] = [:]   // "topic\u{0}partition" → lag
        var ready = false
        var assemblerWaiting: Int?
        var assemblerHeld = 0
        var indexSize: (entities: Int, clusters: Int)?
    }

    /// The `stage` label (entities, quotes, numbers, assembler, producer).
    public let stage: String
    private let state = Mutex(State())

    public init(stage: String) { self.stage = stage }

    public func consumed(_ n: Int = 1) { state.withLock { $0.consumed += n } }
    public func produced(_ n: Int = 1) { state.withLock { $0.produced += n } }
    public func deadLettered(_ n: Int = 1) { state.withLock { $0.deadLettered += n } }
    public func failed(_ n: Int = 1) { state.withLock { $0.failed += n } }
    public func retried(_ n: Int = 1) { state.withLock { $0.retried += n } }

    /// Records one article's processing time.
    public func observe(seconds: Double) {
        state.withLock { s in
            s.latencySum += seconds
            s.latencyCount += 1
            if let i = Self.buckets.firstIndex(where: { seconds <= $0 }) { s.bucketCounts[i] += 1 }
        }
    }

    /// Replaces the per-partition consumer lag.
    public func setLag(_ lag: [(topic: String, partition: Int32, lag: Int64)]) {
        state.withLock { s in
            s.lag = [:]
            for l in lag { s.lag["\(l.topic)\u{0}\(l.partition)"] = l.lag }
        }
    }

    /// The assembler's state sizes: articles waiting for parts not yet on the changelog,
    /// and articles held incomplete (parked or dead-lettered).
    public func setAssemblerState(waiting: Int, held: Int) {
        state.withLock { $0.assemblerWaiting = waiting; $0.assemblerHeld = held }
    }

    /// The index service's entry counts.
    public func setIndexSize(entities: Int, clusters: Int) {
        state.withLock { $0.indexSize = (entities, clusters) }
    }

    /// Ready means connected and assigned at least one partition.
    public var isReady: Bool {
        get { state.withLock { $0.ready } }
    }

    public func setReady(_ ready: Bool) { state.withLock { $0.ready = ready } }

    /// A snapshot of the counters (for logs, tests and the benchmark).
    public var counts: (consumed: Int, produced: Int, deadLettered: Int, failed: Int) {
        state.withLock { ($0.consumed, $0.produced, $0.deadLettered, $0.failed) }
    }

    /// The Prometheus text exposition.
    public func render() -> String {
        let s = state.withLock { $0 }
        let l = "stage=\"\(stage)\""
        var out = ""
        func counter(_ name: String, _ help: String, _ v: Int) {
            out += "# HELP \(name) \(help)\n# TYPE \(name) counter\n\(name){\(l)} \(v)\n"
        }
        counter("wirefleet_consumed_total", "Records consumed.", s.consumed)
        counter("wirefleet_produced_total", "Records produced and acknowledged.", s.produced)
        counter("wirefleet_dead_lettered_total", "Records sent to the dead-letter topic.", s.deadLettered)
        counter("wirefleet_failed_total", "Processing or delivery failures (retried or dead-lettered).", s.failed)
        counter("wirefleet_retries_total", "Retries after transient broker errors.", s.retried)
        out += "# HELP wirefleet_processing_seconds Time to process one record.\n# TYPE wirefleet_processing_seconds histogram\n"
        var cumulative = 0
        for (i, b) in Self.buckets.enumerated() {
            cumulative += s.bucketCounts[i]
            out += "wirefleet_processing_seconds_bucket{\(l),le=\"\(b)\"} \(cumulative)\n"
        }
        out += "wirefleet_processing_seconds_bucket{\(l),le=\"+Inf\"} \(s.latencyCount)\n"
        out += "wirefleet_processing_seconds_sum{\(l)} \(s.latencySum)\n"
        out += "wirefleet_processing_seconds_count{\(l)} \(s.latencyCount)\n"
        out += "# HELP wirefleet_consumer_lag Records behind the partition's end.\n# TYPE wirefleet_consumer_lag gauge\n"
        for (k, v) in s.lag.sorted(by: { $0.key < $1.key }) {
            let parts = k.split(separator: "\u{0}")
            out += "wirefleet_consumer_lag{\(l),topic=\"\(parts[0])\",partition=\"\(parts.count > 1 ? parts[1] : "")\"} \(v)\n"
        }
        if let waiting = s.assemblerWaiting {
            out += "# HELP wirefleet_assembler_waiting Articles waiting for parts within --wait.\n# TYPE wirefleet_assembler_waiting gauge\nwirefleet_assembler_waiting{\(l)} \(waiting)\n"
            out += "# HELP wirefleet_assembler_incomplete Articles held incomplete (emitted incomplete, waiting for a late part or dead-lettered).\n# TYPE wirefleet_assembler_incomplete gauge\nwirefleet_assembler_incomplete{\(l)} \(s.assemblerHeld - waiting)\n"
        }
        if let size = s.indexSize {
            out += "# HELP wirefleet_index_entries Entries the index holds, by topic kind.\n# TYPE wirefleet_index_entries gauge\n"
            out += "wirefleet_index_entries{\(l),kind=\"entities\"} \(size.entities)\nwirefleet_index_entries{\(l),kind=\"clusters\"} \(size.clusters)\n"
        }
        out += "# HELP wirefleet_ready 1 while connected and assigned.\n# TYPE wirefleet_ready gauge\nwirefleet_ready{\(l)} \(s.ready ? 1 : 0)\n"
        return out
    }
}
