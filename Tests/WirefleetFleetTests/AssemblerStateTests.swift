import Testing
import WirefleetFleet
import WirefleetKafka
import WirefleetTestSupport

/// The assembler's rules without a broker: what it emits, what it writes to its
/// changelog, and what it remembers after a restore from that changelog.
@Suite struct AssemblerStateTests {
    static let input = KafkaTopicPartition(topic: "enriched", partition: 0)
    let t0 = ContinuousClock.now
    let wall0: Int64 = 1_800_000_000_000

    /// One part of article `id` made from publication `generation` (its raw offset).
    func part(_ id: String, _ kind: EnrichmentKind, generation: Int64 = 5, items: Int = 0) throws -> RawEnrichment {
        let e = Enrichment(articleID: id, kind: kind, stage: StageInfo(name: kind.rawValue, version: "1"),
                           source: SourcePosition(topic: "raw", partition: 2, offset: generation), processedAt: "t",
                           title: nil,
                           entities: kind == .entities ? [] : nil, quotes: kind == .quotes ? [] : nil,
                           numbers: kind == .numbers ? [] : nil)
        return try RawEnrichment(try RecordCodec().encode(e))
    }

    /// A message at `offset` of the input partition.
    func at(_ offset: Int64) -> KafkaMessage {
        KafkaMessage(topic: Self.input.topic, partition: Self.input.partition, offset: offset, key: nil, value: [])
    }

    /// Feeds parts at consecutive offsets from `from`; returns everything emitted.
    func feed(_ s: inout AssemblerState, _ parts: [RawEnrichment], from: Int64, now: ContinuousClock.Instant? = nil,
              wall: Int64? = nil) -> AssemblerState.Changes {
        var c = AssemblerState.Changes()
        for (i, p) in parts.enumerated() {
            let step = s.add(p, at: at(from + Int64(i)), now: now ?? t0, wallMilliseconds: wall ?? wall0)
            c.emissions += step.emissions
            c.giveUps += step.giveUps
            c.changelog += step.changelog
        }
        return c
    }

    /// A new state restored from `changelog` (what a restarted assembler reads back).
    func restored(_ changelog: [(partition: KafkaTopicPartition, record: AssemblyRecord)], wait: Duration = .seconds(10)) throws -> AssemblerState {
        var s = AssemblerState(wait: wait)
        for c in changelog {
            // Through the bytes, as on the topic.
            s.restore(try AssemblyRecord(decoding: c.record.encoded()), partition: c.partition, wallMilliseconds: wall0)
        }
        return s
    }

    @Test func threePartsMakeOneCompleteRecordAndAChangelogEntry() throws {
        var s = AssemblerState(wait: .seconds(10))
        let c = feed(&s, [try part("a", .entities), try part("a", .quotes), try part("a", .numbers)], from: 0)
        #expect(c.emissions.count == 1)
        #expect(c.emissions.first?.complete == true)
        #expect(c.changelog.count == 1)
        #expect(c.changelog.first?.record.lastRecord == .complete)
        #expect(c.changelog.first?.record.parts.isEmpty == true)
        #expect(s.committableOffsets().map(\.offset) == [3])
    }

    @Test func theCommitPointWaitsBelowAnUnfinishedArticleThenMovesOnceItIsParked() throws {
        var s = AssemblerState(wait: .seconds(10))
        _ = feed(&s, [try part("a", .entities), try part("b", .entities), try part("b", .quotes), try part("b", .numbers)], from: 0)
        #expect(s.committableOffsets().map(\.offset) == [0], "a's part at 0 is not accounted for anywhere yet")
        let parked = s.tick(now: t0 + .seconds(11), wallMilliseconds: wall0 + 11_000)
        #expect(parked.emissions.map(\.complete) == [false])
        #expect(parked.emissions.first?.missing == [.quotes, .numbers])
        #expect(parked.changelog.first?.record.lastRecord == .incomplete)
        #expect(parked.changelog.first?.record.parts.count == 1)
        #expect(s.committableOffsets().map(\.offset) == [4])
    }

    @Test func aLatePartAfterARestartCompletesAnArticleEmittedIncomplete() throws {
        var s = AssemblerState(wait: .seconds(10))
        var log = feed(&s, [try part("a", .entities), try part("a", .quotes)], from: 0).changelog
        log += s.tick(now: t0 + .seconds(11), wallMilliseconds: wall0).changelog
        // The process restarts; its parts are behind the committed offset now.
        var after = try restored(log)
        let c = feed(&after, [try part("a", .numbers)], from: 2)
        #expect(c.emissions.count == 1)
        #expect(c.emissions.first?.complete == true)
        #expect(c.changelog.first?.record.lastRecord == .complete)
    }

