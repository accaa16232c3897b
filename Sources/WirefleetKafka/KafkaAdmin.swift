public import Logging
import CRDKafka

/// Topic administration: create and list topics.
public final class KafkaAdmin: Sendable {
    private let client: RDKafkaClient
    private let poller: RDKafkaPoller

    /// Creates an admin client for `configuration`'s brokers.
    public init(configuration: KafkaConfiguration, logger: Logger) throws(KafkaError) {
        var logger = logger
        logger[metadataKey: "kafka.client"] = "admin"
        client = try RDKafkaClient.make(kind: .producer, properties: configuration.librdkafkaProperties(defaults: [:]),
                                        logger: logger)
        poller = RDKafkaPoller(client: client, name: "wirefleet.kafka.admin.poll")
    }

    deinit {
        poller.stop()
        client.destroy()
    }

    /// The outcome of creating one topic.
    public enum CreateOutcome: Sendable, Hashable { case created, alreadyExists }

    /// Creates topics; an existing topic is not an error (``CreateOutcome/alreadyExists``).
    public func createTopics(_ topics: [KafkaTopicSpecification], timeout: Duration = .seconds(15)) async throws(KafkaError) -> [String: CreateOutcome] {
        guard !topics.isEmpty else { return [:] }
        for t in topics where t.name.isEmpty || t.partitions < 1 || t.replicationFactor < 1 {
            throw KafkaError(code: .invalidArgument, message: "invalid topic \(t.name.isEmpty ? "(empty name)" : t.name): partitions and replication factor must be ≥ 1")
        }
        let client = self.client
        let ms = Int32(clamping: timeout.components.seconds * 1000)
        return try await BlockingCall.run(abandonOnCancel: true) { () throws(KafkaError) -> [String: CreateOutcome] in
            var errstr = [CChar](repeating: 0, count: 512)
            var newTopics: [OpaquePointer?] = []
            defer { for t in newTopics { rd_kafka_NewTopic_destroy(t) } }
            for t in topics {
                guard let nt = rd_kafka_NewTopic_new(t.name, Int32(t.partitions), Int32(t.replicationFactor), &errstr, errstr.count) else {
                    throw KafkaError(code: .invalidArgument, message: "topic \(t.name): \(stringFromCBuffer(errstr))")
                }
                for (k, v) in t.config { _ = rd_kafka_NewTopic_set_config(nt, k, v) }
                newTopics.append(nt)
            }
            let options = rd_kafka_AdminOptions_new(client.handle, RD_KAFKA_ADMIN_OP_CREATETOPICS)
            defer { rd_kafka_AdminOptions_destroy(options) }
            _ = rd_kafka_AdminOptions_set_request_timeout(options, ms, &errstr, errstr.count)
            _ = rd_kafka_AdminOptions_set_operation_timeout(options, ms, &errstr, errstr.count)
            let queue = rd_kafka_queue_new(client.handle)
            defer { rd_kafka_queue_destroy(queue) }
            rd_kafka_CreateTopics(client.handle, &newTopics, newTopics.count, options, queue)
            guard let event = rd_kafka_queue_poll(queue, ms + 2000) else {
                throw KafkaError(code: .timedOut, message: "create topics: no answer within \(ms) ms")
            }
            defer { rd_kafka_event_destroy(event) }
            let err = rd_kafka_event_error(event)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR {
                var e = KafkaError.from(err, context: "create topics: \(String(cString: rd_kafka_event_error_string(event)))")
                if err == RD_KAFKA_RESP_ERR__TIMED_OUT || err == RD_KAFKA_RESP_ERR__TRANSPORT { e.code = .connection }
                throw e
            }
            var count = 0
            guard let res = rd_kafka_event_CreateTopics_result(event),
                  let results = rd_kafka_CreateTopics_result_topics(res, &count) else { return [:] }
            var out: [String: CreateOutcome] = [:]
            for i in 0..<count {
                let r = results[i]
                let name = String(cString: rd_kafka_topic_result_name(r))
                let e = rd_kafka_topic_result_error(r)
                switch e {
                case RD_KAFKA_RESP_ERR_NO_ERROR: out[name] = .created
                case RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS: out[name] = .alreadyExists
                default:
                    let detail = rd_kafka_topic_result_error_string(r).map { String(cString: $0) } ?? ""
                    var ke = KafkaError.from(e, context: "create topic \(name): \(detail)")
                    ke.code = .admin
                    throw ke
                }
            }
            return out
        }
    }

