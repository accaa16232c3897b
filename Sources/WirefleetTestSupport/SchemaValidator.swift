public import Foundation

/// Validates JSON against the project's JSON Schemas in `ops/schemas/` — the subset of
/// draft 2020-12 they use: `$ref` (same file or `file.json#/$defs/x`), `type`,
/// `required`, `properties`, `additionalProperties`, `items`, `enum`, `const`,
/// `minimum`, `minLength`.
public struct SchemaValidator: Sendable {
    private let directory: URL

    public init(directory: URL? = nil) {
        self.directory = directory ?? TestBroker.repositoryRoot().appendingPathComponent("ops/schemas")
    }

    /// The problems found validating `json` against the schema file `name`; empty means valid.
    public func problems(_ json: [UInt8], schema name: String) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: Data(json), options: [.fragmentsAllowed])
        let schema = try load(name)
        var out: [String] = []
        validate(value, schema, file: name, path: "$", into: &out)
        return out
    }

    private func load(_ file: String) throws -> [String: Any] {
        let data = try Data(contentsOf: directory.appendingPathComponent(file))
        guard let s = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw TestBrokerError(message: "schema \(file) is not an object")
        }
        return s
    }

    private func resolve(_ ref: String, from file: String) -> (schema: [String: Any], file: String)? {
        let parts = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let target = parts[0].isEmpty ? file : String(parts[0])
        guard var node: Any = try? load(target) else { return nil }
        if parts.count > 1 {
            for key in parts[1].split(separator: "/") {
                guard let dict = node as? [String: Any], let next = dict[String(key)] else { return nil }
                node = next
            }
        }
        return (node as? [String: Any]).map { ($0, target) }
    }

    private func typeName(_ v: Any) -> String {
        if v is NSNull { return "null" }
        if let n = v as? NSNumber {
            if String(cString: n.objCType) == "c" { return "boolean" }
            return n.doubleValue == n.doubleValue.rounded() ? "integer" : "number"
        }
        if v is String { return "string" }
        if v is [Any] { return "array" }
        if v is [String: Any] { return "object" }
        return "unknown"
    }

    private func equal(_ a: Any, _ b: Any) -> Bool {
        if a is NSNull && b is NSNull { return true }
        if let x = a as? String, let y = b as? String { return x == y }
        if let x = a as? NSNumber, let y = b as? NSNumber { return x == y }
        return false
    }

    private func validate(_ v: Any, _ s: [String: Any], file: String, path: String, into out: inout [String]) {
        if let ref = s["$ref"] as? String {
            guard let (target, f) = resolve(ref, from: file) else { out.append("\(path): unresolvable $ref \(ref)"); return }
            validate(v, target, file: f, path: path, into: &out)
            return
        }
        let actual = typeName(v)
        if let t = s["type"] {
            let allowed = (t as? [String]) ?? [(t as? String) ?? ""]
            let ok = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            if !ok { out.append("\(path): expected \(allowed.joined(separator: "|")), got \(actual)"); return }
        }
        if let c = s["const"], !equal(v, c) { out.append("\(path): expected const \(c)") }
        if let e = s["enum"] as? [Any], !e.contains(where: { equal(v, $0) }) { out.append("\(path): \(v) not in enum") }
        if let m = (s["minimum"] as? NSNumber)?.doubleValue, let n = (v as? NSNumber)?.doubleValue, n < m {
            out.append("\(path): \(n) < minimum \(m)")
        }
        if let m = s["minLength"] as? Int, let str = v as? String, str.unicodeScalars.count < m {
            out.append("\(path): shorter than \(m)")
        }
        if let obj = v as? [String: Any] {
            for r in (s["required"] as? [String]) ?? [] where obj[r] == nil { out.append("\(path): missing \(r)") }
            let props = (s["properties"] as? [String: Any]) ?? [:]
            for (k, sub) in obj {
                if let ps = props[k] as? [String: Any] {
                    validate(sub, ps, file: file, path: "\(path).\(k)", into: &out)
                } else if let extra = s["additionalProperties"] as? [String: Any] {
                    validate(sub, extra, file: file, path: "\(path).\(k)", into: &out)
                }
            }
        }
        if let arr = v as? [Any], let items = s["items"] as? [String: Any] {
            for (i, item) in arr.enumerated() { validate(item, items, file: file, path: "\(path)[\(i)]", into: &out) }
        }
    }
}
