import Foundation
import Synchronization
import Testing
@testable import WirefleetFleet
import WirefleetExtraction

/// `enrich --jobs N`: N files at once, results in input order, a bounded window.
@Suite struct EmbeddedRunTests {
    /// Counts items being worked on and the most seen at once.
    final class Concurrency: Sendable {
        private let state = Mutex((now: 0, most: 0))
        func enter() { state.withLock { $0.now += 1; $0.most = max($0.most, $0.now) } }
        func leave() { state.withLock { $0.now -= 1 } }
        var most: Int { state.withLock { $0.most } }
    }

    @Test(arguments: [1, 2, 3])
    func atMostJobsItemsAtOnceAndResultsInOrder(jobs: Int) async throws {
        let seen = Concurrency()
        var handed: [Int] = []
        try await EmbeddedRun.inOrder(24, jobs: jobs, work: { i in
            seen.enter()
            defer { seen.leave() }
            // Later items finish first, so results wait for their turn.
            Thread.sleep(forTimeInterval: Double(24 - i) / 4_000)
            return i
        }, handle: { handed.append($0) })
        #expect(handed == Array(0..<24))
        #expect(seen.most <= jobs)
        #expect(seen.most >= 1)
    }

    @Test func aSlowFirstItemHoldsBackAtMostTwiceJobs() async throws {
        let started = Mutex<[Int]>([])
        let release = Mutex(false)
        var handed: [Int] = []
        try await EmbeddedRun.inOrder(20, jobs: 2, work: { i in
            started.withLock { $0.append(i) }
            if i == 0 {
                // The first item waits until the others could have run ahead.
                for _ in 0..<200 where !release.withLock({ $0 }) { Thread.sleep(forTimeInterval: 0.005) }
                // Every item started by now fits the window: 0 and at most 3 more.
                #expect(started.withLock { $0.count } <= 4)
            } else if i == 3 {
                release.withLock { $0 = true }
            }
            return i
        }, handle: { handed.append($0) })
        #expect(handed == Array(0..<20))
    }

    @Test func anErrorEndsTheRun() async {
        struct Boom: Error {}
        var handed: [Int] = []
        await #expect(throws: Boom.self) {
            try await EmbeddedRun.inOrder(10, jobs: 2, work: { i in
                if i == 4 { throw Boom() }
                return i
            }, handle: { handed.append($0) })
        }
        #expect(handed.count <= 4)
    }

    private func records(in dir: String) throws -> [String: [String: Any]] {
        var out: [String: [String: Any]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            let data = try #require(FileManager.default.contents(atPath: dir + "/" + name))
            out[name] = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
        return out
    }

    private func entityID(_ text: String, _ record: [String: Any]?) -> String? {
        (record?["entities"] as? [[String: Any]])?.first { $0["text"] as? String == text }?["id"] as? String
    }

    @Test func linkingRewritesTheWrittenFilesWithTheLinkedIDs() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wf-link-\(UInt32.random(in: 0 ... .max))").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let input = dir + "/in", linked = dir + "/linked", apart = dir + "/apart"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try "Harbour master Tavita Leaupepe said the quay would reopen on Monday after repairs."
            .write(toFile: input + "/a.txt", atomically: false, encoding: .utf8)
        try "\u{201C}The quay is safe again,\u{201D} Leaupepe told reporters on Tuesday."
            .write(toFile: input + "/b.txt", atomically: false, encoding: .utf8)
        let paths = [input + "/a.txt", input + "/b.txt"]
        let links = try await EmbeddedRun(outDir: linked, jobs: 2, linking: true).run(paths) { _ in }
        try await EmbeddedRun(outDir: apart, jobs: 2).run(paths) { _ in }
        let (l, a) = (try records(in: linked), try records(in: apart))
        let person = try #require(entityID("Tavita Leaupepe", l["a.json"]))
        let alone = try #require(entityID("Leaupepe", a["b.json"]))
        #expect(alone != person)
        #expect(links.ids == [alone: person])
        #expect(entityID("Leaupepe", l["b.json"]) == person)
        let quote = try #require((l["b.json"]?["quotes"] as? [[String: Any]])?.first)
        #expect(quote["speaker_id"] as? String == person)
        // Nothing else in the record changed.
        let before = try String(contentsOfFile: apart + "/b.json", encoding: .utf8)
        let after = try String(contentsOfFile: linked + "/b.json", encoding: .utf8)
        #expect(after == before.replacingOccurrences(of: alone, with: person))
    }

    @Test func relinkLeavesAnIdWrittenInsideAStringAlone() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wf-relink-\(UInt32.random(in: 0 ... .max)).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let old = "n:0123456789abcdef", new = "p:fedcba9876543210"
        let json = #"{"entities":[{"id":"\#(old)","text":"x "id":"\#(old)""}],"quotes":[{"speaker_id":"\#(old)"}]}"#
        try EmbeddedRun.write(Array(json.utf8), to: path)
        try EmbeddedRun.relink(path, links: [old: new])
        let expected = #"{"entities":[{"id":"\#(new)","text":"x "id":"\#(old)""}],"quotes":[{"speaker_id":"\#(new)"}]}"#
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
    }

    @Test func relinkGivesAnEntityWithoutAPlaceItsLinkedPlace() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wf-relink-geo-\(UInt32.random(in: 0 ... .max)).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let old = "n:0123456789abcdef", new = "g:fedcba9876543210"
        let json = #"{"entities":[{"aliases":[],"id":"\#(old)","mentions":[],"text":"Mendoza","type":"ORG"},{"aliases":[],"geo":{"country":"AR","kind":"place"},"id":"\#(old)","mentions":[],"text":"Mendoza","type":"LOC"}]}"#
        try EmbeddedRun.write(Array(json.utf8), to: path)
        let geo = try #require(EnrichmentJSONWriter.encodeGeo(GeoLocation(kind: .city, country: "AR", lat: -32.89, lon: -68.83)))
        try EmbeddedRun.relink(path, links: [old: new], places: [old: geo])
        let expected = #"{"entities":[{"aliases":[],"geo":{"country":"AR","kind":"city","lat":-32.89,"lon":-68.83},"id":"\#(new)","mentions":[],"text":"Mendoza","type":"ORG"},{"aliases":[],"geo":{"country":"AR","kind":"place"},"id":"\#(new)","mentions":[],"text":"Mendoza","type":"LOC"}]}"#
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        // The record still decodes as the contract's entity shape.
        let data = try #require(FileManager.default.contents(atPath: path))
        struct Record: Decodable { var entities: [Entity] }
        let record = try JSONDecoder().decode(Record.self, from: data)
        #expect(record.entities[0].geo?.kind == .city)
    }

    @Test func relinkReplacesAQuotesCluster() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wf-relink-q-\(UInt32.random(in: 0 ... .max)).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let old = "q:0123456789abcdef", new = "q:fedcba9876543210"
        try EmbeddedRun.write(Array(#"{"quotes":[{"cluster":"\#(old)","text":"x"}]}"#.utf8), to: path)
        try EmbeddedRun.relink(path, links: [old: new])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == #"{"quotes":[{"cluster":"\#(new)","text":"x"}]}"#)
    }
}
