import WirefleetText

/// The stable id of an entity: the same for the same real-world entity in every
/// article, whatever the spelling, computed from the entity alone (no state shared
/// between workers or articles).
///
/// An id is a kind letter and the 64-bit ``WordHash`` of a canonical key, in hex:
///
/// - **`p:`** people — key = the family name's ``TransliterationSkeleton`` and the
///   first consonant of the given name's skeleton: "Alexander Lukashenko",
///   "Alyaksandr Lukashenka" and "Aleksandr Lukashenko" are all `lkshnk` + `l`. A name
///   whose first word is a Korean, Chinese or Vietnamese family name
///   (`Resources/family_names_first.txt`) is keyed family name + the skeleton of the
///   whole given name ("Kim Jong Un" = "Kim Jong-un", not "Kim Yo Jong"), and so is a
///   two-word name ending in one ("Jianhua Liu" = "Liu Jianhua"); a Japanese
///   one is found first or last ("Tanaka Keiko" = "Keiko Tanaka"); a Spanish name with
///   both surnames is keyed by the father's ("Rodrigo Salazar Ortiz" = "Rodrigo Salazar",
///   ``paternalSurnameIndex(_:lexicon:)``). Titles are already gone; initials and Jr/Sr/II/III are dropped. A
///   family name alone takes the full key of the one well-known person with that
///   family name in the article, else in `known_entities.tsv` ("Putin" = "Vladimir
///   Putin"); one that nothing expands is keyed as a plain name (`n:`), so a word
///   typed PERSON in one article and ORG in another ("Lumenra") keeps one id.
/// - **`g:`** places on the map — key = the GeoNames id (or country code) that
///   ``GeoResolver`` chose for this article: "Kiev" = "Kyiv", "U.S." = "America".
///   An ORG written as a country's name ("Belarus" acting as a state) is the country.
/// - **`n:`** other names (ORG and unplaced LOC, one namespace, so a name typed ORG
///   in one article and LOC in another keeps its id) — key = the folded name without
///   a leading "the" and without a company's legal form or generic last word
///   (`[company_designators]` in `cue_words.txt`: "Lumenra Systems" = "Lumenra") or a
///   legal form written first (`[company_prefixes]`: "PT Vale Indonesia" = "Vale
///   Indonesia"); a name whose initials form an acronym of three or more letters,
///   or a known two-letter one ("EU", "UN"), is keyed by the acronym, so "NATO" = "North
///   Atlantic Treaty Organization"; an acronym's letters in any order, as translation
///   reorders words ("OTAN" = "NATO", "Autoridad del Canal de Panamá" = "Panama Canal
///   Authority", ``addLetters(_:to:)``) (a known acronym inside a name gives all its letters:
///   "UN Security Council" = "UNSC"); a name of two words besides "of", "the" … by the
///   first six letters of each, in either order ("Tribunal Constitucional" =
///   "Constitutional Tribunal", ``twoWordKey(_:_:)``); a name `known_entities.tsv` gives as another name
///   of a known one is keyed as that one ("Fed" = "Federal Reserve", "ASEAN" =
///   "Association of Southeast Asian Nations"); one word longer than six letters is
///   keyed by its ``TransliterationSkeleton`` ("Saqqara" = "Sakkara"); a sea or ocean of one name word is keyed
///   without its head, and so is a lake ("Caspian Sea" = "the Caspian", "Lake
///   Atitlán" = "Atitlán"); a lake named like a town or a person keeps one head word
///   in any language or order ("Lago Gatún" = "Gatún Lake", not the town;
///   ``waterKeyName(_:lexicon:)``).
///
/// Where it cannot work without shared state: a family name alone that no article-level
/// or lexicon evidence expands (its id is the family name's; ``CrossArticleLinker`` joins
/// it to the one person of a batch with that family name, and a name written in both
/// orders or typed two ways), two people with the same
/// family name and the same given-name consonant (one id), a name's spellings
/// that differ beyond the skeleton, and two bodies whose initials are the same letters
/// ("Competition Authority of Kenya" and "Communications Authority of Kenya"; "Tokyo
/// Stock Exchange" and "Stock Exchange of Thailand" once the order is let go).
public enum EntityIdentity {
    /// Sets `id` on every entity.
    static func assign(_ entities: inout [Entity], lexicon: Lexicon) {
        // People first: a family name used alone (an entity the resolver kept apart)
        // takes the key of the one full name in the article with that family name.
        var personKeys: [Int: PersonKey] = [:]
        var buffer: [Unicode.Scalar] = []
        for i in entities.indices where entities[i].type == .person {
            personKeys[i] = personKey(ofName: entities[i].text, lexicon: lexicon, buffer: &buffer)
        }
        let byFamily = fullNameKeysByFamily(personKeys.values)
        for i in entities.indices {
            if let p = personKeys[i] {
                let full = p.words == 1 ? byFamily[p.family] ?? lexicon.knownPersonKeys[p.family] : nil
                if p.words == 1, full == nil {
                    // A one-word name nothing expands is keyed as that word, like any
                    // other name: typed PERSON here, ORG or LOC elsewhere, one id.
                    entities[i].id = "n:" + WordHash.hex(otherNameKey(entities[i].text, lexicon: lexicon))
                } else {
                    entities[i].id = "p:" + WordHash.hex(full ?? p.key)
                }
            } else {
                let (kind, key) = canonicalKey(of: entities[i], lexicon: lexicon)
                entities[i].id = kind + WordHash.hex(key)
            }
        }
    }

