#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one reader of the extraction library's data files: UTF-8 text, one entry per
/// line, fields separated by tabs, `#` comment lines and blank lines skipped.
///
/// It works on the file's bytes: no `String` per line, no splitting into substrings;
/// a field is a view of the bytes (``Field``, no reference count to keep) and is hashed
/// (``WordHash``) straight from its UTF-8, so loading the gazetteers (tens of thousands
/// of lines) takes milliseconds.
public struct LexiconFile: Sendable {
    /// One field of an entry line: a view of the bytes being read, valid only during the
    /// call that is given it (hash it or copy it; do not keep it).
    public typealias Field = Slice<UnsafeBufferPointer<UInt8>>

    /// The file's bytes.
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// Reads a file straight into its byte array (one copy of the text in memory, not
    /// two): one `open`, `read`s into a buffer of the file's size, on to the end if the
    /// file is longer than `fstat` said (a pipe, a file still being written). Nil when it
    /// cannot be opened or read, or is a folder. The one whole-file reader of the project:
    /// the data files here, the article files of `ArticleInput`.
    public init?(contentsOfFile path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        self.bytes = bytes
    }

    /// Number of lines (an upper bound on the entries, for sizing tables).
    public var lineCount: Int { bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1 }

    /// Calls `body` with the fields of every entry line, in order (leading and trailing
    /// spaces of each field removed).
    public func forEachEntry(_ body: (_ fields: [Field]) -> Void) {
        Self.forEachEntry(in: bytes, upTo: bytes.count, body)
    }

    /// Bytes read at a time by ``forEachEntry(inFileAt:_:)``.
    static let pieceSize = 1 << 18

    /// ``forEachEntry(_:)`` over the file at `path`, read a piece at a time (``pieceSize``
    /// bytes; a longer line grows the piece), so a large file (the gazetteer's 5 MB) is
    /// never in memory whole. Returns false when the file cannot be opened or a read
    /// fails; `body` may then have seen the entries before the failure.
    @discardableResult
    public static func forEachEntry(inFileAt path: String, _ body: (_ fields: [Field]) -> Void) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: pieceSize)
        var held = 0            // bytes in `buffer` not yet parsed (the start of a line)
        while true {
            if held == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + held, $0.count - held) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            if n == 0 {
                forEachEntry(in: buffer, upTo: held, body)   // the last line, without a line break
                return true
            }
            held += n
            guard let lastBreak = buffer[..<held].lastIndex(of: 0x0A) else { continue }
            forEachEntry(in: buffer, upTo: lastBreak + 1, body)
            let rest = held - (lastBreak + 1)
            buffer.withUnsafeMutableBufferPointer { b in
                for i in 0..<rest { b[i] = b[lastBreak + 1 + i] }
            }
            held = rest
        }
    }

    /// The entry lines of `bytes[..<end]`.
    private static func forEachEntry(in bytes: [UInt8], upTo n: Int, _ body: (_ fields: [Field]) -> Void) {
        bytes.withUnsafeBufferPointer { all in
            let b = UnsafeBufferPointer(rebasing: all[..<n])
            var start = 0
            var fields: [Field] = []
            fields.reserveCapacity(12)
            while start < n {
                let end = nextByte(0x0A, in: b, from: start, to: n)
                var lineEnd = end
                if lineEnd > start, b[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if lineEnd > start, b[start] != 0x23 {
                    fields.removeAll(keepingCapacity: true)
                    var f = start
                    while true {
                        let tab = nextByte(0x09, in: b, from: f, to: lineEnd)
                        fields.append(trimmed(b[f..<tab]))
                        if tab == lineEnd { break }
                        f = tab + 1
                    }
                    if !(fields.count == 1 && fields[0].isEmpty) { body(fields) }
                }
                start = end + 1
            }
        }
    }

    /// The index of the first `byte` in `b[from..<to]`, or `to` (`memchr`: a word at a time).
    private static func nextByte(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard from < to, let base = b.baseAddress else { return to }
        guard let hit = memchr(base + from, Int32(byte), to - from) else { return to }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    private static func trimmed(_ s: Field) -> Field {
        var a = s.startIndex, b = s.endIndex
        while a < b, s[a] == 0x20 { a += 1 }
        while b > a, s[b - 1] == 0x20 { b -= 1 }
        return s[a..<b]
    }

    /// ``WordHash/exact(_:)`` of a UTF-8 field.
    @inlinable
    public static func exactHash(_ utf8: some Collection<UInt8>) -> UInt64 {
        var h = WordHash.seed
        decode(utf8) { WordHash.mix(&h, $0.value) }
        return h
    }

    /// ``WordHash/folded(_:)`` of a UTF-8 field.
    @inlinable
    public static func foldedHash(_ utf8: some Collection<UInt8>) -> UInt64 {
        var h = WordHash.seed
        decode(utf8) { WordHash.mix(&h, ScalarClass.foldLower($0).value) }
        return h
    }

    /// Number of space-separated words in a field.
    @inlinable
    public static func wordCount(_ utf8: some Collection<UInt8>) -> Int {
        utf8.isEmpty ? 0 : utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
    }

    /// The field as a `String`.
    @inlinable
    public static func string(_ utf8: some Collection<UInt8>) -> String { String(decoding: utf8, as: UTF8.self) }

    /// Decodes UTF-8 (invalid bytes become U+FFFD).
    @inlinable @inline(__always)
    internal static func decode(_ utf8: some Collection<UInt8>, _ body: (Unicode.Scalar) -> Void) {
        var it = utf8.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let v): body(v)
            case .emptyInput: break loop
            case .error: body("\u{FFFD}")
            }
        }
    }
}
