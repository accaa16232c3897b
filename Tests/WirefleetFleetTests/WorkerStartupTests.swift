import Foundation
import Testing
import WirefleetFleet
import WirefleetTestSupport

/// A worker loads its word lists and gazetteer before it joins its group, so the first
/// article's time budget (`--article-timeout`) is the article's own. (It used to be
/// spent on the load: with a short budget the first article of every start was
/// dead-lettered as `processing_timeout`.)
@Suite("Worker start-up")
struct WorkerStartupTests {
    @Test func theFirstArticleDoesNotPayForLoadingTheData() async throws {
        let h = FleetHarness()
        try await h.createTopics()
        let fleet = try FleetProcesses(brokers: try await TestBroker.brokers(), harness: h)
        defer { _ = fleet.stopAll() }
        // A debug build loads the data in about 1.5 s and tags one of these short
        // articles in a few milliseconds: a 1 s budget tells the two apart with room.
        try fleet.start(.entities, extra: ["--article-timeout", "1"])
        #expect(try await fleet.waitUntilReady([.entities], timeout: .seconds(60)))
        let articles = FleetHarness.articles(3)
        try await h.publish(articles)
        // One output per article, a part or a dead letter: three parts mean none was dead-lettered.
        let parts = try await h.read(h.enriched, count: articles.count, timeout: .seconds(60))
        print("worker start-up: \(parts.count) of \(articles.count) articles enriched under a 1 s article timeout")
        #expect(parts.count == articles.count, "an article was dead-lettered (see run/test-logs/\(h.groupPrefix)/entities.log)")
        #expect(fleet.exited().isEmpty)
    }
}
