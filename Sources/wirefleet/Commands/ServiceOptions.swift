import ArgumentParser
import WirefleetFleet

/// Options of the long-running services.
struct ServiceOptions: ParsableArguments {
    @Option(name: .long, help: "Consumer group id (default: wirefleet-<stage>).")
    var groupId: String?

    @Option(name: .long, help: "Dead-letter topic.")
    var dlqTopic: String = FleetTopics.deadLetter

    @Flag(name: .long, help: "Consume-transform-produce inside Kafka transactions (readers use read_committed).")
    var exactlyOnce = false

    @Option(name: .long, help: "Serve /metrics, /healthz and /readyz on this port (0: off).")
    var metricsPort: Int = 0

    @Option(name: .long, help: "Partitions of the topics created at start.")
    var partitions: Int = FleetTopics.defaultPartitions

    @Flag(name: .long, help: "Do not create the topics at start.")
    var noCreateTopics = false

    @Option(name: .long, help: "Records per batch at most.")
    var batchSize: Int = 256

    @Option(name: .long, help: "Consumer group session timeout in milliseconds.")
    var sessionTimeoutMs: Int = 10_000

    @Flag(name: .long, help: .hidden)
    var unsafeCommitBeforeDelivery = false

    func validate() throws {
        guard partitions >= 1 else { throw ValidationError("--partitions must be at least 1") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        guard (0...65535).contains(metricsPort) else { throw ValidationError("--metrics-port must be 0…65535") }
    }

    func apply(to o: inout FleetOptions) {
        o.deadLetterTopic = dlqTopic
        o.exactlyOnce = exactlyOnce
        o.partitions = partitions
        o.createTopics = !noCreateTopics
        o.batchSize = batchSize
        o.sessionTimeoutMilliseconds = sessionTimeoutMs
        o.unsafeCommitBeforeDelivery = unsafeCommitBeforeDelivery
    }
}
