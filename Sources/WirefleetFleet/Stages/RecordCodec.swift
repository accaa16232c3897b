import Foundation

/// JSON encoding and decoding of the fleet's records, with stable key order so equal
/// records are equal bytes.
public struct RecordCodec: Sendable {
    public init() {}

    /// Encodes a record as compact JSON with sorted keys.
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] { try encodeWithJSONEncoder(value) }

    private func encodeWithJSONEncoder<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    /// Encodes an enrichment: the same bytes as the generic path, written directly by
    /// ``EnrichmentJSONWriter`` (the generic path only for values it leaves to
    /// `JSONEncoder`).
    public func encode(_ enrichment: Enrichment) throws -> [UInt8] {
        if let bytes = EnrichmentJSONWriter.encode(enrichment) { return bytes }
        return try encodeWithJSONEncoder(enrichment)
    }

    /// Decodes a record, with an error that says what is wrong.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(RecordError) -> T {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw RecordError(reason: .invalidUTF8, detail: "the record is not valid UTF-8")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let DecodingError.keyNotFound(key, _) {
            throw RecordError(reason: .missingField, detail: "missing field \"\(key.stringValue)\"")
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw RecordError(reason: .invalidField, detail: "wrong type at \(ctx.codingPath.map(\.stringValue).joined(separator: ".")): \(ctx.debugDescription)")
        } catch let DecodingError.valueNotFound(_, ctx) {
            throw RecordError(reason: .missingField, detail: "null at \(ctx.codingPath.map(\.stringValue).joined(separator: "."))")
        } catch {
            throw RecordError(reason: .invalidJSON, detail: "not valid JSON: \(error.localizedDescription)")
        }
    }
}

/// A record that cannot be used, and why (goes into the DLQ headers).
public struct RecordError: Error, Sendable, CustomStringConvertible {
    /// Why a record was rejected.
    public struct Reason: RawRepresentable, Sendable, Hashable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static let invalidUTF8 = Reason(rawValue: "invalid_utf8")
        public static let invalidJSON = Reason(rawValue: "invalid_json")
        public static let missingField = Reason(rawValue: "missing_field")
        public static let invalidField = Reason(rawValue: "invalid_field")
        public static let emptyBody = Reason(rawValue: "empty_body")
        public static let tooLarge = Reason(rawValue: "too_large")
        public static let timedOut = Reason(rawValue: "processing_timeout")
        public static let processingFailed = Reason(rawValue: "processing_failed")
        /// The assembler gave up waiting for an article's missing parts.
        public static let assemblyTimeout = Reason(rawValue: "assembly_timeout")
    }

    public var reason: Reason
    public var detail: String

    public init(reason: Reason, detail: String) {
        self.reason = reason
        self.detail = detail
    }

    public var description: String { "\(reason.rawValue): \(detail)" }
}
