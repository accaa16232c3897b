import Dispatch
import Synchronization

/// Runs blocking librdkafka calls (flush, commit waits, transaction calls, metadata)
/// on Dispatch threads, never on Swift's cooperative pool, and resumes the caller
/// when they return.
enum BlockingCall {
    private static let queue = DispatchQueue(label: "wirefleet.kafka.blocking", attributes: .concurrent,
                                             target: DispatchQueue(label: "wirefleet.kafka.blocking.overcommit"))

    /// Runs `body` and returns its result. With `abandonOnCancel`, a cancelled caller
    /// resumes at once with a ``KafkaError/Code/closed`` error while `body` finishes on
    /// its thread and its result is dropped — for look-ups (metadata, admin requests)
    /// that may wait for an unreachable broker, never for calls whose effect matters.
    static func run<T: Sendable>(abandonOnCancel: Bool = false,
                                 _ body: @escaping @Sendable () throws(KafkaError) -> T) async throws(KafkaError) -> T {
        guard abandonOnCancel else {
            let result: Result<T, KafkaError> = await withCheckedContinuation { cont in
                queue.async {
                    do throws(KafkaError) { cont.resume(returning: .success(try body())) }
                    catch { cont.resume(returning: .failure(error)) }
                }
            }
            return try result.get()
        }
        let once = ResumeOnce<Result<T, KafkaError>>()
        let result: Result<T, KafkaError> = await withTaskCancellationHandler {
            await withCheckedContinuation { cont in
                once.install(cont)
                queue.async {
                    do throws(KafkaError) { once.resume(.success(try body())) }
                    catch { once.resume(.failure(error)) }
                }
            }
        } onCancel: {
            once.resume(.failure(KafkaError(code: .closed, message: "cancelled while waiting for the broker")))
        }
        return try result.get()
    }
}

/// A continuation resumed by whichever comes first; later resumes are ignored.
final class ResumeOnce<V: Sendable>: Sendable {
    private let state = Mutex<(continuation: CheckedContinuation<V, Never>?, value: V?, done: Bool)>((nil, nil, false))

    func install(_ c: CheckedContinuation<V, Never>) {
        let early = state.withLock { s -> V? in
            if s.done { return s.value }
            s.continuation = c
            return nil
        }
        if let early { c.resume(returning: early) }
    }

    func resume(_ v: V) {
        let c = state.withLock { s -> CheckedContinuation<V, Never>? in
            if s.done { return nil }
            s.done = true
            if let c = s.continuation { s.continuation = nil; return c }
            s.value = v
            return nil
        }
        c?.resume(returning: v)
    }
}
