/// An open-addressing hash table from 64-bit name hashes (``NameKey``) to small
/// values. The keys are already well mixed, so they index the table directly: no
/// `Hasher` work on the tagger's hot path.
struct NameKeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The value stored for `key`, if any.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let k = Self.stored(key)
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let slot = keys[i]
            if slot == k { return values[i] }
            if slot == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Stores `value` for `key` (keeps the first value on a repeated key).
    mutating func insert(_ key: UInt64, _ value: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.stored(key)
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while keys[i] != 0 {
            if keys[i] == k { return }
            i = (i + 1) & mask
        }
        keys[i] = k
        values[i] = value
        count += 1
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 {
            if let v = oldValues[i] { insert(k, v) }
        }
    }
}

extension NameKeyTable where Value == Bool {
    /// A set of keys.
    init(_ keys: [UInt64]) {
        self.init(minimumCapacity: keys.count)
        for k in keys { insert(k, true) }
    }
}
