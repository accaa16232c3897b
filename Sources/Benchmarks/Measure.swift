import Foundation

/// What the benchmarks measure about processes and time: CPU seconds, resident memory
/// (from `/proc`, Linux), durations as seconds, and articles cut to a given length.
public enum Measure {
    /// Peak resident set size of this process, in MiB (VmHWM).
    public static func peakRSSMiB(pid: String = "self") -> Double? {
        guard let s = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb / 1024
        }
        return nil
    }

    /// CPU time the calling thread has used so far, in seconds.
    public static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// User + system CPU time a process has used so far, in seconds (`/proc/PID/stat`).
    public static func cpuSeconds(pid: String) -> Double? {
        guard let s = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = s.lastIndex(of: ")") else { return nil }
        // Fields after the command name: state is field 3, utime 14, stime 15.
        let fields = s[s.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Current resident set size of a process, in MiB (VmRSS).
    public static func currentRSSMiB(pid: String) -> Double? {
        guard let s = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in s.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
        }
        return nil
    }

    /// The body cut to about `limit` characters at the last paragraph or sentence end
    /// before it (0: unchanged), so benchmarks can use news of a given length.
    public static func cut(_ body: String, to limit: Int) -> String {
        guard limit > 0, body.count > limit else { return body }
        let head = body.prefix(limit)
        if let p = head.range(of: "\n\n", options: .backwards), head.distance(from: head.startIndex, to: p.lowerBound) > limit / 2 {
            return String(head[..<p.lowerBound])
        }
        if let d = head.lastIndex(where: { $0 == "." || $0 == "”" || $0 == "\"" }), head.distance(from: head.startIndex, to: d) > limit / 2 {
            return String(head[...d])
        }
        return String(head)
    }

    /// The value at fraction `p` (0.5: the median, 1: the largest) of `sorted`, NaN when
    /// it is empty: the one percentile every benchmark prints.
    public static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        sorted.isEmpty ? .nan : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }

    public static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}

/// A benchmark that could not produce a trustworthy figure.
public struct BenchmarkError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