    @Test func aRedeliveredPartOfACompleteArticleEmitsNothingEvenAfterARestart() throws {
        var s = AssemblerState(wait: .seconds(10))
        let log = feed(&s, [try part("a", .entities), try part("a", .quotes), try part("a", .numbers)], from: 0).changelog
        // Same process.
        #expect(feed(&s, [try part("a", .entities)], from: 3).isEmpty)
        #expect(s.tick(now: t0 + .seconds(60), wallMilliseconds: wall0 + 60_000).isEmpty)
        // Restarted.
        var after = try restored(log)
        #expect(feed(&after, [try part("a", .quotes), try part("a", .entities)], from: 4).isEmpty)
        #expect(after.tick(now: t0 + .seconds(60), wallMilliseconds: wall0 + 60_000).isEmpty,
                "a redelivered part must never produce an incomplete record")
        #expect(after.committableOffsets().map(\.offset) == [6])
    }

    @Test func aRepublicationReplacesTheRecordOnceCompleteAndNeverRegressesMeanwhile() throws {
        var s = AssemblerState(wait: .seconds(10))
        _ = feed(&s, [try part("a", .entities, generation: 5), try part("a", .quotes, generation: 5),
                      try part("a", .numbers, generation: 5)], from: 0)
        // Published again: two stages are quick, one lags beyond the wait.
        #expect(feed(&s, [try part("a", .entities, generation: 9), try part("a", .quotes, generation: 9)], from: 3).isEmpty)
        let waited = s.tick(now: t0 + .seconds(11), wallMilliseconds: wall0 + 11_000)
        #expect(waited.emissions.isEmpty, "no incomplete record over a complete one")
        #expect(waited.changelog.first?.record.lastRecord == .complete)
        #expect(waited.changelog.first?.record.parts.count == 2, "the new publication's parts are parked")
        // A stale part of the old publication changes nothing.
        #expect(feed(&s, [try part("a", .numbers, generation: 5)], from: 5).isEmpty)
        let done = feed(&s, [try part("a", .numbers, generation: 9)], from: 6)
        #expect(done.emissions.map(\.complete) == [true])
    }

    @Test func anArticleIncompleteTooLongIsDeadLetteredOnceAndALatePartStillCompletesIt() throws {
        var s = AssemblerState(wait: .seconds(10), giveUpAfter: .seconds(3600))
        var log = feed(&s, [try part("a", .entities)], from: 0).changelog
        log += s.tick(now: t0 + .seconds(11), wallMilliseconds: wall0 + 11_000).changelog
        #expect(s.tick(now: t0 + .seconds(3000), wallMilliseconds: wall0 + 3_000_000).giveUps.isEmpty)
        let late = s.tick(now: t0 + .seconds(3700), wallMilliseconds: wall0 + 3_700_000)
        #expect(late.giveUps.map(\.articleID) == ["a"])
        #expect(late.giveUps.first?.missing == [.quotes, .numbers])
        #expect(late.giveUps.first?.generation == ArticleGeneration(partition: 2, offset: 5))
        log += late.changelog
        #expect(s.tick(now: t0 + .seconds(3800), wallMilliseconds: wall0 + 3_800_000).giveUps.isEmpty, "only once")
        // And not again after a restart.
        var after = try restored(log)
        #expect(after.tick(now: t0 + .seconds(4000), wallMilliseconds: wall0 + 4_000_000).giveUps.isEmpty)
        let c = feed(&after, [try part("a", .quotes), try part("a", .numbers)], from: 1)
        #expect(c.emissions.map(\.complete) == [true])
    }

    @Test func theGiveUpClockSurvivesARestart() throws {
        var s = AssemblerState(wait: .seconds(10), giveUpAfter: .seconds(100))
        var log = feed(&s, [try part("a", .entities)], from: 0, wall: wall0).changelog
        log += s.tick(now: t0 + .seconds(11), wallMilliseconds: wall0 + 11_000).changelog
        var after = AssemblerState(wait: .seconds(10), giveUpAfter: .seconds(100))
        for c in log { after.restore(try AssemblyRecord(decoding: c.record.encoded()), partition: c.partition, wallMilliseconds: wall0 + 50_000) }
        #expect(after.tick(now: .now, wallMilliseconds: wall0 + 90_000).giveUps.isEmpty)
        #expect(after.tick(now: .now + .seconds(3), wallMilliseconds: wall0 + 101_000).giveUps.count == 1)
    }

    @Test func aPartitionMovedAwayIsForgottenAndItsNextOwnerRestoresIt() throws {
        var s = AssemblerState(wait: .seconds(10))
        var log = feed(&s, [try part("a", .entities), try part("a", .quotes)], from: 0).changelog
        log += s.tick(now: t0 + .seconds(11), wallMilliseconds: wall0).changelog
        s.drop([Self.input])
        #expect(s.heldCount == 0)
        var owner = try restored(log)
        #expect(owner.heldCount == 1)
        #expect(feed(&owner, [try part("a", .numbers)], from: 2).emissions.map(\.complete) == [true])
    }

    @Test func changelogRecordsRoundTrip() throws {
        let r = AssemblyRecord(articleID: "id \"1\" é", lastRecord: .incomplete, generation: ArticleGeneration(partition: 3, offset: 99),
                               parts: [try part("id \"1\" é", .quotes)], waitingSinceMilliseconds: 1234, deadLettered: true)
        let back = try AssemblyRecord(decoding: r.encoded())
        #expect(back.articleID == r.articleID)
        #expect(back.lastRecord == .incomplete)
        #expect(back.generation == r.generation)
        #expect(back.parts.map(\.bytes) == r.parts.map(\.bytes))
        #expect(back.waitingSinceMilliseconds == 1234)
        #expect(back.deadLettered)
        #expect(try SchemaValidator().problems(r.encoded(), schema: "assembly-record.schema.json") == [])
        #expect(try SchemaValidator().problems(AssemblyRecord(articleID: "a", lastRecord: .complete, generation: nil).encoded(),
                                               schema: "assembly-record.schema.json") == [])
        #expect(throws: RecordError.self) { try AssemblyRecord(decoding: Array(#"{"schema":"other"}"#.utf8)) }
        #expect(throws: RecordError.self) {
            try AssemblyRecord(decoding: Array(#"{"schema":"wirefleet.assembly/1","article_id":"a","last_record":"maybe"}"#.utf8))
        }
    }
}
