/// Groups of quote clusters joined pair by pair (a union-find over cluster ids): every
/// cluster of a group is replaced by the group's smallest id, so the result does not
/// depend on the order the pairs were joined in.
struct ClusterGroups {
    private var parent: [String: String] = [:]

    /// The id that stands for `c`'s group so far (paths shortened on the way).
    mutating func root(_ c: String) -> String {
        var r = c
        while let p = parent[r], p != r { r = p }
        var k = c
        while let p = parent[k], p != r { parent[k] = r; k = p }
        return r
    }

    /// `a` and `b` are one statement.
    mutating func join(_ a: String, _ b: String) {
        let (ra, rb) = (root(a), root(b))
        guard ra != rb else { return }
        // The smaller id stays the root: the group's smallest id is its root.
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
        if parent[ra] == nil { parent[ra] = ra }
        if parent[rb] == nil { parent[rb] = rb }
    }

    /// Every joined cluster that is not its group's smallest id, mapped to that id.
    mutating func links() -> [String: String] {
        var out: [String: String] = [:]
        for c in Array(parent.keys) {
            let r = root(c)
            if r != c { out[c] = r }
        }
        return out
    }
}
