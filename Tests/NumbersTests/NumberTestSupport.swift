import WirefleetNumbers
import WirefleetText

/// Runs the extractor over a sentence.
func numbers(_ text: String) -> [NumberMention] {
    NumberExtractor().extract(NormalizedText(text))
}

/// The mention whose text is exactly `span`.
func mention(_ ms: [NumberMention], _ span: String) -> NumberMention? {
    ms.first { $0.text == span }
}

extension NumberValue {
    var double: Double? { if case .number(let d) = self { return d } else { return nil } }
    var string: String? { if case .string(let s) = self { return s } else { return nil } }
}
