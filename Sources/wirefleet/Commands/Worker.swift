public import ArgumentParser
import WirefleetFleet

/// `wirefleet worker entities|quotes|numbers`.
struct Worker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one extraction stage as a long-running consumer-group worker.",
        discussion: """
        Consumes articles from --input-topic in the group wirefleet-<stage> and publishes one \
        enrichment per article to --output-topic. Records that cannot be decoded or processed \
        go to --dlq-topic with headers saying why. Run several to share the partitions. \
        SIGTERM/SIGINT: finish in-flight work, commit, leave the group, exit 0.
        """)

    @Argument(help: "The stage: entities, quotes or numbers.")
    var stage: EnrichmentKind

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var service: ServiceOptions

    @Option(name: .long, help: "Topic to read articles from.")
    var inputTopic: String = FleetTopics.raw

    @Option(name: .long, help: "Topic to publish enrichments to.")
    var outputTopic: String = FleetTopics.enriched

    @Option(name: .long, help: "Articles larger than this many bytes are dead-lettered.")
    var maxBodyBytes: Int = 4 * 1024 * 1024

    @Option(name: .long, help: "Per-article processing budget in seconds; past it the article is dead-lettered.")
    var articleTimeout: Double = 10

    @Option(name: .long, help: ArgumentHelp(
        "Batches whose outputs may await their acknowledgements while the next are processed.",
        discussion: "1 (the default): each batch waits for its own. 2-4 clear a backlog faster; offsets are still committed only for acknowledged outputs, in order. Ignored with --exactly-once."))
    var batchesInFlight: Int = 1

    func validate() throws {
        guard (1...16).contains(batchesInFlight) else { throw ValidationError("--batches-in-flight must be 1 to 16") }
    }

    func run() async throws {
        let logger = kafka.logger("wirefleet.worker.\(stage.rawValue)")
        var options = FleetOptions(kafka: try kafka.configuration(), inputTopic: inputTopic, outputTopic: outputTopic,
                                   groupID: service.groupId ?? "wirefleet-\(stage.rawValue)")
        service.apply(to: &options)
        options.maxBodyBytes = maxBodyBytes
        options.articleTimeout = .milliseconds(Int(articleTimeout * 1000))
        options.batchesInFlight = batchesInFlight
        let metrics = FleetMetrics(stage: stage.rawValue)
        let worker = EnrichmentWorker(stage: EnrichmentStage(kind: stage), options: options, metrics: metrics, logger: logger)
        try await ServiceRunner.run(worker, metrics: metrics, metricsPort: service.metricsPort, logger: logger)
    }
}

extension EnrichmentKind: ExpressibleByArgument {}
