/// German place names as ASCII text writes them: "Längenfeld" → "Laengenfeld",
/// "Köln" → "Koeln", "Zürich" → "Zuerich", "Straßburg" → "Strassburg". The gazetteer
/// and the place table know each name with an umlaut or ß under this spelling too, so
/// a page that lost its umlauts still names the place (dropping the dots,
/// "Langenfeld", is the accent fold's business).
enum UmlautsWrittenOut {
    /// The UTF-8 bytes of `name` with ä ö ü Ä Ö Ü ß written out, or nil when it has none.
    static func variant<Name: Collection<UInt8>>(of name: Name) -> [UInt8]? {
        guard name.contains(0xC3) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(name.count + 4)
        var changed = false
        var i = name.startIndex
        while i < name.endIndex {
            let b = name[i]
            if b == 0xC3, name.index(after: i) < name.endIndex, let written = writtenOut(name[name.index(after: i)]) {
                out += written
                changed = true
                i = name.index(i, offsetBy: 2)
                continue
            }
            out.append(b)
            i = name.index(after: i)
        }
        return changed ? out : nil
    }

    /// The letters for the second byte of a two-byte UTF-8 sequence starting 0xC3.
    private static func writtenOut(_ second: UInt8) -> [UInt8]? {
        switch second {
        case 0xA4: return Array("ae".utf8)   // ä
        case 0xB6: return Array("oe".utf8)   // ö
        case 0xBC: return Array("ue".utf8)   // ü
        case 0x84: return Array("Ae".utf8)   // Ä
        case 0x96: return Array("Oe".utf8)   // Ö
        case 0x9C: return Array("Ue".utf8)   // Ü
        case 0x9F: return Array("ss".utf8)   // ß
        default: return nil
        }
    }
}
