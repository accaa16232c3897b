import Synchronization

extension KafkaProducer {
    /// Queues every record at once and waits until each was acknowledged or failed.
    /// Returns one result per record, in order; never throws for a single record.
    public func sendAll(_ records: [KafkaRecord]) async -> [Result<KafkaDeliveryReport, KafkaError>] {
        await enqueueAll(records).results()
    }

    /// Queues every record at once and returns without waiting for the
    /// acknowledgements; ``KafkaDeliveries/results()`` waits for them. Suspends only
    /// while the local queue is full.
    public func enqueueAll(_ records: [KafkaRecord]) async -> KafkaDeliveries {
        let collector = BatchCollector(count: records.count)
        for (i, record) in records.enumerated() {
            do {
                try await enqueue(record) { collector.set(i, $0) }
            } catch {
                collector.set(i, .failure(error))
            }
        }
        return KafkaDeliveries(collector: collector)
    }
}

/// The deliveries of records queued together (``KafkaProducer/enqueueAll(_:)``).
public struct KafkaDeliveries: Sendable {
    let collector: BatchCollector

    /// Every record was acknowledged or failed.
    public var isComplete: Bool { collector.isComplete }

    /// One result per record, in order, once every record was acknowledged or failed.
    public func results() async -> [Result<KafkaDeliveryReport, KafkaError>] { await collector.all() }
}

/// Gathers a batch's delivery results, fulfilled from the poll thread in any order.
final class BatchCollector: Sendable {
    private struct State {
        var results: [Result<KafkaDeliveryReport, KafkaError>?]
        var remaining: Int
        var waiter: CheckedContinuation<Void, Never>?
    }
    private let state: Mutex<State>

    init(count: Int) { state = Mutex(State(results: Array(repeating: nil, count: count), remaining: count)) }

    func set(_ i: Int, _ r: Result<KafkaDeliveryReport, KafkaError>) {
        let w = state.withLock { s -> CheckedContinuation<Void, Never>? in
            guard s.results[i] == nil else { return nil }
            s.results[i] = r
            s.remaining -= 1
            if s.remaining == 0, let w = s.waiter { s.waiter = nil; return w }
            return nil
        }
        w?.resume()
    }

    var isComplete: Bool { state.withLock { $0.remaining == 0 } }

    func all() async -> [Result<KafkaDeliveryReport, KafkaError>] {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let done = state.withLock { s -> Bool in
                if s.remaining == 0 { return true }
                s.waiter = c
                return false
            }
            if done { c.resume() }
        }
        return state.withLock { $0.results.map { $0! } }
    }
}
