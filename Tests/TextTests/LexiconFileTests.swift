import Foundation
import Testing
@testable import WirefleetText

@Suite struct LexiconFileTests {
    /// Every entry as strings, fields joined by "|".
    private static func entries(_ each: ((_ fields: [LexiconFile.Field]) -> Void) -> Void) -> [String] {
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
        // The first read ends on a CR whose LF starts the second: this line's CR is the
        // piece's last byte.
        let filler = LexiconFile.pieceSize - text.utf8.count - "split\t".utf8.count - 1
        text += "split\t" + String(repeating: "y", count: filler) + "\r\n"
        #expect(text.utf8.count == LexiconFile.pieceSize + 1)
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
        var complete = false
        let pieces = Self.entries { body in complete = LexiconFile.forEachEntry(inFileAt: path, body) }
        #expect(complete)
        #expect(pieces.count == whole.count)
        #expect(pieces == whole)
        #expect(whole.count == k + 3)
        #expect(pieces.contains("split|" + String(repeating: "y", count: filler)))
        #expect(pieces.last == "Zürich|city|last line without a break")
    }

    @Test func anUnreadableFileIsReported() {
        var called = false
        #expect(!LexiconFile.forEachEntry(inFileAt: "/nonexistent/geo.tsv") { _ in called = true })
        #expect(!called)
    }
}
