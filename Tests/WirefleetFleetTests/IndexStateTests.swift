import Foundation
import Testing
import WirefleetExtraction
@testable import WirefleetFleet
import WirefleetTestSupport

/// The cross-article index: counts are per distinct article, re-reading changes nothing,
/// a changed article moves its counts, and entries match their schemas.
@Suite struct IndexStateTests {
    private func contribution(_ id: String, _ body: String, at time: String = "2026-12-06T10:00:00Z") -> ArticleContribution {
        let r = Extractor().all(in: body)
        return ArticleContribution(articleID: id, seenAt: time, entities: r.entities, quotes: r.quotes)
    }

    @Test func anArticleCountsOnceAndMovesWhenItChanges() throws {
        var index = IndexState()
        let a = contribution("a", "Deputy Prime Minister Oleksandr Kovalenko visited Kyiv on Monday.")
        let b = contribution("b", "Aleksandr Kovalenka met engineers in Kiev.", at: "2026-12-06T11:00:00Z")
        index.add(a)
        index.add(b)
        let person = try #require(a.entities.first { $0.type == .person })
        #expect(index.entity(person.id)?.articles == 2)
        #expect(index.add(b).entities.isEmpty)                  // the same article again: nothing changes
        #expect(index.entity(person.id)?.articles == 2)
        let entry = try #require(index.entity(person.id))
        #expect(entry.firstSeen == "2026-12-06T10:00:00Z" && entry.lastSeen == "2026-12-06T11:00:00Z")
        #expect(Set([entry.name] + entry.aliases).isSuperset(of: ["Oleksandr Kovalenko", "Aleksandr Kovalenka"]))
        let changed = contribution("b", "The mayor of Lviv opened a school.")
        #expect(index.add(changed).entities.contains(person.id))
        #expect(index.entity(person.id)?.articles == 1)
        index.remove(articles: ["a"])
        #expect(index.entity(person.id) == nil)
    }

    @Test func entriesMatchTheirSchemas() throws {
        var index = IndexState()
        index.add(contribution("a", "“We will rebuild every bridge and every power station before the winter,” Oleksandr Kovalenko said in Kyiv."))
        index.add(contribution("b", "“We will rebuild every bridge and every power station before winter comes,” Aleksandr Kovalenka said in Kiev."))
        let codec = RecordCodec()
        let keys = index.allKeys
        #expect(!keys.entities.isEmpty && !keys.clusters.isEmpty)
        for id in keys.entities {
            let e = try #require(index.entity(id))
            #expect(try SchemaValidator().problems(try codec.encode(e), schema: "entity-index.schema.json") == [])
        }
        for key in keys.clusters {
            let c = try #require(index.cluster(key))
            #expect(c.articles == 2)
            #expect(try SchemaValidator().problems(try codec.encode(c), schema: "quote-cluster.schema.json") == [])
        }
    }
}
