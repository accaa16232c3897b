import Foundation
import Testing
import WirefleetNumbers
import WirefleetText

/// Runs the extractor over the seed articles and scores it against the gold with the
/// matching rules of `shared/eval/score.py` (`match_numbers`), asserting the bars.
@Suite struct SeedRegressionTests {
    // MARK: - Rows

    struct Row {
        var text: String
        var value: NumberValue
        var kind: String
        var unit: String?
        var approx: String?
    }

    static let groups: [String: String] = [
        "count": "quantity", "measure": "quantity", "money": "quantity", "percent": "quantity", "number": "quantity",
        "year": "temporal", "date": "temporal", "time": "temporal", "duration": "temporal", "ordinal": "ordinal",
    ]

    static var sharedDir: URL {
        // <repo>/Tests/NumbersTests/SeedRegressionTests.swift → <repo>/../shared
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    }

    // MARK: - Scorer rules (score.py)

    /// `norm`: case-folded, whitespace collapsed, possessive and surrounding punctuation stripped.
    static func norm(_ s: String?) -> String {
        guard let s else { return "" }
        var out = s.replacingOccurrences(of: "’", with: "'").lowercased()
        out = out.replacingOccurrences(of: "'s", with: "")
        out = out.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let punct = CharacterSet.punctuationCharacters.union(.whitespaces)
        return out.trimmingCharacters(in: punct)
    }

    static func depluralise(_ w: String) -> String {
        if w.count > 3, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if w.count > 3, ["ches", "shes", "sses", "xes", "zes"].contains(where: { w.hasSuffix($0) }) {
            return String(w.dropLast(2))
        }
        if w.count > 2, w.hasSuffix("s"), !w.hasSuffix("ss") { return String(w.dropLast()) }
        return w
    }

    static func normUnit(_ u: String?) -> String {
        var n = norm((u ?? "").replacingOccurrences(of: "%", with: " percent "))
        for p in ["per cent", "percentage", "pct"] { n = n.replacingOccurrences(of: p, with: "percent") }
        if n == "percent" { return "" }
        return depluralise(n)
    }

