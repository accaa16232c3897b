// MARK: - WordSet

/// A fixed set of lexicon words (folded keys, as ``TokenStream`` makes them) with
/// lookups that cost one probe: every ``Token`` carries the 64-bit FNV-1a hash of its
/// key, computed while the key is built, so asking whether a token is, say, a speech
/// verb hashes nothing. A probe that hits compares the words too, so a hash collision
/// can never make a word a member.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var hashes: [UInt64]
    private var words: [String?]
    private let mask: Int

    init(_ members: some Sequence<String>) {
        let unique = Array(Set(members))
        var capacity = 16
        while capacity < unique.count * 3 { capacity <<= 1 }
        hashes = [UInt64](repeating: 0, count: capacity)
        words = [String?](repeating: nil, count: capacity)
        mask = capacity - 1
        for w in unique {
            let h = Self.hash(w)
            var i = Self.slot(h, mask)
            while words[i] != nil { i = (i + 1) & mask }
            hashes[i] = h
            words[i] = w
        }
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    /// FNV-1a over UTF-8 bytes.
    @inline(__always)
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    static func hash(_ word: String) -> UInt64 { hash(word.utf8) }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h ^ (h >> 31)) & mask }

    @inline(__always)
    private func contains(_ word: String, hash h: UInt64) -> Bool {
        var i = Self.slot(h, mask)
        while let w = words[i] {
            if hashes[i] == h && w == word { return true }
            i = (i + 1) & mask
        }
        return false
    }

    /// Whether `word` is a member.
    func contains(_ word: String) -> Bool { contains(word, hash: Self.hash(word)) }

    /// Whether the token's key is a member (no hashing: the token carries it).
    @inline(__always)
    func contains(_ token: Token) -> Bool { contains(token.key, hash: token.hash) }
}
