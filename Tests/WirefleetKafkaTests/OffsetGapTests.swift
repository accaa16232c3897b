import Foundation
import Synchronization
import Testing
@testable import WirefleetKafka
import WirefleetTestSupport

/// A consumer against the broker when a fetch leaves records out (injected: the
/// consumer drops them from the first poll that brings them, as Tansu now and then
/// does by itself) and on a topic whose offsets have holes of their own (transaction
/// markers): every record is delivered once, in order.
@Suite("Consumer: records a fetch left out are read again")
struct OffsetGapTests {
    /// Reads `topic` in a new group until `count` records came (or 30 s), then a
    /// little longer so a repeat would show.
    private func readAll(_ topic: String, count: Int, rereads: Bool = true,
                         skipping skips: [Int64] = []) async throws -> (offsets: [Int64], values: [String], totals: OffsetContinuity.Totals) {
        var config = try await TestBroker.consumerConfiguration(group: TestBroker.uniqueTopic("g"))
        config.rereadsOffsetGaps = rereads
        let consumer = try KafkaConsumer(configuration: config, logger: TestBroker.logger("gaps"))
        consumer.simulateSkippedRecords(skips.map { KafkaTopicPartitionOffset(topic: topic, partition: 0, offset: $0) })
        try consumer.subscribe(topics: [topic])
        var got: [KafkaMessage] = []
        let deadline = ContinuousClock.now + .seconds(30)
        while got.count < count && ContinuousClock.now < deadline {
            // Small polls, so the injected skips fall inside batches as well as at their ends.
            got += try await consumer.poll(maxMessages: 7, timeout: .milliseconds(200))
        }
        for _ in 0..<3 { got += try await consumer.poll(timeout: .milliseconds(200)) }
        let totals = consumer.continuityTotals
        await consumer.close()
        return (got.map(\.offset), got.map { String(decoding: $0.value, as: UTF8.self) }, totals)
    }

    private func produce(_ n: Int, to topic: String) async throws {
        let producer = try KafkaProducer(configuration: .init(common: .init(brokers: try await TestBroker.brokers())),
                                         logger: TestBroker.logger("p"))
        for i in 0..<n { try await producer.enqueue(KafkaRecord(topic: topic, key: "k", value: Array("v\(i)".utf8))) }
        try await producer.flush()
        await producer.close()
    }

    @Test func recordsLeftOutOfAFetchAreReadAgainAndDeliveredOnceInOrder() async throws {
        let topic = TestBroker.uniqueTopic("gaps")
        try await TestBroker.createTopics([topic])
        try await produce(60, to: topic)
        let skipped: [Int64] = [7, 8, 20, 41]
        let r = try await readAll(topic, count: 60, skipping: skipped)
        #expect(r.offsets == Array(0..<60), "delivered: \(r.offsets)")
        #expect(r.totals.rereadRecords == 4, "holes 7..<9, 20..<21, 41..<42: \(r.totals)")
        #expect(r.totals.confirmedGaps == 0 && r.totals.acceptedGaps == 0)
    }

    /// The check that the test above can fail: without the second read the injected
    /// skips are lost.
    @Test func withoutTheSecondReadTheSkippedRecordsAreLost() async throws {
        let topic = TestBroker.uniqueTopic("gaps")
        try await TestBroker.createTopics([topic])
        try await produce(30, to: topic)
        let r = try await readAll(topic, count: 28, rereads: false, skipping: [5, 17])
        #expect(r.offsets == Array(0..<30).filter { $0 != 5 && $0 != 17 })
    }

    @Test func aPartitionReaderReadsSkippedRecordsAgainBeforeItsEnd() async throws {
        let topic = TestBroker.uniqueTopic("gaps-reader")
        try await TestBroker.createTopics([topic])
        try await produce(50, to: topic)
        let reader = try KafkaPartitionReader(configuration: .init(brokers: try await TestBroker.brokers()),
                                              logger: TestBroker.logger("reader"))
        // 48: next to the end, likely in the batch that also reports the end of the partition.
        reader.simulateSkippedRecords([3, 30, 48].map { KafkaTopicPartitionOffset(topic: topic, partition: 0, offset: $0) })
        let offsets = Mutex<[Int64]>([])
        try await reader.read(reader.beginning(of: topic, partitions: [0])) { batch in
            offsets.withLock { $0 += batch.map(\.offset) }
        }
        #expect(offsets.withLock { $0 } == Array(0..<50))
    }

    @Test func aTransactionalTopicIsReadOnceInOrder() async throws {
        let topic = TestBroker.uniqueTopic("gaps-txn")
        try await TestBroker.createTopics([topic])
        var config = KafkaProducerConfiguration(common: .init(brokers: try await TestBroker.brokers()))
        config.transactionalID = TestBroker.uniqueTopic("txn")
        let producer = try KafkaProducer(configuration: config, logger: TestBroker.logger("txn"))
        try await producer.initTransactions()
        var expected: [String] = []
        for t in 0..<6 {
            try producer.beginTransaction()
            for i in 0..<5 {
                try await producer.enqueue(KafkaRecord(topic: topic, key: "k", value: Array("t\(t)-\(i)".utf8)))
                expected.append("t\(t)-\(i)")
            }
            try await producer.commitTransaction()
        }
        await producer.close()
        let r = try await readAll(topic, count: expected.count)
        #expect(r.values == expected)
        #expect(r.offsets == r.offsets.sorted() && Set(r.offsets).count == r.offsets.count)
        print("transactional topic: \(r.values.count) records, offsets \(r.offsets.first ?? -1)...\(r.offsets.last ?? -1); \(r.totals)")
    }
}
