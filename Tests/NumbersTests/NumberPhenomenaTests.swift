import Testing
import WirefleetNumbers
import WirefleetText

/// One test per phenomenon of GUIDELINES.md "Numbers", on sentences written for these tests.
@Suite struct NumberPhenomenaTests {
    // MARK: - Digits and words

    @Test func digitsWithSeparators() {
        let ms = numbers("The charity fed 12,500 families and 7\u{202F}300 pensioners, plus 1.5 tonnes of flour.")
        #expect(mention(ms, "12,500 families")?.value.double == 12_500)
        #expect(mention(ms, "7\u{202F}300 pensioners")?.value.double == 7_300)
        #expect(mention(ms, "1.5 tonnes")?.unit == "tonne")
    }

    @Test func numberWords() {
        let ms = numbers("Twenty-five climbers and two hundred and forty porters reached the camp with a dozen mules.")
        #expect(mention(ms, "Twenty-five climbers")?.value.double == 25)
        #expect(mention(ms, "two hundred and forty porters")?.value.double == 240)
        #expect(mention(ms, "a dozen mules")?.value.double == 12)
    }

    @Test func coupleOf() {
        let ms = numbers("The ferry left a couple of minutes early with a couple of tourists aboard.")
        let d = mention(ms, "a couple of minutes")
        #expect(d?.value.double == 2 && d?.kind == "duration" && d?.unit == "minute")
        #expect(mention(ms, "a couple of tourists")?.unit == "tourist")
    }

    @Test func scales() {
        let ms = numbers("The port earned $10m in May, 3bn over a decade and 2.5 million euros from fees.")
        #expect(mention(ms, "$10m")?.value.double == 10_000_000)
        #expect(mention(ms, "2.5 million euros")?.value.double == 2_500_000)
        #expect(mention(ms, "2.5 million euros")?.unit == "euro")
    }

    // MARK: - Kinds

    @Test func countUnitsSkipAdjectives() {
        let ms = numbers("Rebels seized four armoured vehicles and nine border guards near the crossing.")
        #expect(mention(ms, "four armoured vehicles")?.unit == "vehicle")
        #expect(mention(ms, "nine border guards")?.unit == "border guard")
        #expect(mention(ms, "nine border guards")?.kind == "count")
    }

    @Test func countPeopleAndTimes() {
        let ms = numbers("Organisers counted 30,000 people and the bell rang 12 times.")
        #expect(mention(ms, "30,000 people")?.unit == "people")
        #expect(mention(ms, "12 times")?.unit == "times")
    }

    @Test func measures() {
        let ms = numbers("The pipeline runs 340 kilometres across 2,000 hectares, 60 miles from the coast.")
        #expect(mention(ms, "340 kilometres")?.kind == "measure")
        #expect(mention(ms, "340 kilometres")?.unit == "kilometre")
        #expect(mention(ms, "2,000 hectares")?.unit == "hectare")
        #expect(mention(ms, "60 miles")?.unit == "mile")
    }

    @Test func money() {
        let ms = numbers("Investors put in US$4.5 billion, €300,000 and 15 million roubles, while the mayor found £2.")
        #expect(mention(ms, "US$4.5 billion")?.value.double == 4_500_000_000)
        #expect(mention(ms, "€300,000")?.unit == "€")
        #expect(mention(ms, "15 million roubles")?.unit == "rouble")
        #expect(mention(ms, "£2")?.kind == "money")
    }

    @Test func percent() {
        let ms = numbers("Turnout hit 64 per cent, up from 58%, and support fell 3 percent.")
        #expect(mention(ms, "64 per cent")?.kind == "percent")
        #expect(mention(ms, "58%")?.value.double == 58)
        #expect(mention(ms, "3 percent")?.unit == nil)
    }