    /// The kind prefix and the key hash of a place's or an organisation's id.
    static func canonicalKey(of entity: Entity, lexicon: Lexicon) -> (kind: String, key: UInt64) {
        if let geo = entity.geo, geo.kind != .place {
            switch geo.kind {
            case .country: return ("g:", WordHash.exact("country " + geo.country))
            case .city, .region:
                if let g = geo.geonamesID { return ("g:", WordHash.exact("geonames \(g)")) }
                return ("g:", WordHash.exact("region \(geo.country) \(geo.admin1 ?? "")"))
            case .feature:
                // No GeoNames id: the row's country and coordinates ("Majorca" = "Mallorca").
                return ("g:", WordHash.exact("feature \(geo.country) \(geo.lat ?? 0) \(geo.lon ?? 0)"))
            case .place: break
            }
        }
        if entity.type == .location, let water = waterKeyName(entity.text, lexicon: lexicon) {
            return ("n:", otherNameKey(water, lexicon: lexicon))
        }
        return ("n:", otherNameKey(entity.text, lexicon: lexicon))
    }

    /// The name a sea, ocean or lake of one name word is keyed by, or nil for any other
    /// name:
    /// - without its head, as news also writes it alone ("the Caspian", "Atitlán"):
    ///   "Caspian Sea" → "Caspian", "Lake Atitlán" → "Atitlán", "Gatun Lake" → "Gatun";
    /// - a lake whose name word alone is someone or something else — an ordinary,
    ///   compass or colour word, a given name, a place of the gazetteer ("Lake George",
    ///   "Lake Victoria": "George" a person, "Victoria" a state) — keeps a head, written
    ///   one way whatever the language and order: "Lago Gatún", "Lac Gatún" and "Gatún
    ///   Lake" → "Gatún Lake" (never the town "Gatún");
    /// - a sea or ocean named so keeps its own text ("Red Sea", "North Sea": "the North"
    ///   is no sea).
    static func waterKeyName(_ text: String, lexicon: Lexicon) -> String? {
        guard let water = waterParts(text) else { return nil }
        let name = water.name
        let h = WordHash.folded(name)
        guard !lexicon.commonWords.contains(h), !NameScanner.compassPoints.contains(h), !colours.contains(h),
              !lexicon.firstNames.contains(WordHash.exact(name)), lexicon.places[WordHash.exact(name)] == nil else {
            return water.isLake ? name + " Lake" : nil
        }
        return String(name)
    }

    /// A lake of one name word written with its head first and last ("Lago Gatún" →
    /// "Lake Gatún", "Gatún Lake"), for looking it up under the spelling the gazetteer
    /// has; nil for any other name.
    static func lakeSpellings(_ text: String) -> [String]? {
        guard let water = waterParts(text), water.isLake else { return nil }
        return ["Lake \(water.name)", "\(water.name) Lake"]
    }

