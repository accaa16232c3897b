internal import WirefleetText

// MARK: - EchoAttribution

/// Gives an unattributed quote the speaker of another quote that says nearly the
/// same words: a quotation headline rewording speech reported in the body.
struct EchoAttribution: Sendable {
    /// Share of the shorter quote's distinct words the two must have in common.
    var overlap = 0.5
    /// Most attributed quotes compared with each unattributed one.
    var maxCompared = 64

    func apply(_ attributions: inout [Attribution], sites: [AttributionResolver.Site], tokens: QuoteTokens) {
        guard attributions.contains(where: { $0.speaker == nil }) else { return }
        var bags: [Set<String>?] = Array(repeating: nil, count: sites.count)
        func bag(_ q: Int) -> Set<String> {
            if let b = bags[q] { return b }
            var b = Set<String>()
            let site = sites[q]
            var k = site.innerFirst
            while k <= site.innerLast && k < tokens.count && b.count < 200 {
                if tokens[k].kind == .word && tokens[k].key.count > 2 { b.insert(tokens[k].key) }
                k += 1
            }
            bags[q] = b
            return b
        }
        // Bounded on both sides so the pass stays linear on hostile input.
        var attributed: [Int] = []
        for r in attributions.indices where attributions[r].speaker != nil {
            attributed.append(r)
            if attributed.count >= maxCompared { break }
        }
        if attributed.isEmpty { return }
        var examined = 0
        for q in attributions.indices where attributions[q].speaker == nil {
            examined += 1
            if examined > maxCompared { break }
            let a = bag(q)
            if a.count < 3 { continue }
            var best: Int?
            var bestScore = overlap
            for r in attributed where r != q {
                let b = bag(r)
                let common = a.intersection(b).count
                let score = Double(common) / Double(max(1, min(a.count, b.count)))
                if common >= 3 && score >= bestScore { best = r; bestScore = score }
            }
            if let r = best {
                attributions[q].speaker = attributions[r].speaker
                attributions[q].speakerTokens = attributions[r].speakerTokens
            }
        }
    }
}
