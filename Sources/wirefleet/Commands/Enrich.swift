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

        With --out or --index, ids are also linked across all the articles of the run, \
        when exactly one candidate of the run fits: a family or given name alone, a name \
        in both orders or spelt another way, a shorter form of a longer name, a body's \
        name without its place ("Supreme Court" and "Supreme Court of India"), a name \
        typed PERSON in one article and ORG in another, a name placed in one article and \
        not in another (which also takes that place), a one-word short name another \
        article defines ("DfT"); and a quote that is a fragment or a rewording of another \
        quote of the same speaker takes its cluster. The files written are updated at \
        the end (--no-link keeps each article's own ids; JSON lines on stdout always do). \
        Linking keeps the run's names and quotes in memory.

        --index FILE also writes the cross-article index of all the articles, as `wirefleet \
        index` keeps it on its topics: one JSON line per entity id (wirefleet.entity-index/1), \
        then one per quote cluster (wirefleet.quote-cluster/1).
        """)

    @Option(name: .long, help: "Write DIR/<name>.json per input file instead of JSON lines on stdout.")
    var out: String?

    @Option(name: .long, help: "Files processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Flush the written files to disk at the end.")
    var sync = false

    @Option(name: .long, help: "Also write the cross-article index (entities by id, quote clusters) to FILE as JSON lines.")
    var index: String?

    @Flag(name: .customLong("no-link"), help: "Keep each article's own ids, places and quote clusters: no linking across the articles of the run.")
    var noLink = false

    @Flag(name: .long, help: "No progress line even on a terminal.")
    var quiet = false

    @Argument(help: "Files or folders holding articles (- for standard input).")
    var files: [String]

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if files.isEmpty { throw ValidationError("give at least one FILE or folder, or - for standard input") }
    }

    func run() async throws {
        let input = ArticleInput()
        let paths: [String]
        do { paths = try input.files(for: files) } catch { throw ValidationError("\(error)") }
        let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1 && paths.count > 1, total: paths.count)
        let toStdout = out == nil
        var skipped = 0
        var articles = 0
        var done = 0
        var indexState = IndexState()
        let linking = !noLink && (out != nil || index != nil)
        var links = EmbeddedRun.Links()
        do {
            links = try await EmbeddedRun(outDir: out, jobs: jobs, indexing: index != nil, linking: linking,
                                          input: input).run(paths) { r in
                for c in r.contributions { indexState.add(c) }
                for message in r.skipped { progress.message(message) }
                skipped += r.skipped.count
                articles += r.outputs.count
                if toStdout {
                    var lines = Data()
                    for o in r.outputs { lines.append(contentsOf: o.json); lines.append(0x0A) }
                    FileHandle.standardOutput.write(lines)
                }
                done += 1
                progress.update(done: done, published: articles, bytes: 0)
            }
        } catch let e as EmbeddedRun.WriteError {
            throw ValidationError(e.description)
        }
        progress.finish()
        if let index {
            do { try IndexFile.write(indexState.linked(links), to: index) } catch { throw ValidationError("cannot write \(index): \(error)") }
        }
        if sync, out != nil { EmbeddedRun.sync() }
        if skipped > 0 { throw ExitCode(1) }
    }
}
