import ArgumentParser

/// The `wirefleet` command line: a thin layer over the fleet runtime.
@main
struct Wirefleet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wirefleet",
        abstract: "A Swift worker fleet on Kafka that turns news articles into structured records.",
        subcommands: [Enrich.self]
    )
}
