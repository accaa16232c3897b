import Synchronization

/// One delivery result, awaited by a task and fulfilled from the poll thread, in
/// either order.
final class RDKafkaDeliveryPromise: Sendable {
    private enum State {
        case empty
        case waiting(CheckedContinuation<Result<KafkaDeliveryReport, KafkaError>, Never>)
        case done(Result<KafkaDeliveryReport, KafkaError>)
    }
    private let state = Mutex<State>(.empty)

    func fulfil(_ result: Result<KafkaDeliveryReport, KafkaError>) {
        let waiter = state.withLock { s -> CheckedContinuation<Result<KafkaDeliveryReport, KafkaError>, Never>? in
            if case .waiting(let c) = s { s = .done(result); return c }
            s = .done(result)
            return nil
        }
        waiter?.resume(returning: result)
    }

    var value: Result<KafkaDeliveryReport, KafkaError> {
        get async {
            await withCheckedContinuation { c in
                let ready = state.withLock { s -> Result<KafkaDeliveryReport, KafkaError>? in
                    if case .done(let r) = s { return r }
                    s = .waiting(c)
                    return nil
                }
                if let ready { c.resume(returning: ready) }
            }
        }
    }
}
