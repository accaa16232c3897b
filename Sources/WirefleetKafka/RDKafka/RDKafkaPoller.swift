import Foundation

/// A dedicated thread that serves a client's callbacks (`rd_kafka_poll`) until stopped,
/// so delivery reports resume their awaiting tasks without borrowing a cooperative thread.
final class RDKafkaPoller: Sendable {
    private let stopped = RDKafkaFlag()
    private let done = DispatchSemaphore(value: 0)

    init(client: RDKafkaClient, name: String) {
        let (stopped, done) = (self.stopped, self.done)
        let thread = Thread {
            while !stopped.isSet {
                client.poll(timeoutMilliseconds: 50)
            }
            done.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Stops the thread and waits for it to leave its last poll.
    func stop() {
        guard !stopped.set() else { return }
        done.wait()
    }
}
