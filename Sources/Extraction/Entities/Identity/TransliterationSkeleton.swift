/// The consonant skeleton of a folded name word, with the spelling differences of
/// romanisation folded away, so transliteration variants meet:
/// "lukashenko"/"lukashenka" → `lksnk`, "zelensky"/"zelenskyy"/"zelenskyj" → `zlnsk`,
/// "alexander"/"aleksandr"/"alyaksandr" → `alksndr`.
///
/// Rules, in order (each a plain left-to-right pass over the letters):
/// digraphs `sch tsch tch zh kh sh ch th ph ck` become one letter (`s s c z h s c t f k`);
/// `x` → `ks`, `q` → `k`, `w` → `v`, `c` → `s` before `e i y` and `k` otherwise;
/// `j` after a vowel and `y` are vowels; vowels are dropped (the first letter is kept
/// unless `keepInitialVowel` is false, or it is `j`/`y`); doubled letters are one.
enum TransliterationSkeleton {
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    static func of(_ word: String, keepInitialVowel: Bool = true) -> String {
        let letters = Array(word)
        var mapped: [Character] = []
        mapped.reserveCapacity(letters.count)
        var i = 0
        func at(_ k: Int) -> Character? { k < letters.count ? letters[k] : nil }
        while i < letters.count {
            let c = letters[i], n = at(i + 1)
            if c == "t", n == "s", at(i + 2) == "c", at(i + 3) == "h" { mapped.append("c"); i += 4; continue }
            if c == "s", n == "c", at(i + 2) == "h" { mapped.append("s"); i += 3; continue }
            if c == "t", n == "c", at(i + 2) == "h" { mapped.append("c"); i += 3; continue }
            if n == "h", let d = ["z": "z", "k": "h", "s": "s", "c": "c", "t": "t", "p": "f"][c] as Character? {
                mapped.append(d); i += 2; continue
            }
            if c == "c", n == "k" { mapped.append("k"); i += 2; continue }
            switch c {
            case "x": mapped.append("k"); mapped.append("s")
            case "q": mapped.append("k")
            case "w": mapped.append("v")
            case "c": mapped.append(n == "e" || n == "i" || n == "y" ? "s" : "k")
            case "j":
                let afterVowel = mapped.last.map { vowels.contains($0) } ?? false
                mapped.append(afterVowel || mapped.isEmpty ? "y" : "j")
            default: mapped.append(c)
            }
            i += 1
        }
        var out = ""
        for (k, c) in mapped.enumerated() {
            if vowels.contains(c) {
                if k == 0 && keepInitialVowel && c != "y" { out.append(c) }
                continue
            }
            if out.last == c { continue }
            out.append(c)
        }
        return out
    }
}
