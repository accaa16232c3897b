import Foundation
import Testing
@testable import WirefleetFleet

/// A batch runs item after item on a work thread; an item over its budget is given up
/// (nil) and the items after it still run, in order.
@Suite struct GuardedExecutionTests {
    @Test func everyItemRunsInOrder() async {
        let results = await GuardedExecution.runEach(count: 500, timeout: .seconds(10)) { $0 * 2 }
        #expect(results == (0..<500).map { $0 * 2 })
    }

    @Test func anItemOverItsBudgetIsGivenUpAndTheRestGoOn() async {
        // Items 3 and 7 never finish in time (they wait on a semaphore no one signals
        // until the end); the rest are quick.
        let hold = DispatchSemaphore(value: 0)
        let results = await GuardedExecution.runEach(count: 10, timeout: .milliseconds(200)) { i -> Int in
            if i == 3 || i == 7 { hold.wait() }
            return i
        }
        hold.signal(); hold.signal()
        #expect(results == [0, 1, 2, nil, 4, 5, 6, nil, 8, 9])
    }

    @Test func anEmptyBatchReturnsNothing() async {
        #expect(await GuardedExecution.runEach(count: 0, timeout: .seconds(1)) { $0 }.isEmpty)
    }

    @Test func aBatchDoesNotWaitBehindAnotherCallersRunawayItem() async {
        // One caller's item hangs; a second caller's batch, started meanwhile, must not
        // queue behind it (each run has its own work queue) and loses nothing.
        let hold = DispatchSemaphore(value: 0)
        async let stuck = GuardedExecution.runEach(count: 2, timeout: .milliseconds(1500)) { i -> Int in
            if i == 0 { hold.wait() }
            return i
        }
        try? await Task.sleep(for: .milliseconds(100))
        let quick = await GuardedExecution.runEach(count: 100, timeout: .milliseconds(1000)) { $0 }
        #expect(quick == (0..<100).map { $0 })
        #expect(await stuck == [nil, 1])
        hold.signal()
    }
}