    @Test func ordinals() {
        let ms = numbers("She won her third title in the 12th round, finishing the first lap ahead.")
        #expect(mention(ms, "third title")?.value.double == 3)
        #expect(mention(ms, "12th round")?.kind == "ordinal")
        #expect(mention(ms, "first lap")?.value.double == 1)
    }

    @Test func ordinalAfterNoun() {
        let ms = numbers("Rain stopped play on day three of the match.")
        #expect(mention(ms, "day three")?.kind == "ordinal")
        #expect(mention(ms, "day three")?.value.double == 3)
    }

    @Test func years() {
        let ms = numbers("The bridge opened in 1957 and was rebuilt after 2009. 2,000 workers helped.")
        #expect(mention(ms, "1957")?.kind == "year")
        #expect(mention(ms, "2009")?.kind == "year")
        #expect(mention(ms, "2,000 workers")?.kind == "count")
    }

    @Test func dates() {
        let ms = numbers("Talks began on Sept. 3, resumed on 14 March 2021 and ended Jan 5, 2022; the deadline is the 2nd of June.")
        #expect(mention(ms, "Sept. 3")?.value.string == "--09-03")
        #expect(mention(ms, "14 March 2021")?.value.string == "2021-03-14")
        #expect(mention(ms, "Jan 5, 2022")?.value.string == "2022-01-05")
        #expect(ms.contains { $0.value.string == "--06-02" && $0.kind == "date" })
        #expect(!ms.contains { $0.kind == "ordinal" })
    }

    @Test func times() {
        let ms = numbers("Polls opened at 7am, closed at 9:30 p.m. and results came at 1:05pm GMT.")
        #expect(mention(ms, "7am")?.value.string == "07:00")
        #expect(mention(ms, "9:30 p.m.")?.value.string == "21:30")
        #expect(mention(ms, "1:05pm GMT")?.value.string == "13:05")
    }

    @Test func durations() {
        let ms = numbers("The siege lasted 11 weeks; a 19-year-old medic worked 36 hours, three months after the war began.")
        #expect(mention(ms, "11 weeks")?.unit == "week")
        #expect(mention(ms, "19-year-old")?.kind == "duration")
        #expect(mention(ms, "19-year-old")?.unit == "year")
        #expect(mention(ms, "36 hours")?.unit == "hour")
        #expect(mention(ms, "three months")?.value.double == 3)
    }

    @Test func ages() {
        let ms = numbers("Farmer Ivan Petrenko, 58, said his daughter will turn 30 in spring.")
        #expect(mention(ms, "58")?.kind == "duration")
        #expect(mention(ms, "30")?.unit == "year")
    }

    @Test func bareNumbers() {
        let ms = numbers("The app is rated 4.7 by users.\nThe hosts won 3-1.")
        #expect(mention(ms, "4.7")?.kind == "number")
        #expect(mention(ms, "3")?.kind == "number")
        #expect(mention(ms, "1")?.kind == "number")
    }

    // MARK: - Approximation

    @Test func approxQualifiers() {
        let ms = numbers("""
        Roughly 200 sailors, more than 40 ships, fewer than 10 submarines, up to 5,000 marines, \
        at least 30 aircraft, nearly 90 tanks, almost 12 drones and an estimated 700 civilians were there.
        """)
        #expect(mention(ms, "Roughly 200 sailors")?.approx == "about")
        #expect(mention(ms, "more than 40 ships")?.approx == "more_than")
        #expect(mention(ms, "fewer than 10 submarines")?.approx == "less_than")
        #expect(mention(ms, "up to 5,000 marines")?.approx == "up_to")
        #expect(mention(ms, "at least 30 aircraft")?.approx == "at_least")
        #expect(mention(ms, "nearly 90 tanks")?.approx == "nearly")
        #expect(mention(ms, "almost 12 drones")?.approx == "nearly")
        #expect(mention(ms, "an estimated 700 civilians")?.approx == "about")
    }

