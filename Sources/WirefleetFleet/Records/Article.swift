import Foundation

/// An article as published on `articles.raw` (RECORDS.md "Article").
public struct Article: Sendable, Hashable, Codable {
    public var id: String
    public var body: String
    public var title: String?
    public var source: String?
    public var url: String?
    public var publishedAt: String?
    public var language: String?

    public init(id: String, body: String, title: String? = nil, source: String? = nil, url: String? = nil,
                publishedAt: String? = nil, language: String? = nil) {
        self.id = id
        self.body = body
        self.title = title
        self.source = source
        self.url = url
        self.publishedAt = publishedAt
        self.language = language
    }

    /// An article for a plain-text body, with an id that is stable for the same content
    /// (re-publishing the same file does not create a second article).
    public init(plainText body: String, title: String? = nil, source: String? = nil) {
        self.init(id: ArticleID.forContent(body), body: body, title: title, source: source)
    }

    /// The one article check, used by the producer's input reader and by every worker:
    /// a non-empty id, a body of at most `maxBodyBytes` UTF-8 bytes that is not only white
    /// space. The error's reason is what the worker's dead letter carries.
    public func validate(maxBodyBytes: Int) throws(RecordError) {
        guard !id.isEmpty else { throw RecordError(reason: .invalidField, detail: "empty article id") }
        try Self.validate(body: body, maxBodyBytes: maxBodyBytes)
    }

    /// The body half of ``validate(maxBodyBytes:)``, for a body that has no id yet.
    public static func validate(body: String, maxBodyBytes: Int) throws(RecordError) {
        let size = body.utf8.count
        guard size <= maxBodyBytes else {
            throw RecordError(reason: .tooLarge, detail: "body of \(size) bytes exceeds the limit of \(maxBodyBytes)")
        }
        guard !body.allSatisfy(\.isWhitespace) else { throw RecordError(reason: .emptyBody, detail: "empty body") }
    }

    enum CodingKeys: String, CodingKey {
        case id, body, title, source, url, language
        case publishedAt = "published_at"
    }
}
