import ArgumentParser
import Foundation
import WirefleetFleet
import WirefleetKafka

/// `wirefleet audit`.
struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Did every article make it? Compare articles.raw with articles.complete and the dead letters.",
        discussion: """
        Reads every article published on the raw topic (all, or those since --since) and \
        reports each one's fate: complete, incomplete (missing kinds), no_record, or \
        dead_lettered (with the reason and stage). Incomplete, no_record and \
        assembly_timeout articles are missing; --republish sends their raw records again \
        (same id), so the fleet completes them and nothing duplicates.

        Run it when the fleet has caught up (consumer lag 0): articles still in flight show \
        as no_record. Exit status: 0 nothing missing, 2 articles missing, 3 no broker answered, \
        1 the audit failed.
        """)

    @OptionGroup var kafka: KafkaOptions

    @Option(name: .long, help: "Topic the articles were published to.")
    var rawTopic: String = FleetTopics.raw

    @Option(name: .long, help: "Topic of the merged records.")
    var completeTopic: String = FleetTopics.complete

    @Option(name: .long, help: "Dead-letter topic.")
    var dlqTopic: String = FleetTopics.deadLetter

    @Option(name: .long, help: ArgumentHelp("Only articles published since then: an ISO 8601 time, or an age like 90m, 6h, 2d.",
                                            valueName: "time"))
    var since: String?

    @Flag(name: .long, help: "Re-send the raw records of the missing articles.")
    var republish = false

    @Flag(name: .long, help: "Print the report as JSON on standard output.")
    var json = false

    @Flag(name: .long, help: "List every article, not only those that are not complete.")
    var all = false

    @Flag(name: .long, help: "No progress line even on a terminal.")
    var quiet = false

    func validate() throws {
        if let since, Self.sinceMilliseconds(since, now: Date()) == nil {
            throw ValidationError("--since \(since): give an ISO 8601 time (2026-12-06T10:00:00Z) or an age (90m, 6h, 2d)")
        }
    }

    func run() async throws {
        let logger = kafka.logger("wirefleet.audit")
        try await kafka.requireBroker(try kafka.configuration(), logger: logger)
        let audit = ArticleAudit(configuration: try kafka.configuration(),
                                 topics: .init(raw: rawTopic, complete: completeTopic, deadLetter: dlqTopic), logger: logger)
        let line = StatusLine(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let report = try await audit.run(sinceMilliseconds: since.flatMap { Self.sinceMilliseconds($0, now: Date()) }) { p in
            line.show("reading \(p.topic): \(p.records) records")
        }
        line.clear()
        let missing = report.missing
        var republished = 0
        if republish && !missing.isEmpty {
            republished = try await audit.republish(missing) { p in line.show("republishing to \(p.topic): \(p.records)") }
            line.clear()
        }
        if json {
            let listed = all ? report.entries : report.entries.filter { $0.status != .complete }
            let out = JSONReport(summary: .init(articles: report.entries.count, rawRecords: report.rawRecords,
                                                completeRecords: report.completeRecords, deadLetters: report.deadLetters,
                                                counts: report.counts, missing: missing.count,
                                                republished: republish ? republished : nil),
                                 articles: listed)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(out) + Data("\n".utf8))
        } else {
            print(humanReport(report, republished: republish ? republished : nil))
        }
        if !missing.isEmpty { throw ExitCode(2) }
    }

    private func humanReport(_ r: ArticleAudit.Report, republished: Int?) -> String {
        var out = "audit: \(r.entries.count) articles in \(r.rawRecords) records on \(rawTopic)"
        out += since.map { " since \($0)" } ?? ""
        out += "; \(r.completeRecords) records on \(completeTopic), \(r.deadLetters) on \(dlqTopic)\n"
        let counts = r.counts
        for s in ArticleAudit.Status.allCases {
            var row = "  " + s.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0) + String(counts[s.rawValue] ?? 0)
            if s == .deadLettered, let n = counts[s.rawValue], n > 0 {
                let reasons = Dictionary(grouping: r.entries.filter { $0.status == .deadLettered }, by: { $0.reason ?? "?" })
                    .map { "\($0.key) \($0.value.count)" }.sorted().joined(separator: ", ")
                row += "  (\(reasons))"
            }
            out += row + "\n"
        }
        let listed = all ? r.entries : r.entries.filter { $0.status != .complete }
        for e in listed {
            var detail = e.status.rawValue
            if let m = e.missing, !m.isEmpty { detail += " missing \(m.joined(separator: ","))" }
            if let reason = e.reason { detail += " \(reason) (\(e.stage ?? "?"))" }
            out += "  \(e.articleID)\t\(detail)\traw \(e.partition)@\(e.offset)\n"
        }
        let missing = r.missing.count
        out += missing == 0 ? "nothing missing" : "\(missing) missing (incomplete, no record, or given up in assembly)"
        if let republished {
            out += missing == 0 ? "" : "; republished \(republished) of \(missing) — run the audit again once the fleet has caught up"
        } else if missing > 0 {
            out += "; `wirefleet audit --republish` sends them again"
        }
        return out
    }

    /// `--since`: an ISO 8601 time, or an age (`90m`, `6h`, `2d`, `30s`) before `now`.
    static func sinceMilliseconds(_ text: String, now: Date) -> Int64? {
        if let unit = text.last, let n = Double(text.dropLast()), n >= 0 {
            let seconds: Double? = switch unit {
            case "s": n
            case "m": n * 60
            case "h": n * 3600
            case "d": n * 86400
            default: nil
            }
            if let seconds { return Int64((now.timeIntervalSince1970 - seconds) * 1000) }
        }
        let f = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds], [.withFullDate]] {
            f.formatOptions = options
            if let d = f.date(from: text) { return Int64(d.timeIntervalSince1970 * 1000) }
        }
        return nil
    }

    struct JSONReport: Encodable {
        struct Summary: Encodable {
            var articles, rawRecords, completeRecords, deadLetters: Int
            var counts: [String: Int]
            var missing: Int
            var republished: Int?
            enum CodingKeys: String, CodingKey {
                case articles, counts, missing, republished
                case rawRecords = "raw_records", completeRecords = "complete_records", deadLetters = "dead_letters"
            }
        }
        var summary: Summary
        var articles: [ArticleAudit.Entry]
    }
}

/// One status line on standard error, rewritten in place (only on a terminal).
final class StatusLine: Sendable {
    private let enabled: Bool
    init(enabled: Bool) { self.enabled = enabled }
    func show(_ text: String) { if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8)) } }
    func clear() { if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
}
