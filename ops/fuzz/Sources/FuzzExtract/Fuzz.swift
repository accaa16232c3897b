// The fuzz entry point: one input is one article body (its bytes decoded as UTF-8, invalid
// sequences replaced). It runs all three extractors and the quote pass
// alone, and checks that every mention, quote and number lies inside the body (entities
// and numbers: their text is the body's text at their offsets; quotes are normalised).

import WirefleetExtraction

let extractor = Extractor()

@inline(never)
func check(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ text: String, _ what: StaticString) {
    precondition(start >= 0 && start <= end && end <= scalars.count, "\(what): offsets \(start)..<\(end) outside \(scalars.count)")
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars[start..<end])
    precondition(String(s) == text, "\(what): text '\(text)' is not the body's '\(String(s))' at \(start)..<\(end)")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let body = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let scalars = Array(body.unicodeScalars)
    let r = extractor.all(in: body)
    for e in r.entities { for m in e.mentions { check(scalars, m.start, m.end, m.text, "entity") } }
    // A quote's text is normalised (straight apostrophes): bounds only.
    for q in r.quotes { precondition(q.start >= 0 && q.start <= q.end && q.end <= scalars.count, "quote offsets") }
    for n in r.numbers { check(scalars, n.start, n.end, n.text, "number") }
    _ = extractor.quotes(in: body)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ cb: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("FuzzExtract_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var c = argc
    var v = argv
    return runDriver(&c, &v) { data, size in fuzz(data, size) }
}
