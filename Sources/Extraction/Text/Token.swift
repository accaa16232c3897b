/// One token of a ``NormalizedText``: a word, a number or a punctuation mark, with
/// its range in normalized scalars and its capitalisation.
public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: Sendable, Hashable {
        /// Starts with a letter: letters, digits, inner hyphens/apostrophes, and the
        /// dots of dotted abbreviations ("U.S.", "J.").
        case word
        /// Starts with a digit: digits, inner `,`/`.` between digits, letter suffixes.
        case number
        /// One punctuation or symbol scalar.
        case punct
    }

    /// Capitalisation of a word token.
    public struct Shape: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The first letter is upper case.
        public static let capitalized = Shape(rawValue: 1 << 0)
        /// Every letter is upper case (and there are at least two letters).
        public static let allCaps = Shape(rawValue: 1 << 1)
        /// Every letter is lower case.
        public static let lowercase = Shape(rawValue: 1 << 2)
        /// An upper-case letter after a lower-case one ("BalkanWeb", "McDonald").
        public static let innerCapital = Shape(rawValue: 1 << 3)
        /// Contains a digit.
        public static let hasDigit = Shape(rawValue: 1 << 4)
        /// Ends with a dot that belongs to it ("U.S.", "J.").
        public static let dotted = Shape(rawValue: 1 << 5)
    }

    /// Range in ``NormalizedText/scalars``.
    public var range: Range<Int>
    public var kind: Kind
    public var shape: Shape
    /// True when a line break (`\n`) lies between the previous token and this one.
    public var startsLine: Bool
    /// True when an empty line lies between the previous token and this one.
    public var startsParagraph: Bool

    public init(range: Range<Int>, kind: Kind, shape: Shape, startsLine: Bool = false, startsParagraph: Bool = false) {
        self.range = range
        self.kind = kind
        self.shape = shape
        self.startsLine = startsLine
        self.startsParagraph = startsParagraph
    }

    public var isCapitalized: Bool { shape.contains(.capitalized) }
    public var isAllCaps: Bool { shape.contains(.allCaps) }
    public var isLowercase: Bool { shape.contains(.lowercase) }
}
