public import Prometheus
public import WirefleetKafka
import Synchronization

/// The counters, latency histogram and gauges one fleet process exposes on `/metrics`
/// (Prometheus text format), plus its readiness.
///
/// Kept in a swift-prometheus ``registry``: the command line bootstraps swift-metrics
/// with a `PrometheusMetricsFactory` on the same registry, so anything instrumented
/// through swift-metrics (a library, a user's own code) is served beside these.
public final class FleetMetrics: Sendable {
    /// Upper bounds (seconds) of the processing-time histogram.
    public static let buckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    /// The `stage` label (entities, quotes, numbers, assembler, index, producer).
    public let stage: String
    /// Where every metric of this process is kept and rendered from.
    public let registry: PrometheusCollectorRegistry

    private let consumedCounter: Counter
    private let producedCounter: Counter
    private let deadLetteredCounter: Counter
    private let failedCounter: Counter
    private let retriedCounter: Counter
    private let rereadCounter: Counter
    private let offsetGapsCounter: Counter
    private let processing: ValueHistogram
    private let readyGauge: Gauge

    private struct State {
        var consumed = 0
        var produced = 0
        var deadLettered = 0
        var failed = 0
        var ready = false
        /// "topic\u{0}partition" → its lag gauge.
        var lag: [String: Gauge] = [:]
        /// The consumer's offset-check totals last copied into the counters.
        var continuity = OffsetContinuity.Totals()
    }
    private let state = Mutex(State())

    public init(stage: String, registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.stage = stage
        self.registry = registry
        let l = [("stage", stage)]
        consumedCounter = registry.makeCounter(descriptor: Self.name("wirefleet_consumed_total", "Records consumed."), labels: l)
        producedCounter = registry.makeCounter(descriptor: Self.name("wirefleet_produced_total", "Records produced and acknowledged."), labels: l)
        deadLetteredCounter = registry.makeCounter(descriptor: Self.name("wirefleet_dead_lettered_total", "Records sent to the dead-letter topic."), labels: l)
        failedCounter = registry.makeCounter(descriptor: Self.name("wirefleet_failed_total", "Processing or delivery failures (retried or dead-lettered)."), labels: l)
        retriedCounter = registry.makeCounter(descriptor: Self.name("wirefleet_retries_total", "Retries after transient broker errors."), labels: l)
        rereadCounter = registry.makeCounter(descriptor: Self.name("wirefleet_input_records_reread_total",
                                                                   "Records a broker left out of a fetch and a second read brought."), labels: l)
        offsetGapsCounter = registry.makeCounter(descriptor: Self.name("wirefleet_input_offset_gaps_total",
                                                                       "Holes in input offsets that hold no records (transaction markers, compaction)."), labels: l)
        processing = registry.makeValueHistogram(descriptor: Self.name("wirefleet_processing_seconds", "Time to process one record."),
                                                 labels: l, buckets: Self.buckets)
        readyGauge = registry.makeGauge(descriptor: Self.name("wirefleet_ready", "1 while connected and assigned."), labels: l)
    }

    public func consumed(_ n: Int = 1) { consumedCounter.increment(by: Int64(n)); state.withLock { $0.consumed += n } }
    public func produced(_ n: Int = 1) { producedCounter.increment(by: Int64(n)); state.withLock { $0.produced += n } }
    public func deadLettered(_ n: Int = 1) { deadLetteredCounter.increment(by: Int64(n)); state.withLock { $0.deadLettered += n } }
    public func failed(_ n: Int = 1) { failedCounter.increment(by: Int64(n)); state.withLock { $0.failed += n } }
    public func retried(_ n: Int = 1) { retriedCounter.increment(by: Int64(n)) }

    /// Records one article's processing time.
    public func observe(seconds: Double) { processing.record(seconds) }

