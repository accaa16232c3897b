import Crypto

/// Content-stable article ids: the first 128 bits of the SHA-256 of the body, in hex.
public enum ArticleID {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The id of an article whose only identity is its text.
    public static func forContent(_ body: String) -> String {
        let digest = SHA256.hash(data: Array(body.utf8))
        var hex: [UInt8] = []
        hex.reserveCapacity(32)
        for b in digest.prefix(16) {
            hex.append(digits[Int(b >> 4)])
            hex.append(digits[Int(b & 15)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
