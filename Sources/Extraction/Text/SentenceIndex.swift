/// Which sentence of an article an offset of the original body falls in, for rules
/// that weigh evidence in the same sentence more than evidence elsewhere.
///
/// Built from the sentence starts ``SentenceSplitter`` finds; a lookup is a binary
/// search over them.
public struct SentenceIndex: Sendable {
    /// Original scalar offset where each sentence starts, ascending.
    private let starts: [Int]

    /// Sentences starting at these original scalar offsets (ascending).
    public init(startingAt starts: [Int]) {
        self.starts = starts
    }

    /// A text seen as one sentence.
    public static let whole = SentenceIndex(startingAt: [])

    /// The number of the sentence holding original scalar offset `offset` (0 before the
    /// first start).
    public func sentence(containing offset: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