    /// Replaces the per-partition consumer lag (partitions no longer assigned disappear).
    public func setLag(_ lag: [(topic: String, partition: Int32, lag: Int64)]) {
        state.withLock { s in
            var next: [String: Gauge] = [:]
            for l in lag {
                let key = "\(l.topic)\u{0}\(l.partition)"
                let gauge = s.lag[key] ?? registry.makeGauge(descriptor: Self.name("wirefleet_consumer_lag", "Records behind the partition's end."), labels: [("stage", stage), ("topic", l.topic), ("partition", "\(l.partition)")])
                gauge.set(Double(l.lag))
                next[key] = gauge
            }
            for (key, gauge) in s.lag where next[key] == nil { registry.unregisterGauge(gauge) }
            s.lag = next
        }
    }

    /// The assembler's state sizes: articles waiting for parts not yet on the changelog,
    /// and articles held incomplete (parked or dead-lettered).
    public func setAssemblerState(waiting: Int, held: Int) {
        setGauge("wirefleet_assembler_waiting", "Articles waiting for parts within --wait.", Double(waiting))
        setGauge("wirefleet_assembler_incomplete",
                 "Articles held incomplete (emitted incomplete, waiting for a late part or dead-lettered).", Double(held - waiting))
    }

    /// The index service's entry counts.
    public func setIndexSize(entities: Int, clusters: Int) {
        let help = "Entries the index holds, by topic kind."
        setGauge("wirefleet_index_entries", help, labels: [("kind", "entities")], Double(entities))
        setGauge("wirefleet_index_entries", help, labels: [("kind", "clusters")], Double(clusters))
    }

    /// Copies the input consumer's offset-check totals (see `OffsetContinuity`) into
    /// `wirefleet_input_records_reread_total` (records a broker had skipped in a fetch and
    /// a second read brought: each one would have been lost) and
    /// `wirefleet_input_offset_gaps_total` (offsets found to hold no records).
    public func setOffsetContinuity(_ totals: OffsetContinuity.Totals) {
        let last = state.withLock { s in defer { s.continuity = totals }; return s.continuity }
        rereadCounter.increment(by: totals.rereadRecords - last.rereadRecords)
        offsetGapsCounter.increment(by: Int64((totals.confirmedGaps + totals.acceptedGaps) - (last.confirmedGaps + last.acceptedGaps)))
    }

    /// What librdkafka's producer holds, from its statistics: records and bytes queued
    /// or in flight (a queue that keeps growing means the broker does not keep up).
    public func setProducerQueue(messages: Int64, bytes: Int64) {
        setGauge("wirefleet_kafka_producer_queue_messages", "Records in librdkafka's producer queue (statistics).", Double(messages))
        setGauge("wirefleet_kafka_producer_queue_bytes", "Bytes in librdkafka's producer queue (statistics).", Double(bytes))
    }

    /// Sets a gauge of this stage, registering it on first use (the registry gives back
    /// the same gauge for the same name and labels), so a process shows only the gauges
    /// it sets.
    private func setGauge(_ name: String, _ help: String, labels: [(String, String)] = [], _ value: Double) {
        registry.makeGauge(descriptor: Self.name(name, help), labels: [("stage", stage)] + labels).set(to: value)
    }

    /// A metric's full name and help text.
    private static func name(_ name: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(metricName: name, unitName: "", helpText: help)
    }

    /// Ready means connected and assigned at least one partition.
    public var isReady: Bool { state.withLock { $0.ready } }

    public func setReady(_ ready: Bool) {
        state.withLock { $0.ready = ready }
        readyGauge.set(to: ready ? 1.0 : 0.0)
    }

    /// A snapshot of the counters (for logs, tests and the benchmark).
    public var counts: (consumed: Int, produced: Int, deadLettered: Int, failed: Int) {
        state.withLock { ($0.consumed, $0.produced, $0.deadLettered, $0.failed) }
    }

    /// The Prometheus text exposition of everything in ``registry``.
    public func render() -> String { registry.emitToString() }
}
