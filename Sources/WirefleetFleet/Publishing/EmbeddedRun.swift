import Foundation
import WirefleetExtraction

/// The embedded mode over files: every input file enriched by ``EmbeddedPipeline`` on
/// several cores, with bounded memory, results handed back in input order.
///
/// `jobs` files are enriched at once, and at most `2 × jobs` are in hand (being
/// enriched or waiting for their turn to be handed back), so memory stays flat for inputs
/// of any size. With an output folder each article is
/// written to `DIR/<file name without extension>.json` (`DIR/<name>-<n>.json` for a
/// file holding several articles), in place, without a sync per file; ``sync()`` flushes
/// once at the end when asked for.
public struct EmbeddedRun: Sendable {
    /// What one input file became.
    public struct FileResult: Sendable {
        /// The input path.
        public var path: String
        /// Output names and, without an output folder, the records' JSON (one line each).
        public var outputs: [(name: String, json: [UInt8])] = []
        /// One message per input item that was not an article.
        public var skipped: [String] = []
        /// With `indexing`, what each article adds to the cross-article index.
        public var contributions: [ArticleContribution] = []
    }

    /// A file that could not be written.
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    public let outDir: String?
    public let jobs: Int
    /// Whether results carry ``FileResult/contributions`` (`enrich --index`).
    public let indexing: Bool
    private let pipeline: EmbeddedPipeline
    private let input: ArticleInput

    public init(outDir: String?, jobs: Int, indexing: Bool = false, pipeline: EmbeddedPipeline = EmbeddedPipeline(),
                input: ArticleInput = ArticleInput()) {
        self.outDir = outDir
        self.indexing = indexing
        self.jobs = max(1, jobs)
        self.pipeline = pipeline
        self.input = input
    }

    /// Enriches `paths` (files, as ``ArticleInput/files(for:)`` lists them) and calls
    /// `handle` once per file, in input order, on the calling task.
    public func run(_ paths: [String], handle: (FileResult) throws -> Void) async throws {
        if let outDir { try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true) }
        if paths.count > 1 { EntityTagger.loadData() }   // both data sets at once, before the first article
        let (pipeline, input, outDir, indexing) = (self.pipeline, self.input, self.outDir, self.indexing)
        let seenAt = UTCTimestamp.now(fractional: false)
        try await Self.inOrder(paths.count, jobs: jobs, work: { i in
            try Self.process(paths[i], input: input, pipeline: pipeline, outDir: outDir,
                             indexedAt: indexing ? seenAt : nil)
        }, handle: handle)
    }

    /// Runs `work(0) … work(count - 1)`, `jobs` at a time, and calls `handle` with their
    /// results in index order, on the calling task. At most `2 × jobs` results are in hand
    /// (being made or waiting for an earlier one), so a slow item holds back at most
    /// `jobs` more and memory stays flat however large `count` is.
    static func inOrder<Result: Sendable>(_ count: Int, jobs: Int, work: @escaping @Sendable (Int) throws -> Result,
                                          handle: (Result) throws -> Void) async throws {
        let jobs = max(1, jobs), window = 2 * max(1, jobs)
        var next = 0            // next index to start
        var emitted = 0         // next index whose result is handed back
        var running = 0         // items being worked on
        var pending: [Int: Result] = [:]
        try await withThrowingTaskGroup(of: (Int, Result).self) { group in
            func startWhileRoom() {
                while next < count, running < jobs, next - emitted < window {
                    let i = next
                    group.addTask { (i, try work(i)) }
                    next += 1
                    running += 1
                }
            }
            startWhileRoom()
            while let (i, result) = try await group.next() {
                running -= 1
                pending[i] = result
                while let r = pending.removeValue(forKey: emitted) {
                    try handle(r)
                    emitted += 1
                }
                startWhileRoom()
            }
        }
    }

    /// Flushes everything written to disk.
    public static func sync() { Foundation.sync() }

    /// Reads, enriches and (with an output folder) writes one input file.
    /// With `indexedAt`, also the articles' index contributions, seen at that time.
    static func process(_ file: String, input: ArticleInput, pipeline: EmbeddedPipeline, outDir: String?,
                        indexedAt: String? = nil) throws -> FileResult {
        let items = input.items(of: file)
        let name = file == "-" ? "stdin" : String(PathName.stem(file))
        var result = FileResult(path: file)
        for (n, item) in items.enumerated() {
            switch item {
            case .invalid(let origin, let reason):
                result.skipped.append("skipped \(origin): \(reason)")
            case .article(let article, _):
                let (json, extracted) = try pipeline.enrichedJSONAndResult(article)
                let target = items.count == 1 ? name : "\(name)-\(n)"
                if let outDir { try write(json, to: PathName.join(outDir, target + ".json")) }
                result.outputs.append((target, outDir == nil ? json : []))
                if let indexedAt {
                    result.contributions.append(ArticleContribution(articleID: article.id, seenAt: indexedAt,
                                                                    entities: extracted.entities, quotes: extracted.quotes))
                }
            }
        }
        return result
    }

    /// Writes a file in place: no temporary file, no sync (the caller may sync once).
    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, reason: String(cString: strerror(errno)))
            }
            written += n
        }
    }
}
