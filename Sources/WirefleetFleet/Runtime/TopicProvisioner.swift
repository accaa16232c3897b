public import Logging
public import WirefleetKafka

/// Creates the fleet's topics idempotently, waiting (and saying so) while the brokers
/// cannot be reached.
public struct TopicProvisioner: Sendable {
    public let configuration: KafkaConfiguration
    public let logger: Logger

    public init(configuration: KafkaConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Ensures the topics exist (new ones with the fleet's config for them plus
    /// `config`). Retries connection failures with backoff until `waitForBrokers` has
    /// passed (nil: forever, until the task is cancelled).
    @discardableResult
    public func ensure(_ topics: [String], partitions: Int = FleetTopics.defaultPartitions, replicationFactor: Int = 1,
                       waitForBrokers: Duration? = nil, config: [String: String] = [:]) async throws -> [String: KafkaAdmin.CreateOutcome] {
        let admin = try KafkaAdmin(configuration: configuration, logger: logger)
        let deadline = waitForBrokers.map { ContinuousClock.now + $0 }
        var backoff = Duration.milliseconds(500)
        var attempt = 0
        while true {
            attempt += 1
            do {
                let outcome = try await admin.createTopics(topics.map {
                    KafkaTopicSpecification(name: $0, partitions: partitions, replicationFactor: replicationFactor,
                                            config: FleetTopics.config(for: $0).merging(config) { _, given in given })
                }, timeout: .seconds(5))
                for (t, o) in outcome.sorted(by: { $0.key < $1.key }) {
                    logger.info("topic \(t): \(o == .created ? "created" : "exists")", metadata: ["kafka.topic": "\(t)"])
                }
                return outcome
            } catch {
                guard error.isRetriable || error.code == .connection || error.code == .timedOut else { throw error }
                if let deadline, ContinuousClock.now > deadline { throw error }
                // Said plainly on the first attempt, then briefly (waiting for brokers is normal at start).
                if attempt == 1 {
                    logger.warning("\(BrokerProbe.advice(configuration.brokers)); waiting for brokers to appear")
                } else {
                    logger.warning("waiting for brokers at \(configuration.brokers) (attempt \(attempt)): \(error.message)")
                }
                try await Task.sleep(for: backoff)
                backoff = min(backoff * 2, .seconds(10))
            }
        }
    }
}
