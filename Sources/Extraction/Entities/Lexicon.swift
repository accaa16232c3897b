import WirefleetText
import Foundation

/// The tagger's word lists and gazetteers, loaded once from the bundled resources
/// (see `Resources/LICENCES.md`) and shared read-only.
///
/// Every entry is stored as a 64-bit hash of its scalars (``WordHash``: exact for names, folded for word lists), so a lookup
/// costs one hash over the token's scalars and no `String` is built on the hot path.
/// Exact-case tables (places, known entities, first names) hash the scalars as
/// written; word-class tables (titles, heads, demonyms, common words) hash them in
/// lower case.
struct Lexicon: Sendable {
    /// Kind of a gazetteer place.
    enum PlaceKind: UInt8, Sendable { case country, region, city, continent }

    var places = WordTable<PlaceKind>()
    /// The places written with letters outside ASCII, by their ``NameFold`` key: "Kratie"
    /// finds Kratié, "Sao Tome" São Tomé.
    var placesWithoutAccents = WordTable<PlaceKind>()
    var known = WordTable<EntityType>()
    var firstNames = WordTable<Bool>()
    /// ``NameFold`` keys of the given names, for names seen folded or in lower case.
    var firstNameKeys: Set<UInt64> = []
    var titles = WordTable<Bool>()
    var orgHeads = WordTable<Bool>()
    var locHeads = WordTable<Bool>()
    var demonyms = WordTable<Bool>()
    /// The country a national demonym names ("danish" → DK), as ``Gazetteer``'s two-letter
    /// code number; from `demonyms.txt`'s second column.
    var demonymCountries = WordTable<UInt16>()
    var commonWords = WordTable<Bool>()
    var miscHeads = WordTable<Bool>()
    /// The word classes of a lower-case hash in one probe: bit 0 common word, 1 title,
    /// 2 organisation head, 3 place head, 4 demonym (``NameScanner/WordClass`` bits).
    var wordClasses = WordTable<UInt8>()
    /// Longest multi-word entry, in words (bounds phrase lookups).
    var maxPhraseWords = 1
    /// Folded family names written before the given name (``EntityIdentity``).
    var familyNamesFirst: Set<UInt64> = []
    /// Folded family names written first or last (Japanese, ``EntityIdentity``).
    var familyNamesEitherOrder: Set<UInt64> = []
    /// Folded two-to-six-letter acronyms of known organisations and places ("eu").
    var knownAcronyms: Set<UInt64> = []
    /// The name (exact hash) is a place: in the gazetteer of places or a known location.
    func isPlace(_ h: UInt64) -> Bool { places[h] != nil || known[h] == .location }

    /// Whether a name word is a family name that can be written before the given name.
    func writesFamilyNameFirst(_ word: some StringProtocol) -> Bool {
        writesFamilyNameFirst(key: NameFold.keyHash(word))
    }

    /// ``writesFamilyNameFirst(_:)`` of a word's ``NameFold`` key.
    func writesFamilyNameFirst(key: UInt64) -> Bool {
        guard !familyNamesFirst.isEmpty || !familyNamesEitherOrder.isEmpty else { return false }
        return familyNamesFirst.contains(key) || familyNamesEitherOrder.contains(key)
    }

    /// A name's ``NameFold`` key → the name it is another name of, from the third
    /// column of `known_entities.tsv` ("Fed" → "Federal Reserve"), for ids.
    var knownAliases: [UInt64: String] = [:]

    /// A family name's key → the person key of the one known person with it
    /// ("Putin" → Vladimir Putin's), for ids of a family name used alone.
    var knownPersonKeys: [UInt64: UInt64] = [:]

    /// The shared lexicon, loaded on first use.
    static let shared: Lexicon = Lexicon.loadBundled()

    /// A lexicon behind one reference. The lexicon is some fifty table references
    /// inline; a value type that holds it (``NameScanner``) is copied whole into every
    /// non-mutating call it makes from a mutating one, so it holds this instead.
    final class Reference: Sendable {
        let lexicon: Lexicon
        init(_ lexicon: Lexicon) { self.lexicon = lexicon }
    }

    /// ``shared`` behind one reference.
    static let sharedReference = Reference(shared)

    // MARK: - Cue words

