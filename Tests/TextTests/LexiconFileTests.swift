import Foundation
import Testing
@testable import WirefleetText

@Suite struct LexiconFileTests {
    /// Every entry as strings, fields joined by "|".
    private static func entries(_ each: ((_ fields: [ArraySlice<UInt8>]) -> Void) -> Void) -> [String] {
        var out: [String] = []
        each { fields in out.append(fields.map { LexiconFile.string($0) }.joined(separator: "|")) }
        return out
    }

    @Test func fieldsAreTrimmedAndCommentsAndBlankLinesSkipped() {
        let file = LexiconFile(bytes: Array("# comment\n\nBerlin\tcity \r\n  Paris \t country\nlast\tline".utf8))
        #expect(Self.entries(file.forEachEntry) == ["Berlin|city", "Paris|country", "last|line"])
    }

    /// Reading a file a piece at a time gives the entries reading it whole gives: lines
    /// across the pieces' borders, a line longer than a piece, CRLF, no final line break.
    @Test func readingInPiecesGivesTheEntriesOfTheWholeFile() throws {
        var text = "# header\n"
        var k = 0
        while text.utf8.count < LexiconFile.pieceSize * 3 {
            text += "name \(k)\tcity\t\(k * 7)\(k % 5 == 0 ? "\r" : "")\n"
            if k % 997 == 0 { text += "\n# a comment line\n" }
            k += 1
        }
        text += String(repeating: "x", count: LexiconFile.pieceSize + 17) + "\tlong\n"
        text += "Zürich\tcity\tlast line without a break"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString).tsv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }

        let whole = Self.entries(LexiconFile(bytes: Array(text.utf8)).forEachEntry)
        var size: Int?
        let pieces = Self.entries { body in size = LexiconFile.forEachEntry(inFileAt: path, body) }
        #expect(size == text.utf8.count)
        #expect(pieces.count == whole.count)
        #expect(pieces == whole)
        #expect(whole.count == k + 2)
        #expect(pieces.last == "Zürich|city|last line without a break")
    }

    @Test func anUnreadableFileIsNil() {
        var called = false
        #expect(LexiconFile.forEachEntry(inFileAt: "/nonexistent/geo.tsv") { _ in called = true } == nil)
        #expect(!called)
    }
}
