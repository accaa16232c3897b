import WirefleetText

// MARK: - Dates and times

extension NumberScanner {
    /// Nouns of events that are named by their date: "the July 7 bombings", "the
    /// September 11 attacks".
    static let eventNouns: Set<String> = [
        "bombings", "bombing", "attacks", "attack", "massacre", "massacres", "riots", "riot", "uprising",
        "revolution", "coup", "disaster", "shootings", "shooting", "blasts", "blast", "explosions", "killings",
        "tragedy", "crash", "earthquake", "tsunami", "floods", "movement", "protests", "raid", "raids", "incursion",
        "invasion", "hijackings", "atrocity", "events", "accords", "agreement", "declaration", "manifesto",
    ]

    /// "--MM-DD" or "YYYY-MM-DD".
    static func dateValue(year: Int?, month: Int, day: Int) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        if let y = year { return "\(y)-\(two(month))-\(two(day))" }
        return "--\(two(month))-\(two(day))"
    }

    /// Whether `day` can be a day of `month` (29 February allowed).
    static func validDay(_ day: Int, month: Int) -> Bool {
        let maxDay = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return month >= 1 && month <= 12 && day >= 1 && day <= maxDay[month - 1]
    }

    /// A plain 4-digit year token at `k`: 1000–2100.
    func yearToken(_ k: Int) -> Int? {
        guard k < n, toks[k].kind == .number, toks[k].valid, !toks[k].grouped, toks[k].fracDigits == 0,
              toks[k].intDigits == 4, toks[k].value >= 1000, toks[k].value <= 2100, !toks[k].startsLine else { return nil }
        if k + 1 < n, toks[k + 1].kind == .word, !toks[k + 1].spaceBefore { return nil } // "1990s"
        return Int(toks[k].value)
    }

    /// A day token at `k`: 1–31, plain, optionally with "st/nd/rd/th". Returns (day, end).
    func dayToken(_ k: Int) -> (Int, Int)? {
        guard k < n, toks[k].kind == .number, toks[k].valid, !toks[k].grouped, toks[k].fracDigits == 0,
              toks[k].intDigits <= 2, toks[k].value >= 1, toks[k].value <= 31, !toks[k].startsLine else { return nil }
        var end = k + 1
        if end < n, toks[end].kind == .word, !toks[end].spaceBefore {
            let s = keys[end]
            guard s == "st" || s == "nd" || s == "rd" || s == "th" else { return nil }
            end += 1
        }
        // "May 5:30" is a time, "Aug 9.5" nothing.
        if isPunct(end, ":") || isPunct(end, "."), end + 1 < n, toks[end + 1].kind == .number, !toks[end].spaceBefore,
           !toks[end + 1].spaceBefore { return nil }
        return (Int(toks[k].value), end)
    }

    /// A month name token at `k` (capitalised), with a glued abbreviation dot. Returns (month, end).
    func monthToken(_ k: Int) -> (Int, Int)? {
        guard k < n, toks[k].kind == .word, toks[k].isCapitalized, let info = toks[k].info, let m = info.month else { return nil }
        var end = k + 1
        // Abbreviations ("Aug.", "Sept") are only taken next to a day or a year.
        if info.monthAbbrev, isPunct(end, "."), !toks[end].spaceBefore { end += 1 }
        return (m, end)
    }

    /// Month first: "Aug. 9", "August 17", "August, 16", "Feb 24, 2022", "July 7-8".
    /// A month with a year but no day gives only the year.
    mutating func tryMonthFirst(_ i: Int) -> Int? {
        guard let (month, mEnd) = monthToken(i) else { return nil }
        var k = mEnd
        var comma = false
        if isPunct(k, ",") { comma = true; k += 1 }
        if let (day, dEnd) = dayToken(k), NumberScanner.validDay(day, month: month) {
            // "in July, 12% more", "in May 3 per cent": a quantity, not a day.
            if followedByQuantityMarker(dEnd) { return nil }
            if comma {
                // "in August, 20 people died" is no date.
                if dEnd < n, toks[dEnd].kind == .word, toks[dEnd].info?.stop != true { return nil }
            }
            // Event names: "the July 7 bombings" (but "the October 30 run-off" is a date).
            if key(i - 1) == "the", dEnd < n, toks[dEnd].kind == .word, !toks[dEnd].isCapitalized,
               NumberScanner.eventNouns.contains(keys[dEnd]), !toks[dEnd].startsLine {
                return dEnd + 1
            }
            // "August 17 people": a counted noun after the day.
            if dEnd < n, toks[dEnd].kind == .word, toks[dEnd].info?.month == nil, isPlural(dEnd),
               toks[dEnd].info?.stop != true, !toks[dEnd].isCapitalized {
                return nil
            }
            var end = dEnd
            var year: Int?
            var y = dEnd
            if isPunct(y, ",") { y += 1 }
            if let yy = yearToken(y) { year = yy; end = y + 1 }
            // Event names: "the July 7 bombings" (a full date stays: "the August 9, 2020 election").
            if year == nil, key(i - 1) == "the", end < n, toks[end].kind == .word, !toks[end].isCapitalized,
               NumberScanner.eventNouns.contains(keys[end]), !toks[end].startsLine {
                return end
            }
            emit(first: i, last: end - 1, value: .string(NumberScanner.dateValue(year: year, month: month, day: day)),
                 kind: .date, unit: nil, approx: nil)
            // "July 7-8", "Sept. 14 to 20"
            let rangeWord = key(end) == "to" || key(end) == "until" || key(end) == "through"
            if year == nil, end + 1 < n, (isPunct(end, "-") && toks[end].dash != .emDash) || rangeWord,
               let (d2, e2) = dayToken(end + 1), d2 > day, NumberScanner.validDay(d2, month: month),
               !rangeWord || e2 >= n || toks[e2].kind == .punct || toks[e2].info?.stop == true {
                emit(first: end + 1, last: e2 - 1, value: .string(NumberScanner.dateValue(year: nil, month: month, day: d2)),
                     kind: .date, unit: nil, approx: nil)
                return e2
            }
            return end
        }
        if !comma, let y = yearToken(k) {
            // A month without a day is no date; its year is a year.
            emit(first: k, last: k, value: .number(Double(y)), kind: .year, unit: nil, approx: nil)
            return k + 1
        }
        return nil
    }

    /// Day first: "24 February", "24 February 2022", "the 3rd of May".
    mutating func tryDayMonth(_ c: NumberCore) -> Int? {
        guard c.isDigits, toks[c.start].kind == .number, let (day, dEnd) = dayToken(c.start), dEnd == c.end else { return nil }
        var k = c.end
        if key(k) == "of", c.isOrdinal { k += 1 }
        // "9-11 August", "9 to 11 August", "between 9 and 11 August": two dates.
        if monthToken(k) == nil, k + 1 < n, (isPunct(k, "-") && toks[k].dash != .emDash) || key(k) == "to" || key(k) == "and",
           let (d2, d2End) = dayToken(k + 1), d2 > day, let (month, mEnd) = monthToken(d2End),
           NumberScanner.validDay(d2, month: month) {
            var end = mEnd
            var year: Int?
            if let yy = yearToken(mEnd) { year = yy; end = mEnd + 1 }
            emit(first: c.start, last: dEnd - 1, value: .string(NumberScanner.dateValue(year: year, month: month, day: day)),
                 kind: .date, unit: nil, approx: nil)
            emit(first: k + 1, last: end - 1, value: .string(NumberScanner.dateValue(year: year, month: month, day: d2)),
                 kind: .date, unit: nil, approx: nil)
            return end
        }
        guard let (month, mEnd) = monthToken(k), NumberScanner.validDay(day, month: month) else { return nil }
        // "5 May" needs May capitalised (monthToken checks); a lone "May" after a number is a month.
        var end = mEnd
        var year: Int?
        var y = mEnd
        if isPunct(y, ",") { y += 1 }
        if let yy = yearToken(y) { year = yy; end = y + 1 }
        var first = c.start
        if c.isOrdinal, key(c.start - 1) == "the", c.start - 1 >= floor { first = c.start - 1 }
        emit(first: first, last: end - 1, value: .string(NumberScanner.dateValue(year: year, month: month, day: day)),
             kind: .date, unit: nil, approx: nil)
        return end
    }

    /// ISO dates: "2022-02-24".
    mutating func tryISODate(_ c: NumberCore) -> Int? {
        guard isYear(c), c.end + 3 < n, isPunct(c.end, "-"), !toks[c.end].spaceBefore,
              toks[c.end + 1].kind == .number, !toks[c.end + 1].spaceBefore, toks[c.end + 1].intDigits == 2,
              toks[c.end + 1].fracDigits == 0,
              isPunct(c.end + 2, "-"), !toks[c.end + 2].spaceBefore,
              toks[c.end + 3].kind == .number, !toks[c.end + 3].spaceBefore, toks[c.end + 3].intDigits == 2,
              toks[c.end + 3].fracDigits == 0 else { return nil }
        let m = Int(toks[c.end + 1].value)
        let d = Int(toks[c.end + 3].value)
        guard NumberScanner.validDay(d, month: m) else { return nil }
        emit(first: c.start, last: c.end + 3,
             value: .string(NumberScanner.dateValue(year: Int(c.value), month: m, day: d)),
             kind: .date, unit: nil, approx: nil)
        return c.end + 4
    }

    /// "am"/"pm", "a.m."/"p.m." at `k`: (is pm, end).
    func meridiem(_ k: Int) -> (Bool, Int)? {
        guard k < n, toks[k].kind == .word, !toks[k].startsLine else { return nil }
        let s = keys[k]
        if s == "am" || s == "pm" { return (s == "pm", k + 1) }
        if s == "a" || s == "p", k + 2 < n, isPunct(k + 1, "."), !toks[k + 1].spaceBefore, key(k + 2) == "m",
           !toks[k + 2].spaceBefore {
            var end = k + 3
            if isPunct(end, "."), !toks[end].spaceBefore { end += 1 }
            return (s == "p", end)
        }
        return nil
    }

    /// Token `k` makes the figure before it a quantity: "%", a currency symbol, a unit
    /// word ("per cent", "points", "metres").
    func followedByQuantityMarker(_ k: Int) -> Bool {
        guard k < n, !toks[k].startsLine else { return false }
        let t = toks[k]
        let tKey = keys[k]
        if t.kind == .punct { return t.punct == "%" || isCurrencySymbol(t.punct.value) }
        guard t.kind == .word else { return false }
        if tKey == "per" || tKey == "points" || tKey == "percentage" { return true }
        if let u = t.info?.unit, u.kind != .duration { return true }
        return t.info?.scale != nil && !(t.info?.scaleAbbrev ?? false)
    }

    /// Clock times: "3:15pm CET" → "15:15", "10am", "10.30 a.m.", "15:30".
    mutating func tryTime(_ c: NumberCore) -> Int? {
        guard toks[c.start].kind == .number, c.end == c.start + 1, !c.isOrdinal else { return nil }
        let t = toks[c.start]
        // Military style "0800 GMT", "1430 hours".
        if c.plainInt, t.intDigits == 4, t.value <= 2359, Int(t.value) % 100 < 60, c.end < n, toks[c.end].kind == .word,
           (toks[c.end].info?.timeZone == true && toks[c.end].isAllCaps) || keys[c.end] == "hrs" {
            let h = Int(t.value) / 100, m = Int(t.value) % 100
            func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
            emit(first: c.start, last: c.end, value: .string("\(two(h)):\(two(m))"), kind: .time, unit: nil, approx: nil)
            return c.end + 1
        }
        guard !t.grouped, t.intDigits <= 2 else { return nil }
        var hour: Int
        var minute = 0
        var end = c.end
        var needMeridiem = false
        if t.fracDigits == 0 {
            hour = Int(t.value)
            if isPunct(end, ":"), !toks[end].spaceBefore, end + 1 < n, toks[end + 1].kind == .number,
               !toks[end + 1].spaceBefore, toks[end + 1].intDigits == 2, toks[end + 1].fracDigits == 0,
               toks[end + 1].value < 60 {
                minute = Int(toks[end + 1].value)
                end += 2
            } else {
                needMeridiem = true
            }
        } else if t.fracDigits == 2 {
            // "at 5.25%", "at 10.50 per cent", "at 12.75 dollars": a figure, not a clock.
            if followedByQuantityMarker(c.end) { return nil }
            hour = Int(t.value)
            minute = Int(((t.value - Double(hour)) * 100).rounded())
            // "at 10.30" (British style) needs no am/pm.
            // "at 10.30" and "10.30 GMT" (British style) need no am/pm.
            let zoned = c.end < n && toks[c.end].kind == .word && toks[c.end].info?.timeZone == true && toks[c.end].isAllCaps
            needMeridiem = !((key(c.start - 1) == "at" || zoned) && hour <= 23)
            guard minute < 60 else { return nil }
        } else {
            return nil
        }
        // "6 o'clock" (no am/pm: the hour as written).
        if needMeridiem, t.fracDigits == 0, hour >= 1, hour <= 12, key(end) == "o", isPunct(end + 1, "'"),
           key(end + 2) == "clock" {
            func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
            emit(first: c.start, last: end + 2, value: .string("\(two(hour)):00"), kind: .time, unit: nil, approx: nil)
            return end + 3
        }
        if let (pm, e) = meridiem(end) {
            guard hour >= 1, hour <= 12 else { return nil }
            if pm, hour < 12 { hour += 12 }
            if !pm, hour == 12 { hour = 0 }
            end = e
        } else if needMeridiem {
            return nil
        } else if hour > 24 {
            return nil
        }
        if end < n, toks[end].kind == .word, toks[end].info?.timeZone == true, toks[end].isAllCaps || keys[end].count <= 2 {
            end += 1
        }
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        emit(first: c.start, last: end - 1, value: .string("\(two(hour % 24)):\(two(minute))"), kind: .time,
             unit: nil, approx: nil)
        return end
    }
}
