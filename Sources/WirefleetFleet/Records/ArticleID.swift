/// Content-stable article ids: the first 128 bits of the SHA-256 of the body, in hex.
public enum ArticleID {
    /// The id of an article whose only identity is its text.
    public static func forContent(_ body: String) -> String {
        let digest = SHA256.hash(Array(body.utf8))
        var hex = ""
        hex.reserveCapacity(32)
        for b in digest.prefix(16) {
            let digits: [Character] = ["0","1","2","3","4","5","6","7","8","9","a","b","c","d","e","f"]
            hex.append(digits[Int(b >> 4)])
            hex.append(digits[Int(b & 15)])
        }
        return hex
    }
}