    static func unitOK(_ g: String?, _ p: String?) -> Bool {
        let a = normUnit(g), b = normUnit(p)
        if a == b { return true }
        if a.isEmpty || b.isEmpty { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.hasSuffix(short) else { return false }
        let before = long[long.index(long.endIndex, offsetBy: -short.count - 1)]
        return !(before.isLetter || before.isNumber) || !(short.first!.isLetter || short.first!.isNumber)
    }

    static func valuesEqual(_ a: NumberValue, _ b: NumberValue) -> Bool {
        switch (a, b) {
        case let (.number(x), .number(y)): return abs(x - y) <= 1e-6 * max(abs(x), abs(y))
        case let (.string(x), .string(y)): return norm(x) == norm(y)
        default: return false
        }
    }

    struct Counts { var tp = 0, fp = 0, fn = 0, pairs = 0, unitOK = 0, approxOK = 0 }

    /// Greedy one-to-one matching per group by value, preferring same text, unit, kind, approx.
    static func match(gold: [Row], pred: [Row], into res: inout [String: Counts]) {
        for grp in ["quantity", "temporal", "ordinal"] {
            let g = gold.filter { groups[$0.kind] == grp }
            let p = pred.filter { groups[$0.kind] == grp }
            var pairs: [([Int], Int, Int)] = []
            for (gi, gr) in g.enumerated() {
                for (pi, pr) in p.enumerated() where valuesEqual(gr.value, pr.value) {
                    let sec = [norm(gr.text) == norm(pr.text), unitOK(gr.unit, pr.unit), gr.kind == pr.kind,
                               norm(gr.approx) == norm(pr.approx)].map { $0 ? -1 : 0 }
                    pairs.append((sec, gi, pi))
                }
            }
            pairs.sort { l, r in
                if l.0 != r.0 { return l.0.lexicographicallyPrecedes(r.0) }
                return (l.1, l.2) < (r.1, r.2)
            }
            var gUsed: [Int: Int] = [:], pUsed = Set<Int>()
            for (_, gi, pi) in pairs where gUsed[gi] == nil && !pUsed.contains(pi) {
                gUsed[gi] = pi
                pUsed.insert(pi)
            }
            var c = res[grp, default: Counts()]
            c.tp += gUsed.count
            c.fp += p.count - gUsed.count
            c.fn += g.count - gUsed.count
            if grp == "quantity" {
                for (gi, pi) in gUsed {
                    c.pairs += 1
                    if unitOK(g[gi].unit, p[pi].unit) { c.unitOK += 1 }
                    if norm(g[gi].approx) == norm(p[pi].approx) { c.approxOK += 1 }
                }
            }
            res[grp] = c
        }
    }

    static func f1(_ c: Counts) -> Double {
        let p = c.tp + c.fp == 0 ? 0 : Double(c.tp) / Double(c.tp + c.fp)
        let r = c.tp + c.fn == 0 ? 0 : Double(c.tp) / Double(c.tp + c.fn)
        return p + r == 0 ? (c.tp + c.fp + c.fn == 0 ? 1 : 0) : 2 * p * r / (p + r)
    }

    // MARK: - Test

    @Test(.enabled(if: FileManager.default.fileExists(atPath: SeedRegressionTests.sharedDir.appendingPathComponent("eval/docs").path),
                   "../shared/eval is not beside the repository (the scorer and its gold live outside it)"))
    func seedsMeetTheBars() throws {
        let docs = Self.sharedDir.appendingPathComponent("eval/docs")
        let goldDir = Self.sharedDir.appendingPathComponent("eval/gold")
        let files = try FileManager.default.contentsOfDirectory(atPath: docs.path)
        #expect(!files.isEmpty, "no documents in \(docs.path)")
        var res: [String: Counts] = [:]
        let extractor = NumberExtractor()
        for f in files.sorted() where f.hasSuffix(".txt") {
            let id = String(f.dropLast(4))
            let goldURL = goldDir.appendingPathComponent("\(id).numbers.json")
            guard let data = try? Data(contentsOf: goldURL),
                  let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let rows = obj["numbers"] as? [[String: Any]] else { continue }
            let gold: [Row] = rows.map { r in
                let v: NumberValue = (r["value"] as? String).map { .string($0) }
                    ?? .number((r["value"] as? NSNumber)?.doubleValue ?? .nan)
                return Row(text: r["text"] as? String ?? "", value: v, kind: r["kind"] as? String ?? "",
                           unit: r["unit"] as? String, approx: r["approx"] as? String)
            }
            let body = try String(contentsOf: docs.appendingPathComponent(f), encoding: .utf8)
            let pred = extractor.extract(NormalizedText(body)).map {
                Row(text: $0.text, value: $0.value, kind: $0.kind, unit: $0.unit, approx: $0.approx)
            }
            Self.match(gold: gold, pred: pred, into: &res)
        }
        let q = res["quantity", default: Counts()]
        let goldRows = res.values.reduce(0) { $0 + $1.tp + $1.fn }
        #expect(goldRows > 0, "no gold rows were read from \(goldDir.path)")
        #expect(Self.f1(q) >= 0.95, "quantity F1 \(Self.f1(q)) \(q)")
        #expect(Self.f1(res["temporal", default: Counts()]) >= 0.90, "temporal \(res["temporal", default: Counts()])")
        #expect(Self.f1(res["ordinal", default: Counts()]) >= 0.90, "ordinal \(res["ordinal", default: Counts()])")
        if q.pairs > 0 {
            #expect(Double(q.unitOK) / Double(q.pairs) >= 0.90, "unit accuracy \(q)")
            #expect(Double(q.approxOK) / Double(q.pairs) >= 0.95, "approx accuracy \(q)")
        }
    }
}
