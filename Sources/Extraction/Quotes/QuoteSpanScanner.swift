internal import WirefleetText

// MARK: - QuoteSpan

/// A quoted stretch found by ``QuoteSpanScanner``, before attribution.
struct QuoteSpan: Sendable, Hashable {
    /// How the span was delimited.
    enum Shape: Sendable, Hashable {
        /// An opening and a closing mark.
        case closed
        /// An opening mark whose closer never came: ends at the paragraph end, at
        /// the next opener, or at a mismatched single closer.
        case unclosed
        /// A closing mark with no opener; starts after the previous mark.
        case orphanClose
    }

    /// Inner text, normalized scalar indices, trimmed of spaces.
    var lower: Int
    var upper: Int
    /// Index of the opening mark, if any.
    var openMark: Int?
    /// Index of the closing mark, if any.
    var closeMark: Int?
    var family: QuoteMark.Family
    var shape: Shape
    /// Paragraph number (0-based, counting non-empty paragraphs).
    var paragraph: Int
    /// The quote goes on in the next paragraph (opening mark repeated there).
    var continuesInNext: Bool = false
    /// This span continues the previous paragraph's quote.
    var isContinuation: Bool = false
}

// MARK: - QuoteSpanScanner

/// Finds quoted spans in one linear pass per paragraph.
///
/// Double marks are paired first; single marks are paired only outside double
/// spans (a ‘…’ inside “…” is part of the outer quote). A quote never crosses a
/// paragraph break: an unclosed one ends at the paragraph end at the latest, and
/// one reopened at the start of the next paragraph yields one span per paragraph.
struct QuoteSpanScanner: Sendable {
    /// Longest stretch an orphan closing mark may claim backwards, in scalars.
    var orphanReach = 400

    func scan(_ text: NormalizedText) -> [QuoteSpan] {
        let convention = QuoteConvention(of: text)
        let s = text.scalars
        let n = s.count
        var spans: [QuoteSpan] = []
        var marks: [QuoteMark] = []
        var paragraph = 0
        var start = 0
        var previousContinues = false
        while start < n {
            var end = start
            while end < n && !LineBreaks.isHard(s, end) { end += 1 }
            if hasContent(s, start, end) && !isPageFurniture(text, start, end) {
                let carried = scanParagraph(text, start, end, paragraph, previousContinues, convention, &marks, &spans)
                previousContinues = carried
                paragraph += 1
            }
            start = end + 1
        }
        return spans
    }

    // MARK: - Paragraphs

    /// A short line with no quotation mark and no sentence end ("Advertisement",
    /// "Photo: handout", "Share Copy link", "Read more: …"): page furniture between
    /// paragraphs, which does not count as a paragraph for attribution distances (a
    /// quoted paragraph after one reporting someone's speech still follows it).
    private func isPageFurniture(_ text: NormalizedText, _ lower: Int, _ upper: Int) -> Bool {
        let s = text.scalars
        var last = upper - 1
        while last >= lower && ScalarClass.isSpace(s[last]) { last -= 1 }
        guard last >= lower else { return false }
        switch s[last] { case ".", "!", "?", "\u{2026}", ",", ";": return false; default: break }
        var words = 0
        var inWord = false
        var i = lower
        while i < upper {
            if QuoteMark.glyphAt(text, i) != nil { return false }
            let w = ScalarClass.isWordChar(s[i])
            if w && !inWord { words += 1; if words > 8 { return false } }
            inWord = w
            i += 1
        }
        return words > 0
    }

