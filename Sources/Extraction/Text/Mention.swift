/// A located piece of the original body: `start`/`end` in Unicode scalars, end
/// exclusive, and the original text of that range.
public struct Mention: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
