import Dispatch
import Synchronization

/// Runs synchronous work on a Dispatch thread (off the cooperative pool) with a time
/// budget: if it has not finished in time the caller gets `nil` and moves on (the
/// runaway work is abandoned, its result discarded).
enum GuardedExecution {
    private static let queue = DispatchQueue(label: "wirefleet.stage.work", attributes: .concurrent)

    static func run<T: Sendable>(timeout: Duration, _ work: @escaping @Sendable () -> T) async -> T? {
        let once = Once<T?>()
        return await withCheckedContinuation { (c: CheckedContinuation<T?, Never>) in
            once.install(c)
            queue.async { once.resume(work()) }
            let ns = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(ns))) { once.resume(nil) }
        }
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
