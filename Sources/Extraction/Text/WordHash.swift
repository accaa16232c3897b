/// The one word hash of the extraction library: 64-bit FNV-1a over Unicode scalar
/// values.
///
/// Lexicons hash their entries with it when they are built and the tokenizer hashes
/// every token with it while it reads the token, so a lookup is one probe of a
/// ``WordTable`` and hashes nothing. Two hashes per token: ``exact(_:)`` (the scalars
/// as written) and ``folded(_:)`` (through ``ScalarClass/foldLower(_:)``). Phrases hash
/// as their words joined by one space (``space``).
///
/// For ASCII text the hash equals FNV-1a over the UTF-8 bytes.
public enum WordHash {
    /// The FNV-1a offset basis: the hash of the empty string.
    @inlinable public static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// Continues `h` with one scalar value.
    @inlinable @inline(__always)
    public static func mix(_ h: inout UInt64, _ v: UInt32) {
        h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01b3
    }

    /// Continues `h` with the space that joins the words of a phrase.
    @inlinable @inline(__always)
    public static func space(_ h: inout UInt64) { mix(&h, 0x20) }

    /// Hash of a string as written.
    public static func exact<S: StringProtocol>(_ s: S) -> UInt64 {
        var h = seed
        for u in s.unicodeScalars { mix(&h, u.value) }
        return h
    }

    /// Hash of a string folded to lower case (the hash a token of that text carries
    /// in ``Token/hash``).
    public static func folded<S: StringProtocol>(_ s: S) -> UInt64 {
        var h = seed
        for u in s.unicodeScalars { mix(&h, ScalarClass.foldLower(u).value) }
        return h
    }

    /// Continues `h` with `scalars[range]`, folded or as written.
    @inlinable @inline(__always)
    public static func add(_ scalars: [Unicode.Scalar], _ range: Range<Int>, folded: Bool, to h: inout UInt64) {
        if folded {
            for k in range { mix(&h, ScalarClass.foldLower(scalars[k]).value) }
        } else {
            for k in range { mix(&h, scalars[k].value) }
        }
    }

    /// A hash as sixteen lower-case hex digits (the form of entity ids and quote clusters).
    public static func hex(_ h: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { buf in
            for i in 0..<16 {
                let d = UInt8((h >> UInt64(60 - 4 * i)) & 0xF)
                buf[i] = d < 10 ? 0x30 + d : 0x61 + d - 10
            }
            return 16
        }
    }
}
