import WirefleetText

/// A name's ``NameFold`` letters, word by word, in one buffer: what the entity-id keys
/// are computed from without making a string per word.
struct FoldedName {
    var scalars: [Unicode.Scalar] = []
    var words: [Range<Int>] = []

    init<S: StringProtocol>(_ s: S) {
        scalars.reserveCapacity(s.utf8.count)
        var start = 0
        NameFold.forEachFolded(s) { c in
            if let c {
                scalars.append(c)
            } else {
                if scalars.count > start { words.append(start..<scalars.count) }
                start = scalars.count
            }
        }
        // "Việt Nam Football Federation" = "Vietnam Football Federation": the country's
        // name as Vietnamese writes it is one word here (the words are adjacent ranges).
        var k = 0
        while k + 1 < words.count {
            if equals(words[k], "viet"), equals(words[k + 1], "nam") {
                words[k] = words[k].lowerBound..<words[k + 1].upperBound
                words.remove(at: k + 1)
            }
            k += 1
        }
    }

    /// ``WordHash/exact(_:)`` of one word.
    func hash(_ w: Range<Int>) -> UInt64 {
        var h = WordHash.seed
        for k in w { WordHash.mix(&h, scalars[k].value) }
        return h
    }

    /// The hash of `words` read as one name, a space between words (the words of the
    /// whole name by default): how an entity-id key and the cross-article linker compare
    /// names.
    func hash(joining words: some Sequence<Range<Int>>) -> UInt64 {
        var h = WordHash.seed
        for (k, w) in words.enumerated() {
            if k > 0 { WordHash.space(&h) }
            add(w, to: &h)
        }
        return h
    }

    /// ``hash(joining:)`` of every word.
    var joinedHash: UInt64 { hash(joining: words) }

    /// Continues `h` with one word's letters.
    func add(_ w: Range<Int>, to h: inout UInt64) {
        for k in w { WordHash.mix(&h, scalars[k].value) }
    }

    func equals(_ w: Range<Int>, _ literal: String) -> Bool {
        scalars[w].elementsEqual(literal.unicodeScalars)
    }
}
