/// Where a place entity is on the map (GeoNames data, see `Resources/LICENCES.md`).
///
/// `lat`/`lon` are WGS84 degrees: a city's own coordinates, a country's capital, a US
/// state's population-weighted centre; regions of other countries have no coordinates
/// in the bundled data and carry `country` and `admin1` only.
public struct GeoLocation: Sendable, Hashable, Codable {
    /// What kind of place it is: one of the gazetteer's countries, regions or cities; a
    /// `feature` — a natural feature, landmark, airport or island of the hand-written
    /// `features.tsv` (approximate coordinates, no GeoNames id); or `place` — a named
    /// place the gazetteer does not know (a mountain, an airport, a district), put in the
    /// country the rest of its article is about, without coordinates.
    public enum Kind: String, Sendable, Hashable, Codable { case country, region, city, feature, place }

    public var kind: Kind
    /// ISO 3166-1 alpha-2 code of the country the place is in (for a country, its own).
    public var country: String
    /// First-level subdivision: the GeoNames admin1 code for cities and US states
    /// (`TX`, `08`), the ISO 3166-2 code for other regions (`GB-SCT`).
    public var admin1: String?
    public var lat: Double?
    public var lon: Double?
    /// The GeoNames feature id, when the place has one in the data.
    public var geonamesID: Int?

    public init(kind: Kind, country: String, admin1: String? = nil, lat: Double? = nil, lon: Double? = nil, geonamesID: Int? = nil) {
        self.kind = kind
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.geonamesID = geonamesID
    }

    enum CodingKeys: String, CodingKey {
        case kind, country, admin1, lat, lon
        case geonamesID = "geonames_id"
    }
}
