import Foundation
import Testing

@testable import Rendering

/// Converts a value that JSONSerialization returned into a tree whose mapping keys are sorted.
private func tree(fromJSON object: Any) throws -> Tree {
    switch object {
    case is NSNull:
        return .null
    case let text as String:
        return .string(text)
    case let number as NSNumber:
        // On Linux, JSONSerialization gives booleans the C type "c" and numbers with a fraction the type "d".
        switch String(cString: number.objCType) {
        case "c": return .bool(number.boolValue)
        case "d", "f": return .number(number.doubleValue)
        default: return .int(number.intValue)
        }
    case let items as [Any]:
        return .list(try items.map(tree(fromJSON:)))
    case let entries as [String: Any]:
        return .map(try entries.keys.sorted().map { Tree.Entry($0, try tree(fromJSON: entries[$0]!)) })
    default:
        Issue.record("unexpected JSON value \(object)")
        return .null
    }
}

/// Sorts the entries of every mapping in `tree` by key, because a JSON object has no order.
private func sortedKeys(_ tree: Tree) -> Tree {
    switch tree {
    case .list(let items): .list(items.map(sortedKeys))
    case .map(let entries): .map(entries.sorted { $0.key < $1.key }.map { Tree.Entry($0.key, sortedKeys($0.value)) })
    default: tree
    }
}

@Suite struct JSONWriterTests {
    @Test func escapesQuotesAndBackslash() {
        #expect(JSONWriter.write(.string(#"say "hi" \ bye"#)) == #""say \"hi\" \\ bye""# + "\n")
    }

    @Test func escapesControlCharacters() {
        #expect(JSONWriter.write(.string("a\u{1}b")) == #""a\u0001b""# + "\n")
        #expect(JSONWriter.write(.string("\u{1F}")) == #""\u001f""# + "\n")
        #expect(JSONWriter.write(.string("\u{0}")) == #""\u0000""# + "\n")
        #expect(JSONWriter.write(.string("line\nnext\r\tend")) == #""line\nnext\r\tend""# + "\n")
    }

    @Test func escapesLineSeparators() {
        #expect(JSONWriter.write(.string("a\u{2028}b")) == #""a\u2028b""# + "\n")
        #expect(JSONWriter.write(.string("a\u{2029}b")) == #""a\u2029b""# + "\n")
    }

    @Test func nonASCIIWrittenRaw() {
        let text = "Universitätsklinikum Musterstadt – Straße 🏥"

        let output = JSONWriter.write(.string(text))
        #expect(output == "\"\(text)\"\n")
        #expect(!output.contains("\\u"))
    }

    @Test func emptyCollectionsCompact() {
        #expect(JSONWriter.write(.list([])) == "[]\n")
        #expect(JSONWriter.write(.map([])) == "{}\n")
        #expect(
            JSONWriter.write(.map([Tree.Entry("rooms", .list([])), Tree.Entry("extra", .map([]))]))
                == "{\n  \"rooms\": [],\n  \"extra\": {}\n}\n")
    }

    @Test func nestedOutputIndentsTwoSpaces() {
        let tree = Tree.map([
            Tree.Entry(
                "default_server_config",
                .map([
                    Tree.Entry("m.homeserver", .map([Tree.Entry("base_url", .string("https://matrix.example.org"))]))
                ])),
            Tree.Entry("features", .list([.string("threads"), .bool(true), .null])),
            Tree.Entry("port", .int(8448)),
        ])

        let expected = """
            {
              "default_server_config": {
                "m.homeserver": {
                  "base_url": "https://matrix.example.org"
                }
              },
              "features": [
                "threads",
                true,
                null
              ],
              "port": 8448
            }

            """
        #expect(JSONWriter.write(tree) == expected)
    }

    @Test func keysKeepTreeOrder() {
        let tree = Tree.map([Tree.Entry("zeta", .int(1)), Tree.Entry("alpha", .int(2))])

        #expect(JSONWriter.write(tree) == "{\n  \"zeta\": 1,\n  \"alpha\": 2\n}\n")
    }

    @Test func numbersWrittenShortest() {
        #expect(JSONWriter.write(.number(0.17)) == "0.17\n")
        #expect(JSONWriter.write(.number(3.0)) == "3\n")
        #expect(JSONWriter.write(.number(-2.5)) == "-2.5\n")
        #expect(JSONWriter.write(.number(0.001)) == "0.001\n")
        #expect(JSONWriter.write(.int(-42)) == "-42\n")
    }

    @Test func nestedTreeRoundTrips() throws {
        let input = Tree.map([
            Tree.Entry("brand", .string("Universitätsklinikum – \"Nord\" \\ 🏥")),
            Tree.Entry("controls", .string("bell\u{7}\u{1}\u{2028}end\n")),
            Tree.Entry("enabled", .bool(true)),
            Tree.Entry("disabled", .bool(false)),
            Tree.Entry("ratio", .number(0.17)),
            Tree.Entry("port", .int(8448)),
            Tree.Entry("missing", .null),
            Tree.Entry("empty_list", .list([])),
            Tree.Entry("empty_map", .map([])),
            Tree.Entry(
                "servers",
                .list([
                    .map([Tree.Entry("name", .string("alpha")), Tree.Entry("weight", .number(-1.5))]),
                    .list([.int(1), .string("two"), .null]),
                ])),
        ])

        let data = Data(JSONWriter.write(input).utf8)
        let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        #expect(try tree(fromJSON: object) == sortedKeys(input))
    }
}
