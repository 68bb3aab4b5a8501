import Foundation
import TestSupport
import Testing

@testable import Rendering

@Suite struct TemplateLibraryTests {
    @Test func readsNestedTemplatesByPath() throws {
        let folder = try TemporaryFolder()
        try folder.write("server_name: example.org\n", to: "synapse/homeserver.yaml")
        try folder.write("{\"brand\": \"Element\"}\n", to: "element/config.json")
        try folder.write("not a template\n", to: "README.txt")

        let library = try TemplateLibrary(directory: folder.url)
        #expect(try library.template("synapse/homeserver.yaml").name == "synapse/homeserver.yaml")
        #expect(
            try library.template("element/config.json").render(in: Scope([:]))
                == [.map([Tree.Entry("brand", .string("Element"))])])

        let error = #expect(throws: TemplateError.self) {
            try library.template("README.txt")
        }
        #expect(error?.message == "missing template README.txt in \(folder.path)")
    }

    @Test func emptyFolderFails() throws {
        let folder = try TemporaryFolder()

        let error = #expect(throws: TemplateError.self) {
            try TemplateLibrary(directory: folder.url)
        }
        #expect(error?.message == "no templates in \(folder.path)")
    }

    @Test func invalidTemplateFailsWithLocation() throws {
        let folder = try TemporaryFolder()
        try folder.write("apps:\n  key: [1, 2\n", to: "sygnal/sygnal.yaml")

        let error = #expect(throws: TemplateError.self) {
            try TemplateLibrary(directory: folder.url)
        }
        #expect(error?.message == "invalid YAML: did not find expected ',' or ']'")
        #expect(error?.location == "sygnal/sygnal.yaml:3:1")
    }

    @Test func explicitFolderWinsLocate() {
        let located = TemplateLibrary.locate(explicit: "/srv/templates", configRoot: URL(fileURLWithPath: "/tmp"))

        #expect(located?.path == "/srv/templates")
    }
}
