/// Flags that several commands share.
enum CommonFlags {
    static let config = ArgumentParser.Flag(
        name: "config", short: "C", valueName: "DIR",
        help: "folder that contains Environments/ (default: the current folder)")
    static let env = ArgumentParser.Flag(
        name: "env", short: "e", valueName: "NAME", repeatable: true,
        help: "environment to act on; repeat for several")
    static let all = ArgumentParser.Flag(name: "all", short: "a", help: "act on every environment")
    static let out = ArgumentParser.Flag(
        name: "out", short: "o", valueName: "DIR",
        help: "folder for rendered files (default: rendered/ under --config)")
    static let templates = ArgumentParser.Flag(
        name: "templates", valueName: "DIR",
        help: "templates folder (default: found beside the configuration or the binary)")
    static let format = ArgumentParser.Flag(
        name: "format", valueName: "FORMAT",
        help: "output format: text, json or github (default: text)")
    static let push = ArgumentParser.Flag(
        name: "push", valueName: "REMOTE",
        help: "after committing, push the branch to this remote name or path")
    static let quiet = ArgumentParser.Flag(name: "quiet", short: "q", help: "print only problems")
    static let help = ArgumentParser.Flag(name: "help", short: "h", help: "show this help")
}
