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

    /// An enrichment encoded as the assembler reads it: ``encode(_:)-(Enrichment)`` and
    /// ``RawEnrichment/init(_:)`` in one step, without scanning bytes just written when
    /// ``EnrichmentJSONWriter`` writes them.
    public func encodeRaw(_ enrichment: Enrichment) throws -> RawEnrichment {
        if let raw = EnrichmentJSONWriter.encodeRaw(enrichment) { return raw }
        return try RawEnrichment(encodeWithJSONEncoder(enrichment))
    }

    /// Decodes an article: the same value and the same errors as
    /// ``decode(_:from:)``, without `JSONDecoder` for the common shape — an object whose
    /// members are all strings or `null`, each name once, no `\u` surrogate escapes —
    /// and through `JSONDecoder` for anything else (so every error reads the same).
    public func decodeArticle(from bytes: [UInt8]) throws(RecordError) -> Article {
        if let article = Self.directArticle(bytes) { return article }
        return try decode(Article.self, from: bytes)
    }

    /// The article when the record has the common shape; nil sends it through `JSONDecoder`.
    static func directArticle(_ bytes: [UInt8]) -> Article? {
        guard !hasSurrogateEscape(bytes[...]), let scan = try? JSONObjectScanner(bytes), !scan.hasDuplicateKeys else { return nil }
        var fields: [String: String] = [:]
        for (key, range) in scan.members {
            let first = bytes[range.lowerBound]
            if first == UInt8(ascii: "n") {
                guard range.count == 4, bytes[range].elementsEqual("null".utf8) else { return nil }
                continue
            }
            guard first == UInt8(ascii: "\""), let value = try? JSONObjectScanner.decodeString(bytes, range) else { return nil }
            fields[key] = value
        }
        guard let id = fields["id"], let body = fields["body"] else { return nil }
        return Article(id: id, body: body, title: fields["title"], source: fields["source"], url: fields["url"],
                       publishedAt: fields["published_at"], language: fields["language"])
    }

    /// A `\uD800`–`\uDFFF` escape (JSONDecoder's rules for those are its own).
    private static func hasSurrogateEscape(_ s: ArraySlice<UInt8>) -> Bool {
        var i = s.startIndex
        while i + 3 < s.endIndex {
            if s[i] == UInt8(ascii: "\\") {
                if s[i + 1] == UInt8(ascii: "u"), s[i + 2] == UInt8(ascii: "d") || s[i + 2] == UInt8(ascii: "D"),
                   "89abcdefABCDEF".utf8.contains(s[i + 3]) { return true }
                i += 2
            } else {
                i += 1
            }
        }
        return false
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
