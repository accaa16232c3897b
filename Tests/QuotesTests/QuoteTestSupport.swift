import WirefleetExtraction

// MARK: - Test support

/// Hand-built entity stubs: names only, no mentions (the extractor places them).
func person(_ text: String, _ aliases: String...) -> Entity {
    Entity(text: text, type: .person, aliases: aliases)
}

func org(_ text: String, _ aliases: String...) -> Entity {
    Entity(text: text, type: .organization, aliases: aliases)
}

func place(_ text: String) -> Entity { Entity(text: text, type: .location) }

/// Runs the extractor over `body` with the given entities.
func quotes(_ body: String, _ entities: [Entity] = []) -> [Quote] {
    QuoteExtractor().extract(NormalizedText(body), entities: entities)
}

/// The original text of a quote's offsets.
func slice(_ body: String, _ q: Quote) -> String {
    let s = Array(body.unicodeScalars)
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s[q.start..<q.end])
    return String(v)
}
