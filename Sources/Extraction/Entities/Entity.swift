public import WirefleetText

/// The type of a named entity (RECORDS.md: PERSON, ORG, LOC are the scored ones).
public struct EntityType: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let person = EntityType(rawValue: "PERSON")
    public static let organization = EntityType(rawValue: "ORG")
    public static let location = EntityType(rawValue: "LOC")
    public var description: String { rawValue }
}

/// One distinct entity of an article: its most complete name, the other forms used,
/// and every located mention.
public struct Entity: Sendable, Hashable, Codable {
    public var text: String
    public var type: EntityType
    public var aliases: [String]
    public var mentions: [Mention]
    /// The same for the same real-world entity in every article (``EntityIdentity``).
    public var id: String?
    /// Where the place is on the map (LOC entities the gazetteer knows, ``GeoResolver``).
    public var geo: GeoLocation?

    public init(text: String, type: EntityType, aliases: [String] = [], mentions: [Mention] = [],
                id: String? = nil, geo: GeoLocation? = nil) {
        self.text = text
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.id = id
        self.geo = geo
    }
}
