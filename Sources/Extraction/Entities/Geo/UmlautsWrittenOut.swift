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

    /// The other way, for an acronym: "OeVP" → "ÖVP", "SPOe" → "SPÖ" (a capital A, O or U,
    /// a lower-case "e", then a capital or the end; three to seven letters, all capitals
    /// but those "e"s), as German-language sources without the letter write it; nil for
    /// any other text. Entity ids key the two spellings as one (``EntityIdentity``).
    static func acronymWithUmlauts(_ text: String) -> String? {
        // Most names are longer or have no "e": no scalar array for them.
        guard text.utf8.count <= 28, text.utf8.contains(UInt8(ascii: "e")) else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3, scalars.count <= 7, scalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        var out = String.UnicodeScalarView()
        var changed = false
        var k = 0
        while k < scalars.count {
            let c = scalars[k]
            if let umlaut = umlautOfCapital[c], k + 1 < scalars.count, scalars[k + 1] == "e",
               k + 2 == scalars.count || scalars[k + 2].properties.isUppercase {
                out.append(umlaut)
                changed = true
                k += 2
                continue
            }
            guard c.properties.isUppercase else { return nil }
            out.append(c)
            k += 1
        }
        return changed ? String(out) : nil
    }

    private static let umlautOfCapital: [Unicode.Scalar: Unicode.Scalar] = ["A": "Ä", "O": "Ö", "U": "Ü"]

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
