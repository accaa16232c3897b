import CRDKafka
import Foundation
import Logging
import Synchronization

/// Per-client state reached from librdkafka's C callbacks through the configuration
/// opaque: the logger, pending deliveries, the rebalance hooks, the latest statistics.
final class RDKafkaContext: Sendable {
    /// What to do when a produced record is acknowledged or fails.
    enum Pending: Sendable {
        case callback(@Sendable (Result<KafkaDeliveryReport, KafkaError>) -> Void)
    }

    let logger: Logger
    let pending = Mutex<[UInt: Pending]>([:])
    let nextID = Atomic<UInt>(1)
    let assigned = Mutex<Set<KafkaTopicPartition>>([])
    let rebalanceHooks = Mutex<KafkaRebalanceHooks>(KafkaRebalanceHooks())
    let statistics = Mutex<KafkaStatistics?>(nil)
    let statisticsHandler = Mutex<(@Sendable (KafkaStatistics) -> Void)?>(nil)
    let fatalError = Mutex<KafkaError?>(nil)
    let lastBrokerError = Mutex<KafkaError?>(nil)
    let deliveryFailures = Atomic<Int>(0)
    /// Holes in the offsets a consumer received (see ``OffsetContinuity``); partitions
    /// are forgotten on every assignment change.
    let continuity = Mutex(OffsetContinuity())
    /// Fault injection for tests: records left out of the first poll that brings them,
    /// as a broker that skips a record in a fetch would (`KafkaConsumer.simulateSkippedRecords`).
    let simulatedSkips = Mutex<Set<KafkaTopicPartitionOffset>>([])

    /// `batch` without the records a test asked to have skipped (each once).
    func droppingSimulatedSkips(_ batch: [KafkaMessage]) -> [KafkaMessage] {
        simulatedSkips.withLock { skips in
            guard !skips.isEmpty else { return batch }
            return batch.filter { skips.remove(KafkaTopicPartitionOffset(topic: $0.topic, partition: $0.partition, offset: $0.offset)) == nil }
        }
    }
    /// Folds librdkafka's repeated "cannot connect" lines into one per interval.
    let connectionNoise = ConnectionNoiseFilter()

    init(logger: Logger) {
        self.logger = logger
    }

    /// Registers a pending delivery and returns the id to pass as the message opaque.
    func register(_ p: Pending) -> UInt {
        let id = nextID.wrappingAdd(1, ordering: .relaxed).oldValue
        pending.withLock { $0[id] = p }
        return id
    }

    func take(_ id: UInt) -> Pending? {
        pending.withLock { $0.removeValue(forKey: id) }
    }

    var pendingCount: Int { pending.withLock { $0.count } }

    static func from(_ opaque: UnsafeMutableRawPointer?) -> RDKafkaContext? {
        guard let opaque else { return nil }
        return Unmanaged<RDKafkaContext>.fromOpaque(opaque).takeUnretainedValue()
    }
}

// MARK: - C callbacks

enum RDKafkaCallbacks {
    static let deliveryReport: @convention(c) (OpaquePointer?, UnsafePointer<rd_kafka_message_t>?, UnsafeMutableRawPointer?) -> Void = { _, message, opaque in
        guard let message, let ctx = RDKafkaContext.from(opaque) else { return }
        let m = message.pointee
        let id = UInt(bitPattern: m._private)
        let result: Result<KafkaDeliveryReport, KafkaError>
        if m.err == RD_KAFKA_RESP_ERR_NO_ERROR {
            let topic = m.rkt.map { String(cString: rd_kafka_topic_name($0)) } ?? ""
            result = .success(KafkaDeliveryReport(topic: topic, partition: m.partition, offset: m.offset))
        } else {
            ctx.deliveryFailures.add(1, ordering: .relaxed)
            result = .failure(KafkaError.from(m.err, context: "delivery failed"))
        }
        guard id != 0, let p = ctx.take(id) else { return }
        switch p {
        case .callback(let cb): cb(result)
        }
    }

    static let log: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Void = { rk, level, fac, buf in
        guard let rk, let ctx = RDKafkaContext.from(rd_kafka_opaque(rk)) else { return }
        let facility = fac.map { String(cString: $0) } ?? ""
        let text = buf.map { String(cString: $0) } ?? ""
        let lvl: Logger.Level
        switch level {
        case ...2: lvl = .critical
        case 3: lvl = .error
        case 4: lvl = .warning
        case 5, 6: lvl = .info
        default: lvl = .debug
        }
        // Property-scope notes (a consumer property given to a producer, as `-X` does for
        // every client, like kcat) are not worth a warning.
        var level = facility == "CONFWARN" ? Logger.Level.debug : lvl
        var line = text
        if facility == "FAIL" || text.contains("Connect to ") {
            // A broker that is not there: one line per interval, not one per retry.
            guard let suppressed = ctx.connectionNoise.admit() else {
                ctx.logger.debug("\(text)", metadata: ["kafka.facility": "\(facility)"], source: "librdkafka")
                return
            }
            if suppressed > 0 { line += " (\(suppressed) similar lines in the last \(ConnectionNoiseFilter.interval) folded)" }
            level = .warning
        }
        ctx.logger.log(level: level, "\(line)", metadata: ["kafka.facility": "\(facility)"], source: "librdkafka")
    }

