import Foundation
import Testing
import WirefleetExtraction

/// The quotes worker's lighter entity pass (``EntityTagger/tagSpeakers(_:)``: no places
/// on the map) gives the quotes, speakers and speaker ids the full pass gives: the
/// fleet's quotes worker and `enrich` (one full pass for all three) must agree.
@Suite struct SpeakerPassTests {
    /// The seeds and every article of our evaluation sets (news with people, bodies and
    /// places of many countries, organisations named like countries).
    static let articles: [URL] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var folders = [root.appendingPathComponent("seeds")]
        let eval = root.appendingPathComponent("ops/eval")
        for set in (try? FileManager.default.contentsOfDirectory(atPath: eval.path)) ?? [] {
            folders.append(eval.appendingPathComponent(set).appendingPathComponent("docs"))
        }
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
        }
    }()

    @Test func quotesFromTheSpeakerPassEqualThoseOfTheFullPass() throws {
        #expect(Self.articles.count >= 200)
        let extractor = Extractor()
        var quotes = 0, withSpeakerID = 0
        for url in Self.articles {
            let body = try String(contentsOf: url, encoding: .utf8)
            let full = extractor.all(in: body).quotes
            #expect(extractor.quotes(in: body) == full, "\(url.lastPathComponent)")
            quotes += full.count
            withSpeakerID += full.filter { $0.speakerID != nil }.count
        }
        #expect(quotes > 300 && withSpeakerID > 200)
    }

    @Test func anOrganisationNamedLikeACountryKeepsItsPlaceAndId() throws {
        // "North Macedonia, the operator of …": the appositive makes the country's name an ORG.
        let text = NormalizedText("The line will link Austria and Slovenia with North Macedonia, the operator of its southern section, from 2030. “We are staying for decades,” Lena Hofer said.")
        let tagger = EntityTagger()
        let full = tagger.tag(text), speakers = tagger.tagSpeakers(text)
        #expect(full.contains { $0.type == .organization && $0.geo?.country == "MK" })
        #expect(full.contains { $0.type == .location && $0.geo != nil })
        for e in full where e.type != .location {
            let s = try #require(speakers.first { $0.text == e.text && $0.type == e.type })
            #expect(s.id == e.id && s.geo == e.geo)
        }
        // The LOC entities are left off the map.
        #expect(speakers.filter { $0.type == .location }.allSatisfy { $0.geo == nil })
    }
}
