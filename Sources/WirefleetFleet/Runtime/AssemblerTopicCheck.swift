public import Logging
public import WirefleetKafka

/// Makes sure the assembler's changelog topic has the shape its state needs before the
/// assembler consumes anything: it exists (created if allowed), has exactly as many
/// partitions as the input topic (state for input partition *p* lives in changelog
/// partition *p*), and is compacted (the latest record per article is kept forever).
/// Anything else is refused with a ``AssemblerSetupError`` saying how to fix it.
public struct AssemblerTopicCheck: Sendable {
    public let options: FleetOptions
    public let stateTopic: String
    public let logger: Logger

    public init(options: FleetOptions, stateTopic: String, logger: Logger) {
        self.options = options
        self.stateTopic = stateTopic
        self.logger = logger
    }

    /// The configuration the changelog topic is created with.
    public static let stateTopicConfig = ["cleanup.policy": "compact"]

    public func ensure(reader: KafkaPartitionReader) async throws {
        let input = options.inputTopic
        let inputPartitions: Int
        do { inputPartitions = try await partitions(of: input, reader: reader) } catch let e as KafkaError where e.code == .unknownTopic {
            throw AssemblerSetupError("the input topic \(input) does not exist; create the topics with `wirefleet topics create`")
        }
        let admin = try KafkaAdmin(configuration: options.kafka, logger: logger)
        var statePartitions: Int?
        do { statePartitions = try await partitions(of: stateTopic, reader: reader) } catch let e as KafkaError where e.code == .unknownTopic {
            statePartitions = nil
        }
        if statePartitions == nil {
            guard options.createTopics else {
                throw AssemblerSetupError("the assembler's state topic \(stateTopic) does not exist; create it with "
                                          + "`wirefleet topics create --partitions \(inputPartitions) --config cleanup.policy=compact \(stateTopic)` "
                                          + "(as many partitions as \(input), compacted)")
            }
            let outcome = try await admin.createTopics([KafkaTopicSpecification(
                name: stateTopic, partitions: inputPartitions, replicationFactor: 1, config: Self.stateTopicConfig)])
            logger.info("state topic \(stateTopic): \(outcome[stateTopic] == .created ? "created" : "exists") with \(inputPartitions) partitions")
            statePartitions = try await partitions(of: stateTopic, reader: reader)
        }
        guard statePartitions == inputPartitions else {
            throw AssemblerSetupError("the assembler's state topic \(stateTopic) has \(statePartitions ?? 0) partitions but its input \(input) has "
                                      + "\(inputPartitions): they must match (state for input partition p is kept in partition p). "
                                      + "Add partitions to \(stateTopic) to match, or pass --state-topic with a new name")
        }
        do {
            let config = try await admin.topicConfiguration(stateTopic)
            let policy = config["cleanup.policy"] ?? "delete"
            guard policy.contains("compact") else {
                throw AssemblerSetupError("the assembler's state topic \(stateTopic) has cleanup.policy=\(policy); it must be compact "
                                          + "(with delete, state would expire and records could regress): "
                                          + "kafka-configs --alter --entity-type topics --entity-name \(stateTopic) --add-config cleanup.policy=compact")
            }
            if policy.contains("delete") {
                logger.warning("state topic \(stateTopic) has cleanup.policy=\(policy): state older than its retention is lost")
            }
        } catch let e as KafkaError where e.code == .admin {
            logger.warning("could not check the cleanup.policy of \(stateTopic) (the broker does not describe topic configs): \(e.message)")
        }
    }

    /// A topic's partition count, waiting briefly for metadata of a topic just created.
    private func partitions(of topic: String, reader: KafkaPartitionReader) async throws -> Int {
        var attempt = 0
        while true {
            do { return try await reader.partitionCount(of: topic) } catch {
                attempt += 1
                guard error.code == .unknownTopic || error.code == .timedOut, attempt < 5 else { throw error }
                if error.code == .unknownTopic && attempt >= 2 { throw error }
                try await Task.sleep(for: .milliseconds(200 * attempt))
            }
        }
    }
}

/// A fleet service cannot start as configured; the message says why and what to do.
public struct AssemblerSetupError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