    /// The sections of `cue_words.txt`, each a table of lower-case (or, for `exact`
    /// sections, as-written) ``WordHash`` values; loaded with the rest of the data files.
    var cueTables: [String: WordTable<Bool>] = [:]
    /// ``NameFold`` keys of places in more than one country (`international_places.txt`):
    /// no country for them, from the gazetteer or the article.
    var internationalPlaces: Set<UInt64> = []

    /// The cue-word table `name` of the shared lexicon's `Resources/cue_words.txt` (empty
    /// when the data files are missing: the loader has said so once).
    static func cueWords(_ name: String) -> WordTable<Bool> {
        if let table = shared.cueTables[name] { return table }
        if !shared.cueTables.isEmpty { assertionFailure("cue_words.txt has no section [\(name)]") }
        return WordTable<Bool>()
    }

    /// Reads the sections of `cue_words.txt`: "[name]" or "[name exact]", then one entry per line.
    static func cueTables(_ file: LexiconFile) -> [String: WordTable<Bool>] {
        var tables: [String: WordTable<Bool>] = [:]
        var current: String?
        var exact = false
        file.forEachEntry { fields in
            let line = fields[0]
            if line.first == 0x5B, line.last == 0x5D {
                let header = LexiconFile.string(line.dropFirst().dropLast()).split(separator: " ")
                current = header.first.map(String.init)
                exact = header.dropFirst().contains("exact")
                if let current { tables[current] = WordTable<Bool>() }
                return
            }
            guard let name = current else { return }
            tables[name]!.insert(exact ? LexiconFile.exactHash(line) : LexiconFile.foldedHash(line), true)
        }
        return tables
    }

    // MARK: - Loading

    /// The environment variable that can point at the data files' folder.
    static let dataDirectoryVariable = "WIREFLEET_ENTITY_DATA"

    /// Where the data files are: `$WIREFLEET_ENTITY_DATA`, the resource bundle next to
    /// the executable (as SwiftPM lays it out, and as the container image copies it), or
    /// the source tree (development and tests). Unlike `Bundle.module`, a missing
    /// bundle is not a crash: the tagger runs on rules alone and says so once.
    static func resourceDirectory() -> URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment[dataDirectoryVariable], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        let bundleName = "wirefleet_WirefleetEntities.resources"
        var executableDirs = [Bundle.main.bundleURL]
        if let exe = Bundle.main.executableURL { executableDirs.append(exe.resolvingSymlinksInPath().deletingLastPathComponent()) }
        for dir in executableDirs {
            candidates.append(dir.appendingPathComponent(bundleName).appendingPathComponent("Resources"))
            candidates.append(dir.appendingPathComponent(bundleName))
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources"))
        for c in candidates where fm.fileExists(atPath: c.appendingPathComponent("places.tsv").path) { return c }
        FileHandle.standardError.write(Data("wirefleet: entity data files not found (looked in \(candidates.map(\.path))); set \(dataDirectoryVariable). Tagging on rules alone.\n".utf8))
        return nil
    }