    /// A name of two words, one of them a water's head ("Caspian Sea", "Lago Gatún"):
    /// the other word, and whether the head is a lake's (any of ``waterHeadsBefore``).
    static func waterParts(_ text: String) -> (name: Substring, isLake: Bool)? {
        guard let space = text.firstIndex(of: " "), !text[text.index(after: space)...].contains(" ") else { return nil }
        let first = text[..<space], second = text[text.index(after: space)...]
        let afterHash = WordHash.folded(second)
        if waterHeadsAfter.contains(afterHash) { return (first, waterHeadsBefore.contains(afterHash)) }
        if waterHeadsBefore.contains(WordHash.folded(first)) { return (second, true) }
        return nil
    }

    /// Heads written after a water's name ("Caspian Sea", "Gatun Lake"). Not "River": a
    /// river often shares its name with its valley or district ("Swat River", "Swat").
    static let waterHeadsAfter: Set<UInt64> = Set(["sea", "ocean", "lake"].map { WordHash.folded($0) })
    /// Heads written before it ("Lake Atitlán", "Lago Gatún", "Lac Kivu").
    static let waterHeadsBefore: Set<UInt64> = Set(["lake", "lago", "lac"].map { WordHash.folded($0) })
    static let colours: Set<UInt64> = Set(["red", "black", "white", "yellow", "green", "blue"].map { WordHash.folded($0) })

    /// The `n:` key of a name, after the known name it is another name of
    /// (`known_entities.tsv`'s third column: "Fed" → "Federal Reserve").
    static func otherNameKey(_ text: String, lexicon: Lexicon) -> UInt64 {
        let name = lexicon.knownAliases[NameFold.keyHash(text)] ?? ministryOfForm(text) ?? UmlautsWrittenOut.acronymWithUmlauts(text) ?? text
        return nameKey(FoldedName(name), lexicon: lexicon)
    }

    /// "Defence Ministry" → "Ministry of Defence", "the Interior Ministry" → "Ministry of
    /// Interior" (and "Ministry of the Interior" → "Ministry of Interior"): one form for
    /// the two word orders of a ministry or department; nil for any other name.
    static func ministryOfForm(_ text: String) -> String? {
        guard text.hasSuffix("inistry") || text.hasSuffix("epartment") || text.hasPrefix("Ministry") || text.hasPrefix("Department")
        else { return nil }
        var words = text.split(separator: " ").map(String.init)
        if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        guard words.count >= 2 else { return nil }
        let heads: Set<String> = ["ministry", "department"]
        let lower = words.map { $0.lowercased() }
        if heads.contains(lower[0]) {
            guard words.count >= 4, lower[1] == "of", lower[2] == "the" else { return nil }
            words.remove(at: 2)
            return words.joined(separator: " ")
        }
        guard words.count <= 4, heads.contains(lower[lower.count - 1]), !lower.contains("of") else { return nil }
        return "\(words[words.count - 1]) of \(words.dropLast().joined(separator: " "))"
    }

    // MARK: people

    /// A person's key hash, the hash of its family-name key, and its word count.
    struct PersonKey {
        var key: UInt64
        var family: UInt64
        var words: Int
    }

    static let suffixes: Set<UInt64> = Set(["jr", "sr", "ii", "iii", "iv"].map { WordHash.exact($0) })

    /// The words of a person's name without initials and generational suffixes.
    static func personWords(_ name: FoldedName) -> [Range<Int>] {
        let kept = name.words.filter { w in w.count > 1 && !suffixes.contains(name.hash(w)) }
        return kept.isEmpty ? name.words : kept
    }

