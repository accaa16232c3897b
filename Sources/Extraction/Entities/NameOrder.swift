/// Which word of a person's name is the given name, for readers outside the tagger (the
/// quote resolver reads a speaker's gender from it).
public enum NameOrder {
    /// Whether the first word of `name` is a family name that is written before the given
    /// name (`Resources/family_names_first.txt`: "Kim Soo-ah", "Nguyen Thi Lan", "Tanaka
    /// Keiko"), so the given name is the last word. A one-word name: false.
    public static func writesFamilyNameFirst(_ name: String) -> Bool {
        guard let space = name.firstIndex(of: " ") else { return false }
        return Lexicon.shared.writesFamilyNameFirst(name[..<space])
    }
}
