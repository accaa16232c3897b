import Dispatch
import Synchronization

/// Runs synchronous work on a Dispatch thread (off the cooperative pool) with a time
/// budget per item: an item that has not finished in time is abandoned (its result
/// discarded, `nil` in its place) and the items after it go on.
///
/// A whole batch runs in **one** hop to the work thread, item after item; a watchdog
/// timer wakes only when the item in progress would be over its budget (one timer per
/// budget-length of work, not one per item), so the per-item cost is a clock read —
/// the earlier one-hop-and-one-timer-per-item form spent about a third of a worker's
/// CPU in the kernel's scheduler.
///
/// Each run gets its own *serial* queue — libdispatch backs serial queues with
/// overcommitting threads, so the work starts at once even while other threads block
/// (a concurrent queue would wait for one of the few non-overcommit threads, adding up
/// to a poll interval of latency), and no batch waits behind another caller's work.
/// When an item times out, the rest move to a fresh queue so they do not wait behind
/// the runaway, which is left to finish on its own. An item's budget starts when it
/// starts on the work thread.
enum GuardedExecution {
    /// `work(i)` for every `i` in `0..<count`, in order; `nil` where item `i` ran longer
    /// than `timeout`.
    static func runEach<T: Sendable>(count: Int, timeout: Duration,
                                     _ work: @escaping @Sendable (Int) -> T) async -> [T?] {
        var results = [T?](repeating: nil, count: count)
        var start = 0
        while start < count {
            let segment = Segment<T>(start: start, count: count)
            let queue = DispatchQueue(label: "wirefleet.stage.work")
            let stuck = await withCheckedContinuation { (c: CheckedContinuation<Int?, Never>) in
                segment.install(c)
                queue.async { segment.runAll(work) }
                segment.armWatchdog(timeout: timeout)
            }
            for (i, r) in segment.takeResults() { results[i] = r }
            guard let stuck else { break }
            // Abandon the runaway item: the rest go on a fresh queue.
            start = stuck + 1
        }
        return results
    }

    /// One run of items `start..<count` on one queue, until done or an item overruns.
    private final class Segment<V: Sendable>: Sendable {
        private struct State {
            var continuation: CheckedContinuation<Int?, Never>?
            var finished = false
            /// The item in progress and when it started.
            var current: Int
            var startedAt = DispatchTime.now()
            var results: [(Int, V)] = []
        }
        private let state: Mutex<State>
        private let count: Int

        init(start: Int, count: Int) {
            state = Mutex(State(current: start))
            self.count = count
        }

        func install(_ c: CheckedContinuation<Int?, Never>) { state.withLock { $0.continuation = c } }

        /// Runs the items on the calling (work) thread; stops at once if the watchdog gave up.
        func runAll(_ work: @Sendable (Int) -> V) {
            var i = state.withLock { s in
                s.startedAt = .now()
                return s.current
            }
            while i < count {
                let value = work(i)
                let go: Bool = state.withLock { s in
                    guard !s.finished else { return false }   // abandoned while item i ran
                    s.results.append((i, value))
                    s.current = i + 1
                    s.startedAt = .now()
                    return true
                }
                guard go else { return }
                i += 1
            }
            finish(stuck: nil)
        }

        /// Wakes when the item in progress would be over budget; gives up on it if it
        /// still is, or sleeps again until the budget of the item now in progress ends.
        func armWatchdog(timeout: Duration) {
            let budget = UInt64(max(0, timeout.components.seconds)) * 1_000_000_000
                + UInt64(max(0, timeout.components.attoseconds)) / 1_000_000_000
            let (item, started, done) = state.withLock { ($0.current, $0.startedAt, $0.finished) }
            guard !done else { return }
            // Weak: a finished segment (and the results it held) is freed at once, not when
            // its last timer fires up to `timeout` later.
            DispatchQueue.global().asyncAfter(deadline: DispatchTime(uptimeNanoseconds: started.uptimeNanoseconds + budget)) { [weak self] in
                guard let self else { return }
                let (nowItem, nowStarted, nowDone) = self.state.withLock { ($0.current, $0.startedAt, $0.finished) }
                guard !nowDone else { return }
                if nowItem == item && nowStarted == started {
                    self.finish(stuck: item)
                } else {
                    self.armWatchdog(timeout: timeout)
                }
            }
        }

        /// The results so far, moved out (the segment keeps none).
        func takeResults() -> [(Int, V)] {
            state.withLock { s in
                defer { s.results = [] }
                return s.results
            }
        }

        private func finish(stuck: Int?) {
            let c = state.withLock { s -> CheckedContinuation<Int?, Never>? in
                guard !s.finished else { return nil }
                s.finished = true
                defer { s.continuation = nil }
                return s.continuation
            }
            c?.resume(returning: stuck)
        }
    }
}
