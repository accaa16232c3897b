import ArgumentParser
import WirefleetFleet

/// `wirefleet assemble`.
struct Assemble: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge each article's three enrichments into one record on articles.complete.",
        discussion: """
        Emits an EnrichedArticle once entities, quotes and numbers are all in. After --wait \
        seconds it emits what it has with "complete": false and the missing kinds; when the \
        missing part arrives later (minutes later, across restarts) the complete record \
        follows. A complete record is never followed by an incomplete one. An article still \
        incomplete after --give-up-after seconds goes to the dead-letter topic once \
        (reason assembly_timeout).

        Its state lives on --state-topic, a compacted changelog with as many partitions as \
        the input topic, read back on every start and partition assignment (created at \
        start if missing; the assembler refuses to start if its shape is wrong). \
        Re-publishing an article (same id) runs the stages again and the new complete record \
        replaces the old one.
        """)

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var service: ServiceOptions

    @Option(name: .long, help: "Topic to read enrichments from.")
    var inputTopic: String = FleetTopics.enriched

    @Option(name: .long, help: "Topic to publish merged records to.")
    var outputTopic: String = FleetTopics.complete

    @Option(name: .long, help: "Compacted changelog topic holding the assembler's state.")
    var stateTopic: String = FleetTopics.assemblerState

    @Option(name: .long, help: "Seconds to wait for missing parts before emitting an incomplete record.")
    var wait: Double = 30

    @Option(name: .long, help: "Seconds an article may stay incomplete before it is dead-lettered (assembly_timeout).")
    var giveUpAfter: Double = 3600

    func validate() throws {
        guard wait > 0, wait.isFinite else { throw ValidationError("--wait must be a positive number of seconds") }
        guard giveUpAfter >= wait, giveUpAfter.isFinite else { throw ValidationError("--give-up-after must be at least --wait") }
    }

    func run() async throws {
        let logger = kafka.logger("wirefleet.assembler")
        var options = FleetOptions(kafka: try kafka.configuration(), inputTopic: inputTopic, outputTopic: outputTopic,
                                   groupID: service.groupId ?? "wirefleet-assembler")
        service.apply(to: &options)
        let metrics = FleetMetrics(stage: "assembler")
        let assembler = Assembler(options: options, wait: .milliseconds(Int(wait * 1000)),
                                  giveUpAfter: .milliseconds(Int(giveUpAfter * 1000)), stateTopic: stateTopic,
                                  metrics: metrics, logger: logger)
        try await ServiceRunner.run(assembler, metrics: metrics, metricsPort: service.metricsPort, logger: logger)
    }
}
