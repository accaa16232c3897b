import Testing
import WirefleetNumbers
import WirefleetText

/// The counted noun: singular forms of irregular plurals, the head after ages and
/// compound modifiers, "an N-strong X", ordinals written after their noun. Our own sentences.
@Suite struct CountedNounTests {
    private func units(_ text: String) -> [String: String?] {
        Dictionary(numbers(text).map { ($0.text, $0.unit) }, uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: [
        ("The survey reached 200 wives and 12 housewives.", ["200 wives": "wife", "12 housewives": "housewife"]),
        ("Three heroes carried 40 potatoes each.", ["Three heroes": "hero", "40 potatoes": "potato"]),
        ("The studio made 12 movies and 4,000 cookies.", ["12 movies": "movie", "4,000 cookies": "cookie"]),
        ("The board set three criteria after two crises.", ["three criteria": "criterion", "two crises": "crisis"]),
        ("Farmers lost 40 sheep, 12 geese and six calves.", ["40 sheep": "sheep", "12 geese": "goose", "six calves": "calf"]),
        ("Nurses treated 45 children and five headaches.", ["45 children": "child", "five headaches": "headache"]),
        ("The depot holds 5,000 shelves, 300 boxes and 20 buses.", ["5,000 shelves": "shelf", "300 boxes": "box", "20 buses": "bus"]),
        ("Some 60 companies and 14 charities signed.", ["Some 60 companies": "company", "14 charities": "charity"]),
    ])
    func irregularAndSuffixPlurals(_ text: String, _ expected: [String: String]) {
        let got = units(text)
        for (span, unit) in expected { #expect(got[span] == .some(unit), "\(span) in \(got)") }
    }

    @Test(arguments: [
        ("Gusts reached 107 kilometres per hour and 35 miles an hour inland.", ["107 kilometres per hour": "kilometre per hour", "35 miles an hour": "mile per hour"]),
        ("It was above 30 degrees Celsius by noon.", ["above 30 degrees Celsius": "degree Celsius"]),
        ("Clinics reported 87 measles cases and hired 11 coaches and 2,500 taxis.", ["87 measles cases": "measles case", "11 coaches": "coach", "2,500 taxis": "taxi"]),
        ("The fund paid 7,000 dong and 5 million crowns.", ["7,000 dong": "dong", "5 million crowns": "crown"]),
    ])
    func ratesTemperaturesAndInvariantNouns(_ text: String, _ expected: [String: String]) {
        let got = units(text)
        for (span, unit) in expected { #expect(got[span] == .some(unit), "\(span) in \(got)") }
    }

    @Test func theHeadNounAfterAnAge() {
        let ms = numbers("Police said four 12-year-old girls were taken to hospital.")
        let count = mention(ms, "four 12-year-old girls")
        #expect(count?.kind == "count" && count?.unit == "girl" && count?.value.double == 4)
        let age = mention(ms, "12-year-old")
        #expect(age?.kind == "duration" && age?.unit == "year" && age?.value.double == 12)
    }

    @Test func theHeadNounAfterACompoundModifier() {
        let ms = numbers("The paper sent two prize-winning reporters and three senior officials.")
        #expect(mention(ms, "two prize-winning reporters")?.unit == "reporter")
        #expect(mention(ms, "three senior officials")?.unit == "official")
    }

    @Test func nStrongNamesTheGroup() {
        let ms = numbers("A 300-strong crowd waited while an 80-strong team searched the hills.")
        #expect(mention(ms, "300-strong crowd")?.unit == "crowd")
        #expect(mention(ms, "300-strong crowd")?.value.double == 300)
        #expect(mention(ms, "80-strong team")?.kind == "count")
    }

    @Test func ordinalsAfterTheirNoun() {
        let ms = numbers("She went out in round two, won stage three and led on day four.")
        for span in ["round two", "stage three", "day four"] {
            #expect(mention(ms, span)?.kind == "ordinal", "\(span)")
        }
        #expect(mention(ms, "stage three")?.value.double == 3)
    }
}