    static let error: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, UnsafeMutableRawPointer?) -> Void = { rk, err, reason, opaque in
        guard let ctx = RDKafkaContext.from(opaque) else { return }
        let code = rd_kafka_resp_err_t(rawValue: err)
        let text = reason.map { String(cString: $0) } ?? ""
        if code == RD_KAFKA_RESP_ERR__FATAL, let rk {
            var buf = [CChar](repeating: 0, count: 512)
            let orig = rd_kafka_fatal_error(rk, &buf, buf.count)
            var e = KafkaError.from(orig, context: stringFromCBuffer(buf))
            e.code = .fatal
            e.isFatal = true
            ctx.fatalError.withLock { $0 = e }
            ctx.logger.critical("fatal Kafka error: \(e)")
        } else {
            let e = KafkaError.from(code, context: text)
            ctx.lastBrokerError.withLock { $0 = e }
            if e.code == .connection {
                // Said already (folded) by the connection lines above.
                ctx.logger.debug("Kafka client error: \(e)", metadata: ["kafka.error": "\(e.codeName ?? "")"])
            } else {
                ctx.logger.warning("Kafka client error: \(e)", metadata: ["kafka.error": "\(e.codeName ?? "")"])
            }
        }
    }

    static let statistics: @convention(c) (OpaquePointer?, UnsafeMutablePointer<CChar>?, Int, UnsafeMutableRawPointer?) -> Int32 = { _, json, len, opaque in
        guard let json, let ctx = RDKafkaContext.from(opaque) else { return 0 }
        let data = Data(bytes: json, count: len)
        if let stats = try? KafkaStatistics(json: data) {
            ctx.statistics.withLock { $0 = stats }
            if let handler = ctx.statisticsHandler.withLock({ $0 }) { handler(stats) }
        }
        return 0 // librdkafka frees the buffer
    }

    static let rebalance: @convention(c) (OpaquePointer?, rd_kafka_resp_err_t, UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?, UnsafeMutableRawPointer?) -> Void = { rk, err, partitions, opaque in
        guard let rk, let ctx = RDKafkaContext.from(opaque) else { return }
        let list = partitions.map { RDKafkaTopicPartitionList.partitions(of: $0) } ?? []
        let cooperative = String(cString: rd_kafka_rebalance_protocol(rk)) == "COOPERATIVE"
        let hooks = ctx.rebalanceHooks.withLock { $0 }
        if err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS {
            if cooperative {
                if let e = rd_kafka_incremental_assign(rk, partitions) {
                    ctx.logger.error("incremental assign failed: \(KafkaError.consuming(e))")
                }
            } else {
                let e = rd_kafka_assign(rk, partitions)
                if e != RD_KAFKA_RESP_ERR_NO_ERROR { ctx.logger.error("assign failed: \(KafkaError.from(e))") }
            }
            ctx.assigned.withLock { $0.formUnion(list) }
            ctx.continuity.withLock { $0.forget(list) }
            ctx.logger.info("partitions assigned", metadata: ["kafka.partitions": "\(list.map(\.description).joined(separator: ","))"])
            hooks.onAssign?(list)
        } else {
            let lost = rd_kafka_assignment_lost(rk) != 0
            // The revoke hook runs synchronously, before the partitions move, so the
            // application can finish and commit in-flight work for them.
            ctx.assigned.withLock { $0.subtract(list) }
            ctx.continuity.withLock { $0.forget(list) }
            hooks.onRevoke?(KafkaRevocation(partitions: list, lost: lost, handle: RDKafkaHandleRef(rk)))
            if cooperative {
                if let e = rd_kafka_incremental_unassign(rk, partitions) {
                    ctx.logger.error("incremental unassign failed: \(KafkaError.consuming(e))")
                }
            } else {
                _ = rd_kafka_assign(rk, nil)
            }
            ctx.logger.info("partitions revoked", metadata: ["kafka.partitions": "\(list.map(\.description).joined(separator: ","))",
                                                            "kafka.lost": "\(lost)"])
        }
    }
}

/// Lets one "cannot connect" line through per ``interval`` and counts the rest.
final class ConnectionNoiseFilter: Sendable {
    static let interval = Duration.seconds(30)
    private let state = Mutex<(last: ContinuousClock.Instant?, suppressed: Int)>((nil, 0))

    /// nil: fold this line; else log it, noting how many were folded before it.
    func admit() -> Int? {
        state.withLock { s in
            let now = ContinuousClock.now
            if let last = s.last, now - last < Self.interval { s.suppressed += 1; return nil }
            let n = s.suppressed
            s = (now, 0)
            return n
        }
    }
}
