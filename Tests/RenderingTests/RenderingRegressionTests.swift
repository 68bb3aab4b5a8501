import Testing

@testable import Rendering

@Suite struct RenderingRegressionTests {
    @Test func hugeNumberLiteralIsNumber() throws {
        #expect(try Expression.parse("99999999999999999999") == .literal(.number(1e20)))
    }

    @Test func malformedNumberThrows() {
        #expect(throws: TemplateError.self) { try Expression.parse("1.2.3") }
    }

    @Test func errorLocationPointsAtDirective() throws {
        let cases: [(String, String)] = [
            ("a: 1\n$if unknown.x:\n  b: 2\n", "t.yaml:2:1"),
            ("a:\n  - 1\n  - $each: i in unknown\n    $item: x\n", "t.yaml:3:5"),
            ("$each i in unknown:\n  a: 1\n", "t.yaml:1:1"),
        ]
        for (text, location) in cases {
            let template = try Template(name: "t.yaml", text: text)
            do {
                _ = try template.render(in: Scope([:]))
                Issue.record("rendering \(text) did not fail")
            } catch {
                #expect(error.location == location, "\(text)")
            }
        }
    }

    @Test func keySetTwiceThrows() throws {
        let template = try Template(name: "t.yaml", text: "$if flag:\n  a: 1\na: 2\n")
        #expect(throws: TemplateError.self) { try template.render(in: Scope(["flag": .bool(true)])) }
    }

    @Test func dnsLabelIsASCII() throws {
        let value = try Filters.apply("dns_label", to: .string("-Universitätsklinikum  Straße-"), arguments: [])
        #expect(value == .string("universit-tsklinikum-stra-e"))
        let long = try Filters.apply("dns_label", to: .string(String(repeating: "a", count: 80)), arguments: [])
        #expect(long.stringValue?.count == 63)
    }

    @Test func secondsRoundUp() throws {
        #expect(try Filters.apply("seconds", to: .string("1500ms"), arguments: []) == .int(2))
        #expect(try Filters.apply("seconds", to: .string("2m"), arguments: []) == .int(120))
    }

    @Test func exponentFloatsKeepDot() {
        #expect(NumberFormat.shortest(1e16) == "1.0e+16")
        #expect(NumberFormat.shortest(1e-7) == "1.0e-07")
        #expect(NumberFormat.shortest(0.17) == "0.17")
        #expect(NumberFormat.shortest(.infinity) == "null")
    }
}