    @Test func overMeaningDuring() {
        let ms = numbers("Prices climbed over the last nine months but fell over 20 times.")
        #expect(mention(ms, "nine months")?.approx == nil)
        #expect(mention(ms, "over 20 times")?.approx == "more_than")
    }

    @Test func ranges() {
        let ms = numbers("Between 10 and 15 villages flooded and 20-30 roads closed for 3 to 4 days.")
        #expect(ms.filter { $0.unit == "village" }.map(\.value.double) == [10, 15])
        #expect(ms.filter { $0.unit == "road" }.map(\.value.double) == [20, 30])
        #expect(ms.filter { $0.unit == "day" }.map(\.value.double) == [3, 4])
    }

    // MARK: - Not numbers

    @Test func namesAreNotNumbers() {
        let ms = numbers("The MiG-29 and the A-10 flew past the G20 venue while COVID-19 rules applied at One.Tel.")
        #expect(ms.isEmpty, "\(ms.map(\.text))")
    }

    @Test func namedUnitsAreNotOrdinals() {
        let ms = numbers("Soldiers of the 72nd Separate Mechanized Brigade and the Second World War veterans met.")
        #expect(ms.isEmpty, "\(ms.map(\.text))")
    }

    @Test func eventNames() {
        let ms = numbers("The September 11 attacks changed policy. Officials recalled the attacks of September 11.")
        #expect(ms.count == 1)
        #expect(ms.first?.value.string == "--09-11")
    }

    @Test func pronounsArticlesAndVagueWords() {
        let ms = numbers("""
        No one came, and one of the guards said a man left. Hundreds marched, dozens sang and a few \
        slept. Output more than doubled and both leaders met on Friday. At first nobody noticed today.
        """)
        #expect(ms.isEmpty, "\(ms.map(\.text))")
    }

    @Test func monthWithoutDay() {
        let ms = numbers("The vote was held in March and again in May 2019.")
        #expect(ms.count == 1)
        #expect(mention(ms, "2019")?.kind == "year")
    }

    // MARK: - Offsets

    @Test func offsetsPointIntoOriginal() {
        let body = "Officials said “nearly 300 homes” were lost."
        let ms = numbers(body)
        let m = mention(ms, "nearly 300 homes")
        #expect(m != nil)
        if let m {
            let scalars = Array(body.unicodeScalars)
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[m.start..<m.end])
            #expect(String(s) == m.text)
        }
    }

    @Test func curlyApostropheAndCyrillicLookalikes() {
        // "thаn" and "tаnks" carry a Cyrillic "а".
        let ms = numbers("The army’s 40 tаnks and more thаn 300 troops moved.")
        #expect(mention(ms, "40 tаnks")?.unit == "tank")
        #expect(mention(ms, "more thаn 300 troops")?.approx == "more_than")
    }
}

/// Phenomena found while checking self-written news paragraphs.
@Suite struct NumberEdgeCaseTests {
    @Test func halfAMillionAndGluedMillions() {
        let ms = numbers("Half a million people marched, 2.4m people signed, and the runner won the 400m.")
        #expect(mention(ms, "Half a million people")?.value.double == 500_000)
        #expect(mention(ms, "2.4m people")?.value.double == 2_400_000)
        #expect(mention(ms, "400m")?.kind == "measure")
    }

    @Test func fractionsAreNotOrdinals() {
        let ms = numbers("A third of the staff and two-thirds of the board quit; the one-off fee stayed.")
        #expect(ms.isEmpty, "\(ms.map(\.text))")
    }

    @Test func compoundOrdinalWords() {
        let ms = numbers("It was the twenty-first summit of the bloc.")
        #expect(mention(ms, "twenty-first summit")?.value.double == 21)
    }

    @Test func negativeTemperatures() {
        let ms = numbers("Night temperatures fell to minus 12C and -4 degrees in the hills.")
        #expect(mention(ms, "minus 12C")?.value.double == -12)
        #expect(mention(ms, "-4 degrees")?.unit == "degree")
    }

