import Foundation

/// The cross-article index as a file (`wirefleet enrich --index`): one JSON line per
/// entity id (``EntityIndexEntry``, by id), then one per quote cluster
/// (``QuoteClusterEntry``, by cluster) — the values `wirefleet index` keeps on its topics.
public enum IndexFile {
    public static func write(_ state: IndexState, to path: String) throws {
        var out = Data()
        let encoded = state.encodedEntries(for: state.allKeys)
        for entry in encoded.entities + encoded.clusters where !entry.value.isEmpty {
            out.append(contentsOf: entry.value)
            out.append(0x0A)
        }
        try out.write(to: URL(fileURLWithPath: path))
    }
}
