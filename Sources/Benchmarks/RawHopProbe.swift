import Foundation
public import Logging
import Synchronization
public import WirefleetKafka

/// One raw hop on the same broker, beside the fleet: records published to a topic of
/// their own and read back by a consumer of their own, at the fleet benchmark's rate and
/// in the same seconds.
///
/// The test broker's fetch cost grows with what it stores, so an absolute latency says
/// more about the broker than about the fleet. A record through the fleet makes three
/// hops (raw → worker, worker → assembler, assembler → reader); the raw hop's latency,
/// measured under the same load, is the unit the fleet's latency is stated in.
///
/// Use: ``start(configuration:logger:runID:partitions:)`` before publishing (it creates
/// the topic and waits until its consumer is assigned), ``publish(index:value:)`` next to
/// each article, then ``collect(count:deadline:)``.
public final class RawHopProbe: Sendable {
    /// The probe's topic (new for every run).
    public let topic: String
    private let producer: KafkaProducer
    private let consumer: KafkaConsumer
    private let keyPrefix: String
    private let sent = Mutex<[String: ContinuousClock.Instant]>([:])
    private let failures = Mutex(0)

    private init(topic: String, producer: KafkaProducer, consumer: KafkaConsumer, keyPrefix: String) {
        self.topic = topic
        self.producer = producer
        self.consumer = consumer
        self.keyPrefix = keyPrefix
    }

    /// Creates the probe's topic with `partitions` partitions, a producer, and a consumer
    /// configured like the benchmark's reader, subscribed and assigned before it returns.
    public static func start(configuration: KafkaConfiguration, logger: Logger, runID: String,
                             partitions: Int) async throws -> RawHopProbe {
        let topic = "bench-hop-\(runID)"
        _ = try await KafkaAdmin(configuration: configuration, logger: logger)
            .createTopics([KafkaTopicSpecification(name: topic, partitions: partitions)])
        let consumer = try await BenchmarkReader.joined(configuration: configuration, logger: logger,
                                                        group: "bench-hop-\(runID)", topic: topic, offsetReset: .earliest)
        let producer = try KafkaProducer(configuration: .init(common: configuration), logger: logger)
        return RawHopProbe(topic: topic, producer: producer, consumer: consumer, keyPrefix: "hop-\(runID)-")
    }

    /// Publishes the probe's record `index` (the same bytes as the article beside it,
    /// so sizes match), noting when it was handed to the producer.
    public func publish(index: Int, value: [UInt8]) async throws {
        let key = keyPrefix + String(index)
        sent.withLock { $0[key] = ContinuousClock.now }
        try await producer.enqueue(KafkaRecord(topic: topic, key: Array(key.utf8), value: value)) { [self] result in
            if case .failure = result { self.failures.withLock { $0 += 1 } }
        }
    }

    /// What a probe run measured: the latencies (seconds, sorted) of the records received,
    /// and how many were published and failed.
    public struct Result: Sendable {
        public var latencies: [Double]
        public var published: Int
        public var failed: Int
        /// Every published record arrived once and none failed: only then is a figure shown.
        public var isComplete: Bool { failed == 0 && latencies.count == published && published > 0 }
    }

    /// Reads until `count` distinct probe records arrived or `deadline` passed, then
    /// closes the consumer and the producer.
    public func collect(count: Int, deadline: ContinuousClock.Instant) async throws -> Result {
        var seen = Set<String>()
        var latencies: [Double] = []
        while seen.count < count && ContinuousClock.now < deadline {
            for m in try await consumer.poll(timeout: .milliseconds(100)) {
                let now = ContinuousClock.now
                guard let key = m.keyString, key.hasPrefix(keyPrefix), seen.insert(key).inserted,
                      let t = sent.withLock({ $0[key] }) else { continue }
                latencies.append(Measure.seconds(now - t))
            }
        }
        try? await producer.flush(timeout: .seconds(10))
        await consumer.close()
        await producer.close()
        return Result(latencies: latencies.sorted(), published: sent.withLock { $0.count },
                      failed: failures.withLock { $0 })
    }
}
