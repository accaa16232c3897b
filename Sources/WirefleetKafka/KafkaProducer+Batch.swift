import Synchronization

extension KafkaProducer {
    /// Queues every record at once and waits until each was acknowledged or failed.
    /// Returns one result per record, in order; never throws for a single record.
    public func sendAll(_ records: [KafkaRecord]) async -> [Result<KafkaDeliveryReport, KafkaError>] {
        guard !records.isEmpty else { return [] }
        let collector = BatchCollector(count: records.count)
        for (i, record) in records.enumerated() {
            do {
                try await enqueue(record) { collector.set(i, $0) }
            } catch {
                collector.set(i, .failure(error))
            }
        }
        return await collector.all()
    }
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
