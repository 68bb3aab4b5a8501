import Testing
import YAML

@Suite struct QuotingRegressionTests {
    @Test(arguments: ["=", "<<", "08", "-08", "0_8", "0X1F", "0B101", "0O17"])
    func readersDisagreeSoQuoted(_ text: String) throws {
        #expect(!PlainScalar.isString(text))
        let emitted = try Emitter.emit(.mapping([Node.Pair(key: .string("a"), value: .string(text))]))
        #expect(emitted == "a: '\(text)'\n")
        #expect(try Parser.parse(emitted)["a"]?.scalarText == text)
    }
}
