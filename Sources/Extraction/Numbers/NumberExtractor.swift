public import WirefleetText

/// Finds numeric expressions in an article (GUIDELINES.md "Numbers"): counts,
/// measures, money, percentages, ordinals, years, dates, times, durations and bare
/// figures, with their approximation qualifiers.
///
/// The scan is linear: it reads the parts of the shared ``TokenStream`` (digit runs
/// with their separators, letter runs, punctuation) and every pattern looks a bounded number of tokens around a trigger token. No regular
/// expressions, no Foundation.
public struct NumberExtractor: Sendable {
    public init() {}

    /// Extracts every number of a normalized article body. Offsets and `text` of the
    /// mentions point into the original body (Unicode scalars, end exclusive).
    public func extract(_ text: NormalizedText) -> [NumberMention] {
        let tokens = text.tokens.parts
        var scanner = NumberScanner(text)
        scanner.run()
        var out: [NumberMention] = []
        out.reserveCapacity(scanner.found.count)
        for f in scanner.found {
            let lo = tokens[f.first].start
            let hi = tokens[f.last].end
            let r = text.originalRange(of: lo..<hi)
            out.append(NumberMention(text: text.originalText(of: lo..<hi), start: r.lowerBound, end: r.upperBound,
                                     value: f.value, kind: f.kind.rawValue, unit: f.unit, approx: f.approx?.rawValue))
        }
        return out
    }

    /// Convenience: normalizes `body` and extracts its numbers.
    public func extract(_ body: String) -> [NumberMention] { extract(NormalizedText(body)) }
}
