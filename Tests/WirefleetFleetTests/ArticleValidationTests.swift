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
