import Foundation
import UmctlCLI

let status = Umctl.run(
    Array(CommandLine.arguments.dropFirst()),
    console: .standard(),
    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
exit(status)
