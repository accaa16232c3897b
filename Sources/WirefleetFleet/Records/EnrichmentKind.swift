/// The three extraction kinds, each run by its own worker.
public enum EnrichmentKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case entities, quotes, numbers

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
