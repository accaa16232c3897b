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
        the hash of its text). With --out, writes DIR/<file name without extension>.json (an \
        EnrichedArticle) per input file (for a file holding several articles: \
        DIR/<name>-<n>.json); otherwise prints one EnrichedArticle per line (JSON lines) on \
        stdout, in input order.

        Files are processed on --jobs cores (at most twice as many files in flight), so \
        memory stays flat for inputs of any size. Output files are written without a sync \
        each; --sync flushes them to disk once at the end. A progress line shows on a \
        terminal. Exit status 1 if any input was skipped.
        """)

    @Option(name: .long, help: "Write DIR/<name>.json per input file instead of JSON lines on stdout.")
    var out: String?

    @Option(name: .long, help: "Files processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Flush the written files to disk at the end.")
    var sync = false

    @Flag(name: .long, help: "No progress line even on a terminal.")
    var quiet = false

    @Argument(help: "Files or folders holding articles (- for standard input).")
    var files: [String]

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if files.isEmpty { throw ValidationError("give at least one FILE or folder, or - for standard input") }
    }

    /// What one input file became.
    struct FileResult: Sendable {
        var outputs: [(name: String, json: [UInt8])] = []
        var skipped: [String] = []
    }

    func run() async throws {
        let input = ArticleInput()
        if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
        let paths: [String]
        do { paths = try input.files(for: files) } catch { throw ValidationError("\(error)") }
        let pipeline = EmbeddedPipeline()
        let outDir = out
        let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1 && paths.count > 1, total: paths.count)
        let window = jobs * 2   // a file in hand for each core while its last result is written
        var skipped = 0
        var articles = 0
        var next = 0          // next path index to hand out
        var emitted = 0       // next path index whose result is written (stdout order)
        var pending: [Int: FileResult] = [:]
        try await withThrowingTaskGroup(of: (Int, FileResult).self) { group in
            func submit(_ i: Int) {
                let file = paths[i]
                group.addTask { (i, try Self.process(file, input: input, pipeline: pipeline, outDir: outDir)) }
            }
            while next < min(window, paths.count) { submit(next); next += 1 }
            while let (i, result) = try await group.next() {
                if next < paths.count { submit(next); next += 1 }
                pending[i] = result
                // Results leave in input order; at most `window` wait here.
                while let r = pending.removeValue(forKey: emitted) {
                    for message in r.skipped { progress.message(message) }
                    skipped += r.skipped.count
                    articles += r.outputs.count
                    if outDir == nil {
                        var lines = Data()
                        for o in r.outputs { lines.append(contentsOf: o.json); lines.append(0x0A) }
                        FileHandle.standardOutput.write(lines)
                    }
                    emitted += 1
                    progress.update(done: emitted, published: articles, bytes: 0)
                }
            }
        }
        progress.finish()
        if sync, outDir != nil { Foundation.sync() }
        if skipped > 0 { throw ExitCode(1) }
    }

    /// Reads, enriches and (with an output folder) writes one input file.
    static func process(_ file: String, input: ArticleInput, pipeline: EmbeddedPipeline, outDir: String?) throws -> FileResult {
        let items = input.items(of: file)
        let name = file == "-" ? "stdin" : ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var result = FileResult()
        for (n, item) in items.enumerated() {
            switch item {
            case .invalid(let origin, let reason):
                result.skipped.append("skipped \(origin): \(reason)")
            case .article(let article, _):
                let json = try pipeline.enrichedJSON(article)
                let target = items.count == 1 ? name : "\(name)-\(n)"
                if let outDir { try write(json, to: (outDir as NSString).appendingPathComponent(target + ".json")) }
                result.outputs.append((target, outDir == nil ? json : []))
            }
        }
        return result
    }

    /// Writes a file in place: no temporary file, no sync (the caller may sync once).
    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            written += n
        }
    }
}