    static func loadBundled() -> Lexicon {
        var lexicon = Lexicon()
        let directory = resourceDirectory()
        func file(_ name: String) -> LexiconFile {
            directory.flatMap { LexiconFile(contentsOfFile: $0.appendingPathComponent(name).path) } ?? LexiconFile(bytes: [])
        }
        var classBits: [UInt64: UInt8] = [:]
        /// A word list's first column; `each` also sees every entry's key and columns.
        func words(_ name: String, classBit: UInt8 = 0,
                   each: (UInt64, [LexiconFile.Field]) -> Void = { _, _ in }) -> WordTable<Bool> {
            let f = file("\(name).txt")
            var table = WordTable<Bool>(minimumCapacity: f.lineCount)
            f.forEachEntry { fields in
                let key = LexiconFile.foldedHash(fields[0])
                table.insert(key, true)
                if classBit != 0 { classBits[key, default: 0] |= classBit }
                each(key, fields)
            }
            return table
        }
        let places = file("places.tsv")
        lexicon.places = WordTable(minimumCapacity: places.lineCount)
        places.forEachEntry { fields in
            guard fields.count == 2 else { return }
            let kind: PlaceKind
            switch LexiconFile.string(fields[1]) {
            case "country": kind = .country
            case "region": kind = .region
            case "continent": kind = .continent
            default: kind = .city
            }
            lexicon.places.insert(LexiconFile.exactHash(fields[0]), kind)
            // (A name the file lists itself keeps its own kind: insert keeps the first.)
            if let ascii = UmlautsWrittenOut.variant(of: fields[0]) { lexicon.places.insert(LexiconFile.exactHash(ascii), kind) }
            lexicon.maxPhraseWords = max(lexicon.maxPhraseWords, LexiconFile.wordCount(fields[0]))
            if fields[0].contains(where: { $0 >= 0x80 }) {
                lexicon.placesWithoutAccents.insert(NameFold.keyHash(utf8: fields[0]), kind)
            }
        }
        file("family_names_first.txt").forEachEntry { fields in
            let name = NameFold.keyHash(LexiconFile.string(fields[0]))
            if fields.count > 1, LexiconFile.string(fields[1]) == "either" {
                lexicon.familyNamesEitherOrder.insert(name)
            } else {
                lexicon.familyNamesFirst.insert(name)
            }
        }
        let known = file("known_entities.tsv")
        lexicon.known = WordTable(minimumCapacity: known.lineCount)
        var knownPeople: [String] = []
        known.forEachEntry { fields in
            guard fields.count == 2 || fields.count == 3 else { return }
            if fields.count == 3 {
                lexicon.knownAliases[NameFold.keyHash(utf8: fields[0])] = LexiconFile.string(fields[2])
            }
            let type = EntityType(rawValue: LexiconFile.string(fields[1]))
            lexicon.known.insert(LexiconFile.exactHash(fields[0]), type)
            lexicon.maxPhraseWords = max(lexicon.maxPhraseWords, LexiconFile.wordCount(fields[0]))
            let name = LexiconFile.string(fields[0])
            if type == .person {
                knownPeople.append(name)
            } else if type == .organization || type == .location, EntityIdentity.isAcronym(name) {
                lexicon.knownAcronyms.insert(NameFold.keyHash(name))
            }
        }
        // The features of features.tsv (a mountain, a canal, an airport) are places by name,
        // like the gazetteer's; the Gazetteer reads the same file for where they are.
        file("features.tsv").forEachEntry { fields in
            guard fields.count >= 2 else { return }
            let name = LexiconFile.exactHash(fields[0])
            guard lexicon.known[name] == nil, lexicon.places[name] == nil else { return }
            lexicon.known.insert(name, .location)
            lexicon.maxPhraseWords = max(lexicon.maxPhraseWords, LexiconFile.wordCount(fields[0]))
        }
        // The given names first: keying a known person reads them (a Spanish double surname).
        let firstNames = file("first_names.txt")
        lexicon.firstNames = WordTable(minimumCapacity: firstNames.lineCount)
        firstNames.forEachEntry {
            lexicon.firstNames.insert(LexiconFile.exactHash($0[0]), true)
            lexicon.firstNameKeys.insert(NameFold.keyHash(utf8: $0[0]))
        }
        var buffer: [Unicode.Scalar] = []
        let knownKeys = knownPeople.compactMap { EntityIdentity.personKey(ofName: $0, lexicon: lexicon, buffer: &buffer) }
        lexicon.knownPersonKeys = EntityIdentity.fullNameKeysByFamily(knownKeys)
        lexicon.titles = words("titles", classBit: 1 << 1)
        lexicon.orgHeads = words("org_heads", classBit: 1 << 2)
        lexicon.locHeads = words("loc_heads", classBit: 1 << 3)
        var demonymCountries = WordTable<UInt16>()
        lexicon.demonyms = words("demonyms", classBit: 1 << 4) { key, fields in
            guard fields.count == 2, fields[1].count == 2 else { return }
            let code = fields[1]
            demonymCountries.insert(key, UInt16(code[code.startIndex]) << 8 | UInt16(code[code.startIndex + 1]))
        }
        lexicon.demonymCountries = demonymCountries
        lexicon.commonWords = words("common_words", classBit: 1 << 0)
        lexicon.miscHeads = words("misc_heads")
        lexicon.cueTables = cueTables(file("cue_words.txt"))
        file("international_places.txt").forEachEntry { lexicon.internationalPlaces.insert(NameFold.keyHash(utf8: $0[0])) }
        lexicon.wordClasses = WordTable(minimumCapacity: classBits.count)
        for (key, bits) in classBits { lexicon.wordClasses.insert(key, bits) }
        #if os(Linux)
        // Loading churns through the files' text; give the freed pages back.
        _ = glibcMallocTrim(0)
        #endif
        return lexicon
    }
}

#if os(Linux)
/// glibc's `malloc_trim` (declared in malloc.h, which the Glibc module does not export).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
