import Testing
import WirefleetKafka

/// The rules of ``OffsetContinuity`` on batches made up here (no broker): a hole is read
/// again once, records are never delivered twice or out of order, transactional topics
/// stop costing second reads.
@Suite("Offset continuity: holes in a partition's offsets")
struct OffsetContinuityTests {
    static let p0 = KafkaTopicPartition(topic: "articles.raw", partition: 0)
    static let p1 = KafkaTopicPartition(topic: "articles.raw", partition: 1)

    static func batch(_ offsets: [Int64], _ p: KafkaTopicPartition = p0) -> [KafkaMessage] {
        offsets.map { KafkaMessage(topic: p.topic, partition: p.partition, offset: $0, key: nil, value: Array("r\($0)".utf8), headers: []) }
    }

    @Test func denseOffsetsAreDeliveredAsTheyCome() {
        var c = OffsetContinuity()
        let d1 = c.admit(Self.batch([0, 1, 2]))
        let d2 = c.admit(Self.batch([3, 4]))
        #expect(d1.deliver.map(\.offset) == [0, 1, 2])
        #expect(d2.deliver.map(\.offset) == [3, 4])
        #expect(d1.seeks.isEmpty && d2.seeks.isEmpty && d1.events.isEmpty && d2.events.isEmpty)
    }

    @Test func aSkippedRecordIsReadAgainBeforeAnythingAfterIt() {
        var c = OffsetContinuity()
        let first = c.admit(Self.batch([0, 1, 3, 4]))
        #expect(first.deliver.map(\.offset) == [0, 1])
        #expect(first.seeks == [KafkaTopicPartitionOffset(topic: "articles.raw", partition: 0, offset: 2)])
        let gap = OffsetContinuity.Gap(partition: Self.p0, from: 2, to: 3)
        #expect(first.events == [.rereading(gap)])
        let second = c.admit(Self.batch([2, 3, 4]))
        #expect(second.deliver.map(\.offset) == [2, 3, 4])
        #expect(second.events == [.reread(gap)])
        #expect(c.totals.rereadRecords == 1)
    }

    @Test func aHoleThatComesBackHoldsNoRecordsAndDeliveryGoesOn() {
        var c = OffsetContinuity()
        _ = c.admit(Self.batch([0, 1, 2]))
        let first = c.admit(Self.batch([4, 5]))                 // 3 is a transaction marker
        #expect(first.deliver.isEmpty && first.seeks.map(\.offset) == [3])
        let second = c.admit(Self.batch([4, 5, 6]))
        #expect(second.deliver.map(\.offset) == [4, 5, 6])
        #expect(second.events == [.confirmed(.init(partition: Self.p0, from: 3, to: 4))])
        #expect(c.totals.confirmedGaps == 1 && c.totals.rereadRecords == 0)
    }

    @Test func aPartitionWithRegularHolesStopsBeingReadAgain() {
        var c = OffsetContinuity()
        _ = c.admit(Self.batch([0]))
        var next: Int64 = 2
        for _ in 0..<OffsetContinuity.regularGapLimit {          // each hole confirmed once
            #expect(c.admit(Self.batch([next])).seeks.count == 1)
            #expect(c.admit(Self.batch([next])).deliver.map(\.offset) == [next])
            next += 2
        }
        let after = c.admit(Self.batch([next, next + 2]))        // two more holes, no second read
        #expect(after.seeks.isEmpty)
        #expect(after.deliver.map(\.offset) == [next, next + 2])
        #expect(c.totals.confirmedGaps == OffsetContinuity.regularGapLimit && c.totals.acceptedGaps == 2)
    }

    @Test func recordsDeliveredAlreadyAreNotDeliveredAgain() {
        var c = OffsetContinuity()
        _ = c.admit(Self.batch([0, 1, 2, 3, 4]))
        let d = c.admit(Self.batch([3, 4, 5]))
        #expect(d.deliver.map(\.offset) == [5])
        #expect(c.totals.droppedRepeats == 2)
    }

    @Test func aHoleHoldsBackOnlyItsOwnPartition() {
        var c = OffsetContinuity()
        _ = c.admit(Self.batch([0]) + Self.batch([0], Self.p1))
        let d = c.admit(Self.batch([2, 3]) + Self.batch([1, 2], Self.p1))
        #expect(d.deliver.map { "\($0.partition)@\($0.offset)" } == ["1@1", "1@2"])
        #expect(d.seeks.map(\.topicPartition) == [Self.p0])
    }

    @Test func aReassignedPartitionStartsAfresh() {
        var c = OffsetContinuity()
        _ = c.admit(Self.batch([0, 1]))
        c.forget([Self.p0])                                     // another member read 2..<10 meanwhile
        let d = c.admit(Self.batch([10, 11]))
        #expect(d.deliver.map(\.offset) == [10, 11] && d.seeks.isEmpty)
    }

    @Test func aHoleThatMovesOnEveryReadIsLetThroughAfterTheAttemptLimit() {
        var c = OffsetContinuity()
        _ = c.admit(Self.batch([0]))
        var seen: [Int64] = []
        for offset in Int64(3)..<Int64(3 + OffsetContinuity.attemptLimit) {
            let d = c.admit(Self.batch([offset]))                // 1..<3, 1..<4, 1..<5: a different hole each time
            #expect(d.seeks.map(\.offset) == [1])
            seen += d.deliver.map(\.offset)
        }
        let last = c.admit(Self.batch([9]))
        #expect(seen.isEmpty && last.seeks.isEmpty && last.deliver.map(\.offset) == [9])
        #expect(c.totals.acceptedGaps == 1)
    }

    @Test func aFailedSeekDeliversWhatWasHeldBack() {
        var c = OffsetContinuity()
        _ = c.admit(Self.batch([0]))
        let d = c.admit(Self.batch([2, 3]))
        #expect(d.deliver.isEmpty)
        c.seekFailed(.init(partition: Self.p0, from: 1, to: 2), heldBack: Self.batch([2, 3]))
        #expect(c.admit(Self.batch([4])).deliver.map(\.offset) == [4])
    }
}
