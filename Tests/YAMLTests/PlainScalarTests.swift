import Testing
import YAML

@Suite struct PlainScalarTests {
    @Test(arguments: [
        "0", "42", "-17", "+5", "1_000",
        "010", "0o17", "0b1010", "0x1F", "-0x1f",
        "1.5", ".5", "1.", "1e3", "1E-3", "6.02e+23",
        "12:30", "1:20:30", "190:20:30.15",
        ".inf", "-.Inf", "+.INF", ".nan", ".NaN",
        "2024-01-01", "2024-1-1", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
    ])
    func numericTextDetected(_ text: String) {
        #expect(PlainScalar.looksNumeric(text))
        #expect(!PlainScalar.isString(text))
    }

    @Test(arguments: [
        "30d", "100M", "500ms", "v1.2", "abc", "1.2.3", "10.0.0.1", "1,000",
        "0x", "1e", "inf", "NaN", "2024-01", "2024-01-01x", "12:30pm", "+", "-",
    ])
    func otherTextNotNumeric(_ text: String) {
        #expect(!PlainScalar.looksNumeric(text))
        #expect(PlainScalar.isString(text))
    }

    @Test(arguments: ["yes", "No", "ON", "off", "y", "N", "true", "False", "TRUE"])
    func booleanWordsNotStrings(_ text: String) {
        #expect(!PlainScalar.isString(text))
        #expect(!PlainScalar.looksNumeric(text))
    }

    @Test(arguments: ["", "~", "null", "Null", "NULL"])
    func nullWordsNotStrings(_ text: String) {
        #expect(!PlainScalar.isString(text))
    }

    @Test func edgeSpacesNotStrings() {
        #expect(!PlainScalar.isString(" leading"))
        #expect(!PlainScalar.isString("trailing "))
        #expect(PlainScalar.isString("inner space"))
    }

    @Test func stringNodeChoosesStyle() {
        #expect(Node.string("matrix.example.org").content == .scalar("matrix.example.org", .plain))
        #expect(Node.string("yes").content == .scalar("yes", .singleQuoted))
        #expect(Node.string("8008").content == .scalar("8008", .singleQuoted))
        #expect(Node.string("").content == .scalar("", .singleQuoted))
        #expect(Node.string("one\ntwo").content == .scalar("one\ntwo", .doubleQuoted))
        #expect(Node.string("a\tb").content == .scalar("a\tb", .doubleQuoted))
        #expect(Node.string("a\rb").content == .scalar("a\rb", .doubleQuoted))
    }

    @Test func typedNodeHelpers() {
        #expect(Node.bool(true).content == .scalar("true", .plain))
        #expect(Node.bool(false).content == .scalar("false", .plain))
        #expect(Node.int(-42).content == .scalar("-42", .plain))
        #expect(Node.null.content == .scalar("null", .plain))
        #expect(Node.null.isNull)
    }
}
