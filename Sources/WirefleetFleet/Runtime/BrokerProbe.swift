public import Logging
public import WirefleetKafka

/// Asks the brokers for metadata once, so a command can say plainly — within seconds,
/// not after librdkafka's retries — that no broker is there.
public struct BrokerProbe: Sendable {
    public let configuration: KafkaConfiguration
    public let logger: Logger

    public init(configuration: KafkaConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Returns when a broker answered; throws ``NoBrokerError`` if none did within `timeout`.
    public func require(timeout: Duration = .seconds(8)) async throws {
        let admin = try KafkaAdmin(configuration: configuration, logger: logger)
        do { _ = try await admin.listTopics(timeout: timeout) } catch {
            guard error.code == .connection || error.code == .timedOut || error.isRetriable else { throw error }
            throw NoBrokerError(brokers: configuration.brokers, detail: error.message)
        }
    }

    /// What to tell a user when no broker answers at `brokers`.
    public static func advice(_ brokers: String) -> String {
        "no Kafka broker answered at \(brokers) — start one with ops/cluster/up.sh or docker compose up, "
            + "or pass --brokers (or set WIREFLEET_BROKERS)"
    }
}

/// No broker answered at the configured address.
public struct NoBrokerError: Error, CustomStringConvertible {
    public var brokers: String
    public var detail: String
    public var description: String { BrokerProbe.advice(brokers) }
}
