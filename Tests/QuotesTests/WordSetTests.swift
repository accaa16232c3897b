import Testing
import WirefleetText
@testable import WirefleetQuotes

/// The quote lexicon's word sets: lookups by string and by a token's precomputed hash
/// agree, and a hash alone never makes a word a member.
@Suite struct WordSetTests {
    @Test func membersAndNonMembers() {
        let set: WordSet = ["said", "told", "added", "warned"]
        for w in ["said", "told", "added", "warned"] { #expect(set.contains(w)) }
        for w in ["say", "", "saidx", "Said", "tell"] { #expect(!set.contains(w)) }
    }

    @Test func tokenLookupsAgreeWithStringLookups() {
        let stream = TokenStream(NormalizedText("“We are ready,” the minister told reporters, and she added: “Nobody warned us.”"))
        let set: WordSet = ["told", "added", "warned", "the", ","]
        var hits: [String] = []
        for k in 0..<stream.count {
            let token = stream[k]
            #expect(set.contains(token) == set.contains(token.key), "\(token.key)")
            if set.contains(token) { hits.append(token.key) }
        }
        #expect(hits == [",", "the", "told", ",", "added", "warned"])
    }

    @Test func aMatchingHashWithAnotherWordIsNotAMember() {
        let set: WordSet = ["said"]
        // A token claiming the hash of "said" but spelling another word.
        let forged = Token(kind: .word, start: 0, end: 4, key: "sail", capitalized: false, hash: WordSet.hash("said"))
        #expect(!set.contains(forged))
    }

    @Test func largeSetsKeepEveryMember() {
        let words = (0..<5000).map { "w\($0)" }
        let set = WordSet(words)
        #expect(words.allSatisfy(set.contains))
        #expect(!set.contains("w5000"))
    }
}