    /// "Rodrigo Salazar Ortiz", "María Fernanda Quispe Huamán", "Andrés Manuel López
    /// Obrador": one or two given names, then a Spanish father's and mother's surname —
    /// news uses the father's alone ("Salazar", "Rodrigo Salazar"). Returns the index of
    /// the father's surname among `words` (the name as written, split at spaces), or nil.
    ///
    /// Only for a name that reads as Spanish — á í ó ú or ñ (not é, which French names
    /// share: "Fatou Kiné Sall"), or a surname in -ez, -iz, -az, -oz, -és ("Valdés") — and not Portuguese (ã õ ç ê ô: there the last surname is
    /// the one used alone), whose last two words are no given names and whose second
    /// word, when there are four, is one. An English name with a surname in the middle
    /// ("Sarah Huckabee Sanders") has none of these marks and keeps its last word.
    static func paternalSurnameIndex(_ words: [Substring], lexicon: Lexicon) -> Int? {
        guard words.count == 3 || words.count == 4 else { return nil }
        var accent = false
        for w in words {
            for c in w.unicodeScalars {
                switch c {
                case "ã", "õ", "ç", "ê", "ô", "Ã", "Õ", "Ç", "Ê", "Ô": return nil
                case "á", "í", "ó", "ú", "ñ", "Á", "Í", "Ó", "Ú", "Ñ": accent = true
                default: break
                }
            }
        }
        let surnames = words.suffix(2)
        let spanishEnding = surnames.contains { w in
            let l = w.lowercased()
            return l.count >= 4 && (l.hasSuffix("ez") || l.hasSuffix("iz") || l.hasSuffix("az") || l.hasSuffix("oz")
                                    || l.hasSuffix("és"))
        }
        guard accent || spanishEnding else { return nil }
        func isGiven(_ w: Substring) -> Bool { lexicon.firstNameKeys.contains(NameFold.keyHash(w)) }
        guard surnames.allSatisfy({ $0.count >= 3 && !isGiven($0) && ($0.first?.isUppercase ?? false) }),
              words.count == 3 || isGiven(words[1]) else { return nil }
        return words.count - 2
    }

    /// ``paternalSurnameIndex(_:lexicon:)`` of a name as written, splitting it only
    /// when it has three or four words.
    static func paternalSurnameIndex(of text: String, lexicon: Lexicon) -> Int? {
        var spaces = 0
        for b in text.utf8 where b == 0x20 { spaces += 1 }
        guard spaces == 2 || spaces == 3 else { return nil }
        return paternalSurnameIndex(text.split(separator: " "), lexicon: lexicon)
    }

    /// The key of a person's name as written: without Arabic articles
    /// (``withoutArabicArticles(_:)``), a Spanish double surname keyed by the father's
    /// (``paternalSurnameIndex(of:lexicon:)``). The one way an article's people and
    /// `known_entities.tsv`'s are keyed.
    static func personKey(ofName text: String, lexicon: Lexicon, buffer: inout [Unicode.Scalar]) -> PersonKey? {
        let name = doubleSurnameApart(withoutArabicArticles(text), lexicon: lexicon)
        return personKey(FoldedName(name), lexicon: lexicon, buffer: &buffer,
                         paternalSurname: paternalSurnameIndex(of: name, lexicon: lexicon))
    }

    /// Family name key → the full key of the one person of two or more words with that
    /// family name; a family name two such people share is left out.
    static func fullNameKeysByFamily(_ keys: some Sequence<PersonKey>) -> [UInt64: UInt64] {
        var byFamily: [UInt64: UInt64] = [:]
        var ambiguous: Set<UInt64> = []
        for p in keys where p.words >= 2 {
            if let other = byFamily[p.family], other != p.key { ambiguous.insert(p.family) }
            byFamily[p.family] = p.key
        }
        for f in ambiguous { byFamily[f] = nil }
        return byFamily
    }

