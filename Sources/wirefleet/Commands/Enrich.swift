import ArgumentParser
import Foundation
import WirefleetExtraction
import WirefleetFleet

/// `wirefleet enrich`: the embedded mode, every stage in one process, no broker.
struct Enrich: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every extraction stage in this process (no broker) over text files.",
        discussion: """
        Each FILE is read as an article body (UTF-8 text). With --out, writes \
        DIR/<file name without extension>.json (an EnrichedArticle) per file; \
        otherwise prints one EnrichedArticle per line (JSON lines) on stdout.
        """
    )

    @Option(name: .long, help: "Write DIR/<name>.json per input file instead of JSON lines on stdout.")
    var out: String?

    @Argument(help: "Text files holding article bodies.")
    var files: [String]

    func run() async throws {
        let extractor = Extractor()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
        for file in files {
            let url = URL(fileURLWithPath: file)
            let data = try Data(contentsOf: url)
            let body = String(decoding: data, as: UTF8.self)
            let name = url.deletingPathExtension().lastPathComponent
            let result = extractor.all(in: body)
            let record = EnrichedArticle(articleID: name, title: nil, complete: true, missing: nil,
                                         entities: result.entities, quotes: result.quotes, numbers: result.numbers,
                                         stages: [:])
            let json = try encoder.encode(record)
            if let out {
                try json.write(to: URL(fileURLWithPath: out).appendingPathComponent(name + ".json"))
            } else {
                FileHandle.standardOutput.write(json + Data([0x0A]))
            }
        }
    }
}