    @Test func ageAfterCommonNoun() {
        let ms = numbers("The driver, 52, was treated at the scene.")
        #expect(mention(ms, "52")?.kind == "duration")
    }

    @Test func idiomsWithOne() {
        let ms = numbers("At one point the talks stalled, and at one time one envoy left.")
        #expect(ms.map(\.text) == ["one envoy"])
    }

    @Test func webFurniture() {
        let ms = numbers("4.6 18 votes\nArticle Rating\nCopyright © 2024 Example News")
        #expect(mention(ms, "4.6")?.kind == "number")
        #expect(mention(ms, "18 votes")?.unit == "vote")
        #expect(mention(ms, "2024")?.kind == "year")
    }

    @Test func wordRangesAndScores() {
        let ms = numbers("The visit lasted two or three days and the hosts won 24-10.")
        #expect(ms.filter { $0.unit == "day" }.map(\.value.double) == [2, 3])
        #expect(mention(ms, "24")?.kind == "number")
        #expect(mention(ms, "10")?.kind == "number")
    }

    @Test func namesWithFigures() {
        let ms = numbers("Under Article 5 and after 9/11, the Boeing 737 fleet flew 24/7 on Route 66.")
        #expect(ms.isEmpty, "\(ms.map(\.text))")
    }
}

/// Further phenomena: fractions of units, modifiers before units, currency prefixes.
@Suite struct NumberUnitDetailTests {
    @Test func andAHalf() {
        let ms = numbers("The hearing lasted three and a half hours.")
        #expect(mention(ms, "three and a half hours")?.value.double == 3.5)
    }

    @Test func unitsAfterModifiers() {
        let ms = numbers("The convoy carried 40 metric tons for two long weeks.")
        #expect(mention(ms, "40 metric tons")?.kind == "measure")
        #expect(mention(ms, "two long weeks")?.kind == "duration")
    }

    @Test func dollarPrefixes() {
        let ms = numbers("The mine cost $US2.5 billion and the port A$300m.")
        #expect(mention(ms, "$US2.5 billion")?.value.double == 2_500_000_000)
        #expect(mention(ms, "A$300m")?.unit == "A$")
    }

    @Test func rankNumbersAreNames() {
        let ms = numbers("She is the world No. 3 and lives at 12 Baker Street.")
        #expect(ms.isEmpty, "\(ms.map(\.text))")
    }

    @Test func secondLargest() {
        let ms = numbers("It is the country's second-largest city.")
        #expect(mention(ms, "second-largest city")?.value.double == 2)
    }
}

/// Years used as adjectives, furniture counters, irregular plurals.
@Suite struct NumberContextTests {
    @Test func adjectivalYears() {
        let ms = numbers("Turnout beat the 2016 elections and its 2019 budgets.")
        #expect(mention(ms, "2016")?.kind == "year")
        #expect(mention(ms, "2019")?.kind == "year")
    }

    @Test func furnitureCountersAreNotAges() {
        let ms = numbers("Comments (14)\nShare")
        #expect(mention(ms, "14")?.kind == "number")
    }

    @Test func menPlurals() {
        let ms = numbers("Some 300 servicemen and 12 gunmen were seen.")
        #expect(mention(ms, "Some 300 servicemen")?.unit == "serviceman")
        #expect(mention(ms, "12 gunmen")?.unit == "gunman")
    }

    @Test func hyphenatedScale() {
        let ms = numbers("It won a $4.2-million contract.")
        #expect(mention(ms, "$4.2-million")?.value.double == 4_200_000)
    }
}

/// Day ranges before a month name.
@Suite struct NumberDateRangeTests {
    @Test func dayRanges() {
        let ms = numbers("The fair runs 9-11 August 2021 and again between 3 and 5 May.")
        #expect(ms.compactMap(\.value.string) == ["2021-08-09", "2021-08-11", "--05-03", "--05-05"])
    }
}
