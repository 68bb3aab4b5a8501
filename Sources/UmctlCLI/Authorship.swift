import Git

/// The author and time of commits: from flags first, then `UMCTL_AUTHOR_NAME`,
/// `UMCTL_AUTHOR_EMAIL` and `SOURCE_DATE_EPOCH`, then a fallback.
enum Authorship {
    static let flags = [
        ArgumentParser.Flag(name: "author-name", valueName: "NAME", help: "commit author (default: UMCTL_AUTHOR_NAME, then git config)"),
        ArgumentParser.Flag(name: "author-email", valueName: "EMAIL", help: "author email (default: UMCTL_AUTHOR_EMAIL, then git config)"),
        ArgumentParser.Flag(
            name: "date", valueName: "SECONDS", help: "commit time in seconds since 1970 (default: SOURCE_DATE_EPOCH, then now)"),
    ]

    static func signature(
        _ arguments: ArgumentParser.Parsed, environment: [String: String], fallbackName: String?, fallbackEmail: String?
    ) throws(CommandFailure) -> Signature {
        let name = nonEmpty(arguments.value("author-name")) ?? nonEmpty(environment["UMCTL_AUTHOR_NAME"]) ?? nonEmpty(fallbackName)
        let email = nonEmpty(arguments.value("author-email")) ?? nonEmpty(environment["UMCTL_AUTHOR_EMAIL"]) ?? nonEmpty(fallbackEmail)
        guard let name, let email else {
            throw CommandFailure(
                .gitFailure, "no commit author",
                hint: "pass --author-name and --author-email, set UMCTL_AUTHOR_NAME and UMCTL_AUTHOR_EMAIL, "
                    + "or set user.name and user.email in the repository's git config")
        }
        for (label, text) in [("name", name), ("email", email)] where text.contains(where: { "<>\n".contains($0) }) {
            throw CommandFailure(.usage, "the author \(label) '\(text)' contains <, > or a line break, which git does not allow")
        }
        guard let dateText = nonEmpty(arguments.value("date")) ?? nonEmpty(environment["SOURCE_DATE_EPOCH"]) else {
            return Signature.now(name: name, email: email)
        }
        guard let seconds = Int64(dateText), seconds >= 0 else {
            throw CommandFailure(.usage, "invalid commit time '\(dateText)'", hint: "give whole seconds since 1970, for example 1767225600")
        }
        // A fixed time in UTC, so the same inputs give the same commit ID on any machine.
        return Signature(name: name, email: email, time: seconds, offsetMinutes: 0)
    }

    /// Returns a signature that falls back to the repository's git config when no flag or variable names an author.
    static func signature(_ arguments: ArgumentParser.Parsed, environment: [String: String], repository: Repository)
        throws(CommandFailure) -> Signature
    {
        try signature(
            arguments, environment: environment, fallbackName: repository.configString("user.name"),
            fallbackEmail: repository.configString("user.email"))
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
