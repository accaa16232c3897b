import Foundation
public import WirefleetExtraction

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
        /// With `linking`, each written article's names for ``CrossArticleLinker`` and
        /// quotes for ``QuoteClusterLinker``.
        var names: [(output: String, names: CrossArticleLinker.ArticleNames, quotes: QuoteClusterLinker.ArticleQuotes)] = []
    }

    /// A file that could not be written.
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// What linking decided (``CrossArticleLinker/Resolution``).
    public typealias Links = CrossArticleLinker.Resolution

    public let outDir: String?
    public let jobs: Int
    /// Whether results carry ``FileResult/contributions`` (`enrich --index`).
    public let indexing: Bool
    /// Whether ids are linked across the run's articles (``CrossArticleLinker``): the
    /// files written are rewritten at the end with the linked ids.
    public let linking: Bool
    private let pipeline: EmbeddedPipeline
    private let input: ArticleInput

    public init(outDir: String?, jobs: Int, indexing: Bool = false, linking: Bool = false,
                pipeline: EmbeddedPipeline = EmbeddedPipeline(), input: ArticleInput = ArticleInput()) {
        self.outDir = outDir
        self.indexing = indexing
        self.linking = linking
        self.jobs = max(1, jobs)
        self.pipeline = pipeline
        self.input = input
    }

    /// Enriches `paths` (files, as ``ArticleInput/files(for:)`` lists them) and calls
    /// `handle` once per file, in input order, on the calling task.
    ///
    /// With `linking`, at the end links ids across all the articles
    /// (``CrossArticleLinker``), rewrites the written files that hold a linked id (and
    /// gives an unplaced name the place it was linked to), and returns the resolution for
    /// the caller's index. The results handed to `handle` (and any JSON lines in them)
    /// carry the ids before linking.
    @discardableResult
    public func run(_ paths: [String], handle: (FileResult) throws -> Void) async throws -> Links {
        if let outDir { try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true) }
        if paths.count > 1 { EntityTagger.loadData() }   // both data sets at once, before the first article
        let (pipeline, input, outDir, indexing, linking) = (self.pipeline, self.input, self.outDir, self.indexing, self.linking)
        let seenAt = UTCTimestamp.now(fractional: false)
        var linker = CrossArticleLinker()
        var quoteLinker = QuoteClusterLinker()
        // Each written file's linkable ids, as numbers into `idList` (a few bytes a file).
        var written: [(output: String, ids: [Int32])] = []
        var idNumbers: [String: Int32] = [:]
        var idList: [String] = []
        try await Self.inOrder(paths.count, jobs: jobs, work: { i in
            try Self.process(paths[i], input: input, pipeline: pipeline, outDir: outDir,
                             indexedAt: indexing ? seenAt : nil, linking: linking)
        }, handle: { r in
            for (output, names, quotes) in r.names {
                linker.add(names)
                quoteLinker.add(quotes)
                guard outDir != nil, case let ids = names.ids + quotes.clusters, !ids.isEmpty else { continue }
                written.append((output, ids.map { id in
                    if let n = idNumbers[id] { return n }
                    idList.append(id)
                    idNumbers[id] = Int32(idList.count - 1)
                    return Int32(idList.count - 1)
                }))
            }
            try handle(r)
        })
        guard linking else { return Links() }
        var resolution = linker.resolve()
        // Quote clusters last: speakers are compared after the entity links.
        resolution.ids.merge(quoteLinker.links(speakerLinks: resolution.ids)) { a, _ in a }
        guard !resolution.ids.isEmpty || !resolution.places.isEmpty else { return resolution }
        let places = resolution.places.compactMapValues(EnrichmentJSONWriter.encodeGeo)
        guard let outDir else { return resolution }
        let touched = Set(idList.indices.filter { resolution.ids[idList[$0]] != nil || places[idList[$0]] != nil }.map(Int32.init))
        for file in written where file.ids.contains(where: touched.contains) {
            try Self.relink(PathName.join(outDir, file.output + ".json"), links: resolution.ids, places: places)
        }
        return resolution
    }

    /// Rewrites one written record with linked ids: the value of every `"id"`,
    /// `"speaker_id"` and `"cluster"` member (a key written right after `{` or `,`, so never inside a
    /// string). Every id has the same length (a kind and 16 hex digits), so each is
    /// overwritten in place. An entity whose old id has an entry in `places` (its place's
    /// JSON) and no `"geo"` of its own (the writer puts `"geo"` between `"aliases"` and
    /// `"id"`: `],"id"` means none) gets it.
    static func relink(_ path: String, links: [String: String], places: [String: [UInt8]] = [:]) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WriteError(path: path, reason: "cannot read it back to link its ids")
        }
        var bytes = [UInt8](data)
        var changed = false
        for key in idKeys {
            var i = 1
            while i + key.count < bytes.count {
                guard bytes[i] == 0x22, bytes[i - 1] == 0x2C || bytes[i - 1] == 0x7B,
                      bytes[i..<(i + key.count)].elementsEqual(key) else { i += 1; continue }
                let start = i + key.count
                i = start
                guard let end = bytes[start...].firstIndex(of: 0x22),
                      let old = String(bytes: bytes[start..<end], encoding: .utf8) else { continue }
                i = end
                if let new = links[old], new.utf8.count == old.utf8.count {
                    bytes.replaceSubrange(start..<end, with: Array(new.utf8))
                    changed = true
                }
                let keyStart = start - key.count
                if key == idKeys[0], let geo = places[old], keyStart >= 2, bytes[keyStart - 2] == 0x5D {
                    // `],"id":"…` → `],"geo":{…},"id":"…`
                    let insertion = Array(#""geo":"#.utf8) + geo + [0x2C]
                    bytes.insert(contentsOf: insertion, at: keyStart)
                    i += insertion.count
                    changed = true
                }
            }
        }
        if changed { try write(bytes, to: path) }
    }

    /// `"id":"`, `"speaker_id":"` and `"cluster":"`, as the record writer writes them.
    static let idKeys: [[UInt8]] = [Array(#""id":""#.utf8), Array(#""speaker_id":""#.utf8), Array(#""cluster":""#.utf8)]

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
                        indexedAt: String? = nil, linking: Bool = false) throws -> FileResult {
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
                if linking {
                    result.names.append((target, CrossArticleLinker.names(of: extracted.entities),
                                         QuoteClusterLinker.quotes(of: extracted.quotes)))
                }
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
