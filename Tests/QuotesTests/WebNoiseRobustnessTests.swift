import Testing
import WirefleetExtraction

/// All three extractors on our own short articles, clean and written the way scraped
/// pages write them: each quotation convention, Cyrillic look-alike letters inside
/// words, no-break and zero-width spaces, page furniture lines. What is extracted must
/// not change (offsets do, so items are compared by content).
@Suite struct WebNoiseRobustnessTests {
    static let articles = [
        """
        Flood barriers on the Elbe held overnight, officials in the district said on Sunday.

        “The water peaked at 6.4 metres shortly after midnight,” said Katrin Vogt, who heads the regional flood office. “We expect it to fall by about 30 centimetres a day.”

        More than 1,200 residents spent the night in school gyms. The mayor, Stefan Brandt, said 14 streets would stay closed until Wednesday.

        “Nobody should drive through standing water,” Brandt told reporters. “It is deeper than it looks.”
        """,
        """
        The shipping company Nordhavn Lines will cut 450 jobs and close two depots, it said on Thursday.

        Chief executive Lena Haugen said the decision followed a 12% fall in freight volumes in the first half of the year. “We waited as long as we could,” she said. “The depots in Bergen and Aalesund no longer pay their way.”

        The union Fellesforbundet called the cuts “a betrayal of loyal staff”. Its regional secretary, Ole Strand, said: “We will fight every single one of these redundancies in the courts.”
        """,
        """
        A rare painting attributed to a student of Rembrandt sold for $3.2 million at auction in New York on Tuesday, well above its estimate.

        “It is the finest piece from the workshop to come to market in 40 years,” said auctioneer Claire Dubois. The buyer, a private collector from Geneva, was not named.

        Art historian Marco Rossi was less sure of the attribution. “The hands are too stiff for the workshop,” he said, “but the light is remarkable.”
        """,
    ]

    enum Marks: CaseIterable { case german, inward, french, mixed }

    /// The article as a scraped page writes it (deterministic).
    static func noisy(_ body: String, _ marks: Marks) -> String {
        var out = ""
        var doubleOpen = true
        var paragraph = 0
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                out += "\n"
                paragraph += 1
                if paragraph == 2 { out += "Advertisement\n\n" }
                continue
            }
            let style: Marks = marks == .mixed ? (paragraph % 2 == 0 ? .german : .french) : marks
            var words = 0
            for ch in line {
                switch ch {
                case "“", "”":
                    let open = ch == "“" ? true : (ch == "”" ? false : doubleOpen)
                    doubleOpen = !open
                    switch style {
                    case .german: out += open ? "„" : "“"
                    case .inward: out += open ? "»" : "«"
                    case .french, .mixed: out += open ? "«\u{00A0}" : "\u{00A0}»"
                    }
                case " ":
                    words += 1
                    out += words % 7 == 0 ? "\u{00A0}" : (words % 11 == 0 ? " \u{200B}" : " ")
                case "a" where words % 5 == 2: out += "\u{0430}" // Cyrillic а
                case "o" where words % 6 == 3: out += "\u{043E}" // Cyrillic о
                case "e" where words % 9 == 4: out += "\u{0435}" // Cyrillic е
                default: out.append(ch)
                }
            }
            out += "\n"
        }
        return out + "\nShare this article\nRead more: Weather warnings for the weekend\n"
    }

    /// What the three extractors found, without offsets.
    static func content(_ body: String) -> [String] {
        let r = Extractor().all(in: body)
        return r.entities.map { "E \($0.type) \($0.text)" }.sorted()
            + r.quotes.map { "Q \($0.text) — \($0.speaker ?? "-")" }
            + r.numbers.map { "N \($0.kind) \($0.value) \($0.unit ?? "-")" }
    }

    @Test(arguments: Marks.allCases)
    func noisyCopiesExtractTheSame(_ marks: Marks) {
        for body in Self.articles {
            let clean = Self.content(body)
            let dirty = Self.content(Self.noisy(body, marks))
            #expect(clean.filter { $0.hasPrefix("Q") }.count >= 2, "the clean article has quotes")
            #expect(clean == dirty, "\(marks): \(body.prefix(40))…\nonly clean: \(clean.filter { !dirty.contains($0) })\nonly noisy: \(dirty.filter { !clean.contains($0) })")
        }
    }

    @Test func theNoiseIsReallyThere() {
        let n = Self.noisy(Self.articles[0], .german)
        #expect(n.contains("„") && n.contains("\u{00A0}") && n.contains("\u{200B}") && n.contains("Advertisement"))
        #expect(n.unicodeScalars.contains { $0.value >= 0x400 && $0.value <= 0x4FF })
    }
}
