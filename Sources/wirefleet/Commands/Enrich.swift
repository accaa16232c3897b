import ArgumentParser
import Foundation
import WirefleetFleet

/// `wirefleet enrich`: the embedded mode, every stage in one process, no broker.
struct Enrich: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every extraction stage in this process (no broker) over articles.",
        discussion: """
        Each FILE is read as the producer reads it (.txt: the body; .json/.jsonl: Articles), \
        and each article gets the id `wirefleet produce` would give it (for a .txt file, \
        the hash of its text). \
        With --out, writes DIR/<file name without extension>.json (an EnrichedArticle) per \
        input file (for a file holding several articles: DIR/<name>-<n>.json); otherwise \
        prints one EnrichedArticle per line (JSON lines) on stdout.
        """)

    @Option(name: .long, help: "Write DIR/<name>.json per input file instead of JSON lines on stdout.")
    var out: String?

    @Argument(help: "Files or folders holding articles (- for standard input).")
    var files: [String]

    func run() async throws {
        let pipeline = EmbeddedPipeline()
        let codec = RecordCodec()
        let input = ArticleInput()
        if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
        var failures = 0
        let paths: [String]
        do { paths = try input.files(for: files) } catch { throw ValidationError("\(error)") }
        for file in paths {
            let items = input.items(of: file)
            let name = file == "-" ? "stdin" : ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            for (n, item) in items.enumerated() {
                switch item {
                case .invalid(let origin, let reason):
                    failures += 1
                    FileHandle.standardError.write(Data("skipped \(origin): \(reason)\n".utf8))
                case .article(let article, _):
                    // The same id `wirefleet produce` gives the same input (for text: the
                    // content hash); the output file is named after the input file.
                    let json = try codec.encode(pipeline.enrich(article))
                    if let out {
                        let target = items.count == 1 ? name : "\(name)-\(n)"
                        try Data(json).write(to: URL(fileURLWithPath: out).appendingPathComponent(target + ".json"))
                    } else {
                        FileHandle.standardOutput.write(Data(json + [0x0A]))
                    }
                }
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
