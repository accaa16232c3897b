import WirefleetText

/// The `cluster` of a quote: one value for one statement, in every article that
/// reports it, computed from the quote alone (no state shared between workers).
///
/// A statement is its **content words**: the quote's ``NameFold`` words without the
/// function words below, each cut to a crude stem (`-s`, `-es`, `-ed`, `-ing`, `-ly`
/// removed), as a set. Two reports of one statement share most of that set even when
/// the wording moves. The cluster is a **sketch** of the set: its ``sketchSize``
/// longest words (ties broken by ``WordHash``), hashed. Long content words are what a
/// rewording keeps ("demonstrators", "unjustified") and what tells two statements
/// apart; the short ones are the ones reporters change or translate differently. (A
/// random bottom-k MinHash keeps the sketch only with probability ≈ J^k, Jaccard J: one
/// changed word among the sampled ones splits the cluster.)
///
/// The speaker is not part of the key: outlets attribute one statement differently
/// (a name, an office, nobody), and keying by speaker split most of them.
///
/// Two words, not three: a fragment quoted by one outlet ("the most complete burial of a
/// high official") keeps the two longest words of the full sentence another outlet
/// quotes more often than it keeps three. On the six multi-article sets
/// (`ops/eval/crossdoc.py`) recall rose on every set (0.19–0.65 → 0.21–0.71) at one
/// collision (precision 0.962 on one set, 1.000 on the others); one word made
/// precision 0.57–1.00.
///
/// Within one article a quote whose content words all occur in a longer quote of the
/// same speaker (a fragment repeated: “wrong and unjustified” after the full sentence)
/// takes the longer quote's cluster. Linear in the quote's length.
public enum QuoteClusterKey {
    /// Number of longest content words that make the sketch.
    public static let sketchSize = 2

    /// Sets `cluster` on every quote of one article (their `speakerID`s set).
    public static func assign(_ quotes: inout [Quote]) {
        let sets = quotes.map { contentWords($0.text) }
        for i in quotes.indices { quotes[i].cluster = key(sets[i]) }
        guard quotes.count > 1 else { return }
        let hashSets = sets.map { Set($0.map(\.hash)) }
        for i in quotes.indices where !sets[i].isEmpty {
            var container: Int?
            for j in quotes.indices where j != i && quotes[j].speakerID == quotes[i].speakerID
                && sets[j].count > sets[i].count && hashSets[i].isSubset(of: hashSets[j]) {
                if container == nil || sets[j].count > sets[container!].count { container = j }
            }
            if let j = container { quotes[i].cluster = quotes[j].cluster }
        }
    }

    /// The cluster of one quote's content words.
    static func key(_ words: [Word]) -> String {
        var h = WordHash.seed
        for w in words.prefix(sketchSize).map(\.hash) {
            WordHash.space(&h)
            for shift in stride(from: 0, to: 64, by: 16) { WordHash.mix(&h, UInt32((w >> UInt64(shift)) & 0xFFFF)) }
        }
        return "q:" + WordHash.hex(h)
    }

    /// The stemmed content words of a quote, hashed (one pass over its folded
    /// letters, no string per word), each once, longest first (ties by hash).
    static func contentWords(_ text: String) -> [Word] {
        let functionWordHashes = Self.functionWordHashes   // once, not per word
        var out: [Word] = []
        forEachWord(text) { whole, stem, length in
            if !functionWordHashes.contains(whole) { out.append(Word(hash: stem, length: length)) }
        }
        out.sort { $0.length != $1.length ? $0.length > $1.length : $0.hash < $1.hash }
        var unique: [Word] = []
        unique.reserveCapacity(out.count)
        for w in out where unique.last != w { unique.append(w) }
        return unique
    }

    /// Every word of a quote, function words too, cut to the same crude stem as
    /// ``contentWords(_:)``, hashed, sorted, each once: what two rewordings of one
    /// statement are compared by (``QuoteClusterLinker``).
    static func allWords(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        forEachWord(text) { _, stem, _ in out.append(stem) }
        out.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(out.count)
        for h in out where unique.last != h { unique.append(h) }
        return unique
    }

    /// Calls `body` with every word of `text` (its ``NameFold`` letters): the hash of the
    /// whole word, and the hash and length of its crude stem (``stemCut(_:)``).
    static func forEachWord(_ text: String, _ body: (_ whole: UInt64, _ stem: UInt64, _ stemLength: Int) -> Void) {
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(24)
        NameFold.forEachFolded(text) { c in
            if let c { word.append(c); return }
            defer { word.removeAll(keepingCapacity: true) }
            guard !word.isEmpty else { return }
            var h = WordHash.seed
            for c in word { WordHash.mix(&h, c.value) }
            let n = word.count - stemCut(word)
            var stem = h
            if n != word.count {
                stem = WordHash.seed
                for c in word[..<n] { WordHash.mix(&stem, c.value) }
            }
            body(h, stem, n)
        }
    }

    /// A stemmed content word: its hash and length.
    struct Word: Hashable {
        var hash: UInt64
        var length: Int
    }

    static let suffixes: [[Unicode.Scalar]] = ["ing", "ed", "es", "ly", "s"].map { Array($0.unicodeScalars) }

    /// How many letters the crude stem cuts (`-ing -ed -es -ly -s`, the first that fits
    /// a word at least four letters longer): enough to meet "demonstrators" and
    /// "demonstrator", "called" and "calls", not a morphology.
    static func stemCut(_ w: [Unicode.Scalar]) -> Int {
        let n = w.count
        for suffix in suffixes where n > suffix.count + 3 {
            var k = 0
            while k < suffix.count, w[n - suffix.count + k] == suffix[k] { k += 1 }
            if k == suffix.count { return suffix.count }
        }
        return 0
    }

    static let functionWordHashes = WordTable<Bool>(functionWords.map { WordHash.exact($0) })

    /// English function words, auxiliaries and pronouns: what rewording changes freely.
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these",
        "those", "there", "here", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "into",
        "onto", "over", "under", "up", "down", "out", "off", "through", "between", "against", "without", "within",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "i", "we", "you",
        "he", "she", "it", "they", "me", "us", "him", "her", "them", "my", "our", "your", "his", "its", "their",
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "all", "any", "some", "very",
        "just", "also", "too", "only", "own", "such", "s", "t", "ll", "re", "ve", "d", "m", "dont", "its", "im",
        "were", "theyre", "weve", "thats", "ours", "every", "each", "both", "more", "most", "other", "any",
    ]
}
