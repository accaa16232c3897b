import Foundation
import Testing
import WirefleetFleet
import WirefleetKafka
import WirefleetTestSupport

/// The fleet against the real broker: workers, assembler, DLQ, scaling, restarts.
@Suite("Fleet against the broker")
struct FleetTests {
    let codec = RecordCodec()
    let schemas = SchemaValidator()

    /// Also with workers that keep batches in flight (``FleetOptions/batchesInFlight``),
    /// one article per batch so that several are.
    @Test(arguments: [1, 3]) func theSeedsBecomeFiveValidCompleteRecords(batchesInFlight: Int) async throws {
        let h = FleetHarness()
        try await h.createTopics()
        let services = RunningServices()
        for kind in EnrichmentKind.allCases {
            services.start(try await h.worker(kind, batchesInFlight: batchesInFlight, batchSize: batchesInFlight > 1 ? 1 : nil))
        }
        services.start(try await h.assembler())
        let seeds = try FleetHarness.seedArticles()
        try await h.publish(seeds)
        let records = try await h.read(h.complete, count: seeds.count)
        let enrichments = try await h.read(h.enriched, count: seeds.count * 3, timeout: .seconds(10))
        await services.stopAll()

        #expect(records.count == seeds.count)
        let merged = try records.map { try codec.decode(EnrichedArticle.self, from: $0.value) }
        #expect(Set(merged.map(\.articleID)) == Set(seeds.map(\.id)))
        for (m, r) in zip(merged, records) {
            #expect(m.complete)
            #expect(m.keyMatches(r))
            #expect(!m.entities.isEmpty, "no entities for \(m.articleID)")
            #expect(!m.numbers.isEmpty, "no numbers for \(m.articleID)")
            #expect(try schemas.problems(r.value, schema: "enriched-article.schema.json") == [])
        }
        #expect(merged.contains { !$0.quotes.isEmpty })
        #expect(enrichments.count == seeds.count * 3)
        for e in enrichments { #expect(try schemas.problems(e.value, schema: "enrichment.schema.json") == []) }
    }

    @Test func aPoisonRecordGoesToTheDLQAndItsNeighboursAreProcessed() async throws {
        let h = FleetHarness()
        try await h.createTopics()
        let services = RunningServices()
        services.start(try await h.worker(.numbers))
        let good = FleetHarness.articles(4)
        try await h.publish(Array(good.prefix(2)), raw: [
            (key: "poison-json", value: Array("{not json".utf8)),
            (key: "poison-utf8", value: [0x7B, 0x22, 0x69, 0xFF, 0xFE]),
            (key: "no-body", value: Array(#"{"id":"x1"}"#.utf8)),
        ])
        try await h.publish(Array(good.suffix(2)))
        let out = try await h.read(h.enriched, count: 4)
        let dead = try await h.read(h.dlq, count: 3, timeout: .seconds(20))
        await services.stopAll()
        #expect(Set(out.compactMap(\.keyString)) == Set(good.map(\.id)))
        #expect(out.count == 4)
        #expect(Set(dead.compactMap(\.keyString)) == ["poison-json", "poison-utf8", "no-body"])
        for d in dead {
            #expect(d.header(DeadLetterHeaders.stage)?.stringValue == "numbers")
            #expect(d.header(DeadLetterHeaders.topic)?.stringValue == h.raw)
            #expect(d.header(DeadLetterHeaders.offset) != nil)
            #expect(d.header(DeadLetterHeaders.reason)?.stringValue?.isEmpty == false)
        }
        let reasons = Dictionary(uniqueKeysWithValues: dead.map { ($0.keyString ?? "", $0.header(DeadLetterHeaders.reason)?.stringValue ?? "") })
        #expect(reasons["poison-utf8"] == "invalid_utf8")
        #expect(reasons["no-body"] == "missing_field")
        #expect(dead.first { $0.keyString == "poison-json" }?.value == Array("{not json".utf8))
    }

    @Test func twoWorkersShareThePartitionsAndAThirdJoiningLosesAndDuplicatesNothing() async throws {
        let h = FleetHarness()
        try await h.createTopics()
        let services = RunningServices()
        let metrics = (0..<3).map { _ in FleetMetrics(stage: "numbers") }
        services.start(try await h.worker(.numbers, metrics: metrics[0]))
        services.start(try await h.worker(.numbers, metrics: metrics[1]))
        let first = FleetHarness.articles(150)
        try await h.publish(first)
        _ = try await h.read(h.enriched, count: 150, timeout: .seconds(40))
        services.start(try await h.worker(.numbers, metrics: metrics[2]))
        let second = FleetHarness.articles(150)
        try await h.publish(second)
        let out = try await h.read(h.enriched, count: 300)
        await services.stopAll()
        let keys = out.compactMap(\.keyString)
        #expect(Set(keys) == Set((first + second).map(\.id)), "lost articles")
        #expect(keys.count == 300, "duplicate outputs: \(keys.count - Set(keys).count)")
        #expect(metrics[0].counts.consumed > 0 && metrics[1].counts.consumed > 0, "the first two did not share the work")
    }

    @Test func aStoppedWorkerResumesWhereItLeftOff() async throws {
        let h = FleetHarness()
        try await h.createTopics()
        let services = RunningServices()
        let m1 = FleetMetrics(stage: "entities")
        services.start(try await h.worker(.entities, metrics: m1))
        let first = FleetHarness.articles(30)
        try await h.publish(first)
        _ = try await h.read(h.enriched, count: 30)
        try await services.stop(0)
        let second = FleetHarness.articles(30)
        try await h.publish(second)
        let m2 = FleetMetrics(stage: "entities")
        services.start(try await h.worker(.entities, metrics: m2))
        let out = try await h.read(h.enriched, count: 60)
        await services.stopAll()
        #expect(out.count == 60)
        #expect(Set(out.compactMap(\.keyString)) == Set((first + second).map(\.id)))
        #expect(m2.counts.consumed == 30, "the restarted worker re-read \(m2.counts.consumed - 30) records")
    }

    @Test func exactlyOnceWorkersCommitOutputAndOffsetsTogether() async throws {
        let h = FleetHarness()
        try await h.createTopics()
        let services = RunningServices()
        services.start(try await h.worker(.quotes, exactlyOnce: true))
        let articles = FleetHarness.articles(20)
        try await h.publish(articles)
        let out = try await h.read(h.enriched, count: 20)
        try await services.stop(0)
        #expect(Set(out.compactMap(\.keyString)) == Set(articles.map(\.id)))
        #expect(out.count == 20)
        // The group's committed offsets cover exactly what was published to the output.
        let reader = try KafkaConsumer(configuration: try await TestBroker.consumerConfiguration(group: "\(h.groupPrefix)-quotes"),
                                       logger: TestBroker.logger("check"))
        let committed = try await reader.committed((0..<3).map { KafkaTopicPartition(topic: h.raw, partition: Int32($0)) })
        await reader.close()
        #expect(committed.map { max($0.offset, 0) }.reduce(0, +) == 20)
    }
}

extension EnrichedArticle {
    func keyMatches(_ m: KafkaMessage) -> Bool { m.keyString == articleID }
}
