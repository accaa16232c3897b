import Foundation
import Testing
@testable import WirefleetFleet

/// The hand-made timestamps read like Foundation's ISO 8601 ones.
@Suite struct UTCTimestampTests {
    @Test func secondsMatchFoundationsISO8601() {
        var x: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<2000 {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17
            let ms = Int64(x % 4_102_444_800_000)   // 1970 ... 2100
            let expected = Date(timeIntervalSince1970: Double(ms / 1000)).formatted(.iso8601)
            #expect(UTCTimestamp.string(milliseconds: ms, fractional: false) == expected, "\(ms)")
        }
    }

    @Test func millisecondsArePaddedAndTruncated() {
        #expect(UTCTimestamp.string(milliseconds: 1_795_000_000_007, fractional: true) == "2026-11-18T11:06:40.007Z")
        #expect(UTCTimestamp.string(milliseconds: 0, fractional: true) == "1970-01-01T00:00:00.000Z")
        #expect(UTCTimestamp.string(milliseconds: 1_795_000_000_999, fractional: false) == "2026-11-18T11:06:40Z")
    }
}
