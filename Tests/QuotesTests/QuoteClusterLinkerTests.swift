import Testing
@testable import WirefleetQuotes

/// ``QuoteClusterLinker``: a fragment one outlet quotes, or a rewording, joins the cluster
/// of the sentence another outlet quotes from the same speaker, and only then.
@Suite struct QuoteClusterLinkerTests {
    private func quote(_ text: String, speaker: String?) -> Quote {
        var q = Quote(text: text, start: 0, end: text.unicodeScalars.count, speaker: nil)
        q.speakerID = speaker
        q.cluster = QuoteClusterKey.key(QuoteClusterKey.contentWords(text))
        return q
    }

    private func links(_ articles: [[Quote]], speakerLinks: [String: String] = [:]) -> [String: String] {
        var linker = QuoteClusterLinker()
        for a in articles { linker.add(QuoteClusterLinker.quotes(of: a)) }
        return linker.links(speakerLinks: speakerLinks)
    }

    /// The cluster `q` has after `links` (its group's smallest cluster).
    private func cluster(_ q: Quote, _ links: [String: String]) -> String? {
        q.cluster.map { links[$0] ?? $0 }
    }

    @Test func aFragmentTakesTheWholeSentencesCluster() throws {
        let whole = quote("We are examining whether the dust filters were working on the night of the blast", speaker: "p:0000000000000001")
        let fragment = quote("whether the dust filters were working", speaker: "p:0000000000000001")
        #expect(whole.cluster != fragment.cluster)
        let l = links([[whole], [fragment]])
        #expect(l.count == 1)
        #expect(cluster(whole, l) == cluster(fragment, l))
    }

    @Test func anotherSpeakerOrNoSpeakerIsLeftAlone() {
        let whole = quote("We are examining whether the dust filters were working on the night of the blast", speaker: "p:0000000000000001")
        let other = quote("whether the dust filters were working", speaker: "p:0000000000000002")
        let nobody = quote("whether the dust filters were working", speaker: nil)
        #expect(links([[whole], [other], [nobody]]).isEmpty)
    }

    @Test func speakersTheEntityLinksJoinAreOneSpeaker() throws {
        let whole = quote("We are examining whether the dust filters were working on the night of the blast", speaker: "p:0000000000000001")
        let fragment = quote("whether the dust filters were working", speaker: "n:0000000000000009")
        #expect(links([[whole], [fragment]]).isEmpty)
        let l = links([[whole], [fragment]], speakerLinks: ["n:0000000000000009": "p:0000000000000001"])
        #expect(l.count == 1 && cluster(whole, l) == cluster(fragment, l))
    }

    @Test func aFragmentOfTwoDifferentSentencesIsLeftAlone() {
        let a = quote("The dust filters were working and the silo was inspected in October", speaker: "p:0000000000000001")
        let b = quote("Nobody can say whether the dust filters were working on that night", speaker: "p:0000000000000001")
        let fragment = quote("the dust filters were working", speaker: "p:0000000000000001")
        let l = links([[a], [b], [fragment]])
        #expect(cluster(a, l) != cluster(b, l))
        #expect(cluster(fragment, l) == fragment.cluster)
        #expect(l.isEmpty)
    }

    /// One statement worded three ways by three outlets is one cluster; another statement
    /// of the same speaker, sharing a few words, stays apart.
    @Test func rewordingsOfOneStatementJoin() throws {
        let speaker = "p:0000000000000001"
        let a = quote("Every contractor whose pumps failed will be named, and every one of them will pay", speaker: speaker)
        let b = quote("Every company whose pumps failed will be named and will pay", speaker: speaker)
        let c = quote("every contractor whose pumps failed will be named", speaker: speaker)
        let other = quote("The pumps failed because nobody paid for their upkeep", speaker: speaker)
        #expect(Set([a.cluster, b.cluster, c.cluster]).count >= 2)
        let l = links([[a], [b], [c], [other]])
        #expect(cluster(a, l) == cluster(b, l) && cluster(b, l) == cluster(c, l))
        #expect(cluster(other, l) == other.cluster && cluster(other, l) != cluster(a, l))
        // The result does not depend on the order of the articles.
        #expect(links([[other], [c], [b], [a]]) == l)
        // Another speaker's rewording stays apart.
        let elsewhere = quote("Every company whose pumps failed will be named and will pay", speaker: "p:0000000000000002")
        #expect(links([[a], [elsewhere]]).isEmpty)
    }
}