    /// The key of a person's name (`family|given` as hashed): the family name's key and
    /// the given name's first consonant; for a family-name-first name, the family
    /// name's key and the skeleton of the whole given name.
    static func personKey(_ name: FoldedName, lexicon: Lexicon, buffer: inout [Unicode.Scalar],
                          paternalSurname: Int? = nil) -> PersonKey? {
        let words = personWords(name)
        guard let first = words.first else { return nil }
        let last = words[words.count - 1]
        let firstHash = name.hash(first)
        var familyWord = last
        var givenWords = words.count >= 2 ? [first] : []
        var wholeGiven = false
        if let p = paternalSurname, words.count == name.words.count, p < words.count,
           !lexicon.familyNamesFirst.contains(firstHash) {
            familyWord = words[p]
        } else if words.count >= 2, lexicon.familyNamesFirst.contains(firstHash) {
            familyWord = first
            givenWords = Array(words.dropFirst())
            wholeGiven = true
        } else if words.count == 2, lexicon.familyNamesFirst.contains(name.hash(last)) {
            // "Jianhua Liu", "Min-jun Kim": the same name in Western order, keyed the same.
            givenWords = [first]
            wholeGiven = true
        } else if words.count >= 2, lexicon.familyNamesEitherOrder.contains(firstHash),
                  !lexicon.familyNamesEitherOrder.contains(name.hash(last)) {
            familyWord = first
            givenWords = [last]
        }
        let slavic = TransliterationSkeleton.looksEastSlavic(name.scalars[familyWord])
        let family = surnameKey(name, familyWord, hIsG: slavic, buffer: &buffer)
        var h = family
        WordHash.mix(&h, 0x7C) // |
        if wholeGiven {
            buffer.removeAll(keepingCapacity: true)
            var joined: [Unicode.Scalar] = []
            for w in givenWords { joined += name.scalars[w] }
            TransliterationSkeleton.write(joined[...], keepInitialVowel: false, hIsG: slavic, into: &buffer)
            for c in buffer { WordHash.mix(&h, c.value) }
        } else if let g = givenWords.first {
            buffer.removeAll(keepingCapacity: true)
            TransliterationSkeleton.write(name.scalars[g], keepInitialVowel: false, hIsG: slavic, into: &buffer)
            WordHash.mix(&h, (buffer.first ?? name.scalars[g.lowerBound]).value)
        }
        return PersonKey(key: h, family: family, words: words.count)
    }

    /// A double surname written with a hyphen, as two words: "Aminata Diop-Ndiaye" is keyed
    /// as "Aminata Diop Ndiaye" (the last surname, or a Spanish name's father's:
    /// "Gabriel García-Márquez" = "Gabriel García Márquez"), and "Owusu-Ansah" alone as
    /// "Ansah", the family name that full name is keyed by. Only a last word of two
    /// capitalised parts, and not in a name whose family name comes first ("Lee Jae-Myung"
    /// ends in given names), and not an Arabic name's first part (``nameFormingPrefixes``).
    static func doubleSurnameApart(_ text: String, lexicon: Lexicon) -> String {
        guard let hyphen = text.lastIndex(of: "-") else { return text }
        let lastSpace = text.lastIndex(of: " ")
        if let lastSpace, hyphen < lastSpace { return text }
        let wordStart = lastSpace.map { text.index(after: $0) } ?? text.startIndex
        let first = text[wordStart..<hyphen], second = text[text.index(after: hyphen)...]
        guard first.count >= 2, second.count >= 2, first.first?.isUppercase == true, second.first?.isUppercase == true,
              !first.contains("-"), !nameFormingPrefixes.contains(first.lowercased()) else { return text }
        guard let lastSpace else { return String(second) }
        let firstWord = text[..<(text.firstIndex(of: " ") ?? lastSpace)]
        guard !lexicon.writesFamilyNameFirst(firstWord) else { return text }
        return String(text[..<hyphen]) + " " + second
    }

    /// First parts of one Arabic or Berber name that outlets write with a hyphen, a
    /// space or neither ("Abdel-Rahman" = "Abdelrahman", "Abu-Bakr"): no double surname.
    static let nameFormingPrefixes: Set<String> = ["abdel", "abdul", "abd", "abdal", "abu", "bin", "ben", "ibn", "ould", "bou", "el", "al"]

    /// Arabic articles written before a name ("El-Sayed", "al-Sayed", "El Sayed",
    /// "ash-Shami"): left out of a person's key, as outlets drop or respell them.
    static let arabicArticles: Set<String> = ["al", "el", "ul", "ad", "ed", "as", "es", "ash", "at", "az", "ar", "an"]

