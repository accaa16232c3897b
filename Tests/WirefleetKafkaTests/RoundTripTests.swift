import Foundation
import Testing
import WirefleetKafka
import WirefleetTestSupport

/// Produce and consume against the real test broker.
@Suite("Kafka round trips against the broker")
struct RoundTripTests {
    @Test func keysHeadersAndValuesSurviveARoundTrip() async throws {
        let topic = TestBroker.uniqueTopic("roundtrip")
        try await TestBroker.createTopics([topic], partitions: 3)
        let producer = try KafkaProducer(configuration: .init(common: .init(brokers: try await TestBroker.brokers())),
                                         logger: TestBroker.logger("test"))
        var sent: [String: String] = [:]
        for i in 0..<20 {
            let key = "article-\(i)"
            let value = "body \(i) “quoted” ü"
            sent[key] = value
            let report = try await producer.send(KafkaRecord(topic: topic, key: key, value: Array(value.utf8),
                                                             headers: [KafkaHeader(name: "trace", string: "t\(i)"),
                                                                       KafkaHeader(name: "empty", value: nil)]))
            #expect(report.topic == topic)
            #expect(report.offset >= 0)
        }
        await producer.close()

        let consumer = try KafkaConsumer(configuration: try await TestBroker.consumerConfiguration(group: TestBroker.uniqueTopic("g")),
                                         logger: TestBroker.logger("test"))
        try consumer.subscribe(topics: [topic])
        var received: [String: KafkaMessage] = [:]
        let deadline = ContinuousClock.now + .seconds(30)
        while received.count < 20 && ContinuousClock.now < deadline {
            for m in try await consumer.poll() { received[m.keyString ?? ""] = m }
        }
        await consumer.close()
        #expect(received.count == 20)
        for (key, value) in sent {
            let m = try #require(received[key])
            #expect(String(decoding: m.value, as: UTF8.self) == value)
            #expect(m.header("trace")?.stringValue == "t" + key.dropFirst("article-".count))
            #expect(m.headers.contains { $0.name == "empty" && $0.value == nil })
            #expect(m.timestampMilliseconds != nil)
        }
    }

    @Test func aOneMegabyteRecordRoundTrips() async throws {
        let topic = TestBroker.uniqueTopic("large")
        try await TestBroker.createTopics([topic])
        let producer = try KafkaProducer(configuration: .init(common: .init(brokers: try await TestBroker.brokers())),
                                         logger: TestBroker.logger("test"))
        let big = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try await producer.send(KafkaRecord(topic: topic, key: "big", value: big))
        await producer.close()
        var config = try await TestBroker.consumerConfiguration(group: TestBroker.uniqueTopic("g"))
        config.common.properties["fetch.max.bytes"] = String(4 << 20)
        let consumer = try KafkaConsumer(configuration: config, logger: TestBroker.logger("test"))
        try consumer.subscribe(topics: [topic])
        var got: KafkaMessage?
        let deadline = ContinuousClock.now + .seconds(30)
        while got == nil && ContinuousClock.now < deadline { got = try await consumer.poll().first }
        await consumer.close()
        #expect(got?.value == big)
    }

    @Test func theMessageSequenceDeliversInPartitionOrder() async throws {
        let topic = TestBroker.uniqueTopic("seq")
        try await TestBroker.createTopics([topic])
        let producer = try KafkaProducer(configuration: .init(common: .init(brokers: try await TestBroker.brokers())),
                                         logger: TestBroker.logger("test"))
        for i in 0..<100 { try await producer.enqueue(KafkaRecord(topic: topic, key: "k", value: Array("\(i)".utf8))) }
        try await producer.flush()
        await producer.close()
        let consumer = try KafkaConsumer(configuration: try await TestBroker.consumerConfiguration(group: TestBroker.uniqueTopic("g")),
                                         logger: TestBroker.logger("test"))
        try consumer.subscribe(topics: [topic])
        var values: [Int] = []
        for try await m in consumer.messages {
            values.append(Int(String(decoding: m.value, as: UTF8.self)) ?? -1)
            if values.count == 100 { break }
        }
        await consumer.close()
        #expect(values == Array(0..<100))
    }
}
