import Foundation
import Testing
import WirefleetFleet
import WirefleetKafka
import WirefleetTestSupport

/// Batches in flight (``BatchCommitter/start(outputs:offsets:)`` and
/// ``BatchCommitter/settle(_:)``) against the real broker: offsets are stored only for
/// acknowledged outputs, and a failed output is sent again with everything queued after
/// it, in order.
@Suite(.serialized) struct BatchesInFlightTests {
    @Test func aFailedOutputIsSentAgainWithEverythingQueuedAfterItAndOnlyThenAreOffsetsStored() async throws {
        let h = FleetHarness()
        let input = TestBroker.uniqueTopic("in"), present = TestBroker.uniqueTopic("present")
        let missing = TestBroker.uniqueTopic("missing")   // created only after the first delivery to it timed out
        try await TestBroker.createTopics([input, present])

        // Two input records, polled by a consumer that owns the input's partition.
        let brokers = try await TestBroker.brokers()
        let seed = try KafkaProducer(configuration: .init(common: KafkaConfiguration(brokers: brokers)), logger: TestBroker.logger("seed"))
        for k in ["a", "b"] { try await seed.send(KafkaRecord(topic: input, key: Array(k.utf8), value: Array(k.utf8))) }
        await seed.close()
        var cc = try await TestBroker.consumerConfiguration(group: h.groupPrefix)
        cc.maxPollIntervalMilliseconds = 300_000   // not polled while the test settles and reads
        let consumer = try KafkaConsumer(configuration: cc, logger: TestBroker.logger("in"))
        try consumer.subscribe(topics: [input])
        var polled: [KafkaMessage] = []
        let deadline = ContinuousClock.now + .seconds(60)
        while polled.count < 2 && ContinuousClock.now < deadline { polled += try await consumer.poll(timeout: .milliseconds(200)) }
        #expect(polled.count == 2)

        // A producer whose deliveries to a topic that does not exist time out quickly.
        var common = KafkaConfiguration(brokers: brokers)
        common.properties["message.timeout.ms"] = "1500"
        common.properties["allow.auto.create.topics"] = "false"   // a producer's default is to let the broker create it
        let producer = try KafkaProducer(configuration: .init(common: common), logger: TestBroker.logger("out"))
        let metrics = FleetMetrics(stage: "in-flight-test")
        let committer = BatchCommitter(producer: producer, consumer: consumer, exactlyOnce: false, metrics: metrics,
                                       logger: TestBroker.logger("committer"))
        let first = await committer.start(outputs: [KafkaRecord(topic: missing, key: Array("a".utf8), value: Array("A".utf8))],
                                          offsets: [polled[0]].nextOffsets)
        let second = await committer.start(outputs: [KafkaRecord(topic: present, key: Array("b".utf8), value: Array("B".utf8))],
                                           offsets: polled.nextOffsets)
        // The missing topic appears after the first attempt has failed; the resend succeeds.
        let creator = Task {
            try await Task.sleep(for: .milliseconds(2500))
            try await TestBroker.createTopics([missing])
        }
        let settled = try await committer.settle([first, second])
        try await creator.value
        #expect(settled)
        #expect(metrics.counts.failed >= 1)

        // "B" was acknowledged the first time and is sent again after "A": twice on its topic.
        let b = try await h.read(present, count: 2, timeout: .seconds(30))
        #expect(b.map { String(decoding: $0.value, as: UTF8.self) } == ["B", "B"])
        let a = try await h.read(missing, count: 1, timeout: .seconds(30))
        #expect(a.map { String(decoding: $0.value, as: UTF8.self) } == ["A"])

        // Both batches' offsets were stored: committing them puts the group after both records.
        try await consumer.commit()
        let committed = try await consumer.committed([KafkaTopicPartition(topic: input, partition: 0)])
        #expect(committed.first?.offset == polled.map(\.offset).max().map { $0 + 1 })
        await consumer.close()
        await producer.close()
    }
}
