/// The records of a ``KafkaConsumer`` as an `AsyncSequence`, polled in batches.
public struct KafkaMessageSequence: AsyncSequence, Sendable {
    public typealias Element = KafkaMessage
    let consumer: KafkaConsumer

    public struct AsyncIterator: AsyncIteratorProtocol {
        let consumer: KafkaConsumer
        var buffer: [KafkaMessage] = []
        var index = 0

        public mutating func next() async throws -> KafkaMessage? {
            while true {
                while index >= buffer.count {
                    if Task.isCancelled || consumer.isClosed { return nil }
                    let polled: Result<[KafkaMessage], KafkaError>
                    do { polled = .success(try await consumer.poll(timeout: .milliseconds(100))) }
                    catch { polled = .failure(error) }
                    switch polled {
                    case .success(let batch): buffer = batch
                    case .failure(let error):
                        if error.code == .closed { return nil }
                        throw error
                    }
                    index = 0
                }
                let m = buffer[index]
                index += 1
                // Skip records of partitions revoked after the batch was polled.
                if consumer.assignment.contains(m.topicPartition) { return m }
            }
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(consumer: consumer) }
}
