/// The consonant skeleton of a folded name word, with the spelling differences of
/// romanisation folded away, so transliteration variants meet:
/// "lukashenko"/"lukashenka" → `lksnk`, "zelensky"/"zelenskyy"/"zelenskyj" → `zlnsk`,
/// "alexander"/"aleksandr"/"alyaksandr" → `alksndr`.
///
/// Rules, in order (each a plain left-to-right pass over the letters):
/// `dzh` becomes `j`; digraphs `sch tsch tch zh kh sh ch th ph ck dj` become one letter
/// (`s s c z h s c t f k d`);
/// `x` → `ks`, `q` → `k`, `w` → `v`, `c` → `s` before `e i y` and `k` otherwise;
/// `j` after a vowel and `y` are vowels; vowels are dropped (the first letter is kept
/// unless `keepInitialVowel` is false, or it is `j`/`y`); doubled letters are one. For an
/// East Slavic name a plain `h` is `g` (``looksEastSlavic(_:)``).
enum TransliterationSkeleton {
    static func isVowel(_ c: Unicode.Scalar) -> Bool { c == "a" || c == "e" || c == "i" || c == "o" || c == "u" || c == "y" }

    static func of(_ word: String, keepInitialVowel: Bool = true) -> String {
        var out: [Unicode.Scalar] = []
        write(Array(word.unicodeScalars)[...], keepInitialVowel: keepInitialVowel, into: &out)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: out)
        return String(s)
    }

    /// Endings of East Slavic family names (Ukrainian, Belarusian, Russian), folded.
    static let eastSlavicEndings: [[Unicode.Scalar]] = [
        "uk", "enko", "enka", "ov", "ova", "ev", "eva", "vich", "sky", "skyi", "skiy", "skii", "ska", "skaya", "yak", "iak",
        "chuk", "nyk", "ets", "ych", "yn", "yna",
    ].map { Array($0.unicodeScalars) }

    /// Whether a folded family name ends like an East Slavic one ("hrytsuk", "horbunov",
    /// "lukashenka"): there Ukrainian and Belarusian write "h" where Russian writes "g"
    /// (Hrytsuk = Gritsuk, Hennadiy = Gennady), so the person's skeletons read `h` as `g`.
    static func looksEastSlavic(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        letters.count >= 5 && eastSlavicEndings.contains { letters.count > $0.count + 1 && letters.suffix($0.count).elementsEqual($0) }
    }

    /// Appends the skeleton of `letters` (folded) to `out`; with `hIsG`, a plain "h" (not
    /// of a digraph: "kh" stays `h`) is written `g`.
    static func write(_ letters: ArraySlice<Unicode.Scalar>, keepInitialVowel: Bool, hIsG: Bool = false,
                      into out: inout [Unicode.Scalar]) {
        let base = letters.startIndex
        let count = letters.count
        var mapped: [Unicode.Scalar] = []
        mapped.reserveCapacity(count + 2)
        var i = 0
        func at(_ k: Int) -> Unicode.Scalar? { k < count ? letters[base + k] : nil }
        /// "j" (and "dzh", its Russian spelling): a vowel after a vowel or first, else "j".
        func jSound() -> Unicode.Scalar { (mapped.last.map(isVowel) ?? false) || mapped.isEmpty ? "y" : "j" }
        while i < count {
            let c = letters[base + i], n = at(i + 1)
            if c == "t", n == "s", at(i + 2) == "c", at(i + 3) == "h" { mapped.append("c"); i += 4; continue }
            // Russian "dzh" is English "j" ("Dzhavakhishvili" = "Javakhishvili").
            if c == "d", n == "z", at(i + 2) == "h" { mapped.append(jSound()); i += 3; continue }
            if c == "s", n == "c", at(i + 2) == "h" { mapped.append("s"); i += 3; continue }
            if c == "t", n == "c", at(i + 2) == "h" { mapped.append("c"); i += 3; continue }
            if n == "h", let d = Self.digraph(c) { mapped.append(d); i += 2; continue }
            if c == "c", n == "k" { mapped.append("k"); i += 2; continue }
            // Serbo-Croatian đ is written "dj" in plain letters ("Đorđević" = "Djordjevic").
            if c == "d", n == "j" { mapped.append("d"); i += 2; continue }
            switch c {
            case "x": mapped.append("k"); mapped.append("s")
            case "q": mapped.append("k")
            case "w": mapped.append("v")
            case "c": mapped.append(n == "e" || n == "i" || n == "y" ? "s" : "k")
            case "j": mapped.append(jSound())
            case "h" where hIsG: mapped.append("g")
            default: mapped.append(c)
            }
            i += 1
        }
        let start = out.count
        for (k, c) in mapped.enumerated() {
            if isVowel(c) {
                if k == 0 && keepInitialVowel && c != "y" { out.append(c) }
                continue
            }
            if out.count > start, out[out.count - 1] == c { continue }
            out.append(c)
        }
    }

    /// The letter a consonant + `h` digraph stands for (`zh kh sh ch th ph`).
    static func digraph(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case "z": return "z"
        case "k": return "h"
        case "s": return "s"
        case "c": return "c"
        case "t": return "t"
        case "p": return "f"
        default: return nil
        }
    }
}
