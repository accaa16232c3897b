import Foundation
import Logging
import ServiceLifecycle
import ServiceLifecycleTestKit
import Synchronization
import WirefleetFleet
import WirefleetKafka
import WirefleetTestSupport

/// Runs fleet services in-process against the real test broker, each test on its own
/// topics and groups.
struct FleetHarness {
    let raw = TestBroker.uniqueTopic("raw")
    let enriched = TestBroker.uniqueTopic("enriched")
    let complete = TestBroker.uniqueTopic("complete")
    let dlq = TestBroker.uniqueTopic("dlq")
    let state = TestBroker.uniqueTopic("state")
    let entitiesIndex = TestBroker.uniqueTopic("entities-index")
    let quoteClusters = TestBroker.uniqueTopic("quote-clusters")
    let indexState = TestBroker.uniqueTopic("index-state")
    let groupPrefix = TestBroker.uniqueTopic("grp")

    func options(input: String, output: String, group: String) async throws -> FleetOptions {
        var o = FleetOptions(kafka: KafkaConfiguration(brokers: try await TestBroker.brokers()),
                             inputTopic: input, outputTopic: output, groupID: "\(groupPrefix)-\(group)")
        o.deadLetterTopic = dlq
        o.sessionTimeoutMilliseconds = 6000
        o.partitions = 3
        return o
    }

    func createTopics() async throws {
        try await TestBroker.createTopics([raw, enriched, complete, dlq], partitions: 3)
    }

    func worker(_ kind: EnrichmentKind, exactlyOnce: Bool = false, metrics: FleetMetrics? = nil,
                batchesInFlight: Int = 1, batchSize: Int? = nil) async throws -> EnrichmentWorker {
        var o = try await options(input: raw, output: enriched, group: kind.rawValue)
        o.exactlyOnce = exactlyOnce
        o.batchesInFlight = batchesInFlight
        if let batchSize { o.batchSize = batchSize }
        return EnrichmentWorker(stage: EnrichmentStage(kind: kind), options: o, metrics: metrics ?? FleetMetrics(stage: kind.rawValue),
                                logger: TestBroker.logger("worker.\(kind.rawValue)"))
    }

    func assembler(wait: Duration = .seconds(20)) async throws -> Assembler {
        Assembler(options: try await options(input: enriched, output: complete, group: "assembler"), wait: wait,
                  stateTopic: state, metrics: FleetMetrics(stage: "assembler"), logger: TestBroker.logger("assembler"))
    }

    /// Publishes articles to the raw topic (plus any raw bytes, for poison records).
    func publish(_ articles: [Article], raw extra: [(key: String, value: [UInt8])] = []) async throws {
        let producer = try KafkaProducer(configuration: .init(common: KafkaConfiguration(brokers: try await TestBroker.brokers())),
                                         logger: TestBroker.logger("publish"))
        let publisher = ArticlePublisher(producer: producer, topic: raw)
        for a in articles { try await publisher.publish(a) }
        for e in extra { try await publisher.publish(id: e.key, value: e.value) }
        try await publisher.finish(timeout: .seconds(30))
        let tally = publisher.tally
        guard tally.published == articles.count + extra.count else {
            throw KafkaError(code: .timedOut, message: "published \(tally.published) of \(articles.count + extra.count) (\(tally.failed) failed)")
        }
    }

    /// Reads a topic from the beginning until `count` records arrived (or the timeout),
    /// then a short grace period so duplicates show.
    func read(_ topic: String, count: Int, timeout: Duration = .seconds(60)) async throws -> [KafkaMessage] {
        var config = try await TestBroker.consumerConfiguration(group: TestBroker.uniqueTopic("reader"))
        config.isolation = .readCommitted
        let consumer = try KafkaConsumer(configuration: config, logger: TestBroker.logger("reader"))
        try consumer.subscribe(topics: [topic])
        var out: [KafkaMessage] = []
        let deadline = ContinuousClock.now + timeout
        while out.count < count && ContinuousClock.now < deadline { out += try await consumer.poll(timeout: .milliseconds(200)) }
        for _ in 0..<5 { out += try await consumer.poll(timeout: .milliseconds(200)) }
        await consumer.close()
        return out
    }

