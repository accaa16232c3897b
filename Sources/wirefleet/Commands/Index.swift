import ArgumentParser
import WirefleetFleet

/// `wirefleet index`.
struct Index: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Keep the cross-article index: entities.index and quotes.clusters, compacted, keyed by id.",
        discussion: """
        Reads complete articles (its own consumer group) and publishes, for every entity id, \
        what all articles say about it (name, type, aliases, article count, first and last \
        seen, geo) to --entities-topic, and for every quote cluster the reports of that \
        statement across articles (speaker, quotes with their article ids) to \
        --clusters-topic. Both are compacted: the latest record per key is the entry.

        Ids are also linked across every indexed article, at most every 10 s and once more \
        when articles stop coming (the rules of `enrich`'s linking): the entry of an id that \
        names the same entity as another id ("Leaupepe" alone, the one Tavita Leaupepe) \
        carries "linked_to" with that id. The articles' records keep their own ids.

        Restart-safe: each article's contribution goes to --state-topic (compacted, as many \
        partitions as the input) before the entries it changes; on start the state is read \
        back, every entry recomputed and published again. An article read twice counts once. \
        Run one instance: entries aggregate every partition of the input.

        Read it with kcat: kcat -b localhost:9092 -C -t entities.index -e -f '%k %s\\n'
        """)

    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var service: ServiceOptions

    @Option(name: .long, help: "Topic to read merged records from.")
    var inputTopic: String = FleetTopics.complete

    @Option(name: .long, help: "Compacted topic of entity entries (key: entity id).")
    var entitiesTopic: String = FleetTopics.entityIndex

    @Option(name: .long, help: "Compacted topic of quote clusters (key: cluster).")
    var clustersTopic: String = FleetTopics.quoteClusters

    @Option(name: .long, help: "Compacted changelog topic holding the index's state.")
    var stateTopic: String = FleetTopics.indexState

    func run() async throws {
        let logger = kafka.logger("wirefleet.index")
        var options = FleetOptions(kafka: try kafka.configuration(), inputTopic: inputTopic, outputTopic: entitiesTopic,
                                   groupID: service.groupId ?? "wirefleet-index")
        service.apply(to: &options)
        let metrics = FleetMetrics(stage: "index")
        let index = IndexService(options: options, entitiesTopic: entitiesTopic, clustersTopic: clustersTopic,
                                 stateTopic: stateTopic, metrics: metrics, logger: logger)
        try await ServiceRunner.run(index, metrics: metrics, metricsPort: service.metricsPort, logger: logger)
    }
}
