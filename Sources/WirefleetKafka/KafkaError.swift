import CRDKafka

/// An error from the Kafka layer, carrying librdkafka's code name, message and its
/// error classes (retriable, fatal, transaction-must-abort).
///
/// Extensible in the style of swift-service-lifecycle's `ServiceRunnerError`: ``Code``
/// is a struct wrapping a private enum, so new codes never break a caller's `switch`.
///
/// ```swift
/// do { try await producer.send(record) }
/// catch let error as KafkaError where error.isRetriable { /* back off, try again */ }
/// ```
public struct KafkaError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Backing: String, Hashable, Sendable {
            case configuration, connection, broker, messageTooLarge, unknownTopic, timedOut,
                 queueFull, transaction, fatal, closed, invalidArgument, admin, decoding
        }
        private let backing: Backing
        private init(_ backing: Backing) { self.backing = backing }

        /// An invalid configuration property or value.
        public static let configuration = Code(.configuration)
        /// The brokers could not be reached in time.
        public static let connection = Code(.connection)
        /// The broker or librdkafka reported an error (see ``KafkaError/codeName``).
        public static let broker = Code(.broker)
        /// The record is larger than `message.max.bytes` allows.
        public static let messageTooLarge = Code(.messageTooLarge)
        /// The topic or partition does not exist.
        public static let unknownTopic = Code(.unknownTopic)
        /// The operation did not finish within its timeout.
        public static let timedOut = Code(.timedOut)
        /// The local producer queue is full (back-pressure; retriable).
        public static let queueFull = Code(.queueFull)
        /// A transactional operation failed (see the flags for what to do).
        public static let transaction = Code(.transaction)
        /// The client is in a fatal state and must be recreated.
        public static let fatal = Code(.fatal)
        /// The client was closed.
        public static let closed = Code(.closed)
        /// An argument was invalid (empty topic, bad partition count, …).
        public static let invalidArgument = Code(.invalidArgument)
        /// An admin operation failed.
        public static let admin = Code(.admin)
        /// Broker data could not be decoded.
        public static let decoding = Code(.decoding)

        public var description: String { backing.rawValue }
    }

    /// The kind of failure.
    public var code: Code
    /// librdkafka's `rd_kafka_resp_err_t`, when there is one.
    public var rdCode: Int32?
    /// librdkafka's name for ``rdCode`` (`_MSG_TIMED_OUT`, `UNKNOWN_TOPIC_OR_PART`, …).
    public var codeName: String?
    /// Human-readable detail.
    public var message: String
    /// A retry of the same operation may succeed.
    public var isRetriable: Bool
    /// The client can no longer be used and must be recreated.
    public var isFatal: Bool
    /// The current transaction must be aborted (then the work can be retried).
    public var requiresTransactionAbort: Bool
    /// Where the error was raised.
    public var file: String
    public var line: Int

    public init(code: Code, message: String, rdCode: Int32? = nil, codeName: String? = nil,
                isRetriable: Bool = false, isFatal: Bool = false, requiresTransactionAbort: Bool = false,
                file: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.rdCode = rdCode
        self.codeName = codeName
        self.isRetriable = isRetriable
        self.isFatal = isFatal
        self.requiresTransactionAbort = requiresTransactionAbort
        self.file = file
        self.line = line
    }

    public var description: String {
        var flags: [String] = []
        if isRetriable { flags.append("retriable") }
        if isFatal { flags.append("fatal") }
        if requiresTransactionAbort { flags.append("abort-transaction") }
        let name = codeName.map { " \($0)" } ?? ""
        let f = flags.isEmpty ? "" : " [\(flags.joined(separator: ","))]"
        return "KafkaError.\(code)\(name): \(message)\(f)"
    }
}

// MARK: - librdkafka bridging

extension KafkaError {
    /// An error from a `rd_kafka_resp_err_t`.
    static func from(_ err: rd_kafka_resp_err_t, context: String = "",
                     file: String = #fileID, line: Int = #line) -> KafkaError {
        let name = String(cString: rd_kafka_err2name(err))
        let text = String(cString: rd_kafka_err2str(err))
        let message = context.isEmpty ? text : "\(context): \(text)"
        return KafkaError(code: classify(err), message: message, rdCode: err.rawValue, codeName: name,
                          isRetriable: isRetriable(err), file: file, line: line)
    }

    /// An error from a `rd_kafka_error_t` (consumes and destroys it).
    static func consuming(_ error: OpaquePointer, context: String = "",
                          file: String = #fileID, line: Int = #line) -> KafkaError {
        defer { rd_kafka_error_destroy(error) }
        let err = rd_kafka_error_code(error)
        let name = String(cString: rd_kafka_error_name(error))
        let text = String(cString: rd_kafka_error_string(error))
        let isFatal = rd_kafka_error_is_fatal(error) != 0
        let abort = rd_kafka_error_txn_requires_abort(error) != 0
        let retriable = rd_kafka_error_is_retriable(error) != 0
        var code = classify(err)
        if isFatal { code = .fatal } else if abort { code = .transaction }
        return KafkaError(code: code, message: context.isEmpty ? text : "\(context): \(text)",
                          rdCode: err.rawValue, codeName: name, isRetriable: retriable, isFatal: isFatal,
                          requiresTransactionAbort: abort, file: file, line: line)
    }

    static func classify(_ err: rd_kafka_resp_err_t) -> Code {
        switch err {
        case RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE: return .messageTooLarge
        case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART, RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC,
             RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION: return .unknownTopic
        case RD_KAFKA_RESP_ERR__TIMED_OUT, RD_KAFKA_RESP_ERR__MSG_TIMED_OUT, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT:
            return .timedOut
        case RD_KAFKA_RESP_ERR__QUEUE_FULL: return .queueFull
        case RD_KAFKA_RESP_ERR__TRANSPORT, RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN, RD_KAFKA_RESP_ERR__RESOLVE:
            return .connection
        case RD_KAFKA_RESP_ERR__FATAL: return .fatal
        case RD_KAFKA_RESP_ERR__INVALID_ARG: return .invalidArgument
        default: return .broker
        }
    }

    static func isRetriable(_ err: rd_kafka_resp_err_t) -> Bool {
        switch err {
        case RD_KAFKA_RESP_ERR__QUEUE_FULL, RD_KAFKA_RESP_ERR__TIMED_OUT, RD_KAFKA_RESP_ERR__MSG_TIMED_OUT,
             RD_KAFKA_RESP_ERR__TRANSPORT, RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN,
             RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT, RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION,
             RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE, RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS,
             RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS_AFTER_APPEND, RD_KAFKA_RESP_ERR_NETWORK_EXCEPTION,
             RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE, RD_KAFKA_RESP_ERR_NOT_COORDINATOR,
             RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS, RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS,
             RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
            return true
        default:
            return false
        }
    }
}
