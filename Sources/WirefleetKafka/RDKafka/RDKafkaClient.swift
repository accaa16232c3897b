import CRDKafka
import Foundation
import Logging
import Synchronization

/// Owns one librdkafka handle and its callback context. Nothing above this bridge
/// touches an `OpaquePointer`.
final class RDKafkaClient: @unchecked Sendable {
    enum Kind { case producer, consumer }

    let handle: OpaquePointer
    let context: RDKafkaContext
    let kind: Kind
    private let contextRef: Unmanaged<RDKafkaContext>
    private let destroyed = Atomic<Bool>(false)

    private init(handle: OpaquePointer, context: RDKafkaContext, contextRef: Unmanaged<RDKafkaContext>, kind: Kind) {
        self.handle = handle
        self.context = context
        self.contextRef = contextRef
        self.kind = kind
    }

    /// Creates a client; an unknown property or a bad value throws a configuration error.
    static func make(kind: Kind, properties: [String: String], logger: Logger,
                     rebalance: Bool = false, deliveryReports: Bool = false) throws(KafkaError) -> RDKafkaClient {
        guard let conf = rd_kafka_conf_new() else {
            throw KafkaError(code: .configuration, message: "rd_kafka_conf_new failed")
        }
        var errstr = [CChar](repeating: 0, count: 512)
        for (key, value) in properties.sorted(by: { $0.key < $1.key }) {
            let res = rd_kafka_conf_set(conf, key, value, &errstr, errstr.count)
            if res != RD_KAFKA_CONF_OK {
                rd_kafka_conf_destroy(conf)
                let detail = stringFromCBuffer(errstr)
                throw KafkaError(code: .configuration,
                                 message: "invalid property \(key)=\(value): \(detail)",
                                 codeName: res == RD_KAFKA_CONF_UNKNOWN ? "CONF_UNKNOWN" : "CONF_INVALID")
            }
        }
        let context = RDKafkaContext(logger: logger)
        let ref = Unmanaged.passRetained(context)
        rd_kafka_conf_set_opaque(conf, ref.toOpaque())
        rd_kafka_conf_set_log_cb(conf, RDKafkaCallbacks.log)
        rd_kafka_conf_set_error_cb(conf, RDKafkaCallbacks.error)
        rd_kafka_conf_set_stats_cb(conf, RDKafkaCallbacks.statistics)
        if deliveryReports { rd_kafka_conf_set_dr_msg_cb(conf, RDKafkaCallbacks.deliveryReport) }
        if rebalance { rd_kafka_conf_set_rebalance_cb(conf, RDKafkaCallbacks.rebalance) }
        let type = kind == .producer ? RD_KAFKA_PRODUCER : RD_KAFKA_CONSUMER
        guard let rk = rd_kafka_new(type, conf, &errstr, errstr.count) else {
            ref.release()
            rd_kafka_conf_destroy(conf)
            throw KafkaError(code: .configuration, message: "cannot create client: \(stringFromCBuffer(errstr))")
        }
        return RDKafkaClient(handle: rk, context: context, contextRef: ref, kind: kind)
    }

    /// Serves queued callbacks (delivery reports, logs, statistics, errors).
    @discardableResult
    func poll(timeoutMilliseconds: Int32) -> Int32 {
        rd_kafka_poll(handle, timeoutMilliseconds)
    }

    /// Destroys the handle (once). Blocking; call it off the cooperative pool.
    /// `skipConsumerClose`: a consumer that never joined a group (or was closed
    /// already) has nothing to leave; skipping the close saves about a second.
    func destroy(skipConsumerClose: Bool = false) {
        guard !destroyed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        if skipConsumerClose { rd_kafka_destroy_flags(handle, Int32(RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE)) } else { rd_kafka_destroy(handle) }
        // Any delivery still pending will never be reported: fail it.
        let rest = context.pending.withLock { p -> [RDKafkaContext.Pending] in
            let v = Array(p.values); p.removeAll(); return v
        }
        for p in rest {
            let e = KafkaError(code: .closed, message: "client closed before delivery was reported")
            switch p {
            case .callback(let cb): cb(.failure(e))
            }
        }
        contextRef.release()
    }

    var isDestroyed: Bool { destroyed.load(ordering: .acquiring) }

    deinit { destroy() }

    /// Broker metadata (all topics or one), blocking up to `timeoutMilliseconds`.
    func metadata(topic: String?, timeoutMilliseconds: Int32) throws(KafkaError) -> [KafkaTopicMetadata] {
        var md: UnsafePointer<rd_kafka_metadata>?
        var rkt: OpaquePointer?
        if let topic { rkt = rd_kafka_topic_new(handle, topic, nil) }
        defer { if let rkt { rd_kafka_topic_destroy(rkt) } }
        let err = rd_kafka_metadata(handle, topic == nil ? 1 : 0, rkt, &md, timeoutMilliseconds)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR, let md else {
            var e = KafkaError.from(err, context: "metadata request failed")
            if err == RD_KAFKA_RESP_ERR__TRANSPORT || err == RD_KAFKA_RESP_ERR__TIMED_OUT {
                e.code = .connection
                e.message = "no broker answered within \(timeoutMilliseconds) ms (\(e.message))"
            }
            throw e
        }
        defer { rd_kafka_metadata_destroy(md) }
        var out: [KafkaTopicMetadata] = []
        let m = md.pointee
        for i in 0..<Int(m.topic_cnt) {
            let t = m.topics[i]
            var replication = 0
            if t.partition_cnt > 0 { replication = Int(t.partitions[0].replica_cnt) }
            out.append(KafkaTopicMetadata(name: String(cString: t.topic), partitions: Int(t.partition_cnt),
                                          replicationFactor: replication,
                                          error: t.err == RD_KAFKA_RESP_ERR_NO_ERROR ? nil : KafkaError.from(t.err)))
        }
        return out
    }
}
