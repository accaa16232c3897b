import Foundation
import Testing
import WirefleetExtraction
@testable import WirefleetFleet
import WirefleetKafka
import WirefleetTestSupport

/// `wirefleet index` as a separate process on a real broker: merged records (the
/// embedded pipeline's bytes, i.e. the assembler's) published to its input, every one
/// twice; the index is stopped (SIGKILL or SIGTERM) and started again while more
/// articles and some of the first ones again arrive. The latest entry per id must count every
/// distinct article exactly once — the counts an in-process ``IndexState`` gives for
/// the same articles, and an id only linking joins must carry `linked_to`.
@Suite(.serialized) struct IndexRestartTests {
    @Test(arguments: AssemblerRestartTests.Stop.allCases)
    func everyArticleCountsOnceAcrossARestart(_ stop: AssemblerRestartTests.Stop) async throws {
        let h = FleetHarness()
        try await TestBroker.createTopics([h.complete, h.dlq], partitions: 3)
        let fleet = try FleetProcesses(brokers: try await TestBroker.brokers(), harness: h)
        defer { _ = fleet.stopAll() }

        // Four copies of each seed under fresh ids: 20 articles, then 20 more.
        let seeds = try FleetHarness.seedArticles()
        let pipeline = EmbeddedPipeline()
        func batch(_ copies: Range<Int>) throws -> [(id: String, json: [UInt8])] {
            try copies.flatMap { c in
                try seeds.map { s in
                    let a = Article(id: "\(s.id)-\(c)", body: s.body, title: s.title)
                    return (a.id, try pipeline.enrichedJSON(a))
                }
            }
        }
        // And two articles whose ids only the index's linking joins ("Leaupepe" alone).
        let linking = [Article(id: "link-a", body: "Harbour master Tavita Leaupepe said the quay would reopen on Monday after repairs."),
                       Article(id: "link-b", body: "The quay was safe again, Leaupepe told reporters on Tuesday.")]
            .map { ($0.id, try! pipeline.enrichedJSON($0)) }
        let first = try batch(0..<4) + linking, second = try batch(4..<8)
        let producer = try KafkaProducer(configuration: .init(common: KafkaConfiguration(brokers: try await TestBroker.brokers())),
                                         logger: TestBroker.logger("producer"))
        func publish(_ records: [(id: String, json: [UInt8])]) async throws {
            for r in records { _ = try await producer.send(KafkaRecord(topic: h.complete, key: Array(r.id.utf8), value: r.json)) }
        }
        try await publish(first + first)

        // What the index must hold: the counts of an IndexState fed the same articles.
        func expected(_ records: [(id: String, json: [UInt8])]) throws -> [String: Int] {
            var state = IndexState()
            for r in records {
                let a = try RecordCodec().decode(EnrichedArticle.self, from: r.json)
                state.add(ArticleContribution(articleID: a.articleID, seenAt: "t", entities: a.entities, quotes: a.quotes))
            }
            return Dictionary(uniqueKeysWithValues: state.allKeys.entities.map { ($0, state.entity($0)!.articles) })
        }
        func latestCounts() async throws -> [String: Int] {
            let all = try await h.records(of: h.entitiesIndex)
            return all.compactMapValues { values in
                values.last.flatMap { $0.isEmpty ? nil : try? RecordCodec().decode(EntityIndexEntry.self, from: $0).articles }
            }
        }
        func waitFor(_ want: [String: Int], timeout: Duration) async throws -> [String: Int] {
            let deadline = ContinuousClock.now + timeout
            var got: [String: Int] = [:]
            while ContinuousClock.now < deadline {
                got = try await latestCounts()
                if got == want { break }
                try await Task.sleep(for: .milliseconds(500))
            }
            return got
        }

        try fleet.start(.index)
        let want1 = try expected(first)
        let got1 = try await waitFor(want1, timeout: .seconds(90))
        #expect(want1.allSatisfy { got1[$0.key] == $0.value } && got1.count == want1.count,
                "before the restart: \(got1.count) ids on the topic, \(want1.count) expected")
        let lukashenko = want1.filter { id, _ in id.hasPrefix("p:") }.values.max() ?? 0
        #expect(lukashenko == 20)   // the person in all five seeds, four copies each

        try fleet.restart(.index, signal: stop.signal)
        // The new articles, and five of the first ones again: the first twenty are
        // counted only through the state the restarted index reads back.
        try await publish(second + Array(first.prefix(5)))
        let want2 = try expected(first + second)
        let got2 = try await waitFor(want2, timeout: .seconds(90))
        let wrong = want2.filter { got2[$0.key] != $0.value }
        print("index across a restart (\(stop.testDescription)): \(want2.count) ids, \(wrong.count) with a wrong count")
        #expect(wrong.isEmpty && got2.count == want2.count, "after the restart: \(wrong.count) ids differ, e.g. \(wrong.prefix(3).map { "\($0.key): want \($0.value), got \(got2[$0.key] ?? -1)" })")
        // The family name alone is linked to the full name, as an in-process index links it.
        var reference = IndexState()
        for r in linking {
            let a = try RecordCodec().decode(EnrichedArticle.self, from: r.1)
            reference.add(ArticleContribution(articleID: a.articleID, seenAt: "t", entities: a.entities, quotes: a.quotes))
        }
        _ = reference.relink()
        let (alone, person) = try #require(reference.links.first)
        var linkedTo: String?
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            let latest = try await h.records(of: h.entitiesIndex)[alone]?.last
            linkedTo = latest.flatMap { try? RecordCodec().decode(EntityIndexEntry.self, from: $0).linkedTo }
            if linkedTo != nil { break }
            try await Task.sleep(for: .milliseconds(500))
        }
        #expect(linkedTo == person, "the entry of \(alone) should be linked to \(person)")
        #expect(fleet.exited().isEmpty, "processes exited by themselves: \(fleet.exited())")
        await producer.close(timeout: .seconds(5))
    }
}
