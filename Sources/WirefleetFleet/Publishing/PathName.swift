/// The parts of a file path that input and output naming need, as `NSString`'s path
/// methods give them for file paths (tests compare both), without bridging a string per
/// call: `enrich` names 3,000 files in well under a second.
public enum PathName {
    /// The last component, trailing slashes ignored: "a/b.txt" → "b.txt", "a/b/" → "b",
    /// "/" → "/".
    public static func last(_ path: String) -> Substring {
        var end = path.endIndex
        while end > path.startIndex, path[path.index(before: end)] == "/" { end = path.index(before: end) }
        guard end > path.startIndex else { return path.isEmpty ? "" : "/" }
        let start = path[..<end].lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        return path[start..<end]
    }

    /// The extension of the last component without its dot ("b.tar.gz" → "gz"); empty
    /// when there is none or the only dot starts the name (".profile").
    public static func pathExtension(_ path: String) -> Substring {
        let name = last(path)
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return "" }
        return name[name.index(after: dot)...]
    }

    /// The last component without its extension ("a/b.txt" → "b", "b." → "b"; ".profile"
    /// and ".." stay whole).
    public static func stem(_ path: String) -> Substring {
        let name = last(path)
        guard name != "..", let dot = name.lastIndex(of: "."), dot > name.startIndex else { return name }
        return name[..<dot]
    }

    /// `folder` and `name` joined by one slash.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
