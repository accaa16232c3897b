import Foundation
import Synchronization
import Testing
@testable import WirefleetFleet

/// `enrich --jobs N`: N files at once, results in input order, a bounded window.
@Suite struct EmbeddedRunTests {
    /// Counts items being worked on and the most seen at once.
    final class Concurrency: Sendable {
        private let state = Mutex((now: 0, most: 0))
        func enter() { state.withLock { $0.now += 1; $0.most = max($0.most, $0.now) } }
        func leave() { state.withLock { $0.now -= 1 } }
        var most: Int { state.withLock { $0.most } }
    }

    @Test(arguments: [1, 2, 3])
    func atMostJobsItemsAtOnceAndResultsInOrder(jobs: Int) async throws {
        let seen = Concurrency()
        var handed: [Int] = []
        try await EmbeddedRun.inOrder(24, jobs: jobs, work: { i in
            seen.enter()
            defer { seen.leave() }
            // Later items finish first, so results wait for their turn.
            Thread.sleep(forTimeInterval: Double(24 - i) / 4_000)
            return i
        }, handle: { handed.append($0) })
        #expect(handed == Array(0..<24))
        #expect(seen.most <= jobs)
        #expect(seen.most >= 1)
    }

    @Test func aSlowFirstItemHoldsBackAtMostTwiceJobs() async throws {
        let started = Mutex<[Int]>([])
        let release = Mutex(false)
        var handed: [Int] = []
        try await EmbeddedRun.inOrder(20, jobs: 2, work: { i in
            started.withLock { $0.append(i) }
            if i == 0 {
                // The first item waits until the others could have run ahead.
                for _ in 0..<200 where !release.withLock({ $0 }) { Thread.sleep(forTimeInterval: 0.005) }
                // Every item started by now fits the window: 0 and at most 3 more.
                #expect(started.withLock { $0.count } <= 4)
            } else if i == 3 {
                release.withLock { $0 = true }
            }
            return i
        }, handle: { handed.append($0) })
        #expect(handed == Array(0..<20))
    }

    @Test func anErrorEndsTheRun() async {
        struct Boom: Error {}
        var handed: [Int] = []
        await #expect(throws: Boom.self) {
            try await EmbeddedRun.inOrder(10, jobs: 2, work: { i in
                if i == 4 { throw Boom() }
                return i
            }, handle: { handed.append($0) })
        }
        #expect(handed.count <= 4)
    }
}
