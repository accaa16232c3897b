import Foundation
import Testing
@testable import WirefleetFleet

/// One article check for the producer's reader and the workers (no broker involved).
@Suite struct ArticleValidationTests {
    @Test func reasonsAreTheDeadLetterReasons() {
        #expect(throws: RecordError.self) { try Article(id: "", body: "text").validate(maxBodyBytes: 100) }
        func reason(_ a: Article) -> RecordError.Reason? {
            do { try a.validate(maxBodyBytes: 10); return nil } catch { return error.reason }
        }
        #expect(reason(Article(id: "", body: "text")) == .invalidField)
        #expect(reason(Article(id: "a", body: String(repeating: "x", count: 11))) == .tooLarge)
        #expect(reason(Article(id: "a", body: " \n\t ")) == .emptyBody)
        #expect(reason(Article(id: "a", body: "fine")) == nil)
    }

    @Test func theProducersReaderUsesTheSameCheck() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wf-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = ["{\"body\": \"  \"}", "{\"body\": \"\(String(repeating: "x", count: 30))\"}", "{\"body\": \"ok text\"}"]
        try lines.joined(separator: "\n").write(to: dir.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
        let items = ArticleInput(maxBodyBytes: 20).items(of: dir.appendingPathComponent("a.jsonl").path)
        var reasons: [String] = []
        var articles = 0
        for item in items {
            switch item {
            case .invalid(_, let reason): reasons.append(reason)
            case .article: articles += 1
            }
        }
        #expect(reasons == ["empty body", "body of 30 bytes exceeds the limit of 20"])
        #expect(articles == 1)
    }
}

/// The workers' direct article decoding gives what `JSONDecoder` gives — the same
/// article, or the same error — on well-formed and broken records alike.
@Suite struct ArticleDecodingTests {
    static let records: [String] = [
        #"{"id":"a1","body":"Plain text."}"#,
        #"{"id":"a1","body":"Line\nbreak, \"quoted\", tab\t, slash \/ and é","title":"T","source":"s","url":"https://x.test/a","published_at":"2026-12-06T10:00:00Z","language":"de"}"#,
        #"{ "body" : "Спасибо — «merci»" , "id" : "ü" , "title" : null }"#,
        #"{"id":"a1","body":"emoji \ud83d\ude00 and Hangul \ud55c"}"#,
        #"{"id":"a1","body":"lone \ud800 surrogate"}"#,
        #"{"id":"a1","body":"x","id":"b2"}"#,
        #"{"id":"a1","body":"x","extra":"kept out"}"#,
        #"{"id":"a1","body":"x","count":3}"#,
        #"{"id":"a1","body":"x","nested":{"a":[1,2]}}"#,
        #"{"id":"a1","body":"x","title":nul}"#,
        #"{"id":"a1","body":"x","title":7}"#,
        #"{"id":"a1"}"#,
        #"{"id":null,"body":"x"}"#,
        #"{"id":"a1","body":"x"} trailing"#,
        #"["id","body"]"#,
        #"{"id":"a1","body":"bad \q escape"}"#,
        #"{"id":"a1","body":"unterminated}"#,
        "{\"id\":\"a1\",\"body\":\"raw \u{01} control\"}",
        "",
    ]

