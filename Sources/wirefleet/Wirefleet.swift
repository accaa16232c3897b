import ArgumentParser

/// The `wirefleet` command line: a thin layer over the fleet runtime.
@main
struct Wirefleet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wirefleet",
        abstract: "A Swift worker fleet on Kafka that turns news articles into structured records.",
        discussion: """
        Articles go in on articles.raw (wirefleet produce); three workers (entities, quotes, \
        numbers) publish one enrichment each to articles.enriched; the assembler merges \
        them into one record per article on articles.complete. Bad records go to \
        articles.dlq with headers saying why. `wirefleet enrich` does the same in one \
        process without a broker.

        Brokers: --brokers, else $WIREFLEET_BROKERS, else 127.0.0.1:9092.
        """,
        version: "0.1.0",
        subcommands: [Produce.self, Worker.self, Assemble.self, Index.self, Audit.self, Topics.self, Enrich.self, Explain.self, Bench.self]
    )
}
