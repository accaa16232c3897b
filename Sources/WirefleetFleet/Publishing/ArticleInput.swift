import Foundation
import WirefleetExtraction

/// Reads articles from files, folders (recursively: `.txt`, `.json`, `.jsonl`) and
/// standard input (JSON, a JSON array, JSON lines or plain text), reporting each input
/// that cannot become an Article with its file and line.
public struct ArticleInput: Sendable {
    /// One input item: an article, or why an input was skipped.
    public enum Item: Sendable {
        case article(Article, origin: String)
        case invalid(origin: String, reason: String)
    }

    /// Bodies larger than this many UTF-8 bytes are rejected.
    public var maxBodyBytes: Int

    public init(maxBodyBytes: Int = 4 * 1024 * 1024) { self.maxBodyBytes = maxBodyBytes }

    /// Expands paths (folders recursively) into the files to read, in a stable order.
    public func files(for paths: [String]) throws -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { out.append("-"); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw ArticleInputError(message: "\(path): no such file or folder")
            }
            if isDir.boolValue {
                // A folder given as a symbolic link ("corpus -> /data/news") is read where
                // it points: the enumerator does not descend into a link, and listed
                // nothing. Files are still named under the path as given.
                let resolved = realpath(path, nil).map { p in defer { free(p) }; return String(cString: p) }
                guard let e = fm.enumerator(atPath: resolved ?? path) else {
                    throw ArticleInputError(message: "\(path): cannot read the folder")
                }
                var found: [String] = []
                for case let rel as String in e {
                    let ext = PathName.pathExtension(rel).lowercased()
                    if ["txt", "json", "jsonl", "ndjson"].contains(ext) { found.append(PathName.join(path, rel)) }
                }
                guard !found.isEmpty else {
                    throw ArticleInputError(message: "\(path): no .txt, .json, .jsonl or .ndjson files in this folder")
                }
                out += found.sorted()
            } else {
                out.append(path)
            }
        }
        return out
    }

    /// The items of one file (or "-" for standard input).
    public func items(of file: String) -> [Item] {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = Self.contents(of: file) else {
                return [.invalid(origin: file, reason: "cannot read the file")]
            }
            data = d
        }
        let name = file == "-" ? "stdin" : file
        switch PathName.pathExtension(file).lowercased() {
        case "json": return jsonDocument(data, origin: name)
        case "jsonl", "ndjson": return jsonLines(data, origin: name)
        case "txt": return [plainText(data, origin: name, source: String(PathName.last(file)))]
        default:
            // Standard input or an unknown extension: sniff.
            let first = data.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
            if first == UInt8(ascii: "[") { return jsonDocument(data, origin: name) }
            if first == UInt8(ascii: "{") {
                let doc = jsonDocument(data, origin: name)
                if case .article? = doc.first, doc.count == 1 { return doc }
                return jsonLines(data, origin: name)
            }
            return [plainText(data, origin: name, source: file == "-" ? nil : String(PathName.last(file)))]
        }
    }

    /// A file's bytes, read by the text layer's one whole-file reader
    /// (`LexiconFile(contentsOfFile:)`: one `open` and `read`s, no `FileManager`, which costs
    /// a third more per small file); nil when it cannot be read or is a folder.
    static func contents(of path: String) -> Data? {
        LexiconFile(contentsOfFile: path).map { Data($0.bytes) }
    }

    private func plainText(_ data: Data, origin: String, source: String?) -> Item {
        guard let body = String(data: data, encoding: .utf8) else {
            return .invalid(origin: origin, reason: "not valid UTF-8 text")
        }
        if let reason = problem(with: body) { return .invalid(origin: origin, reason: reason) }
        return .article(Article(plainText: body, source: source), origin: origin)
    }

    private func jsonDocument(_ data: Data, origin: String) -> [Item] {
        let value: Any
        do { value = try JSONSerialization.jsonObject(with: data) } catch {
            return [.invalid(origin: origin, reason: "not valid JSON: \(Self.describe(error))")]
        }
        if let array = value as? [Any] {
            return array.enumerated().map { i, v in article(fromJSON: v, origin: "\(origin)[\(i)]") }
        }
        return [article(fromJSON: value, origin: origin)]
    }

    private func jsonLines(_ data: Data, origin: String) -> [Item] {
        var out: [Item] = []
        var line = 0
        for raw in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            line += 1
            let trimmed = raw.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if trimmed.isEmpty { continue }
            let where_ = "\(origin):\(line)"
            do {
                out.append(article(fromJSON: try JSONSerialization.jsonObject(with: Data(trimmed)), origin: where_))
            } catch {
                out.append(.invalid(origin: where_, reason: "not valid JSON: \(Self.describe(error))"))
            }
        }
        return out
    }

    private func article(fromJSON value: Any, origin: String) -> Item {
        guard let obj = value as? [String: Any] else { return .invalid(origin: origin, reason: "expected a JSON object") }
        guard let body = obj["body"] as? String else {
            return .invalid(origin: origin, reason: obj["body"] == nil ? "no \"body\" field" : "\"body\" is not a string")
        }
        if let reason = problem(with: body) { return .invalid(origin: origin, reason: reason) }
        let id = (obj["id"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? (obj["id"] as? NSNumber)?.stringValue
        return .article(Article(id: id ?? ArticleID.forContent(body), body: body, title: obj["title"] as? String,
                                source: obj["source"] as? String, url: obj["url"] as? String,
                                publishedAt: obj["published_at"] as? String, language: obj["language"] as? String),
                        origin: origin)
    }

    private func problem(with body: String) -> String? {
        do { try Article.validate(body: body, maxBodyBytes: maxBodyBytes) } catch { return error.detail }
        return nil
    }

    private static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }
}

/// A path given to the producer does not exist.
public struct ArticleInputError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
