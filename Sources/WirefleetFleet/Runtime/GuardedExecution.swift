import Dispatch
import Synchronization

/// Runs synchronous work on a Dispatch thread (off the cooperative pool) with a time
/// budget: if it has not finished in time the caller gets `nil` and moves on (the
/// runaway work is abandoned, its result discarded).
///
/// The work runs on a *serial* queue — libdispatch backs serial queues with
/// overcommitting threads, so the work starts at once even while other threads block
/// (a concurrent queue would wait for one of the few non-overcommit threads, adding up
/// to a poll interval of latency). When a run times out, later work moves to a fresh
/// queue so it does not wait behind the runaway.
enum GuardedExecution {
    private static let current = Mutex(DispatchQueue(label: "wirefleet.stage.work"))

    static func run<T: Sendable>(timeout: Duration, _ work: @escaping @Sendable () -> T) async -> T? {
        let once = Once<T?>()
        let queue = current.withLock { $0 }
        let result = await withCheckedContinuation { (c: CheckedContinuation<T?, Never>) in
            once.install(c)
            queue.async { once.resume(work()) }
            let ns = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(ns))) { once.resume(nil) }
        }
        if result == nil {
            current.withLock { q in if q === queue { q = DispatchQueue(label: "wirefleet.stage.work") } }
        }
        return result
    }

    private final class Once<V: Sendable>: Sendable {
        private let state = Mutex<(CheckedContinuation<V, Never>?, Bool)>((nil, false))
        func install(_ c: CheckedContinuation<V, Never>) { state.withLock { $0.0 = c } }
        func resume(_ v: V) {
            let c = state.withLock { s -> CheckedContinuation<V, Never>? in
                if s.1 { return nil }
                s.1 = true
                return s.0
            }
            c?.resume(returning: v)
        }
    }
}