    /// Every record of the complete topic, by article id, in order.
    func completeRecords() async throws -> [String: [[UInt8]]] { try await records(of: complete) }

    /// Every record of a topic, by key, in order per key.
    func records(of topic: String) async throws -> [String: [[UInt8]]] {
        try await messagesByKey(of: topic).mapValues { $0.map(\.value) }
    }

    /// Every message of a topic (value and position), by key, in order per key.
    func messagesByKey(of topic: String) async throws -> [String: [KafkaMessage]] {
        let reader = try KafkaPartitionReader(configuration: KafkaConfiguration(brokers: try await TestBroker.brokers()),
                                              logger: TestBroker.logger("reader"))
        let count = (try? await reader.partitionCount(of: topic)) ?? 0
        let messages = Mutex<[String: [KafkaMessage]]>([:])
        try await reader.read(reader.beginning(of: topic, partitions: (0..<Int32(count)).map { $0 })) { batch in
            messages.withLock { r in for m in batch { r[m.keyString ?? "", default: []].append(m) } }
        }
        return messages.withLock { $0 }
    }

    /// Reads the complete topic again and again until `done` holds for the last record
    /// per article (or the timeout passes); returns the last reading.
    func waitForLastRecords(timeout: Duration, _ done: ([String: EnrichedArticle]) -> Bool) async throws -> LastRecords {
        let deadline = ContinuousClock.now + timeout
        while true {
            let all = try await completeRecords()
            let codec = RecordCodec()
            let last = try all.compactMapValues { try $0.last.map { try codec.decode(EnrichedArticle.self, from: $0) } }
            if done(last) || ContinuousClock.now >= deadline { return LastRecords(last: last, all: all) }
            try await Task.sleep(for: .milliseconds(500))
        }
    }

    /// The complete topic read back: the last record per article and every record.
    struct LastRecords {
        var last: [String: EnrichedArticle]
        var all: [String: [[UInt8]]]
        func completeCount(of ids: [String]) -> Int { ids.filter { last[$0]?.complete == true }.count }
        /// Articles with two complete records that differ.
        var conflicting: [String] {
            all.filter { _, values in
                Set(values.filter { (try? RecordCodec().decode(EnrichedArticle.self, from: $0))?.complete == true }).count > 1
            }.map(\.key)
        }
    }

    /// Articles made from the seed files, each with a fresh id.
    static func seedArticles(prefix: String = UUID().uuidString.prefix(6).lowercased()) throws -> [Article] {
        let dir = TestBroker.repositoryRoot().appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { f in
            let body = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            return Article(id: "\(prefix)-\((f as NSString).deletingPathExtension)", body: body, title: f)
        }
    }

    /// Synthetic articles (small, varied) with fresh ids.
    static func articles(_ n: Int, prefix: String = UUID().uuidString.prefix(6).lowercased()) -> [Article] {
        (0..<n).map { i in
            Article(id: "\(prefix)-\(i)", body: "Article \(i). Jane Porter, the mayor of Springfield, said on Monday that \(i + 3) new schools would open. “We are ready for \(i + 2) thousand pupils,” she said.")
        }
    }
}

/// Runs services in tasks under a graceful-shutdown trigger.
final class RunningServices: Sendable {
    private final class Slot: Sendable {
        let trigger = Mutex<GracefulShutdownTestTrigger?>(nil)
    }
    private let tasks = Mutex<[(Task<Void, any Error>, Slot)]>([])

    /// Starts a service in the background.
    func start(_ service: some Service) {
        let slot = Slot()
        let task = Task {
            try await testGracefulShutdown { trigger in
                slot.trigger.withLock { $0 = trigger }
                try await service.run()
            }
        }
        tasks.withLock { $0.append((task, slot)) }
    }

    /// Gracefully shuts down the service started `index`-th and waits for it.
    func stop(_ index: Int) async throws {
        let (task, slot) = tasks.withLock { $0[index] }
        while slot.trigger.withLock({ $0 }) == nil { try await Task.sleep(for: .milliseconds(10)) }
        slot.trigger.withLock { $0 }?.triggerGracefulShutdown()
        try await task.value
    }

    /// Gracefully shuts everything down.
    func stopAll() async {
        let n = tasks.withLock { $0.count }
        for i in 0..<n { try? await stop(i) }
    }
}
