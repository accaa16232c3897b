import Testing
import Foundation
import WirefleetExtraction

// MARK: - Seed regression

/// Runs the real entity tagger and the quote extractor over the seed articles in
/// `<repo>/../shared/eval` and scores them with the scorer's rules: quotes under
/// three tokens are ignored, a prediction matches a gold quote at token F1 ≥ 0.6,
/// greedy one-to-one by best F1. The gold is read at test time, never copied.
@Suite struct SeedRegressionTests {
    static let eval = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/eval").standardizedFileURL

    struct Score { var tp = 0, fp = 0, fn = 0, speakerOK = 0
        var f1: Double { let d = 2 * tp + fp + fn; return d == 0 ? 1 : Double(2 * tp) / Double(d) }
        var e2e: Double { let d = tp + fp + tp + fn; return d == 0 ? 1 : Double(2 * speakerOK) / Double(d) }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: SeedRegressionTests.eval.appendingPathComponent("docs").path),
                   "../shared/eval is not beside the repository (the scorer and its gold live outside it)"))
    func seedDetectionAndSpeakers() throws {
        let docs = Self.eval.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path)
        #expect(!names.isEmpty, "no documents in \(docs.path)")
        var score = Score()
        for name in names.sorted() where name.hasSuffix(".txt") {
            let id = String(name.dropLast(4))
            let goldURL = Self.eval.appendingPathComponent("gold/\(id).quotes.json")
            guard let data = try? Data(contentsOf: goldURL) else { continue }
            let gold = try JSONDecoder().decode(GoldFile.self, from: data).quotes
            let body = try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8)
            let text = NormalizedText(body)
            let entities = EntityTagger().tag(text)
            let predicted = QuoteExtractor().extract(text, entities: entities)
            score.add(gold: gold, predicted: predicted)
        }
        print("SeedRegressionTests: detection F1 \(score.f1), end-to-end F1 \(score.e2e) (tp \(score.tp) fp \(score.fp) fn \(score.fn))")
        #expect(score.f1 >= 0.95)
        #expect(score.e2e >= 0.90)
    }

    // MARK: - Scorer rules

    struct GoldQuote: Decodable { var text: String; var speaker: String? }
    struct GoldFile: Decodable { var quotes: [GoldQuote] }

    /// Lower-cased tokens with quote marks folded and surrounding punctuation stripped.
    static func tokens(_ s: String) -> [String] {
        let folded = s.lowercased()
            .replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
            .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
        return folded.split(whereSeparator: { $0.isWhitespace }).compactMap { word in
            let t = word.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
            return t.isEmpty ? nil : t
        }
    }

    static func tokenF1(_ a: [String], _ b: [String]) -> Double {
        var counts: [String: Int] = [:]
        for t in b { counts[t, default: 0] += 1 }
        var common = 0
        for t in a where (counts[t] ?? 0) > 0 { counts[t]! -= 1; common += 1 }
        guard common > 0 else { return 0 }
        let p = Double(common) / Double(a.count), r = Double(common) / Double(b.count)
        return 2 * p * r / (p + r)
    }
}

extension SeedRegressionTests.Score {
    mutating func add(gold: [SeedRegressionTests.GoldQuote], predicted: [Quote]) {
        let g = gold.map { (SeedRegressionTests.tokens($0.text), $0.speaker) }.filter { $0.0.count >= 3 }
        let p = predicted.map { (SeedRegressionTests.tokens($0.text), $0.speaker) }.filter { $0.0.count >= 3 }
        var pairs: [(Double, Int, Int)] = []
        for (pi, pq) in p.enumerated() {
            for (gi, gq) in g.enumerated() {
                let f = SeedRegressionTests.tokenF1(pq.0, gq.0)
                if f >= 0.6 { pairs.append((f, gi, pi)) }
            }
        }
        pairs.sort { $0.0 > $1.0 }
        var usedG = Set<Int>(), usedP = Set<Int>()
        for (_, gi, pi) in pairs where !usedG.contains(gi) && !usedP.contains(pi) {
            usedG.insert(gi); usedP.insert(pi)
            let gs = g[gi].1?.lowercased(), ps = p[pi].1?.lowercased()
            if gs == ps || (gs != nil && ps != nil && gs!.hasSuffix(" " + ps!)) { speakerOK += 1 }
        }
        tp += usedG.count
        fp += p.count - usedP.count
        fn += g.count - usedG.count
    }
}
