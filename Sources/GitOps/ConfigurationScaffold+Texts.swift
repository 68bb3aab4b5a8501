extension ConfigurationScaffold {
    /// The pre-commit hook, installed in `.git/hooks/` and committed in `.githooks/` for teammates.
    static let preCommitHook = """
        #!/bin/sh
        # Runs `umctl validate` before every commit, so that a manifest or environment
        # file that does not validate never reaches the repository.
        #
        # umctl init installed this hook in .git/hooks/ of the repository it created.
        # Everyone else who clones the repository enables the committed copy once with:
        #
        #     git config core.hooksPath .githooks
        #
        # The hook checks the files on disk, unstaged edits included. Skip it for one
        # commit with `git commit --no-verify`.

        if ! command -v umctl >/dev/null 2>&1; then
            echo "pre-commit: umctl is not on PATH; install it, or commit with --no-verify" >&2
            exit 1
        fi
        exec umctl validate --quiet

        """

    /// An example GitHub Actions workflow. `umctl check` fails when the committed rendered files are stale.
    static let workflow = """
        # Checks the configuration on every push and pull request: the manifest and
        # environment files must validate, and rendered/ must match what they render.
        # Problems appear as annotations on the changed lines.
        #
        # umctl must be on PATH. Build it from its source repository with `make render`
        # (the binary is .build/release/umctl) and copy it, together with its Templates
        # folder, into the runner image; or add a step before the check that downloads
        # your build and runs `echo "$DIR" >> "$GITHUB_PATH"`. Set UMCTL_TEMPLATES when
        # the templates are not beside the binary.
        name: umctl

        on: [push, pull_request]

        jobs:
          check:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - name: Validate and check for drift
                run: umctl check --format github

        """

    /// Rendered files are committed because Argo CD deploys them from git, so nothing under rendered/ is ignored.
    static let gitignore = """
        # rendered/ is committed on purpose: Argo CD deploys from it. The next line keeps
        # a global ignore rule from hiding it.
        !/rendered/

        # Editor swap and backup files.
        *.swp
        *.swo
        *~
        .#*
        .DS_Store

        """

    static func readme(environments: [String]) -> String {
        let files = environments.map { "`Environments/\($0).yaml`" }
        let first = environments.first ?? "beta"
        let second = environments.dropFirst().first ?? "prod"
        return """
            # Messenger configuration

            This repository holds the configuration of the Matrix messenger (Synapse, Element Web, Sygnal, Keycloak)
            and the files rendered from it, which Argo CD deploys to OpenShift.
            `umctl init` created it; umctl validates the configuration and renders the files.

            ## Layout

            | path | contents |
            | --- | --- |
            | `Environments/manifest.yaml` | everything that is the same in every environment; every option is listed with a comment |
            | \(Self.sentenceList(files)) | the facts of one environment each: domains, images, namespaces, database hosts, Secret names |
            | `rendered/<env>/` | files rendered by umctl; do not edit them by hand |
            | `.githooks/pre-commit` | runs `umctl validate` before each commit |
            | `.github/workflows/umctl.yml` | runs `umctl check` on every push and pull request |

            After cloning, enable the pre-commit hook once:

            ```sh
            git config core.hooksPath .githooks
            ```

            ## Commands

            Run them in this folder, or pass `--config DIR`.

            | command | what it does |
            | --- | --- |
            | `umctl validate` | checks the manifest and every environment file and writes nothing |
            | `umctl render --env \(first)` | validates, then writes `rendered/\(first)/` |
            | `umctl commit --env \(first) -m "..."` | renders one environment and commits exactly its `rendered/` folder |
            | `umctl diff --env \(first)` | shows how the rendered files would change |
            | `umctl check` | fails when the committed `rendered/` files differ from what the configuration renders |
            | `umctl promote` | carries the manifest revision \(first) runs on to \(second), and on along the chain |
            | `umctl explain OPTION` | describes one option and where its value comes from |

            `umctl help COMMAND` lists the flags of each command.
            A failed check exits with status 1 (invalid) or 3 (drift).

            ## Making a change

            1. Edit `Environments/manifest.yaml` or an environment file.
            2. Run `umctl validate`.
            3. Run `umctl commit --env \(first) -m "Describe the change"`, and push.
            4. Once \(first) works, promote the change to the next environment.

            """
    }
}
