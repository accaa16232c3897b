/// An article body after text hygiene, with a map back to the original.
///
/// Extractors read ``tokens`` (made once from ``scalars``, the normalized text) and report results through
/// ``originalRange(of:)`` so every offset they publish points into the **original**
/// body, counted in Unicode scalars, end exclusive (RECORDS.md).
///
/// Hygiene applied (see `TextHygiene`): NFKC per character, look-alike letters from
/// other scripts folded inside Latin words, curly/foreign quotes and apostrophes,
/// dashes, zero-width and control characters.
///
/// Every normalized scalar comes from exactly one original scalar (`offsets`); NFKC
/// may expand one character into several scalars (all mapped to its first original
/// scalar), and dropped format characters leave gaps in the map. Quote and dash folds
/// are one scalar in, one scalar out, so `originalScalars[offsets[i]]` is always the
/// mark that was folded into `scalars[i]`.
public struct NormalizedText: Sendable {
    /// The body as it came in.
    public let original: String
    /// The original body as Unicode scalars (offsets are indices into this).
    public let originalScalars: [Unicode.Scalar]
    /// The normalized text as Unicode scalars.
    public let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the index in ``originalScalars`` where normalized scalar `i`
    /// came from; `offsets[scalars.count] == originalScalars.count`.
    public let offsets: [Int]
    /// The tokens every extractor reads, made once (``Tokenizer``).
    public let tokens: TokenStream

    /// Normalizes `original` (see ``TextHygiene`` for the rules).
    ///
    /// Linear in the length of the body; ASCII takes a fast path with no Foundation
    /// call, and only non-ASCII characters go through NFKC.
    public init(_ original: String) {
        self.original = original
        // One decoding pass (Array(_:) would count the scalars first, then decode again);
        // a scalar takes at least one UTF-8 byte, so the byte count bounds the capacity.
        let orig = [Unicode.Scalar](unsafeUninitializedCapacity: original.utf8.count) { buffer, count in
            for u in original.unicodeScalars {
                buffer[count] = u
                count += 1
            }
        }
        self.originalScalars = orig
        var out: [Unicode.Scalar] = []
        var map: [Int] = []
        out.reserveCapacity(orig.count)
        map.reserveCapacity(orig.count + 1)
        var sawNonASCIILetter = false
        var i = 0
        let n = orig.count
        while i < n {
            let scalar = orig[i]
            let v = scalar.value
            // MARK: ASCII fast path
            if v < 0x80 {
                let nextIsMark = i + 1 < n && orig[i + 1].value >= 0x300 && TextHygiene.isCombiningMark(orig[i + 1])
                if !nextIsMark {
                    if v < 0x20 || v == 0x7F {
                        out.append(v == 0x0A || v == 0x09 ? scalar : " ")
                    } else if v == 0x60 {
                        out.append("'")
                    } else {
                        out.append(scalar)
                    }
                    map.append(i)
                    i += 1
                    continue
                }
            }
            // MARK: Fixed folds
            if let folded = TextHygiene.punctuationFold(v) {
                out.append(folded)
                map.append(i)
                i += 1
                continue
            }
            if v >= 0x80 && v < 0xA0 {
                out.append(" ")
                map.append(i)
                i += 1
                continue
            }
            if v >= 0x80 && TextHygiene.isDropped(scalar) {
                i += 1
                continue
            }
            // MARK: NFKC of one character (base + combining marks)
            var end = i + 1
            while end < n, end - i < 32, TextHygiene.isCombiningMark(orig[end]) { end += 1 }
            let normalized = TextHygiene.nfkc(orig[i..<end])
            for s in normalized {
                if let folded = TextHygiene.punctuationFold(s.value) {
                    out.append(folded)
                } else if s.value < 0x20 && s.value != 0x0A && s.value != 0x09 {
                    out.append(" ")
                } else {
                    out.append(s)
                }
                map.append(i)
                if s.value >= 0x80 { sawNonASCIILetter = true }
            }
            i = end
        }
        map.append(n)
        if sawNonASCIILetter { TextHygiene.foldLookalikes(&out) }
        self.scalars = out
        self.offsets = map
        self.tokens = Tokenizer().stream(out, original: orig, offsets: map)
    }

    /// The token folded to lower case (``ScalarClass/foldLower(_:)``): the string whose
    /// ``WordHash`` is the token's ``Token/hash``.
    public func key(of token: Token) -> String {
        let range = token.range
        if token.shape.contains(.ascii) {
            // Written straight into the string's storage: no intermediate array (and no
            // allocation at all for keys of up to 15 bytes, Swift's small strings).
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                var n = 0
                for k in range {
                    let v = scalars[k].value
                    buffer[n] = UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : (v == 0x60 ? 0x27 : v))
                    n += 1
                }
                return n
            }
        }
        return String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var n = 0
            for k in range {
                UTF8.encode(ScalarClass.foldLower(scalars[k])) { buffer[n] = $0; n += 1 }
            }
            return n
        }
    }

    /// ``key(of:)`` of every token.
    public func keys(of tokens: [Token]) -> [String] { tokens.map(key(of:)) }

    /// The normalized text as a `String`.
    public var text: String { Self.string(scalars[...]) }

    /// A `String` of scalars, encoded to UTF-8 in one pass (ASCII fast path).
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + 8)
        for u in scalars {
            let v = u.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | (v >> 6)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | (v >> 12)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                bytes.append(UInt8(0xF0 | (v >> 18)))
                bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Maps a range of normalized scalar indices to the original scalar range.
    ///
    /// The range ends where the original character of the last normalized scalar ends
    /// (its combining marks included), without dropped format characters after it.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let lower = offsets[min(max(range.lowerBound, 0), offsets.count - 1)]
        guard range.upperBound > range.lowerBound else { return lower..<lower }
        let last = min(range.upperBound, scalars.count)
        var upper = offsets[last]
        let lastStart = offsets[max(last - 1, 0)]
        while upper - 1 > lastStart, TextHygiene.isDropped(originalScalars[upper - 1]) { upper -= 1 }
        return lower..<max(lower, upper)
    }

    /// The original text of a normalized range.
    public func originalText(of range: Range<Int>) -> String {
        Self.string(originalScalars[originalRange(of: range)])
    }

    /// The normalized text of a normalized range.
    public func normalizedText(of range: Range<Int>) -> String {
        Self.string(scalars[range.clamped(to: 0..<scalars.count)])
    }
}
