import Foundation
import Testing
import WirefleetEntities
import WirefleetText

/// Runs the tagger over the seed documents in `<repo>/../shared/eval/docs` and scores
/// it against `<repo>/../shared/eval/gold` with the scorer's entity matching rules
/// (re-implemented below from `score.py`: `norm`, title/article variants, greedy
/// one-to-one typed matching where a prediction matching an already matched gold
/// entity is ignored).
@Suite struct SeedRegressionTests {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/eval")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: SeedRegressionTests.shared.appendingPathComponent("docs").path),
                   "../shared/eval is not beside the repository (the scorer and its gold live outside it)"))
    func seedEntityF1AtLeastPoint85() throws {
        let docs = Self.shared.appendingPathComponent("docs")
        let gold = Self.shared.appendingPathComponent("gold")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path)
        #expect(!names.isEmpty, "no documents in \(docs.path)")
        var tp = 0, fp = 0, fn = 0
        for name in names.sorted() where name.hasSuffix(".txt") {
            let id = String(name.dropLast(4))
            let goldURL = gold.appendingPathComponent("\(id).entities.json")
            guard let goldData = try? Data(contentsOf: goldURL) else { continue }
            let body = try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8)
            let predicted = EntityTagger().tag(NormalizedText(body))
            let object = try JSONSerialization.jsonObject(with: goldData) as? [String: Any]
            let goldRows = (object?["entities"] as? [[String: Any]]) ?? []
            let counts = ScorerRules.match(gold: goldRows, predicted: predicted)
            tp += counts.tp; fp += counts.fp; fn += counts.fn
        }
        let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
        let r = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
        let f1 = p + r == 0 ? 0 : 2 * p * r / (p + r)
        print("seed entities: P \(p) R \(r) F1 \(f1) (tp \(tp) fp \(fp) fn \(fn))")
        #expect(f1 >= 0.85)
    }
}

/// The scorer's normalisation and entity matching, for the regression test.
enum ScorerRules {
    static let titles = ["secretary-general", "secretary general", "prime minister", "president", "minister",
                         "general", "mrs", "gen", "sir", "mr", "ms", "dr"]

    static func norm(_ raw: String) -> String {
        var scalars: [Unicode.Scalar] = []
        for u in raw.precomposedStringWithCompatibilityMapping.unicodeScalars
        where u.properties.generalCategory != .format {
            scalars.append(fold(u))
        }
        // Possessive 's after a word character.
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < scalars.count {
            if scalars[i] == "'", i > 0, i + 1 < scalars.count, scalars[i + 1] == "s",
               isWordChar(scalars[i - 1]), i + 2 >= scalars.count || !isWordChar(scalars[i + 2]) {
                i += 2
                continue
            }
            out.append(scalars[i]); i += 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        let collapsed = String(view).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let folded = String(String.UnicodeScalarView(collapsed.lowercased().unicodeScalars.map(fold)))
        return stripPunct(folded)
    }

    static func fold(_ u: Unicode.Scalar) -> Unicode.Scalar {
        if let latin = TextHygiene.latinLookalike(u.value) { return Unicode.Scalar(latin)! }
        switch u {
        case "‘", "’", "‚", "‛", "′", "`", "´", "ʼ", "‹", "›": return "'"
        case "“", "”", "„", "‟", "«", "»", "″": return "\""
        default: return u
        }
    }

    static func isWordChar(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic || u.properties.numericType != nil || u == "_" }

    static func stripPunct(_ s: String) -> String {
        let isP: (Unicode.Scalar) -> Bool = { u in
            switch u.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
            default: return u.properties.isWhitespace
            }
        }
        var scalars = Array(s.unicodeScalars)
        while let f = scalars.first, isP(f) { scalars.removeFirst() }
        while let l = scalars.last, isP(l) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    static func stripTitle(_ s: String) -> String {
        var current = s
        var changed = true
        while changed {
            changed = false
            for t in titles {
                for candidate in [t + " ", t + ". "] where current.hasPrefix(candidate) {
                    current = String(current.dropFirst(candidate.count))
                    changed = true
                    break
                }
                if changed { break }
            }
        }
        return current
    }

    static func variants(_ s: String, titles withTitles: Bool) -> Set<String> {
        var out: Set<String> = [s]
        let a = s.hasPrefix("the ") ? String(s.dropFirst(4)) : s
        out.insert(a)
        if withTitles { out.insert(stripTitle(s)); out.insert(stripTitle(a)) }
        out.remove("")
        return out
    }

    static func match(gold: [[String: Any]], predicted: [Entity]) -> (tp: Int, fp: Int, fn: Int) {
        let types: Set<String> = ["PERSON", "ORG", "LOC"]
        var g: [(type: String, text: String, forms: Set<String>)] = []
        for row in gold {
            guard let type = row["type"] as? String, types.contains(type) else { continue }
            let text = norm(row["text"] as? String ?? "")
            var forms = text.isEmpty ? Set<String>() : variants(text, titles: false)
            for alias in (row["aliases"] as? [String]) ?? [] {
                let n = norm(alias)
                if !n.isEmpty { forms.formUnion(variants(n, titles: false)) }
            }
            g.append((type, text, forms))
        }
        var p: [(type: String, primary: String, primaryVariants: Set<String>, forms: Set<String>)] = []
        for e in predicted where types.contains(e.type.rawValue) {
            var forms = Set<String>()
            for raw in [e.text] + e.aliases + e.mentions.map(\.text) {
                let n = norm(raw)
                if !n.isEmpty { forms.formUnion(variants(n, titles: true)) }
            }
            guard !forms.isEmpty else { continue }
            let primary = norm(e.text)
            p.append((e.type.rawValue, primary, primary.isEmpty ? [] : variants(primary, titles: true), forms))
        }
        var pairs: [(score: Int, pi: Int, gi: Int)] = []
        for (pi, pr) in p.enumerated() {
            for (gi, gr) in g.enumerated() where pr.type == gr.type && !pr.forms.isDisjoint(with: gr.forms) {
                let score = pr.primary == gr.text ? 3 : (!pr.primaryVariants.isDisjoint(with: gr.forms) ? 2 : 1)
                pairs.append((score, pi, gi))
            }
        }
        pairs.sort { ($0.score, -$0.pi, -$0.gi) > ($1.score, -$1.pi, -$1.gi) }
        var pUsed = Set<Int>(), gUsed = Set<Int>()
        for pair in pairs where !pUsed.contains(pair.pi) && !gUsed.contains(pair.gi) {
            pUsed.insert(pair.pi); gUsed.insert(pair.gi)
        }
        let withCandidate = Set(pairs.map(\.pi))
        let tp = pUsed.count
        let fp = (0..<p.count).filter { !pUsed.contains($0) && !withCandidate.contains($0) }.count
        let fn = g.count - gUsed.count
        return (tp, fp, fn)
    }
}
