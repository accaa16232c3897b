internal import WirefleetText

// MARK: - RoleWords

/// A small bag of role words ("leader", "belarusian"), capped so hostile input
/// cannot make lookups slow.
struct RoleWords: Sendable {
    private(set) var words: [String] = []
    static let capacity = 48

    mutating func add(_ w: String) {
        if words.count < Self.capacity && !words.contains(w) { words.append(w) }
    }

    func contains(_ w: String) -> Bool { words.contains(w) }

    func contains(where p: (String) -> Bool) -> Bool { words.contains(where: p) }

    var isEmpty: Bool { words.isEmpty }
}
