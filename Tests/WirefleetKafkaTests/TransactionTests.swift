import Foundation
import Testing
import WirefleetKafka
import WirefleetTestSupport

/// Transactions against the broker. Note: Tansu (like librdkafka's mock cluster) does
/// not hide *aborted records* from read_committed readers, so that one property is
/// left to real Apache Kafka; aborted *offsets* are tested here.
@Suite("Transactions against the broker")
struct TransactionTests {
    private func transactionalProducer() async throws -> KafkaProducer {
        var config = KafkaProducerConfiguration(common: .init(brokers: try await TestBroker.brokers()))
        config.transactionalID = TestBroker.uniqueTopic("txn")
        let producer = try KafkaProducer(configuration: config, logger: TestBroker.logger("txn"))
        try await producer.initTransactions()
        return producer
    }

    @Test func committedTransactionRecordsAreVisibleToReadCommitted() async throws {
        let topic = TestBroker.uniqueTopic("txn-out")
        try await TestBroker.createTopics([topic])
        let producer = try await transactionalProducer()
        try producer.beginTransaction()
        for i in 0..<5 { try await producer.enqueue(KafkaRecord(topic: topic, key: "k\(i)", value: Array("v\(i)".utf8))) }
        try await producer.commitTransaction()
        await producer.close()

        var config = try await TestBroker.consumerConfiguration(group: TestBroker.uniqueTopic("g"))
        config.isolation = .readCommitted
        let consumer = try KafkaConsumer(configuration: config, logger: TestBroker.logger("test"))
        try consumer.subscribe(topics: [topic])
        var values: [String] = []
        let deadline = ContinuousClock.now + .seconds(30)
        while values.count < 5 && ContinuousClock.now < deadline {
            values += try await consumer.poll().map { String(decoding: $0.value, as: UTF8.self) }
        }
        await consumer.close()
        #expect(values == ["v0", "v1", "v2", "v3", "v4"])
    }

    @Test func offsetsCommitWithTheTransactionAndNotWithAnAbortedOne() async throws {
        let input = TestBroker.uniqueTopic("txn-in")
        let output = TestBroker.uniqueTopic("txn-out")
        try await TestBroker.createTopics([input, output])
        let group = TestBroker.uniqueTopic("g")
        let plain = try KafkaProducer(configuration: .init(common: .init(brokers: try await TestBroker.brokers())),
                                      logger: TestBroker.logger("p"))
        for i in 0..<6 { try await plain.send(KafkaRecord(topic: input, key: "k", value: Array("\(i)".utf8))) }
        await plain.close()

        let consumer = try KafkaConsumer(configuration: try await TestBroker.consumerConfiguration(group: group),
                                         logger: TestBroker.logger("c"))
        try consumer.subscribe(topics: [input])
        var got: [KafkaMessage] = []
        let deadline = ContinuousClock.now + .seconds(30)
        while got.count < 6 && ContinuousClock.now < deadline { got += try await consumer.poll() }
        #expect(got.count == 6)

        let producer = try await transactionalProducer()
        // Committed: records 0..2 processed, offset 3 commits with the output.
        try producer.beginTransaction()
        try await producer.enqueue(KafkaRecord(topic: output, key: "k", value: Array("out-0-2".utf8)))
        try await producer.sendOffsetsToTransaction([KafkaTopicPartitionOffset(topic: input, partition: 0, offset: 3)],
                                                    consumer: consumer)
        try await producer.commitTransaction()
        let tp = KafkaTopicPartition(topic: input, partition: 0)
        #expect(try await consumer.committed([tp]).first?.offset == 3)

        // Aborted: offset 6 must not be committed.
        try producer.beginTransaction()
        try await producer.enqueue(KafkaRecord(topic: output, key: "k", value: Array("out-3-5".utf8)))
        try await producer.sendOffsetsToTransaction([KafkaTopicPartitionOffset(topic: input, partition: 0, offset: 6)],
                                                    consumer: consumer)
        try await producer.abortTransaction()
        #expect(try await consumer.committed([tp]).first?.offset == 3)
        await producer.close()
        await consumer.close()
    }

    @Test func transactionCallsWithoutATransactionalIDFailClearly() async throws {
        let producer = try KafkaProducer(configuration: .init(common: .init(brokers: try await TestBroker.brokers())),
                                         logger: TestBroker.logger("p"))
        await #expect(throws: KafkaError.self) { try await producer.initTransactions() }
        #expect(throws: KafkaError.self) { try producer.beginTransaction() }
        await producer.close()
    }
}
