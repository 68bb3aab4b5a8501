import Testing
import YAML

/// Strings that an emitter must quote or escape to read back unchanged, and non-ASCII text.
let trickyStrings: [String] = [
    "yes", "no", "on", "off", "y", "true", "null", "~", "",
    "010", "0x1F", "1e3", "12:30", "2024-01-01", ".inf",
    " leading space", "trailing space ", "a: b", "# not a comment", "- dash",
    "multi\nline\ntext", "tab\there",
    "Universitätsklinikum Musterstadt – Straße", "🏥", "\"'", "back\\slash",
]

@Suite struct EmitterTests {
    @Test(arguments: trickyStrings)
    func stringRoundTrips(_ text: String) throws {
        let output = try Emitter.emit(.string(text))
        let parsed = try Parser.parse(output)

        guard case .scalar(let value, let style) = parsed.content else {
            Issue.record("\(text.debugDescription) came back as \(parsed.content)")
            return
        }
        #expect(value == text)
        #expect(parsed.tag == nil)
        #expect(style != .plain || PlainScalar.isString(text), "plain \(output.debugDescription) resolves to a non-string")
    }

    @Test func mappingOutputExact() throws {
        let root = Node.mapping([
            Node.Pair(key: .string("server_name"), value: .string("matrix.example.org")),
            Node.Pair(key: .string("enabled"), value: .bool(true)),
            Node.Pair(key: .string("port"), value: .int(8008)),
            Node.Pair(key: .string("answer"), value: .string("yes")),
            Node.Pair(key: .string("missing"), value: .null),
            Node.Pair(
                key: .string("listeners"),
                value: .sequence([
                    .mapping([
                        Node.Pair(key: .string("type"), value: .string("http")),
                        Node.Pair(key: .string("resources"), value: .sequence([.string("client"), .string("federation")])),
                    ])
                ])),
        ])

        let expected = """
            server_name: matrix.example.org
            enabled: true
            port: 8008
            answer: 'yes'
            missing: null
            listeners:
            - type: http
              resources:
              - client
              - federation

            """
        #expect(try Emitter.emit(root) == expected)
    }

    @Test func nestedMappingIndentsTwoSpaces() throws {
        let root = Node.mapping([
            Node.Pair(
                key: .string("outer"),
                value: .mapping([
                    Node.Pair(
                        key: .string("inner"),
                        value: .mapping([
                            Node.Pair(key: .string("leaf"), value: .int(1))
                        ]))
                ]))
        ])

        #expect(try Emitter.emit(root) == "outer:\n  inner:\n    leaf: 1\n")
    }

    @Test func emptyCollectionsUseFlowStyle() throws {
        let root = Node.mapping([
            Node.Pair(key: .string("list"), value: .sequence([])),
            Node.Pair(key: .string("map"), value: .mapping([])),
        ])

        #expect(try Emitter.emit(root) == "list: []\nmap: {}\n")
    }

    @Test func outputIdenticalAcrossRuns() throws {
        let root = Node.mapping(
            trickyStrings.enumerated().map { index, text in
                Node.Pair(key: .string("item\(index)"), value: .string(text))
            })

        let first = try Emitter.emit(root)
        let second = try Emitter.emit(root)
        #expect(Array(first.utf8) == Array(second.utf8))
    }

    @Test func nonASCIIWrittenAsUTF8() throws {
        let text = "Universitätsklinikum Musterstadt – Straße"
        let output = try Emitter.emit(.mapping([Node.Pair(key: .string("name"), value: .string(text))]))

        #expect(output == "name: \(text)\n")
        #expect(!output.contains("\\u"))
        #expect(!output.contains("\\x"))
    }

    @Test func documentsSeparatedByMarker() throws {
        let first = Node.mapping([Node.Pair(key: .string("kind"), value: .string("Service"))])
        let second = Node.mapping([Node.Pair(key: .string("kind"), value: .string("Route"))])

        let output = try Emitter.emit(documents: [first, second])
        #expect(output == "kind: Service\n---\nkind: Route\n")
        #expect(
            try Parser.parseDocuments(output) == [
                .mapping(
                    [
                        Node.Pair(
                            key: .scalar("kind", mark: Mark(line: 1, column: 1)),
                            value: .scalar("Service", mark: Mark(line: 1, column: 7)))
                    ],
                    mark: Mark(line: 1, column: 1)),
                .mapping(
                    [
                        Node.Pair(
                            key: .scalar("kind", mark: Mark(line: 3, column: 1)),
                            value: .scalar("Route", mark: Mark(line: 3, column: 7)))
                    ],
                    mark: Mark(line: 3, column: 1)),
            ])
    }

    @Test func literalStyleKeptWhenRequested() throws {
        let root = Node.mapping([
            Node.Pair(key: .string("script"), value: .scalar("echo one\necho two\n", style: .literal))
        ])

        let output = try Emitter.emit(root)
        #expect(output == "script: |\n  echo one\n  echo two\n")
        #expect(try Parser.parse(output)["script"]?.content == .scalar("echo one\necho two\n", .literal))
    }
}
