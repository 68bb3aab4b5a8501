import Testing
import YAML

@Suite struct ParserTests {
    @Test func nestedMappingMarks() throws {
        let root = try Parser.parse(
            """
            server:
              name: alpha
              limits:
                upload: 100M
            """)

        let server = try #require(root.pairs?.first)
        #expect(root.mark == Mark(line: 1, column: 1))
        #expect(server.key.mark == Mark(line: 1, column: 1))
        #expect(server.value.mark == Mark(line: 2, column: 3))

        let entries = try #require(server.value.pairs)
        #expect(entries[0].key.mark == Mark(line: 2, column: 3))
        #expect(entries[0].value.mark == Mark(line: 2, column: 9))
        #expect(entries[1].key.mark == Mark(line: 3, column: 3))

        let upload = try #require(entries[1].value.pairs?.first)
        #expect(upload.key.mark == Mark(line: 4, column: 5))
        #expect(upload.value.mark == Mark(line: 4, column: 13))
        #expect(upload.value.scalarText == "100M")
    }

    @Test func sequenceItemMarks() throws {
        let root = try Parser.parse(
            """
            ports:
              - 80
              - name: https
                port: 443
            """)

        let ports = try #require(root["ports"])
        #expect(ports.mark == Mark(line: 2, column: 3))

        let items = try #require(ports.items)
        #expect(items.count == 2)
        #expect(items[0].mark == Mark(line: 2, column: 5))
        #expect(items[0].scalarText == "80")
        #expect(items[1].mark == Mark(line: 3, column: 5))

        let pairs = try #require(items[1].pairs)
        #expect(pairs[0].value.mark == Mark(line: 3, column: 11))
        #expect(pairs[1].key.mark == Mark(line: 4, column: 5))
        #expect(pairs[1].value.mark == Mark(line: 4, column: 11))
        #expect(pairs[1].value.scalarText == "443")
    }

    @Test func flowSequenceMarks() throws {
        let root = try Parser.parse("hosts: [alpha, beta]\n")

        let items = try #require(root["hosts"]?.items)
        #expect(root["hosts"]?.mark == Mark(line: 1, column: 8))
        #expect(items.map(\.mark) == [Mark(line: 1, column: 9), Mark(line: 1, column: 16)])
    }

    @Test func duplicateKeysKeptInOrder() throws {
        let root = try Parser.parse(
            """
            a: 1
            b: 2
            a: 3
            """)

        let pairs = try #require(root.pairs)
        #expect(pairs.map(\.key.scalarText) == ["a", "b", "a"])
        #expect(pairs.map(\.value.scalarText) == ["1", "2", "3"])
        #expect(pairs[2].key.mark == Mark(line: 3, column: 1))
        // The subscript returns the first entry with the key.
        #expect(root["a"]?.scalarText == "1")
    }

    @Test func aliasesResolveToAnchoredNode() throws {
        let root = try Parser.parse(
            """
            base: &defaults
              retries: 3
            copy: *defaults
            list: [&port 8448, *port]
            """)

        let base = try #require(root["base"])
        #expect(root["copy"] == base)
        #expect(root["copy"]?["retries"]?.scalarText == "3")
        #expect(root["list"]?.items?.map(\.scalarText) == ["8448", "8448"])
    }

    @Test func unknownAliasFails() throws {
        let error = #expect(throws: YAMLError.self) {
            try Parser.parse("a: *missing\n")
        }

        #expect(error?.problem == "unknown alias 'missing'")
        #expect(error?.mark == Mark(line: 1, column: 4))
    }

    @Test func scalarStylesAndTagsRecorded() throws {
        let root = try Parser.parse(
            """
            plain: text
            single: 'text'
            double: "text"
            literal: |
              text
            folded: >
              text
            tagged: !!str 10
            """)

        #expect(root["plain"]?.content == .scalar("text", .plain))
        #expect(root["single"]?.content == .scalar("text", .singleQuoted))
        #expect(root["double"]?.content == .scalar("text", .doubleQuoted))
        #expect(root["literal"]?.content == .scalar("text\n", .literal))
        #expect(root["folded"]?.content == .scalar("text\n", .folded))
        #expect(root["tagged"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["plain"]?.tag == nil)
    }

    @Test func nullScalarsDetected() throws {
        let root = try Parser.parse(
            """
            empty:
            tilde: ~
            word: null
            quoted: 'null'
            tagged: !!str null
            """)

        #expect(root["empty"]?.isNull == true)
        #expect(root["tilde"]?.isNull == true)
        #expect(root["word"]?.isNull == true)
        #expect(root["quoted"]?.isNull == false)
        #expect(root["tagged"]?.isNull == false)
    }

    @Test func emptyInputIsEmptyScalar() throws {
        #expect(try Parser.parse("") == .scalar("", mark: .start))
        #expect(try Parser.parseDocuments("").isEmpty)
    }

    @Test func secondDocumentRejected() throws {
        let error = #expect(throws: YAMLError.self) {
            try Parser.parse("a: 1\n---\nb: 2\n")
        }

        #expect(error?.kind == .syntax)
        #expect(error?.problem == "a second document is not allowed in this file")
        // The mark is the root node of the second document, on the line after `---`.
        #expect(error?.mark == Mark(line: 3, column: 1))
    }

    @Test func parseDocumentsReturnsAll() throws {
        let documents = try Parser.parseDocuments(
            """
            kind: Service
            ---
            kind: Route
            --- plain
            """)

        #expect(documents.count == 3)
        #expect(documents[0]["kind"]?.scalarText == "Service")
        #expect(documents[1]["kind"]?.scalarText == "Route")
        #expect(documents[1].mark == Mark(line: 3, column: 1))
        #expect(documents[2].scalarText == "plain")
        #expect(documents[2].mark == Mark(line: 4, column: 5))
    }

    @Test func tabIndentationError() throws {
        let error = #expect(throws: YAMLError.self) {
            try Parser.parse("server:\n\tname: alpha\n")
        }

        #expect(error?.kind == .syntax)
        #expect(error?.problem == "found character that cannot start any token")
        #expect(error?.context == "while scanning for the next token")
        // Line 2, column 1 is the tab itself.
        #expect(error?.mark == Mark(line: 2, column: 1))
    }

    @Test func unclosedQuoteError() throws {
        let error = #expect(throws: YAMLError.self) {
            try Parser.parse("name: \"alpha\nport: 8008\n")
        }

        #expect(error?.problem == "found unexpected end of stream")
        #expect(error?.context == "while scanning a quoted scalar")
        // libyaml reports where it gave up: the end of the stream, after the last line break.
        #expect(error?.mark == Mark(line: 3, column: 1))
    }

    @Test func mappingValueErrorMark() throws {
        let error = #expect(throws: YAMLError.self) {
            try Parser.parse("name: alpha\nurl: http: example\n")
        }

        #expect(error?.problem == "mapping values are not allowed in this context")
        // Column 10 is the second colon on line 2.
        #expect(error?.mark == Mark(line: 2, column: 10))
        #expect(error?.description == "2:10: mapping values are not allowed in this context")
    }

    @Test func unclosedFlowSequenceError() throws {
        let error = #expect(throws: YAMLError.self) {
            try Parser.parse("hosts: [alpha, beta\nport: 1\n")
        }

        #expect(error?.problem == "did not find expected ',' or ']'")
        #expect(error?.context == "while parsing a flow sequence")
        #expect(error?.mark == Mark(line: 2, column: 5))
        #expect(error?.description == "2:5: did not find expected ',' or ']' (while parsing a flow sequence)")
    }
}
