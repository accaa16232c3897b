public import Foundation

/// RFC 3339 UTC timestamps ("2026-11-21T20:42:47Z", "2026-11-21T20:42:47.552Z"),
/// formatted by hand: Foundation's ISO 8601 style pulls in ICU data worth several MB
/// per process and costs more than the rest of a record's encoding.
public enum UTCTimestamp {
    /// The time `milliseconds` after the Unix epoch; with `fractional`, to the millisecond,
    /// else to the second (truncated).
    public static func string(milliseconds ms: Int64, fractional: Bool) -> String {
        let seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        var out = ""
        out.reserveCapacity(24)
        func pad(_ v: Int, _ width: Int) {
            let s = String(v)
            if s.count < width { out += String(repeating: "0", count: width - s.count) }
            out += s
        }
        pad(Int(parts.tm_year) + 1900, 4); out += "-"
        pad(Int(parts.tm_mon) + 1, 2); out += "-"
        pad(Int(parts.tm_mday), 2); out += "T"
        pad(Int(parts.tm_hour), 2); out += ":"
        pad(Int(parts.tm_min), 2); out += ":"
        pad(Int(parts.tm_sec), 2)
        if fractional { out += "."; pad(Int(ms - seconds * 1000), 3) }
        return out + "Z"
    }

    /// `date`, truncated to the millisecond (or the second).
    public static func string(_ date: Date, fractional: Bool) -> String {
        string(milliseconds: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)), fractional: fractional)
    }

    /// Now.
    public static func now(fractional: Bool) -> String { string(Date(), fractional: fractional) }
}
