import Testing
@testable import WirefleetText

@Suite struct NormalizedTextTests {
    @Test func identityOnPlainASCII() {
        let t = NormalizedText("Hello world")
        #expect(t.text == "Hello world")
        #expect(t.originalRange(of: 6..<11) == 6..<11)
    }
}
