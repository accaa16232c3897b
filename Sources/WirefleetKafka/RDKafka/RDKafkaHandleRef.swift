import CRDKafka

/// A non-owning reference to a librdkafka handle, valid only during a callback.
struct RDKafkaHandleRef: @unchecked Sendable {
    let raw: OpaquePointer
    init(_ raw: OpaquePointer) { self.raw = raw }
}
