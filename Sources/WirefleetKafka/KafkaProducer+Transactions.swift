import CRDKafka

extension KafkaProducer {
    private func milliseconds(_ d: Duration) -> Int32 {
        Int32(clamping: d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000)
    }

    private func transactional(_ name: String, timeout: Duration,
                               _ call: @escaping @Sendable (OpaquePointer, Int32) -> OpaquePointer?) async throws(KafkaError) {
        let client = self.client
        let ms = milliseconds(timeout)
        try await BlockingCall.run { () throws(KafkaError) in
            if let e = call(client.handle, ms) { throw KafkaError.consuming(e, context: name) }
        }
    }

    /// Registers the `transactional.id` with the coordinator and fences older producers
    /// with the same id. Call once before the first transaction.
    public func initTransactions(timeout: Duration = .seconds(30)) async throws(KafkaError) {
        guard configuration.transactionalID != nil else {
            throw KafkaError(code: .configuration, message: "initTransactions needs a transactionalID")
        }
        try await transactional("init transactions", timeout: timeout) { rd_kafka_init_transactions($0, $1) }
    }

    /// Begins a transaction (local, does not block).
    public func beginTransaction() throws(KafkaError) {
        if let e = rd_kafka_begin_transaction(client.handle) { throw KafkaError.consuming(e, context: "begin transaction") }
    }

    /// Adds a consumer's offsets (the next offsets to read) to the current transaction,
    /// so they commit or abort together with its records.
    public func sendOffsetsToTransaction(_ offsets: [KafkaTopicPartitionOffset], consumer: KafkaConsumer,
                                         timeout: Duration = .seconds(30)) async throws(KafkaError) {
        guard !offsets.isEmpty else { return }
        let metadata = try consumer.groupMetadata()
        let ms = milliseconds(timeout)
        let client = self.client
        try await BlockingCall.run { () throws(KafkaError) in
            let list = RDKafkaTopicPartitionList.make(offsets)
            defer {
                rd_kafka_topic_partition_list_destroy(list)
                rd_kafka_consumer_group_metadata_destroy(metadata.raw)
            }
            if let e = rd_kafka_send_offsets_to_transaction(client.handle, list, metadata.raw, ms) {
                throw KafkaError.consuming(e, context: "send offsets to transaction")
            }
        }
    }

    /// Commits the current transaction (flushes its records first).
    public func commitTransaction(timeout: Duration = .seconds(30)) async throws(KafkaError) {
        try await transactional("commit transaction", timeout: timeout) { rd_kafka_commit_transaction($0, $1) }
    }

    /// Aborts the current transaction: its records are marked aborted, its offsets dropped.
    public func abortTransaction(timeout: Duration = .seconds(30)) async throws(KafkaError) {
        try await transactional("abort transaction", timeout: timeout) { rd_kafka_abort_transaction($0, $1) }
    }
}
