import Testing
@testable import WirefleetQuotes

/// ``QuoteClusterLinker``: a fragment one outlet quotes takes the cluster of the whole
/// sentence another outlet quotes from the same speaker, and only then.
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

    @Test func aFragmentTakesTheWholeSentencesCluster() throws {
        let whole = quote("We are examining whether the dust filters were working on the night of the blast", speaker: "p:0000000000000001")
        let fragment = quote("whether the dust filters were working", speaker: "p:0000000000000001")
        #expect(whole.cluster != fragment.cluster)
        #expect(links([[whole], [fragment]]) == [try #require(fragment.cluster): try #require(whole.cluster)])
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
        #expect(links([[whole], [fragment]], speakerLinks: ["n:0000000000000009": "p:0000000000000001"])
                == [try #require(fragment.cluster): try #require(whole.cluster)])
    }

    @Test func aFragmentOfTwoDifferentSentencesIsLeftAlone() {
        let a = quote("The dust filters were working and the silo was inspected in October", speaker: "p:0000000000000001")
        let b = quote("Nobody can say whether the dust filters were working on that night", speaker: "p:0000000000000001")
        let fragment = quote("the dust filters were working", speaker: "p:0000000000000001")
        #expect(links([[a], [b], [fragment]])[fragment.cluster!] == nil)
    }
}
