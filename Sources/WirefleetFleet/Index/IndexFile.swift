import Foundation

/// The cross-article index as a file (`wirefleet enrich --index`): one JSON line per
/// entity id (``EntityIndexEntry``, by id), then one per quote cluster
/// (``QuoteClusterEntry``, by cluster) — the values `wirefleet index` keeps on its topics.
public enum IndexFile {
    public static func write(_ state: IndexState, to path: String) throws {
        let codec = RecordCodec()
        var out = Data()
        let keys = state.allKeys
        for id in keys.entities.sorted() {
            guard let e = state.entity(id) else { continue }
            out.append(contentsOf: try codec.encode(e)); out.append(0x0A)
        }
        for key in keys.clusters.sorted() {
            guard let c = state.cluster(key) else { continue }
            out.append(contentsOf: try codec.encode(c)); out.append(0x0A)
        }
        try out.write(to: URL(fileURLWithPath: path))
    }
}