    @Test(arguments: records)
    func directDecodingAgreesWithJSONDecoder(_ record: String) {
        let codec = RecordCodec()
        let bytes = Array(record.utf8)
        func outcome(_ f: () throws(RecordError) -> Article) -> String {
            do { return "article \(try f())" } catch { return "error \(error.reason.rawValue)" }
        }
        #expect(outcome { () throws(RecordError) in try codec.decodeArticle(from: bytes) }
                == outcome { () throws(RecordError) in try codec.decode(Article.self, from: bytes) })
    }

    /// The same agreement on 20,000 records made at random: the records above broken
    /// (bytes replaced, inserted or removed, most of them JSON's own — quotes,
    /// backslashes, `u` escapes, braces, commas, `null` — or parts of multi-byte
    /// letters), and objects whose strings are made of escapes, valid or not. Seeded, so
    /// a failure names a record that fails again.
    @Test func directDecodingAgreesWithJSONDecoderOnBrokenRecords() {
        let codec = RecordCodec()
        let pieces: [[UInt8]] = [#"""#, #"\"#, #"\u"#, #"\u00e9"#, #"\ud83d"#, #"\ude00"#, "{", "}", "[", "]", ":", ",", " ",
                                 "null", "nul", "0", "-1.5e3", #""id""#, #""body""#, #""title""#, "é", "—", "\u{01}", "\n"]
            .map { Array($0.utf8) } + [[0xC3], [0xE2, 0x80], [0xFF], [0xED, 0xA0, 0x80]]
        var random = SplitMix64(seed: 0x5EED)
        var disagreements: [String] = []
        var direct = 0
        // Half the records are well-formed objects whose strings are made of escapes and
        // letters (valid, invalid, lone surrogates), with members and spaces in any order.
        let stringPieces: [String] = ["plain words ", #"\""#, #"\\"#, #"\/"#, #"\n"#, #"\t"#, #"\u00e9"#, #"\u00E9"#, #"\ud83d\ude00"#,
                                      #"\ud800"#, #"\u0000"#, #"\q"#, "é", "—", "Спасибо", "\u{01}", "\u{7F}", "'", "\u{2028}"]
        func string() -> String {
            "\"" + (0..<Int(random.next() % 6)).map { _ in stringPieces[Int(random.next() % UInt64(stringPieces.count))] }.joined() + "\""
        }
        func space() -> String { ["", " ", "\n", "\t ", "\r\n"][Int(random.next() % 5)] }
        for n in 0..<20_000 {
            var bytes = Array(Self.records[n % Self.records.count].utf8)
            if n % 2 == 1 {
                var members = [#""id":"# + space() + string(), #""body":"# + space() + string()]
                if random.next() % 2 == 0 { members.append(#""title":"# + (random.next() % 3 == 0 ? "null" : string())) }
                if random.next() % 4 == 0 { members.append(#""language":"# + string()) }
                members.shuffle(using: &random)
                bytes = Array((space() + "{" + members.map { space() + $0 + space() }.joined(separator: ",") + "}" + space()).utf8)
                if random.next() % 4 != 0 { check(bytes); continue }
            }
            for _ in 0..<(1 + Int(random.next() % 3)) {
                let at = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count + 1))
                let piece = pieces[Int(random.next() % UInt64(pieces.count))]
                switch random.next() % 3 {
                case 0: bytes.insert(contentsOf: piece, at: at)
                case 1: if at < bytes.count { bytes.removeSubrange(at..<min(bytes.count, at + 1 + Int(random.next() % 4))) }
                default: bytes.replaceSubrange(at..<min(bytes.count, at + piece.count), with: piece)
                }
            }
            check(bytes)
        }
        func check(_ bytes: [UInt8]) {
            func outcome(_ f: () throws(RecordError) -> Article) -> String {
                do { return "article \(try f())" } catch { return "error \(error.reason.rawValue)" }
            }
            let fast = outcome { () throws(RecordError) in try codec.decodeArticle(from: bytes) }
            let slow = outcome { () throws(RecordError) in try codec.decode(Article.self, from: bytes) }
            if RecordCodec.directArticle(bytes) != nil { direct += 1 }
            if fast != slow && disagreements.count < 5 {
                disagreements.append("\(String(decoding: bytes, as: UTF8.self).debugDescription): \(fast) / \(slow)")
            }
        }
        print("broken records: \(direct) of 20000 decoded on the direct path, \(disagreements.count) disagreements")
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        #expect(direct > 2_000, "too few records took the direct path for the comparison to mean much")
    }

    @Test func theCommonShapesTakeTheDirectPath() {
        for record in [Self.records[0], Self.records[1], Self.records[2], Self.records[6]] {
            #expect(RecordCodec.directArticle(Array(record.utf8)) != nil, "\(record)")
        }
    }

    @Test func invalidUTF8IsRejectedTheSameWay() {
        let bytes = Array(#"{"id":"a1","body":"x"#.utf8) + [0xFF] + Array(#""}"#.utf8)
        #expect(throws: RecordError.self) { try RecordCodec().decodeArticle(from: bytes) }
    }
}

/// Content ids are the SHA-256 of the body (FIPS 180-4 test vectors), first 128 bits.
@Suite struct ArticleIDTests {
    @Test func idsAreTheFirstHalfOfTheBodysSHA256() {
        #expect(ArticleID.forContent("abc") == "ba7816bf8f01cfea414140de5dae2223")
        #expect(ArticleID.forContent("") == "e3b0c44298fc1c149afbf4c8996fb924")
        #expect(ArticleID.forContent("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039")
    }
}

/// Which files a folder argument stands for.
@Suite struct ArticleInputFolderTests {
    /// A folder given as a symbolic link is read where it points (the enumerator listed
    /// nothing for it, and `enrich` wrote nothing and exited 0); its files keep the path
    /// as given.
    @Test func aLinkedFolderIsRead() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("wf-link-\(UUID().uuidString)")
        let docs = dir.appendingPathComponent("docs"), link = dir.appendingPathComponent("corpus")
        try fm.createDirectory(at: docs, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        try "Rain in Oslo.".write(to: docs.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
        try fm.createSymbolicLink(atPath: link.path, withDestinationPath: docs.path)
        #expect(try ArticleInput().files(for: [link.path]) == [link.path + "/a.txt"])
        #expect(try ArticleInput().files(for: [link.path + "/"]) == [link.path + "/a.txt"])
    }

    /// A folder with no article files is an error that names it, not an empty run.
    @Test func aFolderWithNoArticlesIsAnError() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("wf-empty-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        try "not an article".write(to: dir.appendingPathComponent("notes.md"), atomically: false, encoding: .utf8)
        #expect(throws: ArticleInputError.self) { try ArticleInput().files(for: [dir.path]) }
    }
}

/// A small seeded generator (SplitMix64), so a randomised test fails the same way twice.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
