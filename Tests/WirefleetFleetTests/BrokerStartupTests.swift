import Foundation
import Testing
import WirefleetFleet
import WirefleetKafka
import WirefleetTestSupport

/// Broker unreachable at startup: the services wait and say so, then work once it appears.
@Suite("Reliability: broker appears late")
struct BrokerStartupTests {
    @Test func servicesWaitForABrokerThatAppearsLaterThenProcess() async throws {
        let port = try TestBroker.freeLoopbackPort()
        let brokers = "127.0.0.1:\(port)"
        let h = FleetHarness()
        let fleet = try FleetProcesses(brokers: brokers, harness: h, assemblerWait: 60)
        try fleet.startAll()
        let tansu = Process()
        defer {
            // The services first (they hold connections), then the in-memory broker.
            _ = fleet.stopAll()
            if tansu.isRunning { kill(tansu.processIdentifier, SIGKILL); tansu.waitUntilExit() }
        }
        // Longer than one topic-creation attempt (5 s), so the services must retry.
        try await Task.sleep(for: .seconds(8))
        #expect(fleet.exited().isEmpty, "a service gave up while the broker was missing: \(fleet.exited())")

        // Now the broker appears.
        tansu.executableURL = TestBroker.repositoryRoot().appendingPathComponent(".cache/bin/tansu")
        tansu.arguments = ["broker", "--listener-url", "tcp://\(brokers)", "--advertised-listener-url", "tcp://\(brokers)"]
        tansu.standardOutput = FileHandle.nullDevice
        tansu.standardError = FileHandle.nullDevice
        try tansu.run()
        try await TestBroker.waitUntilReady(brokers)

        let articles = FleetHarness.articles(5)
        let producer = try KafkaProducer(configuration: .init(common: KafkaConfiguration(brokers: brokers)), logger: TestBroker.logger("p"))
        // The services create the topics once they reach the broker; wait for that.
        let admin = try KafkaAdmin(configuration: KafkaConfiguration(brokers: brokers), logger: TestBroker.logger("a"))
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            let names = Set(try await admin.listTopics().map(\.name))
            if names.isSuperset(of: [h.raw, h.enriched, h.complete, h.dlq]) { break }
            try await Task.sleep(for: .milliseconds(500))
        }
        for a in articles { try await producer.send(KafkaRecord(topic: h.raw, key: Array(a.id.utf8), value: try RecordCodec().encode(a))) }
        await producer.close()

        var config = KafkaConsumerConfiguration(common: KafkaConfiguration(brokers: brokers), groupID: TestBroker.uniqueTopic("r"))
        config.sessionTimeoutMilliseconds = 6000
        let reader = try KafkaConsumer(configuration: config, logger: TestBroker.logger("r"))
        try reader.subscribe(topics: [h.complete])
        var got = Set<String>()
        let readDeadline = ContinuousClock.now + .seconds(90)
        while got.count < articles.count && ContinuousClock.now < readDeadline {
            for m in try await reader.poll(timeout: .milliseconds(200)) { if let k = m.keyString { got.insert(k) } }
        }
        await reader.close()
        #expect(got == Set(articles.map(\.id)))
        #expect(fleet.exited().isEmpty)
        let log = try String(contentsOf: TestBroker.repositoryRoot()
            .appendingPathComponent("run/test-logs/\(h.groupPrefix)/numbers.log"), encoding: .utf8)
        #expect(log.contains("waiting for brokers"), "the wait was not logged")
    }
}
