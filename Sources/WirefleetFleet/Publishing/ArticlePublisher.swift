import Foundation
public import Synchronization
public import WirefleetKafka

/// Publishes articles to the input topic, keyed by article id: what `wirefleet produce`,
/// the fleet benchmark and the tests use (one publish loop).
///
/// Articles are encoded once (``RecordCodec``) and enqueued on the producer; deliveries
/// are counted from the producer's callbacks, so ``tally`` says what the broker
/// acknowledged, not what was handed over. Without a producer (a dry run) an article is
/// only validated and encoded.
public final class ArticlePublisher: Sendable {
    /// Counts of a publishing run.
    public struct Tally: Sendable, Hashable {
        /// Acknowledged by the broker (or, in a dry run, valid).
        public var published = 0
        /// Input items that are not articles.
        public var skipped = 0
        /// Enqueued but not delivered, or not enqueued.
        public var failed = 0
        /// Bytes of the published records' values.
        public var bytes = 0
    }

    /// What happened to one input item, for progress and error lines.
    public enum Event: Sendable {
        case skipped(origin: String, reason: String)
        case failed(origin: String, error: String)
    }

    public let topic: String
    private let producer: KafkaProducer?
    private let codec = RecordCodec()
    private let state = Mutex(Tally())

    /// A publisher onto `topic`; `producer` nil is a dry run.
    public init(producer: KafkaProducer?, topic: String) {
        self.producer = producer
        self.topic = topic
    }

    /// The counts so far.
    public var tally: Tally { state.withLock { $0 } }

    /// Publishes every article of one input file (``ArticleInput/items(of:)``);
    /// `onEvent` hears of skipped and failed items (possibly from the producer's thread).
    public func publish(file: String, input: ArticleInput, onEvent: @escaping @Sendable (Event) -> Void) async {
        for item in input.items(of: file) {
            switch item {
            case .invalid(let origin, let reason):
                state.withLock { $0.skipped += 1 }
                onEvent(.skipped(origin: origin, reason: reason))
            case .article(let article, let origin):
                do {
                    try await publish(article) { error in onEvent(.failed(origin: origin, error: error)) }
                } catch {
                    onEvent(.failed(origin: origin, error: "\(error)"))
                }
            }
        }
    }

    /// Publishes one article; `onFailure` hears if the broker does not take it.
    /// Throws only when the article cannot be encoded or enqueued (counted as failed).
    public func publish(_ article: Article, onFailure: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        let bytes: [UInt8]
        do { bytes = try codec.encode(article) } catch { state.withLock { $0.failed += 1 }; throw error }
        try await publish(id: article.id, value: bytes, onFailure: onFailure)
    }

    /// Publishes an already encoded article record under `id`.
    public func publish(id: String, value bytes: [UInt8], onFailure: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        guard let producer else { state.withLock { $0.published += 1; $0.bytes += bytes.count }; return }
        let size = bytes.count
        do {
            try await producer.enqueue(KafkaRecord(topic: topic, key: Array(id.utf8), value: bytes)) { [self] result in
                switch result {
                case .success: self.state.withLock { $0.published += 1; $0.bytes += size }
                case .failure(let e):
                    self.state.withLock { $0.failed += 1 }
                    onFailure("\(e)")
                }
            }
        } catch {
            state.withLock { $0.failed += 1 }
            throw error
        }
    }

    /// Waits for every enqueued article's delivery (or `timeout`), then closes the producer.
    public func finish(timeout: Duration = .seconds(60)) async throws {
        guard let producer else { return }
        var flushError: (any Error)?
        do { try await producer.flush(timeout: timeout) } catch { flushError = error }
        await producer.close(timeout: .seconds(5))
        if let flushError { throw flushError }
    }
}
