import Dispatch

/// Runs blocking librdkafka calls (flush, commit waits, transaction calls, metadata)
/// on Dispatch threads, never on Swift's cooperative pool, and resumes the caller
/// when they return.
enum BlockingCall {
    private static let queue = DispatchQueue(label: "wirefleet.kafka.blocking", attributes: .concurrent,
                                             target: DispatchQueue(label: "wirefleet.kafka.blocking.overcommit"))

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws(KafkaError) -> T) async throws(KafkaError) -> T {
        let result: Result<T, KafkaError> = await withCheckedContinuation { cont in
            queue.async {
                do throws(KafkaError) { cont.resume(returning: .success(try body())) }
                catch { cont.resume(returning: .failure(error)) }
            }
        }
        return try result.get()
    }
}
