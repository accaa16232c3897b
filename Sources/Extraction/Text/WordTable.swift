/// The one lookup-table type of the extraction library: open addressing from 64-bit
/// ``WordHash`` values to small values.
///
/// Keys are already well mixed, so they index the table directly: no `Hasher` work on
/// the hot path, and a lookup for a token is one probe because the token carries its
/// hash. Entries are told apart by their 64-bit hash alone; with a few thousand entries
/// the chance that an article's word collides with one is below 10⁻¹².
public struct WordTable<Value: Sendable>: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline var mask: Int
    @usableFromInline var storedCount = 0
    /// Number of entries.
    public var count: Int { storedCount }

    /// An empty table with room for `minimumCapacity` entries before it grows.
    public init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
    }

    @inlinable @inline(__always)
    static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The value stored for `key`, if any.
    @inlinable @inline(__always)
    public subscript(key: UInt64) -> Value? {
        let k = Self.stored(key)
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let slot = keys[i]
            if slot == k { return values[i] }
            if slot == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Stores `value` for `key`; keeps the first value when the key is already there.
    @inlinable
    public mutating func insert(_ key: UInt64, _ value: Value) {
        if (storedCount + 1) * 2 > keys.count { grow() }
        let k = Self.stored(key)
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while keys[i] != 0 {
            if keys[i] == k { return }
            i = (i + 1) & mask
        }
        keys[i] = k
        values[i] = value
        storedCount += 1
    }

    /// Whether `key` has an entry.
    @inlinable @inline(__always)
    public func contains(_ key: UInt64) -> Bool { self[key] != nil }

    @usableFromInline
    mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        storedCount = 0
        for (i, k) in oldKeys.enumerated() where k != 0 {
            if let v = oldValues[i] { insert(k, v) }
        }
    }
}

extension WordTable where Value == Bool {
    /// A set of hashes.
    public init(_ keys: [UInt64]) {
        self.init(minimumCapacity: keys.count)
        for k in keys { insert(k, true) }
    }

    /// A set of words, each stored under ``WordHash/folded(_:)`` (so it matches a
    /// token's ``Token/hash`` whatever the token's capitalisation).
    public init(words: some Sequence<String>) {
        self.init(words.map { WordHash.folded($0) })
    }

    /// Whether the folded form of `word` is a member.
    public func contains(word: String) -> Bool { contains(WordHash.folded(word)) }

    /// Whether the token's folded key is a member (one probe: the token carries its hash).
    @inlinable @inline(__always)
    public func contains(_ token: Token) -> Bool { contains(token.hash) }
}

extension WordTable: ExpressibleByArrayLiteral where Value == Bool {
    /// A set of words written as a literal (folded like ``init(words:)``).
    public init(arrayLiteral elements: String...) { self.init(words: elements) }
}
