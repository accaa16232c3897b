import ArgumentParser
import Foundation
import WirefleetBenchmarks
import WirefleetFleet

/// `wirefleet bench extract|kafka|fleet`: the options of the benchmarks in
/// `Sources/Benchmarks` (not tests; run them on a quiet machine and repeat).
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks: extraction speed, the Kafka layer against kcat, the running fleet.",
        subcommands: [Extract.self, Kafka.self, Fleet.self])

    struct Extract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Articles/s of each extractor on one core over a folder of articles.")

        @Option(name: .long, help: "Articles to process per extractor (the inputs are cycled).")
        var count: Int = 20_000

        @Option(name: .long, help: "Cut each article to about this many characters (at a paragraph or sentence end); 0: whole.")
        var truncate: Int = 0

        @Argument(help: "Files or folders of articles (default: seeds/).")
        var paths: [String] = ["seeds"]

        func run() async throws {
            do { try await ExtractBenchmark(paths: paths, count: count, truncate: truncate).run() }
            catch let e as BenchmarkError { throw ValidationError(e.description) }
        }
    }

    struct Kafka: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Produce and consume N records through this Kafka layer and through kcat; report the ratio.")

        @OptionGroup var kafka: KafkaOptions
        @Option(name: .long, help: "Records per run.") var records: Int = 100_000
        @Option(name: .long, help: "Record size in bytes.") var size: Int = 4096
        @Option(name: .long, help: "Runs of each (the best is reported, every run is printed).") var runs: Int = 3
        @Option(name: .long, help: "kcat binary for the baseline.") var kcat: String = "kcat"

        func run() async throws {
            let bench = KafkaBenchmark(configuration: try kafka.configuration(), logger: kafka.logger("wirefleet.bench"),
                                       records: records, size: size, runs: runs, kcat: kcat)
            do { try await bench.run() } catch let e as BenchmarkError { throw ValidationError(e.description) }
        }
    }

    struct Fleet: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Push N articles through the running fleet; report articles/s, publish→complete latency, RSS.",
            discussion: """
            Needs a running fleet (ops/cluster/up.sh). Publishes N articles (bodies cycled from \
            PATHS, fresh ids) to --input-topic at --rate per second (0: as fast as possible), \
            reads --complete-topic, and reports sustained throughput, p50/p99 latency (overall and \
            by publish time in 5 s windows, to show whether it stays flat), and the peak RSS and \
            the CPU time used during the run of every process with a pid file in --pid-dir \
            (the broker's included, when it has one). At a set --rate, beside the articles, at the same rate and \
            in the same seconds, it publishes the same bytes to a topic of its own and reads \
            them back (one raw hop), and prints the fleet's latency as a multiple of that hop's \
            (the fleet is three hops). Then runs kcat pass-through (produce and consume at \
            once) of the same articles on the same broker.
            """)

        @OptionGroup var kafka: KafkaOptions
        @Option(name: .long, help: "Articles to push.") var count: Int = 5000
        @Option(name: .long, help: "Articles per second (0: unthrottled).") var rate: Int = 0
        @Option(name: .long, help: "Input topic.") var inputTopic: String = FleetTopics.raw
        @Option(name: .long, help: "Topic of merged records.") var completeTopic: String = FleetTopics.complete
        @Option(name: .long, help: "Folder of the fleet's pid files.") var pidDir: String = "run/pids"
        @Option(name: .long, help: "Seconds to wait for the last record.") var timeout: Double = 300
        @Flag(name: .long, help: "Skip the kcat pass-through baseline.") var noBaseline = false
        @Flag(name: .long, help: "Skip the raw hop (own topic, same rate, same seconds) the latency is compared with.")
        var noHop = false
        @Option(name: .long, help: "Metrics ports of the fleet's processes, to read consumer lag after the run.")
        var metricsPorts: String = "9464,9465,9466,9467"
        @Option(name: .long, help: "Cut each article to about this many characters; 0: whole.") var truncate: Int = 0
        @Argument(help: "Articles to cycle (default: seeds/).") var paths: [String] = ["seeds"]

        func run() async throws {
            var bench = FleetBenchmark(configuration: try kafka.configuration(), logger: kafka.logger("wirefleet.bench"))
            bench.count = count; bench.rate = rate; bench.inputTopic = inputTopic; bench.completeTopic = completeTopic
            bench.pidDir = pidDir; bench.timeout = timeout; bench.noBaseline = noBaseline; bench.noHop = noHop
            bench.metricsPorts = metricsPorts; bench.truncate = truncate; bench.paths = paths
            do { try await bench.run() } catch let e as BenchmarkError {
                FileHandle.standardError.write(Data("wirefleet bench fleet: \(e)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}
