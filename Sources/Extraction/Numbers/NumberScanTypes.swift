// The small value types the scanner passes around.

// MARK: - Results

/// The kinds of GUIDELINES.md.
enum NumberKind: String, Sendable {
    case count, measure, money, percent, number, ordinal, year, date, time, duration
}

/// Approximation qualifiers.
enum Approx: String, Sendable {
    case about, moreThan = "more_than", lessThan = "less_than", upTo = "up_to", atLeast = "at_least", nearly
}

/// A found number over tokens `first...last`.
struct FoundNumber: Sendable {
    var first: Int
    var last: Int
    var value: NumberValue
    var kind: NumberKind
    var unit: String?
    var approx: Approx?
}

/// The numeric core of an expression: digits or number words, before units.
struct NumberCore: Sendable {
    var value: Double
    /// First and one-past-last token.
    var start: Int
    var end: Int
    var isDigits: Bool
    var isOrdinal = false
    /// Digits with no separator and no decimals.
    var plainInt = false
    var intDigits = 0
    var fracDigits = 0
    /// "a dozen", "a couple of": starts with the article.
    var isArticle = false
    /// The product of the scale words after digits ("2.5 million" → 1e6).
    var scaleFactor: Double = 1
}