    private func hasContent(_ s: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> Bool {
        var i = lower
        while i < upper { if !ScalarClass.isSpace(s[i]) { return true }; i += 1 }
        return false
    }

    /// First non-space index of the paragraph that starts after `end`, skipping
    /// blank lines; nil at the end of the text.
    private func nextParagraphStart(_ s: [Unicode.Scalar], after end: Int) -> Int? {
        var i = end
        while i < s.count && ScalarClass.isSpace(s[i]) { i += 1 }
        return i < s.count ? i : nil
    }

    /// Scans one paragraph; returns whether its last quote runs on into the next.
    private func scanParagraph(_ text: NormalizedText, _ lower: Int, _ upper: Int, _ paragraph: Int,
                               _ continuation: Bool, _ convention: QuoteConvention, _ marks: inout [QuoteMark],
                               _ spans: inout [QuoteSpan]) -> Bool {
        let s = text.scalars
        marks.removeAll(keepingCapacity: true)
        var i = lower
        while i < upper {
            let v = s[i].value
            // Fast reject: ASCII other than the two straight marks is never a mark.
            if v >= 0x80 || v == 0x22 || v == 0x27,
               let m = QuoteMark.classify(text, at: i, lower: lower, upper: upper, convention: convention) { marks.append(m) }
            i += 1
        }
        if marks.isEmpty { return false }
        var firstContent = lower
        while firstContent < upper && ScalarClass.isSpace(s[firstContent]) { firstContent += 1 }

        let firstSpan = spans.count
        var continues = false

        // MARK: Double marks
        var open: QuoteMark?
        var lastDouble = lower - 1
        for m in marks where m.family == .double {
            if let o = open {
                if m.role == .open {
                    // A new opener while one is open: the first was never closed.
                    append(&spans, s, o.index + 1, m.index, o.index, nil, .double, .unclosed, paragraph)
                    open = m
                } else {
                    append(&spans, s, o.index + 1, m.index, o.index, m.index, .double, .closed, paragraph)
                    open = nil
                }
            } else if m.role == .close {
                let from = max(lastDouble + 1, lower, m.index - orphanReach)
                var a = from
                while a < m.index && !ScalarClass.isWordChar(s[a]) { a += 1 }
                append(&spans, s, a, m.index, nil, m.index, .double, .orphanClose, paragraph)
            } else {
                open = m
            }
            lastDouble = m.index
        }
        var usedSingle = -1
        if let o = open {
            if let next = nextParagraphStart(s, after: upper),
               let (family, _) = QuoteMark.glyphAt(text, next), family == .double {
                append(&spans, s, o.index + 1, upper, o.index, nil, .double, .unclosed, paragraph)
                continues = true
            } else {
                // A mismatched single closer ("… Putin's war', she said").
                var closer: Int?
                for m in marks where m.family == .single && m.index > o.index && m.role != .open {
                    let after: Unicode.Scalar? = m.index + 1 < upper ? s[m.index + 1] : nil
                    if after == nil || after == "," || after == "." || after == ";" || after == "!" || after == "?" {
                        closer = m.index
                        break
                    }
                }
                if let c = closer {
                    append(&spans, s, o.index + 1, c, o.index, c, .double, .unclosed, paragraph)
                    usedSingle = c
                } else {
                    append(&spans, s, o.index + 1, upper, o.index, nil, .double, .unclosed, paragraph)
                }
            }
        }
        if continuation, firstSpan < spans.count, spans[firstSpan].openMark == firstContent {
            spans[firstSpan].isContinuation = true
        }
        if continues { spans[spans.count - 1].continuesInNext = true }

        // MARK: Single marks, outside double spans
        let doubleEnd = spans.count
        var d = firstSpan
        var sOpen: QuoteMark?
        var weakCloser: Int?
        for m in marks where m.family == .single && m.index != usedSingle {
            while d < doubleEnd && outerUpper(spans[d]) < m.index { d += 1 }
            if d < doubleEnd && outerLower(spans[d]) <= m.index { continue }
            if let o = sOpen {
                switch m.role {
                case .close where m.weak:
                    if weakCloser == nil { weakCloser = m.index }
                case .close, .either:
                    append(&spans, s, o.index + 1, m.index, o.index, m.index, .single, .closed, paragraph)
                    sOpen = nil; weakCloser = nil
                case .open:
                    if let w = weakCloser {
                        append(&spans, s, o.index + 1, w, o.index, w, .single, .closed, paragraph)
                    }
                    sOpen = m; weakCloser = nil
                }
            } else if m.role == .open || m.role == .either {
                sOpen = m; weakCloser = nil
            }
        }
        if let o = sOpen, let w = weakCloser {
            append(&spans, s, o.index + 1, w, o.index, w, .single, .closed, paragraph)
        }
        if spans.count > doubleEnd && doubleEnd > firstSpan {
            dropDoublesInsideSingles(&spans, firstSpan, doubleEnd)
            spans[firstSpan...].sort { $0.lower < $1.lower }
        }
        return continues
    }

    /// A “…” inside a ‘…’ is part of the outer quote ('He shouted "get out" at me').
    /// Both runs are sorted and the single spans do not overlap: one linear merge.
    private func dropDoublesInsideSingles(_ spans: inout [QuoteSpan], _ first: Int, _ doubleEnd: Int) {
        var keep: [QuoteSpan] = []
        keep.reserveCapacity(spans.count - first)
        var s = doubleEnd
        for d in first..<doubleEnd {
            let q = spans[d]
            while s < spans.count && outerUpper(spans[s]) < outerLower(q) { s += 1 }
            if s < spans.count && outerLower(spans[s]) < outerLower(q) && outerUpper(q) < outerUpper(spans[s]) { continue }
            keep.append(q)
        }
        keep.append(contentsOf: spans[doubleEnd...])
        spans.replaceSubrange(first..., with: keep)
    }

    private func outerLower(_ q: QuoteSpan) -> Int { q.openMark ?? q.lower }
    private func outerUpper(_ q: QuoteSpan) -> Int { q.closeMark ?? q.upper }

    /// Trims spaces and appends a non-empty span.
    private func append(_ spans: inout [QuoteSpan], _ s: [Unicode.Scalar], _ lower: Int, _ upper: Int,
                        _ open: Int?, _ close: Int?, _ family: QuoteMark.Family,
                        _ shape: QuoteSpan.Shape, _ paragraph: Int) {
        var a = lower, b = upper
        while a < b && ScalarClass.isSpace(s[a]) { a += 1 }
        while b > a && ScalarClass.isSpace(s[b - 1]) { b -= 1 }
        guard a < b else { return }
        spans.append(QuoteSpan(lower: a, upper: b, openMark: open, closeMark: close, family: family,
                               shape: shape, paragraph: paragraph))
    }
}
