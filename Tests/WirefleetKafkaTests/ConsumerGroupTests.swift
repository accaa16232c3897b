import Foundation
import Synchronization
import Testing
import WirefleetKafka
import WirefleetTestSupport

/// Group membership, rebalancing and committed offsets against the broker.
@Suite("Consumer groups against the broker")
struct ConsumerGroupTests {
    private func produce(_ n: Int, to topic: String, from start: Int = 0) async throws {
        let producer = try KafkaProducer(configuration: .init(common: .init(brokers: try await TestBroker.brokers())),
                                         logger: TestBroker.logger("test"))
        for i in start..<(start + n) {
            try await producer.enqueue(KafkaRecord(topic: topic, key: "key-\(i)", value: Array("\(i)".utf8)))
        }
        try await producer.flush()
        await producer.close()
    }

    @Test func twoMembersSplitPartitionsAndTheSurvivorTakesOverWhenOneLeaves() async throws {
        let topic = TestBroker.uniqueTopic("split")
        try await TestBroker.createTopics([topic], partitions: 4)
        let group = TestBroker.uniqueTopic("group")
        let revoked = Mutex<[KafkaTopicPartition]>([])
        let hooks = KafkaRebalanceHooks(onRevoke: { r in revoked.withLock { $0 += r.partitions } })
        let a = try KafkaConsumer(configuration: try await TestBroker.consumerConfiguration(group: group), hooks: hooks,
                                  logger: TestBroker.logger("a"))
        let b = try KafkaConsumer(configuration: try await TestBroker.consumerConfiguration(group: group),
                                  logger: TestBroker.logger("b"))
        try a.subscribe(topics: [topic])
        try b.subscribe(topics: [topic])
        // Poll both until the four partitions are split between them.
        let deadline = ContinuousClock.now + .seconds(40)
        while ContinuousClock.now < deadline {
            async let pa = a.poll(timeout: .milliseconds(200))
            async let pb = b.poll(timeout: .milliseconds(200))
            _ = try await (pa, pb)
            if a.assignment.count + b.assignment.count == 4 && !a.assignment.isEmpty && !b.assignment.isEmpty { break }
        }
        #expect(a.assignment.count == 2)
        #expect(b.assignment.count == 2)
        #expect(a.assignment.isDisjoint(with: b.assignment))
        let aHad = a.assignment
        // A leaves cleanly: its revoke hook runs, B ends up with all four.
        await a.close()
        #expect(Set(revoked.withLock { $0 }).isSuperset(of: aHad))
        let deadline2 = ContinuousClock.now + .seconds(40)
        while b.assignment.count < 4 && ContinuousClock.now < deadline2 { _ = try await b.poll(timeout: .milliseconds(200)) }
        #expect(b.assignment.count == 4)
        await b.close()
    }

    @Test func committedOffsetsAreHonouredAfterARestart() async throws {
        let topic = TestBroker.uniqueTopic("restart")
        try await TestBroker.createTopics([topic])
        let group = TestBroker.uniqueTopic("group")
        try await produce(10, to: topic)

        let first = try KafkaConsumer(configuration: try await TestBroker.consumerConfiguration(group: group),
                                      logger: TestBroker.logger("first"))
        try first.subscribe(topics: [topic])
        var seen: [KafkaMessage] = []
        let deadline = ContinuousClock.now + .seconds(30)
        while seen.count < 6 && ContinuousClock.now < deadline { seen += try await first.poll(maxMessages: 6 - seen.count) }
        #expect(seen.count == 6)
        // Work done for the first six only: store and commit them.
        for m in seen { try first.store(m) }
        try await first.commit()
        await first.close()

        try await produce(4, to: topic, from: 10)
        let second = try KafkaConsumer(configuration: try await TestBroker.consumerConfiguration(group: group),
                                       logger: TestBroker.logger("second"))
        try second.subscribe(topics: [topic])
        var rest: [Int] = []
        let deadline2 = ContinuousClock.now + .seconds(30)
        while rest.count < 8 && ContinuousClock.now < deadline2 {
            rest += try await second.poll().map { Int(String(decoding: $0.value, as: UTF8.self))! }
        }
        let committed = try await second.committed([KafkaTopicPartition(topic: topic, partition: 0)])
        await second.close()
        #expect(rest == Array(6..<14))
        #expect(committed.first?.offset == 6)
    }

    @Test func pausedPartitionsStopDeliveringUntilResumed() async throws {
        let topic = TestBroker.uniqueTopic("pause")
        try await TestBroker.createTopics([topic])
        let consumer = try KafkaConsumer(configuration: try await TestBroker.consumerConfiguration(group: TestBroker.uniqueTopic("g")),
                                         logger: TestBroker.logger("test"))
        try consumer.subscribe(topics: [topic])
        let deadline = ContinuousClock.now + .seconds(30)
        while consumer.assignment.isEmpty && ContinuousClock.now < deadline { _ = try await consumer.poll() }
        let tp = KafkaTopicPartition(topic: topic, partition: 0)
        try consumer.pause([tp])
        try await produce(3, to: topic)
        var whilePaused = 0
        for _ in 0..<5 { whilePaused += try await consumer.poll(timeout: .milliseconds(200)).count }
        try consumer.resume([tp])
        var afterResume = 0
        let deadline2 = ContinuousClock.now + .seconds(20)
        while afterResume < 3 && ContinuousClock.now < deadline2 { afterResume += try await consumer.poll().count }
        await consumer.close()
        #expect(whilePaused == 0)
        #expect(afterResume == 3)
    }
}
