import ArgumentParser
import Foundation
import WirefleetFleet
import WirefleetKafka

/// `wirefleet topics create|list`.
struct Topics: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create or list the fleet's topics.",
        subcommands: [Create.self, List.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create topics (idempotent). No TOPIC: the four defaults.")

        @OptionGroup var kafka: KafkaOptions
        @Option(name: .long, help: "Partitions per topic.") var partitions: Int = FleetTopics.defaultPartitions
        @Option(name: .long, help: "Replication factor.") var replicationFactor: Int = 1
        @Option(name: .long, help: "Seconds to wait for the brokers to appear.") var wait: Double = 60
        @Option(name: .long, help: ArgumentHelp("A topic config for the topics named here, key=value (repeatable), e.g. cleanup.policy=compact.",
                                                valueName: "key=value"))
        var config: [String] = []
        @Argument(help: "Topics to create.") var topics: [String] = []

        func run() async throws {
            let logger = kafka.logger("wirefleet.topics")
            let names = topics.isEmpty ? FleetTopics.all : topics
            let configuration = try kafka.configuration()
            var extra: [String: String] = [:]
            for item in config {
                guard let eq = item.firstIndex(of: "="), eq != item.startIndex else {
                    throw ValidationError("--config \(item): expected key=value")
                }
                extra[String(item[..<eq])] = String(item[item.index(after: eq)...])
            }
            let outcome: [String: KafkaAdmin.CreateOutcome]
            do {
                outcome = try await TopicProvisioner(configuration: configuration, logger: logger)
                    .ensure(names, partitions: partitions, replicationFactor: replicationFactor,
                            waitForBrokers: .milliseconds(Int(wait * 1000)), config: extra)
            } catch let e as KafkaError where e.code == .connection || e.code == .timedOut {
                FileHandle.standardError.write(Data("wirefleet: \(BrokerProbe.advice(configuration.brokers)) (waited \(Int(wait)) s)\n".utf8))
                throw ExitCode(KafkaOptions.noBrokerExitCode)
            }
            for name in names {
                print("\(name)\t\(outcome[name] == .created ? "created" : "exists")")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List topics with partitions and replication factor.")
        @OptionGroup var kafka: KafkaOptions

        func run() async throws {
            let logger = kafka.logger("wirefleet.topics")
            try await kafka.requireBroker(try kafka.configuration(), logger: logger)
            let admin = try KafkaAdmin(configuration: try kafka.configuration(), logger: logger)
            for t in try await admin.listTopics() where !t.name.hasPrefix("__") {
                print("\(t.name)\tpartitions=\(t.partitions)\treplication=\(t.replicationFactor)")
            }
        }
    }
}
