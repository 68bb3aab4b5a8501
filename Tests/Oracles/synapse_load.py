#!/usr/bin/env python3
"""Load homeserver.yaml files with Synapse's own config loader.

Each file is loaded in a child process with
`HomeServerConfig.load_config("Synapse Homeserver", ["-c", PATH])`, which
parses and validates every config section the way `synapse.app.homeserver`
does at startup, but never generates missing files. A child process per file
keeps Synapse's module-level state from one config out of the next. The one
change to the loader: a missing media store folder is reported as a warning
instead of being created.

Prints one verdict line per file (PASS or FAIL), then Synapse's warnings and
errors indented below it.

Exit status: 0 when every file loads, 1 when at least one fails, 2 for
invalid arguments.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import traceback
import warnings
from pathlib import Path

import synapse_stubs

CHILD_FLAG = "--load-one"


def check_directory_without_creating(dir_path: str) -> str:
    """Stand in for Config.ensure_directory, which would create missing folders.

    Loading a config must not leave folders such as /data/media_store on the
    test machine, so a missing folder only produces a warning.
    """
    from synapse.config._base import Config, ConfigError

    dir_path = Config.abspath(dir_path)
    if not os.path.exists(dir_path):
        sys.stderr.write(f"WARNING: folder {dir_path} is missing (the server creates it at startup)\n")
    elif not os.path.isdir(dir_path):
        raise ConfigError(f"{dir_path} is not a directory")
    return dir_path


def load_one(config_path: str) -> int:
    """Load one config in this process and print a summary line (child mode)."""
    # Synapse 1.163 imports deprecated Authlib modules. That is not a config problem.
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from synapse.config._base import Config, ConfigError, format_config_error
    from synapse.config.homeserver import HomeServerConfig
    from synapse.util.check_dependencies import DependencyException

    Config.ensure_directory = staticmethod(check_directory_without_creating)
    try:
        config = HomeServerConfig.load_config("Synapse Homeserver", ["-c", config_path])
    except ConfigError as error:
        message = "".join(format_config_error(error))
        sys.stderr.write(message + "\n")
        print(" ".join(line.strip() for line in message.splitlines()))
        return 1
    except DependencyException as error:
        # The config enables a feature whose optional packages the oracle venv lacks.
        sys.stderr.write(error.message + "\n")
        print(
            f"missing Python packages for this config: {', '.join(error.args[0])};"
            " add the matching matrix-synapse extra to Tests/Oracles/requirements.txt"
        )
        return 1
    except Exception as error:
        # Synapse raises more than ConfigError for some invalid values, for
        # example attrs validators raise ValueError with the message first.
        traceback.print_exc()
        first_argument = error.args[0] if error.args else None
        message = first_argument if isinstance(first_argument, str) else str(error)
        print(f"{type(error).__name__}: {message}")
        return 1

    providers = [provider.idp_id for provider in config.oidc.oidc_providers]
    database = config.database.databases[0].config.get("name", "?")
    print(
        f"server_name={config.server.server_name}"
        f" public_baseurl={config.server.public_baseurl}"
        f" database={database}"
        f" oidc_providers={providers}"
    )
    return 0


def synapse_version() -> str:
    try:
        from importlib.metadata import version

        return version("matrix-synapse")
    except Exception:
        return "unknown version"


def prepare_stubbed_copy(source: Path, work_dir: Path) -> tuple[Path, list[str]]:
    """Copy source into work_dir with its file paths rewritten to stubs."""
    config = synapse_stubs.load_yaml_mapping(source)
    stubbed, notes = synapse_stubs.stub_config_files(config, work_dir / "files")
    adapted = work_dir / "homeserver.yaml"
    synapse_stubs.write_yaml(adapted, config)
    report = [entry.describe() for entry in stubbed] + notes
    if not stubbed:
        report.append("no absolute path values to stub")
    return adapted, report


def run_loader(config_path: Path, run_dir: Path, timeout: float) -> subprocess.CompletedProcess:
    """Load config_path in a child process whose working directory is run_dir."""
    command = [sys.executable, str(Path(__file__).resolve()), CHILD_FLAG, str(config_path)]
    return subprocess.run(
        command,
        cwd=run_dir,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def check_file(source: Path, index: int, args: argparse.Namespace) -> bool:
    # The child runs in an empty working directory, so relative paths in the
    # config resolve there and find nothing from the caller's directory.
    report: list[str] = []
    try:
        if args.stub_files:
            work_dir = synapse_stubs.fresh_directory(
                Path(args.stub_files).resolve() / f"{index:02d}-{source.stem}"
            )
            config_path, report = prepare_stubbed_copy(source, work_dir)
            result = run_loader(config_path, work_dir, args.timeout)
        else:
            with tempfile.TemporaryDirectory(prefix="synapse-load-") as run_dir:
                result = run_loader(source, Path(run_dir), args.timeout)
    except (OSError, ValueError, synapse_stubs.yaml.YAMLError) as error:
        print(f"FAIL {source}: could not prepare the config: {error}")
        return False
    except subprocess.TimeoutExpired:
        print(f"FAIL {source}: loading timed out after {args.timeout} s")
        return False

    passed = result.returncode == 0
    summary = result.stdout.strip().splitlines()
    detail = summary[-1] if summary else f"loader exited with status {result.returncode}"
    if passed:
        print(f"PASS {source}: loaded by Synapse {synapse_version()}: {detail}")
    else:
        print(f"FAIL {source}: {detail}")

    for line in report:
        print(f"  {line}")
    for line in result.stderr.splitlines():
        if line.strip():
            print(f"  | {line}")
    return passed


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == CHILD_FLAG:
        return load_one(argv[1])

    parser = argparse.ArgumentParser(
        description="Load Synapse homeserver.yaml files with Synapse's own config loader."
    )
    parser.add_argument("configs", nargs="+", metavar="HOMESERVER_YAML")
    parser.add_argument(
        "--stub-files",
        metavar="DIR",
        help=(
            "copy each config into a subfolder of DIR and replace every absolute path"
            " value (keys ending in _path, and log_config) with a generated placeholder"
            " file or folder there; without it Synapse reads the real paths"
        ),
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="maximum time to load one config (default: 120)",
    )
    args = parser.parse_args(argv)

    missing = [path for path in args.configs if not Path(path).is_file()]
    if missing:
        parser.error(f"config file not found: {', '.join(missing)}")

    results = [
        check_file(Path(path).resolve(), index, args)
        for index, path in enumerate(args.configs, start=1)
    ]
    failed = results.count(False)
    print(f"synapse_load: {len(results) - failed} of {len(results)} files loaded")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
