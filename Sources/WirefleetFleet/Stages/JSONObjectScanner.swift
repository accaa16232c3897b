/// A linear scanner over one JSON object that finds its top-level members as raw
/// byte ranges without building the values — so the assembler can splice the item
/// arrays of three enrichments into one record without decoding them.
///
/// It checks structure (strings, escapes, nesting, balanced brackets) as it goes and
/// rejects anything that is not a single object; depth is bounded.
public struct JSONObjectScanner: Sendable {
    /// The members of the top-level object: key → range of the raw value in the input.
    public private(set) var members: [String: Range<Int>] = [:]
    /// Whether a member name occurs more than once (``members`` keeps the last).
    public private(set) var hasDuplicateKeys = false

    public static let maximumDepth = 512

    /// Scans `bytes`; throws a ``RecordError`` if they are not one JSON object.
    public init(_ bytes: [UInt8]) throws(RecordError) {
        var i = Self.skipSpace(bytes, 0)
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { throw Self.error("expected a JSON object") }
        i += 1
        i = Self.skipSpace(bytes, i)
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { return }
        while true {
            i = Self.skipSpace(bytes, i)
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw Self.error("expected a member name") }
            let keyRange = try Self.skipString(bytes, i)
            let key = try Self.decodeString(bytes, keyRange)
            i = Self.skipSpace(bytes, keyRange.upperBound)
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw Self.error("expected ':'") }
            i = Self.skipSpace(bytes, i + 1)
            let valueEnd = try Self.skipValue(bytes, i)
            if members.updateValue(i..<valueEnd, forKey: key) != nil { hasDuplicateKeys = true }
            i = Self.skipSpace(bytes, valueEnd)
            guard i < bytes.count else { throw Self.error("unterminated object") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { break }
            throw Self.error("expected ',' or '}'")
        }
        if Self.skipSpace(bytes, i + 1) != bytes.count { throw Self.error("trailing data after the object") }
    }

    /// The raw bytes of a member's value.
    public func raw(_ key: String, in bytes: [UInt8]) -> ArraySlice<UInt8>? { members[key].map { bytes[$0] } }

    /// A member that is a JSON string, decoded.
    public func string(_ key: String, in bytes: [UInt8]) throws(RecordError) -> String? {
        guard let r = members[key] else { return nil }
        if bytes[r.lowerBound] == UInt8(ascii: "n") { return nil }
        guard bytes[r.lowerBound] == UInt8(ascii: "\"") else { throw Self.error("\"\(key)\" is not a string") }
        return try Self.decodeString(bytes, r)
    }

    /// A member that is a JSON integer (nil when absent or null).
    public func integer(_ key: String, in bytes: [UInt8]) throws(RecordError) -> Int64? {
        guard let r = members[key] else { return nil }
        if bytes[r.lowerBound] == UInt8(ascii: "n") { return nil }
        guard let text = String(validating: bytes[r], as: UTF8.self), let v = Int64(text) else {
            throw Self.error("\"\(key)\" is not an integer")
        }
        return v
    }

    /// The ranges of the elements of the JSON array at `range` (already checked by a scan).
    public static func elements(ofArrayAt range: Range<Int>, in bytes: [UInt8]) throws(RecordError) -> [Range<Int>] {
        guard range.lowerBound < bytes.count, bytes[range.lowerBound] == UInt8(ascii: "[") else { throw error("expected an array") }
        var out: [Range<Int>] = []
        var i = skipSpace(bytes, range.lowerBound + 1)
        if i < range.upperBound, bytes[i] == UInt8(ascii: "]") { return out }
        while i < range.upperBound {
            let end = try skipValue(bytes, i)
            out.append(i..<end)
            i = skipSpace(bytes, end)
            guard i < range.upperBound else { break }
            if bytes[i] == UInt8(ascii: ",") { i = skipSpace(bytes, i + 1); continue }
            if bytes[i] == UInt8(ascii: "]") { return out }
            throw error("expected ',' or ']'")
        }
        throw error("unterminated array")
    }

    // MARK: - Scanning

    private static func error(_ detail: String) -> RecordError { RecordError(reason: .invalidJSON, detail: detail) }

    private static func skipSpace(_ b: [UInt8], _ start: Int) -> Int {
        var i = start
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
        return i
    }

    /// The range of a string token including its quotes.
    private static func skipString(_ b: [UInt8], _ start: Int) throws(RecordError) -> Range<Int> {
        var i = start + 1
        while i < b.count {
            switch b[i] {
            case UInt8(ascii: "\\"): i += 2
            case UInt8(ascii: "\""): return start..<(i + 1)
            case 0..<0x20: throw error("control character in a string")
            default: i += 1
            }
        }
        throw error("unterminated string")
    }

    private static func skipValue(_ b: [UInt8], _ start: Int) throws(RecordError) -> Int {
        guard start < b.count else { throw error("missing value") }
        switch b[start] {
        case UInt8(ascii: "\""): return try skipString(b, start).upperBound
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var i = start
            while i < b.count {
                switch b[i] {
                case UInt8(ascii: "\""): i = try skipString(b, i).upperBound; continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    if depth > maximumDepth { throw error("nested deeper than \(maximumDepth)") }
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default: break
                }
                i += 1
            }
            throw error("unterminated array or object")
        default:
            var i = start
            while i < b.count, !(b[i] == UInt8(ascii: ",") || b[i] == UInt8(ascii: "}") || b[i] == UInt8(ascii: "]")
                                 || b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09) { i += 1 }
            if i == start { throw error("missing value") }
            return i
        }
    }

    /// Decodes a string token (with quotes) into Swift text.
    static func decodeString(_ b: [UInt8], _ r: Range<Int>) throws(RecordError) -> String {
        let inner = b[(r.lowerBound + 1)..<(r.upperBound - 1)]
        if !inner.contains(UInt8(ascii: "\\")) {
            guard let s = String(validating: inner, as: UTF8.self) else { throw error("string is not valid UTF-8") }
            return s
        }
        var out: [UInt8] = []
        out.reserveCapacity(inner.count)
        var i = inner.startIndex
        func hex4(_ at: Int) throws(RecordError) -> UInt32 {
            guard at + 4 <= inner.endIndex else { throw error("bad \\u escape") }
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let c = inner[k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: throw error("bad \\u escape")
                }
                v = v << 4 | d
            }
            return v
        }
        while i < inner.endIndex {
            let c = inner[i]
            guard c == UInt8(ascii: "\\") else { out.append(c); i += 1; continue }
            guard i + 1 < inner.endIndex else { throw error("bad escape") }
            let e = inner[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var v = try hex4(i)
                i += 4
                if (0xD800..<0xDC00).contains(v), i + 6 <= inner.endIndex, inner[i] == UInt8(ascii: "\\"), inner[i + 1] == UInt8(ascii: "u") {
                    let low = try hex4(i + 2)
                    if (0xDC00..<0xE000).contains(low) { v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00); i += 6 }
                }
                let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: throw error("bad escape")
            }
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw error("string is not valid UTF-8") }
        return s
    }
}