    /// Every topic the brokers know, with partition counts and replication factors.
    public func listTopics(timeout: Duration = .seconds(10)) async throws(KafkaError) -> [KafkaTopicMetadata] {
        let client = self.client
        let ms = Int32(clamping: timeout.components.seconds * 1000)
        return try await BlockingCall.run(abandonOnCancel: true) { () throws(KafkaError) in
            try client.metadata(topic: nil, timeoutMilliseconds: ms).sorted { $0.name < $1.name }
        }
    }

    /// A topic's configuration as the broker describes it (e.g. `cleanup.policy`).
    /// Throws ``KafkaError/Code/admin`` when the broker does not describe configs.
    public func topicConfiguration(_ topic: String, timeout: Duration = .seconds(10)) async throws(KafkaError) -> [String: String] {
        let client = self.client
        let ms = Int32(clamping: timeout.components.seconds * 1000)
        return try await BlockingCall.run(abandonOnCancel: true) { () throws(KafkaError) -> [String: String] in
            var errstr = [CChar](repeating: 0, count: 512)
            var resources: [OpaquePointer?] = [rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic)]
            defer { rd_kafka_ConfigResource_destroy(resources[0]) }
            let options = rd_kafka_AdminOptions_new(client.handle, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS)
            defer { rd_kafka_AdminOptions_destroy(options) }
            _ = rd_kafka_AdminOptions_set_request_timeout(options, ms, &errstr, errstr.count)
            let queue = rd_kafka_queue_new(client.handle)
            defer { rd_kafka_queue_destroy(queue) }
            rd_kafka_DescribeConfigs(client.handle, &resources, 1, options, queue)
            guard let event = rd_kafka_queue_poll(queue, ms + 2000) else {
                throw KafkaError(code: .timedOut, message: "describe configs of \(topic): no answer within \(ms) ms")
            }
            defer { rd_kafka_event_destroy(event) }
            let err = rd_kafka_event_error(event)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR {
                var e = KafkaError.from(err, context: "describe configs of \(topic): \(String(cString: rd_kafka_event_error_string(event)))")
                if err != RD_KAFKA_RESP_ERR__TIMED_OUT && err != RD_KAFKA_RESP_ERR__TRANSPORT { e.code = .admin }
                throw e
            }
            var count = 0
            guard let res = rd_kafka_event_DescribeConfigs_result(event),
                  let results = rd_kafka_DescribeConfigs_result_resources(res, &count), count > 0 else {
                throw KafkaError(code: .admin, message: "describe configs of \(topic): empty answer")
            }
            let r = results[0]
            let rerr = rd_kafka_ConfigResource_error(r)
            if rerr != RD_KAFKA_RESP_ERR_NO_ERROR {
                var e = KafkaError.from(rerr, context: "describe configs of \(topic)")
                if e.code != .unknownTopic { e.code = .admin }
                throw e
            }
            var n = 0
            var out: [String: String] = [:]
            if let entries = rd_kafka_ConfigResource_configs(r, &n) {
                for i in 0..<n {
                    guard let name = rd_kafka_ConfigEntry_name(entries[i]) else { continue }
                    out[String(cString: name)] = rd_kafka_ConfigEntry_value(entries[i]).map { String(cString: $0) } ?? ""
                }
            }
            return out
        }
    }
}
