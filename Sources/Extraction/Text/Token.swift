/// One token of an article: what every extractor reads, made once per article by the
/// ``Tokenizer`` (see ``TokenStream``).
///
/// A token is a *part* (a run of letters, a run of digits with its separators, or one
/// punctuation scalar) or a *word* (parts glued into one: "al-Assad", "U.S.", "F16",
/// "don't"). Both kinds carry the same fields. A token holds no reference (it copies
/// as plain bytes); its folded key string is made on demand (``NormalizedText/key(of:)``).
public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable, Hashable {
        /// Starts with a letter.
        case word
        /// Starts with a digit.
        case number
        /// One punctuation or symbol scalar.
        case punct
    }

    /// What a dash was in the original text (hygiene folds every dash to `-`).
    public enum Dash: UInt8, Sendable, Hashable {
        case none, hyphen, enDash, emDash
    }

    /// Capitalisation of a word token.
    public struct Shape: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The first letter is upper case.
        @inlinable public static var capitalized: Shape { Shape(rawValue: 1 << 0) }
        /// Every letter is upper case (and there are at least two letters).
        @inlinable public static var allCaps: Shape { Shape(rawValue: 1 << 1) }
        /// Every letter is lower case.
        @inlinable public static var lowercase: Shape { Shape(rawValue: 1 << 2) }
        /// An upper-case letter after a lower-case one ("BalkanWeb", "McDonald").
        @inlinable public static var innerCapital: Shape { Shape(rawValue: 1 << 3) }
        /// Contains a digit.
        @inlinable public static var hasDigit: Shape { Shape(rawValue: 1 << 4) }
        /// Contains a dot ("U.S.", "J.", "1.5").
        @inlinable public static var dotted: Shape { Shape(rawValue: 1 << 5) }
        /// Every scalar is ASCII.
        @inlinable public static var ascii: Shape { Shape(rawValue: 1 << 6) }
    }

    // Stored compactly (a token copies as about 56 plain bytes); the public
    // properties below read and write these.
    @usableFromInline var lower: Int32
    @usableFromInline var upper: Int32
    @usableFromInline var firstPart: Int32 = 0
    @usableFromInline var endPart: Int32 = 0
    /// ``WordHash`` of the token folded to lower case (of ``NormalizedText/key(of:)``).
    public var hash: UInt64
    /// ``WordHash/exact(_:)`` of the token as written.
    public var exactHash: UInt64
    /// Numbers: the value of the digits (separators and one decimal point read).
    public var value: Double = 0
    /// Punctuation: the scalar, with dashes as `-`, double quotation marks as `"` and
    /// single ones as `'`. A space for words and numbers.
    public var punct: Unicode.Scalar = " "
    public var kind: Kind
    public var shape: Shape
    /// Punctuation: which dash the original text had.
    public var dash: Dash = .none
    /// White space (or the start of the text) lies before this token.
    public var spaceBefore: Bool
    /// A line break lies between the previous token and this one (false for the first token).
    public var startsLine: Bool
    /// An empty line lies between the previous token and this one.
    public var startsParagraph: Bool
    /// Numbers: written with thousands separators ("20,000", "20 000").
    public var grouped = false
    /// Numbers: false for absurd digit runs (more than ``Tokenizer/maxDigits`` digits).
    public var valid = true
    @usableFromInline var storedIntDigits: Int8 = 0
    @usableFromInline var storedFracDigits: Int8 = 0

    /// Range in ``NormalizedText/scalars``.
    @inlinable public var range: Range<Int> {
        get { Int(lower)..<Int(upper) }
        set { lower = Int32(truncatingIfNeeded: newValue.lowerBound); upper = Int32(truncatingIfNeeded: newValue.upperBound) }
    }

    /// Words: the parts they are made of (indices into ``TokenStream/parts``); a part
    /// is its own one part.
    @inlinable public var parts: Range<Int> {
        get { Int(firstPart)..<Int(endPart) }
        set { firstPart = Int32(truncatingIfNeeded: newValue.lowerBound); endPart = Int32(truncatingIfNeeded: newValue.upperBound) }
    }

    /// Numbers: digits before the decimal point (at most ``Tokenizer/maxDigits`` are read).
    @inlinable public var intDigits: Int {
        get { Int(storedIntDigits) }
        set { storedIntDigits = Int8(clamping: newValue) }
    }

    /// Numbers: digits after the decimal point.
    @inlinable public var fracDigits: Int {
        get { Int(storedFracDigits) }
        set { storedFracDigits = Int8(clamping: newValue) }
    }

    public init(range: Range<Int>, kind: Kind, shape: Shape, spaceBefore: Bool = true,
                startsLine: Bool = false, startsParagraph: Bool = false,
                hash: UInt64 = WordHash.seed, exactHash: UInt64 = WordHash.seed) {
        self.lower = Int32(truncatingIfNeeded: range.lowerBound)
        self.upper = Int32(truncatingIfNeeded: range.upperBound)
        self.kind = kind
        self.shape = shape
        self.spaceBefore = spaceBefore
        self.startsLine = startsLine
        self.startsParagraph = startsParagraph
        self.hash = hash
        self.exactHash = exactHash
    }

    /// First normalized scalar.
    @inlinable @inline(__always) public var start: Int { Int(lower) }
    /// One past the last normalized scalar.
    @inlinable @inline(__always) public var end: Int { Int(upper) }
    @inlinable public var isCapitalized: Bool { shape.contains(.capitalized) }
    @inlinable public var isAllCaps: Bool { shape.contains(.allCaps) }
    @inlinable public var isLowercase: Bool { shape.contains(.lowercase) }
}
