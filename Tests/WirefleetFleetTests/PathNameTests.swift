import Foundation
import Testing
import WirefleetFleet

/// `PathName` names files as `NSString`'s path methods do, on ordinary and awkward paths.
@Suite struct PathNameTests {
    static let paths = [
        "a/b.txt", "b.txt", "/x/y/z.json", "a/b/", "/", "", "a.b/c", ".profile", "a/.profile", "a/b.", "a/b.tar.gz",
        "a//b.txt", "a/b.txt/", "..", "a/..", ".", "./x.TXT", "x.", "a/b..txt", "dir.d/", "/tmp/c3000/0001.txt",
        "a/ b .txt", "ünï/çödé.jsonl", "a/b.c.d/", "-", "a/-.txt",
    ]

    @Test func partsAreThoseOfNSString() {
        for p in Self.paths {
            let n = p as NSString
            #expect(String(PathName.last(p)) == n.lastPathComponent, "last of \(p.debugDescription)")
            #expect(String(PathName.pathExtension(p)) == n.pathExtension, "extension of \(p.debugDescription)")
            #expect(String(PathName.stem(p)) == (n.lastPathComponent as NSString).deletingPathExtension,
                    "stem of \(p.debugDescription)")
        }
    }

    @Test func joinIsThatOfNSString() {
        for folder in ["out", "out/", "/", "a/b", "/tmp/x y"] {
            for name in ["a.json", "b-2.json"] {
                #expect(PathName.join(folder, name) == (folder as NSString).appendingPathComponent(name), "\(folder) + \(name)")
            }
        }
    }
}
