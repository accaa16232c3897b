import ArgumentParser
import Foundation
import WirefleetExtraction
import WirefleetFleet

/// `wirefleet explain`: why each entity, quote and number of an article was extracted.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Say why each entity, quote and number of an article was extracted, typed and attributed.",
        discussion: """
        Reads FILEs as `wirefleet enrich` does (.txt: the body; .json/.jsonl: Articles) and \
        runs the same extraction, recording its decisions. Per article it prints:

          entities   each entity with its type, and for each mention the named typing rule \
        that decided (e.g. place-head, given-name, fallback-person) and how sure it was \
        (lexicon > rule > context > guess); "re-typed" when the article's other mentions \
        changed the type;
          rejected   capitalised names a rule decided are not entities (laws, products, \
        fragments), or that only a weak cue supported;
          quotes     each quote with its speaker, how the speaker was found (a name, a \
        pronoun or role phrase and the name it refers to, the cue word) and the marks;
          numbers    each number with its kind, value, unit and approximation.

        The rules are listed, in order, in Sources/Extraction/Entities/NameScanner+TypingRules.swift; \
        their word lists are in Sources/Extraction/Entities/Resources/cue_words.txt. \
        Exit status 1 if an input could not be read.
        """)

    @Flag(name: .long, help: "One JSON object per article instead of text.")
    var json = false

    @Argument(help: "Files or folders holding articles (- for standard input).")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE or folder, or - for standard input") }
    }

    func run() throws {
        let input = ArticleInput()
        let paths: [String]
        do { paths = try input.files(for: files) } catch { throw ValidationError("\(error)") }
        let extractor = Extractor()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failed = false
        for file in paths {
            for item in input.items(of: file) {
                switch item {
                case .invalid(let origin, let reason):
                    FileHandle.standardError.write(Data("wirefleet explain: skipped \(origin): \(reason)\n".utf8))
                    failed = true
                case .article(let article, let origin):
                    let e = extractor.explain(article.body)
                    if json {
                        var line = (try? encoder.encode(e)) ?? Data()
                        line.append(0x0A)
                        FileHandle.standardOutput.write(line)
                    } else {
                        print(Self.render(e, title: "\(origin) (article \(article.id))"))
                    }
                }
            }
        }
        if failed { throw ExitCode(1) }
    }

    static func render(_ e: Explanation, title: String) -> String {
        var out = "== \(title)\n"
        out += "entities (\(e.entities.count))\n"
        for note in e.entities {
            let entity = note.entity
            let aliases = entity.aliases.isEmpty ? "" : " (also: \(entity.aliases.joined(separator: ", ")))"
            out += "  \(entity.type.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)) \(entity.text)\(aliases), \(entity.mentions.count) mention\(entity.mentions.count == 1 ? "" : "s")\n"
            if let from = note.retypedFrom {
                out += "         re-typed by the document: some mentions said \(from.map(\.rawValue).joined(separator: "/"))\n"
            }
            for d in note.decisions {
                out += "         \(quoted(d.text)) at \(d.start)–\(d.end): \(d.rule) → \(d.type?.rawValue ?? "not an entity") (\(d.evidence ?? "-"))\n"
            }
        }
        if !e.rejected.isEmpty {
            out += "rejected (\(e.rejected.count))\n"
            for d in e.rejected {
                let verdict = d.type.map { "\($0.rawValue), \(d.evidence ?? "-"), not confirmed by the document" } ?? "not an entity"
                out += "  \(quoted(d.text)) at \(d.start)–\(d.end): \(d.rule) → \(verdict)\n"
            }
        }
        out += "quotes (\(e.quotes.count))\n"
        for q in e.quotes {
            out += "  \(quoted(shorten(q.quote.text))) \(q.marks)\n"
            out += "         speaker: \(q.quote.speaker ?? "none") — \(q.attribution)\n"
        }
        out += "numbers (\(e.numbers.count))\n"
        for n in e.numbers {
            var fields = ["\(n.kind) \(Self.value(n.value))"]
            if let u = n.unit { fields.append("unit \(u)") }
            if let a = n.approx { fields.append("approx \(a)") }
            out += "  \(quoted(n.text)): \(fields.joined(separator: ", "))\n"
        }
        return out
    }

    private static func quoted(_ s: String) -> String { "“\(s)”" }

    private static func value(_ v: NumberValue) -> String {
        switch v {
        case .number(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .string(let s): s
        }
    }

    private static func shorten(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        guard scalars.count > 90 else { return s }
        return String(String.UnicodeScalarView(scalars[0..<60])) + " … " + String(String.UnicodeScalarView(scalars[(scalars.count - 20)...]))
    }
}