    /// A person's name without Arabic articles before its later words: "Khaled
    /// El-Sayed", "Khaled al-Sayed" and "Khaled El Sayed" are all "Khaled Sayed".
    static func withoutArabicArticles(_ text: String) -> String {
        // Cheap test first: a later word that starts with "a", "e" or "u" and is short or hyphenated.
        let mayHaveArticle = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for i in 1..<max(1, bytes.count - 2) where bytes[i - 1] == 0x20 {
                let v = bytes[i] | 0x20
                guard v == 0x61 || v == 0x65 || v == 0x75 else { continue }
                if bytes[i + 2] == 0x2D || bytes[i + 2] == 0x20 || i + 3 < bytes.count && bytes[i + 3] == 0x2D { return true }
            }
            return false
        } ?? true
        guard mayHaveArticle else { return text }
        var words = text.split(separator: " ")
        guard words.count >= 2 else { return text }
        var changed = false
        var k = 1
        while k < words.count {
            let w = words[k]
            if let hyphen = w.firstIndex(of: "-"), arabicArticles.contains(w[..<hyphen].lowercased()),
               w.distance(from: hyphen, to: w.endIndex) > 3 {
                words[k] = w[w.index(after: hyphen)...]
                changed = true
            } else if k + 1 < words.count, arabicArticles.contains(w.lowercased()), w.count <= 3 {
                words.remove(at: k)
                changed = true
                continue
            }
            k += 1
        }
        return changed ? words.joined(separator: " ") : text
    }

    /// The hash of a family name's key: its skeleton (`h` read as `g` with `hIsG`, for an
    /// East Slavic name; any initial vowel as one), or the folded word when the skeleton is too short to tell names
    /// apart ("Lee", "Li").
    static func surnameKey(_ name: FoldedName, _ w: Range<Int>, hIsG: Bool, buffer: inout [Unicode.Scalar]) -> UInt64 {
        buffer.removeAll(keepingCapacity: true)
        TransliterationSkeleton.write(name.scalars[w], keepInitialVowel: true, hIsG: hIsG, into: &buffer)
        if buffer.count >= 3 {
            // An initial vowel is kept, but which one is not: romanisation varies it
            // ("al-Enezi" = "al-Anezi", "Usmanov" = "Osmanov").
            if TransliterationSkeleton.isVowel(buffer[0]) { buffer[0] = "a" }
            var h = WordHash.seed
            for c in buffer { WordHash.mix(&h, c.value) }
            return h
        }
        // A short name keeps its vowels, with German "oe", "ue", "ae" as the umlauts they
        // stand for ("Woess" = "Wöss", folded "woss"; "Lee" and "Li" stay apart).
        var h = WordHash.seed
        var k = w.lowerBound
        while k < w.upperBound {
            let c = name.scalars[k]
            WordHash.mix(&h, c.value)
            if k + 1 < w.upperBound, k > w.lowerBound, name.scalars[k + 1] == "e", c == "o" || c == "u" || c == "a" { k += 2 } else { k += 1 }
        }
        return h
    }

    // MARK: other names

    static let companyDesignators = Lexicon.cueWords("company_designators")
    static let companyPrefixes = Lexicon.cueWords("company_prefixes")

    static let minorWords: Set<UInt64> = Set(["of", "the", "and", "for", "on", "in", "at", "de", "du", "des", "la", "le", "et", "y",
                                              "del", "der", "und", "fur", "do", "da", "dos", "das", "di", "della", "dei",
                                              "degli", "delle"].map { WordHash.exact($0) })

    /// Key hash of an organisation or unplaced location: the folded name without a
    /// leading "the" and trailing company designators; `acronym X` for one word X in any
    /// case ("NATO" = "Nato", "MEKONG" in a dateline = "Mekong"), and for a name whose
    /// initials make X, of three or more letters or a known two-letter acronym.
    static func nameKey(_ name: FoldedName, lexicon: Lexicon) -> UInt64 {
        var words = name.words[...]
        if words.count > 1, let f = words.first, name.equals(f, "the") { words = words.dropFirst() }
        // "Lumenra Systems" = "Lumenra", "Kasumi Chemical Industries" = "Kasumi Chemical".
        // Not after "of", "and": "Ministry of Mining", "Department of Energy" keep theirs.
        // "Vestkyst Varme A/S" = "Vestkyst Varme": the Danish and Norwegian form folds to "a", "s".
        if words.count > 2, name.equals(words[words.endIndex - 2], "a"), name.equals(words[words.endIndex - 1], "s") {
            words = words.dropLast(2)
        }
        while words.count > 1, let l = words.last, companyDesignators.contains(name.hash(l)),
              !minorWords.contains(name.hash(words[words.endIndex - 2])) { words = words.dropLast() }
        // "PT Sulawesi Mineral Raya" = "Sulawesi Mineral Raya", "PT SMR" = "SMR".
        while words.count > 1, let f = words.first, companyPrefixes.contains(name.hash(f)) { words = words.dropFirst() }
        var h = WordHash.exact("acronym ")
        if words.count == 1 {
            // One word is keyed as the acronym it may be, however it is written: "NEOS" =
            // "Neos", "Acas" = "ACAS" = "Advisory, Conciliation and Arbitration Service".
            let word = name.scalars[words[words.startIndex]]
            if word.count > 6 {
                // Longer than any acronym: its transliteration skeleton, as a family
                // name's ("Saqqara" = "Sakkara", "Champassak" = "Champasak").
                var skeleton: [Unicode.Scalar] = []
                TransliterationSkeleton.write(word, keepInitialVowel: true, into: &skeleton)
                if skeleton.count >= 3 {
                    h = WordHash.exact("skeleton ")
                    for c in skeleton { WordHash.mix(&h, c.value) }
                    return h
                }
            }
            addLetters(word, to: &h)
            return h
        }
        var initials: [Unicode.Scalar] = []
        for w in words where !minorWords.contains(name.hash(w)) {
            // "UN Security Council" = "United Nations Security Council": a known acronym
            // inside a name gives all its letters.
            if w.count <= 3, lexicon.knownAcronyms.contains(name.hash(w)) {
                initials += name.scalars[w]
            } else {
                initials.append(name.scalars[w.lowerBound])
            }
        }
        var initialsHash = WordHash.seed
        for c in initials { WordHash.mix(&initialsHash, c.value) }
        if initials.count >= 3 || (initials.count == 2 && lexicon.knownAcronyms.contains(initialsHash)) {
            addLetters(initials[...], to: &h)
            return h
        }
        if initials.count == 2 { return twoWordKey(name, words.filter { !minorWords.contains(name.hash($0)) }) }
        return name.hash(joining: words)
    }

    /// Key of a name of two words (besides "of", "the" …): the first six letters of each,
    /// in either order, as translation swaps them and changes their endings ("Tribunal
    /// Constitucional" = "Constitutional Tribunal", "Bank of Tonga" = "Tonga Bank").
    static func twoWordKey(_ name: FoldedName, _ words: [Range<Int>]) -> UInt64 {
        var first = Array(name.scalars[words[0]].prefix(6))
        var second = Array(name.scalars[words[1]].prefix(6))
        if second.lexicographicallyPrecedes(first, by: { $0.value < $1.value }) { swap(&first, &second) }
        var h = WordHash.exact("two words ")
        for c in first { WordHash.mix(&h, c.value) }
        WordHash.mix(&h, 0x20)
        for c in second { WordHash.mix(&h, c.value) }
        return h
    }

    /// Continues an acronym key with its letters; up to six letters in alphabetical
    /// order, as translation reorders a name's words and so its initials: "Autoridad
    /// del Canal de Panamá" = "ACP" = "Panama Canal Authority", "Port autonome de
    /// Dakar" = "PAD" = "Autonomous Port of Dakar", "OTAN" = "NATO". A longer word keeps
    /// its order (no acronym is that long; "Mercosur" is no "Sucremor").
    static func addLetters(_ letters: ArraySlice<Unicode.Scalar>, to h: inout UInt64) {
        guard letters.count > 1, letters.count <= 6 else {
            for c in letters { WordHash.mix(&h, c.value) }
            return
        }
        var sorted = Array(letters)
        sorted.sort { $0.value < $1.value }
        for c in sorted { WordHash.mix(&h, c.value) }
    }

    /// An all-capital single word of two to six letters ("NATO", "U.N.").
    static func isAcronym(_ name: String) -> Bool {
        var letters = 0
        for c in name.unicodeScalars {
            if c.properties.isLowercase { return false }
            if c.properties.isAlphabetic { letters += 1 } else if c != "." { return false }
        }
        return letters >= 2 && letters <= 6
    }

}
