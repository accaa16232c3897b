// MARK: - LineBreaks

/// Tells paragraph breaks from the soft line breaks of hard-wrapped text
/// ("…the minister said the plan was\nunworkable…"), so a quote wrapped over two
/// lines stays one quote. Conservative: a break is soft only when the line runs on
/// mid-sentence into a lower-case word.
public enum LineBreaks {
    /// Shortest line that may have been wrapped.
    public static let minimumWrappedLine = 40

    /// Whether the newline at `i` is a soft wrap inside a paragraph.
    public static func isSoft(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard s[i] == "\n", i > 0, i + 1 < s.count else { return false }
        let prev = s[i - 1], next = s[i + 1]
        guard ScalarClass.isLetter(next), !ScalarClass.isUpper(next) else { return false }
        guard ScalarClass.isWordChar(prev) || prev == "," || prev == ";" || prev == "-" else { return false }
        // The line must be long enough to have been wrapped.
        var k = i - 1
        while k >= 0 && i - k <= minimumWrappedLine {
            if ScalarClass.isLineBreak(s[k]) { return false }
            k -= 1
        }
        return true
    }

    /// Whether the scalar at `i` ends a paragraph (a newline that is not soft).
    @inline(__always)
    public static func isHard(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        ScalarClass.isLineBreak(s[i]) && !isSoft(s, i)
    }
}
