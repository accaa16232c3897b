import ArgumentParser
import WirefleetFleet

/// `wirefleet assemble`.
struct Assemble: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge each article's three enrichments into one record on articles.complete.",
        discussion: """
        Emits an EnrichedArticle once entities, quotes and numbers are all in; after --wait \
        seconds emits what it has with "complete": false and the missing kinds. Keeps no \
        external state: input offsets are committed only below its oldest unfinished article, \
        so a restart rebuilds the state by re-reading.
        """)

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var service: ServiceOptions

    @Option(name: .long, help: "Topic to read enrichments from.")
    var inputTopic: String = FleetTopics.enriched

    @Option(name: .long, help: "Topic to publish merged records to.")
    var outputTopic: String = FleetTopics.complete

    @Option(name: .long, help: "Seconds to wait for missing parts before emitting an incomplete record.")
    var wait: Double = 30

    func run() async throws {
        let logger = kafka.logger("wirefleet.assembler")
        var options = FleetOptions(kafka: try kafka.configuration(), inputTopic: inputTopic, outputTopic: outputTopic,
                                   groupID: service.groupId ?? "wirefleet-assembler")
        service.apply(to: &options)
        let metrics = FleetMetrics(stage: "assembler")
        let assembler = Assembler(options: options, wait: .milliseconds(Int(wait * 1000)), metrics: metrics, logger: logger)
        try await ServiceRunner.run(assembler, metrics: metrics, metricsPort: service.metricsPort, logger: logger)
    }
}
