import ArgumentParser
import Foundation
import Synchronization
import WirefleetFleet
import WirefleetKafka

/// `wirefleet produce`.
struct Produce: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Publish articles to Kafka from files, folders or standard input.",
        discussion: """
        PATH may be a .txt file (its text is the body; the id is stable for the same \
        content, so re-publishing does not create a second article), a .json file (an \
        Article object or an array of them), a .jsonl file (one Article per line), a folder \
        (searched recursively for those) or - for standard input (JSON, JSON lines or text). \
        Articles are keyed by id. Inputs that cannot become an Article are reported by file \
        and line and skipped; the exit status is 1 if any input was skipped or failed, 3 if \
        no broker answered.
        """)

    @OptionGroup var kafka: KafkaOptions

    @Option(name: .long, help: "Topic to publish to.")
    var topic: String = FleetTopics.raw

    @Flag(name: .long, help: "Read and validate everything, publish nothing.")
    var dryRun = false

    @Option(name: .long, help: "Largest body accepted, in bytes.")
    var maxBodyBytes: Int = 4 * 1024 * 1024

    @Flag(name: .long, help: "No progress bar even on a terminal.")
    var quiet = false

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one PATH, or - for standard input") }
    }

    func run() async throws {
        let logger = kafka.logger("wirefleet.produce")
        let input = ArticleInput(maxBodyBytes: maxBodyBytes)
        let files: [String]
        do { files = try input.files(for: paths) } catch { throw ValidationError("\(error)") }
        if !dryRun { try await kafka.requireBroker(try kafka.configuration(), logger: logger) }
        let producer = dryRun ? nil : try KafkaProducer(configuration: .init(common: try kafka.configuration()), logger: logger)
        let publisher = ArticlePublisher(producer: producer, topic: topic)
        let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1, total: files.count)
        for (i, file) in files.enumerated() {
            await publisher.publish(file: file, input: input) { event in
                switch event {
                case .skipped(let origin, let reason): progress.message("skipped \(origin): \(reason)")
                case .failed(let origin, let error): progress.message("failed \(origin): \(error)")
                }
            }
            let s = publisher.tally
            progress.update(done: i + 1, published: s.published, bytes: s.bytes)
        }
        do { try await publisher.finish(timeout: .seconds(60)) } catch { progress.message("flush: \(error)") }
        progress.finish()
        let s = publisher.tally
        let verb = dryRun ? "valid (dry run, nothing sent)" : "published"
        FileHandle.standardError.write(Data("\(s.published) \(verb), \(s.skipped) skipped, \(s.failed) failed, \(s.bytes) bytes\(dryRun ? "" : " to \(topic)")\n".utf8))
        if s.skipped > 0 || s.failed > 0 { throw ExitCode(1) }
    }
}

/// A one-line progress bar on standard error (only on a terminal).
final class ProgressLine: Sendable {
    private let enabled: Bool
    private let total: Int
    private let last = Mutex<ContinuousClock.Instant?>(nil)

    init(enabled: Bool, total: Int) {
        self.enabled = enabled
        self.total = total
    }

    func update(done: Int, published: Int, bytes: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let due = last.withLock { l -> Bool in
            if let p = l, now - p < .milliseconds(100), done < total { return false }
            l = now
            return true
        }
        guard due else { return }
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) files, \(published) articles, \(bytes / 1024) KiB".utf8))
    }

    func message(_ text: String) {
        FileHandle.standardError.write(Data(((enabled ? "\r\u{1B}[K" : "") + text + "\n").utf8))
    }

    func finish() { if enabled { FileHandle.standardError.write(Data("\n".utf8)) } }
}
