import CRDKafka
import Foundation
import Testing
@testable import WirefleetKafka
import WirefleetTestSupport

/// Broker faults injected with librdkafka's own mock cluster (`rdkafka_mock.h`): the
/// producer's handle hosts a three-broker cluster (`test.mock.num.brokers=3`).
@Suite("Broker faults on librdkafka's mock cluster")
struct MockClusterFaultTests {
    private struct Mock: @unchecked Sendable {
        let producer: KafkaProducer
        let cluster: OpaquePointer
        let bootstraps: String
    }

    private func mockProducer(topic: String) throws -> Mock {
        var common = KafkaConfiguration(brokers: "")
        common.properties["test.mock.num.brokers"] = "3"
        var config = KafkaProducerConfiguration(common: common)
        // Long enough for a starved machine: a record that times out is reported, not
        // lost, but these tests count what arrives. On a loaded CI machine the loop below
        // once took over 30 s between taking the leader down and bringing it back, and
        // the first records, queued before it went down, timed out at 60 s.
        config.deliveryTimeoutMilliseconds = 300_000
        config.common.properties["retry.backoff.ms"] = "50"
        let producer = try KafkaProducer(configuration: config, logger: TestBroker.logger("mock"))
        let cluster = try #require(rd_kafka_handle_mock_cluster(producer.client.handle))
        #expect(rd_kafka_mock_topic_create(cluster, topic, 1, 3) == RD_KAFKA_RESP_ERR_NO_ERROR)
        return Mock(producer: producer, cluster: cluster, bootstraps: String(cString: rd_kafka_mock_cluster_bootstraps(cluster)))
    }

    private func consumeAll(_ topic: String, bootstraps: String, expecting n: Int) async throws -> [Int] {
        var config = KafkaConsumerConfiguration(common: KafkaConfiguration(brokers: bootstraps), groupID: TestBroker.uniqueTopic("g"))
        config.sessionTimeoutMilliseconds = 6000
        let consumer = try KafkaConsumer(configuration: config, logger: TestBroker.logger("mock"))
        try consumer.subscribe(topics: [topic])
        var values: [Int] = []
        let deadline = ContinuousClock.now + .seconds(40)
        while values.count < n && ContinuousClock.now < deadline {
            values += try await consumer.poll().map { Int(String(decoding: $0.value, as: UTF8.self))! }
        }
        // Anything extra (duplicates) shows up within a short grace period.
        for _ in 0..<3 { values += try await consumer.poll(timeout: .milliseconds(200)).map { Int(String(decoding: $0.value, as: UTF8.self))! } }
        await consumer.close()
        return values
    }

    @Test func aBrokerDownAndUpMidProduceLosesAndDuplicatesNothing() async throws {
        let topic = TestBroker.uniqueTopic("mock-down")
        let mock = try mockProducer(topic: topic)
        let leader = Int32(1)
        _ = rd_kafka_mock_partition_set_leader(mock.cluster, topic, 0, leader)
        for i in 0..<3000 {
            if i == 1000 { _ = rd_kafka_mock_broker_set_down(mock.cluster, leader) }
            if i == 2000 { _ = rd_kafka_mock_broker_set_up(mock.cluster, leader) }
            try await mock.producer.enqueue(KafkaRecord(topic: topic, key: "k", value: Array("\(i)".utf8)))
            if i == 1500 { try await Task.sleep(for: .milliseconds(500)) }
        }
        try await mock.producer.flush(timeout: .seconds(300))
        let values = try await consumeAll(topic, bootstraps: mock.bootstraps, expecting: 3000)
        await mock.producer.close()
        #expect(values.count == 3000, "lost or duplicated records")
        #expect(values == Array(0..<3000), "records reordered")
    }

    @Test func injectedRetriableProduceErrorsAreRetried() async throws {
        let topic = TestBroker.uniqueTopic("mock-retry")
        let mock = try mockProducer(topic: topic)
        var errors: [rd_kafka_resp_err_t] = [RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT,
                                              RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS, RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE]
        rd_kafka_mock_push_request_errors_array(mock.cluster, 0 /* Produce */, errors.count, &errors)
        for i in 0..<50 { try await mock.producer.send(KafkaRecord(topic: topic, key: "k", value: Array("\(i)".utf8))) }
        let values = try await consumeAll(topic, bootstraps: mock.bootstraps, expecting: 50)
        await mock.producer.close()
        #expect(values == Array(0..<50))
    }

    @Test func injectedCommitErrorsAreRetriedByTheApplication() async throws {
        let topic = TestBroker.uniqueTopic("mock-commit")
        let mock = try mockProducer(topic: topic)
        for i in 0..<10 { try await mock.producer.enqueue(KafkaRecord(topic: topic, key: "k", value: Array("\(i)".utf8))) }
        try await mock.producer.flush()
        var config = KafkaConsumerConfiguration(common: KafkaConfiguration(brokers: mock.bootstraps), groupID: TestBroker.uniqueTopic("g"))
        config.sessionTimeoutMilliseconds = 6000
        let consumer = try KafkaConsumer(configuration: config, logger: TestBroker.logger("mock"))
        try consumer.subscribe(topics: [topic])
        var got: [KafkaMessage] = []
        let deadline = ContinuousClock.now + .seconds(30)
        while got.count < 10 && ContinuousClock.now < deadline { got += try await consumer.poll() }
        for m in got { try consumer.store(m) }
        var errors: [rd_kafka_resp_err_t] = [RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE]
        rd_kafka_mock_push_request_errors_array(mock.cluster, 8 /* OffsetCommit */, errors.count, &errors)
        var attempts = 0
        var committed = false
        while !committed && attempts < 10 {
            attempts += 1
            do { try await consumer.commit(); committed = true } catch {
                #expect(error.isRetriable, "commit error should be retriable: \(error)")
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        #expect(committed)
        let c = try await consumer.committed([KafkaTopicPartition(topic: topic, partition: 0)])
        await consumer.close()
        await mock.producer.close()
        #expect(c.first?.offset == 10)
    }
}
