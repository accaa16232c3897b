// Entity tagger throughput driver (see run.sh). Not part of the package build.
import Foundation
import Glibc
import WirefleetText
import WirefleetEntities

let paths = CommandLine.arguments.dropFirst()
let bodies = paths.map { String(decoding: FileManager.default.contents(atPath: $0)!, as: UTF8.self) }
let tagger = EntityTagger()
_ = tagger.tag(NormalizedText("Warm up in Paris."))
var entityCount = 0
var chars = 0
let clock = ContinuousClock()
let t0 = clock.now
let c0 = clock_t(Glibc.clock())
for body in bodies { let t = NormalizedText(body); chars += t.scalars.count; entityCount += tagger.tag(t).count }
let cpu = Double(Glibc.clock() - c0) / Double(CLOCKS_PER_SEC)
let d = clock.now - t0
let s = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
print("cpu seconds \(cpu) articles/cpu-s \(Double(bodies.count) / cpu) Mchars/cpu-s \(Double(chars) / cpu / 1e6)")
print("articles \(bodies.count) chars \(chars) avg \(chars / max(bodies.count, 1)) entities \(entityCount) seconds \(s) articles/s \(Double(bodies.count) / s) Mchars/s \(Double(chars) / s / 1e6)")
// hygiene alone
let t1 = clock.now
var n = 0
for body in bodies { n += NormalizedText(body).scalars.count }
let d1 = clock.now - t1
let s1 = Double(d1.components.seconds) + Double(d1.components.attoseconds) / 1e18
print("hygiene only: Mchars/s \(Double(n) / s1 / 1e6)")
