import Foundation
import Testing
import WirefleetExtraction

/// The cross-article bars on the five seeds (`seeds/` in this repository): one id for
/// every spelling of Lukashenko, one cluster for the Stoltenberg statement two outlets
/// report in different words, no id shared by two different entities, and the
/// countries of the places a reader puts on a map.
@Suite struct CrossArticleSeedTests {
    static let results: [ExtractionResult] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        return files.compactMap { try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
            .map { Extractor().all(in: $0) }
    }()

    @Test func theSeedsAreThere() { #expect(Self.results.count == 5) }

    @Test func everyLukashenkoHasOneID() throws {
        let mentions = Self.results.flatMap(\.entities).filter { e in
            ([e.text] + e.aliases).contains { $0.contains("Lukashenk") }
        }
        #expect(Set(mentions.compactMap(\.id)).count == 1)
        #expect(mentions.count >= 5)   // one per seed
        let speakers = Self.results.flatMap(\.quotes).filter { $0.speaker?.contains("Lukashenk") == true }
        #expect(!speakers.isEmpty && Set(speakers.compactMap(\.speakerID)) == Set(mentions.compactMap(\.id)))
    }

    @Test func theStoltenbergStatementIsOneCluster() {
        let reports = Self.results.flatMap(\.quotes).filter { $0.text.contains("no military NATO build") }
        #expect(reports.count == 2)
        #expect(Set(reports.map(\.cluster)).count == 1)
    }

    @Test func noIDIsSharedByDifferentEntities() {
        var namesByID: [String: Set<String>] = [:]
        for e in Self.results.flatMap(\.entities) { namesByID[e.id ?? "", default: []].insert("\(e.type) \(e.text)") }
        let shared = namesByID.filter { $0.value.count > 1 }
        // Spellings of one entity may share an id; list them so a new pair is looked at.
        let allowed: Set<Set<String>> = [
            ["PERSON Alexander Lukashenko", "PERSON Alyaksandr Lukashenka", "PERSON Alyaksandra Lukashenko", "PERSON Lukashenko"],
            ["PERSON Vladimir Putin", "PERSON Putin"], ["LOC Belarus", "LOC Republic of Belarus"], ["ORG European Union", "ORG EU"],
        ]
        for (_, names) in shared { #expect(allowed.contains { names.isSubset(of: $0) }, "one id for \(names.sorted())") }
    }

    @Test func placesHaveTheirCountry() {
        let want = ["Minsk": "BY", "Berlin": "DE", "Belarus": "BY", "Ukraine": "UA", "Poland": "PL", "Lithuania": "LT"]
        let places = Self.results.flatMap(\.entities).filter { $0.type == .location }
        for (name, country) in want {
            let found = places.filter { $0.text == name }
            #expect(!found.isEmpty, "\(name) is a place in the seeds")
            #expect(found.allSatisfy { $0.geo?.country == country }, "\(name): \(found.map { $0.geo?.country ?? "none" })")
        }
    }
}
