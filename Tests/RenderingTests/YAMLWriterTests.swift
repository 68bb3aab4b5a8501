import Testing
import YAML

@testable import Rendering

@Suite struct YAMLWriterTests {
    @Test(arguments: [
        "line one\nline two", "line one\nline two\n", "trailing blank\n\n", "\nleading break",
        "a\n\n\nb", "a\n  indented", "# hash\n- dash\nkey: value", "Straße\nüber",
    ])
    func blockSafeTextUsesLiteral(_ text: String) throws {
        let output = try YAMLWriter.write([.map([Tree.Entry("text", .string(text)), Tree.Entry("after", .int(1))])])
        let parsed = try Parser.parse(output)

        #expect(parsed["text"]?.content == .scalar(text, .literal))
        #expect(parsed["after"]?.scalarText == "1")
    }

    @Test(arguments: [
        "trailing space \nnext", " leading space\nnext", "tab\there\nnext", "crlf\r\nnext", "🏥\nemoji", "line\n  \nend",
    ])
    func unsafeTextUsesDoubleQuotes(_ text: String) throws {
        let output = try YAMLWriter.write([.map([Tree.Entry("text", .string(text)), Tree.Entry("after", .int(1))])])
        let parsed = try Parser.parse(output)

        #expect(parsed["text"]?.content == .scalar(text, .doubleQuoted))
        #expect(parsed["after"]?.scalarText == "1")
    }

    @Test func plainMultiLineUsesLiteralBlock() throws {
        let text = "server {\n  listen 8080;\n}\n"
        let output = try YAMLWriter.write([.map([Tree.Entry("nginx.conf", .string(text))])])

        #expect(output == "nginx.conf: |\n  server {\n    listen 8080;\n  }\n")
        #expect(try Parser.parse(output)["nginx.conf"]?.content == .scalar(text, .literal))
    }

    @Test func trailingSpaceFallsBackToQuotes() throws {
        let output = try YAMLWriter.write([.map([Tree.Entry("text", .string("end \nnext"))])])

        #expect(output == "text: \"end \\nnext\"\n")
    }

    @Test func scalarTypesWrittenExactly() throws {
        let tree = Tree.map([
            Tree.Entry("enabled", .bool(true)),
            Tree.Entry("port", .int(8008)),
            Tree.Entry("ratio", .number(0.17)),
            Tree.Entry("whole", .number(3.0)),
            Tree.Entry("missing", .null),
            Tree.Entry("word", .string("yes")),
            Tree.Entry("digits", .string("8008")),
            Tree.Entry("on", .string("matrix.example.org")),
            Tree.Entry("list", .list([.string("a"), .list([])])),
        ])

        let expected = """
            enabled: true
            port: 8008
            ratio: 0.17
            whole: 3
            missing: null
            word: 'yes'
            digits: '8008'
            'on': matrix.example.org
            list:
            - a
            - []

            """
        #expect(try YAMLWriter.write([tree]) == expected)
    }

    @Test func documentsSeparatedByMarker() throws {
        let output = try YAMLWriter.write([
            .map([Tree.Entry("kind", .string("Deployment"))]),
            .map([Tree.Entry("kind", .string("Service"))]),
            .map([Tree.Entry("kind", .string("Route"))]),
        ])

        #expect(output == "kind: Deployment\n---\nkind: Service\n---\nkind: Route\n")
        #expect(try Parser.parseDocuments(output).map { $0["kind"]?.scalarText } == ["Deployment", "Service", "Route"])
    }
}
