import ArgumentParser
import Foundation
import Logging
import WirefleetFleet
import WirefleetKafka

/// Options every command that talks to Kafka takes.
struct KafkaOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Bootstrap brokers, host:port[,host:port].",
                                            discussion: "Default: $WIREFLEET_BROKERS, then 127.0.0.1:9092."))
    var brokers: String?

    @Option(name: .customShort("X"), help: ArgumentHelp("A librdkafka property, key=value (repeatable), like kcat.",
                                                        valueName: "key=value"))
    var properties: [String] = []

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = ProcessInfo.processInfo.environment["WIREFLEET_LOG_LEVEL"] ?? "info"

    func configuration() throws -> KafkaConfiguration {
        var c = KafkaConfiguration(brokers: KafkaConfiguration.resolveBrokers(brokers, environment: ProcessInfo.processInfo.environment))
        do { try c.apply(properties: properties) } catch { throw ValidationError(error.message) }
        return c
    }

    /// Makes sure a broker answers (within ~8 s); otherwise says so plainly and exits
    /// with status 3.
    func requireBroker(_ configuration: KafkaConfiguration, logger: Logger) async throws {
        do { try await BrokerProbe(configuration: configuration, logger: logger).require() } catch let e as NoBrokerError {
            FileHandle.standardError.write(Data("wirefleet: \(e)\n".utf8))
            throw ExitCode(Self.noBrokerExitCode)
        }
    }

    /// The exit status of a command that found no broker.
    static let noBrokerExitCode: Int32 = 3

    func logger(_ label: String) -> Logger {
        LoggingSetup.bootstrap()
        var logger = Logger(label: label)
        logger.logLevel = Logger.Level(rawValue: logLevel.lowercased()) ?? .info
        return logger
    }
}

enum LoggingSetup {
    private static let once: Void = {
        LoggingSystem.bootstrap { label in StreamLogHandler.standardError(label: label) }
    }()
    static func bootstrap() { _ = once }
}
