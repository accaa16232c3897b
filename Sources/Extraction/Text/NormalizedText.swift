/// An article body after text hygiene, with a map back to the original.
///
/// Extractors scan ``scalars`` (the normalized text) and report results through
/// ``originalRange(of:)`` so every offset they publish points into the **original**
/// body, counted in Unicode scalars, end exclusive (RECORDS.md).
///
/// Hygiene applied (see `TextHygiene`): NFKC per character, look-alike letters from
/// other scripts folded inside Latin words, curly/foreign quotes and apostrophes,
/// dashes, zero-width and control characters.
///
/// - Note: SKELETON. The entities work owns this file and may extend it; its public
///   API (the members below) is what every extractor relies on.
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

    /// Normalizes `original`.
    public init(_ original: String) {
        self.original = original
        let orig = Array(original.unicodeScalars)
        self.originalScalars = orig
        self.scalars = orig
        self.offsets = Array(0...orig.count)
    }

    /// The normalized text as a `String`.
    public var text: String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }

    /// Maps a range of normalized scalar indices to the original scalar range.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let lower = offsets[min(range.lowerBound, offsets.count - 1)]
        let upper: Int
        if range.upperBound >= scalars.count {
            upper = originalScalars.count
        } else {
            // The end is where the next normalized scalar starts in the original.
            upper = max(lower, offsets[range.upperBound])
        }
        return lower..<upper
    }

    /// The original text of a normalized range.
    public func originalText(of range: Range<Int>) -> String {
        let r = originalRange(of: range)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: originalScalars[r])
        return String(s)
    }

    /// The normalized text of a normalized range.
    public func normalizedText(of range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(s)
    }
}
