#!/usr/bin/env python3
"""Start a real Synapse homeserver from a homeserver.yaml and check that it serves.

The config is copied and adapted before the start:
- database: SQLite in the work folder (no PostgreSQL server is needed),
- listeners: one plain HTTP listener on 127.0.0.1 and a free port with the
  client and federation resources, keeping x_forwarded from the original
  client listener,
- file paths: replaced by generated placeholders (see synapse_stubs.py),
- outbound targets: OIDC issuer and endpoints, the usage-statistics endpoint,
  Redis, SMTP, worker hosts and the Matrix Authentication Service point at the
  closed port 9 on 127.0.0.1, and trusted_key_servers is emptied.

Everything else is kept, OIDC discovery included: Synapse loads OIDC metadata
in the background after startup, so a provider it cannot reach is logged at
CRITICAL level but does not stop the server.

When the process runs as root on Linux, it first moves itself into a new
network namespace that has only a loopback interface, so neither the script
nor the server can send traffic off the machine (--no-netns skips this).

Prints the server's `versions` list from /_matrix/client/versions and exits 0
once that returns HTTP 200. On timeout or when the server exits early, prints
the last 40 lines of its log and exits 1. Exit status 2 means invalid
arguments or an unreadable config.
"""

from __future__ import annotations

import argparse
import ctypes
import fcntl
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from pathlib import Path

import synapse_stubs

CLOSED_PORT = 9
LOOPBACK = "127.0.0.1"
LOG_TAIL_LINES = 40
OIDC_URL_KEYS = (
    "issuer",
    "authorization_endpoint",
    "token_endpoint",
    "userinfo_endpoint",
    "jwks_uri",
)
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")

# Linux constants from <sched.h> and <linux/sockios.h>, <net/if.h>.
CLONE_NEWNET = 0x40000000
SIOCGIFFLAGS = 0x8913
SIOCSIFFLAGS = 0x8914
IFF_UP = 0x1


def enter_loopback_only_namespace() -> str:
    """Move this process into a new network namespace and bring up its loopback.

    Returns a description of the outcome. Fails softly: when unshare is not
    permitted, the config rewrites below are the only protection.
    """
    if sys.platform != "linux":
        return "network namespace not used: not Linux"
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(CLONE_NEWNET) != 0:
        error = ctypes.get_errno()
        return f"network namespace not used: unshare failed: {os.strerror(error)}"

    # A new namespace starts with its loopback interface down.
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as control:
        request = struct.pack("16sh", b"lo", 0)
        flags = struct.unpack("16sh", fcntl.ioctl(control, SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(control, SIOCSIFFLAGS, struct.pack("16sh", b"lo", flags | IFF_UP))
    return "running in a new network namespace with only the loopback interface"


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def loopback_url(url: str) -> str:
    """Keep the path and query of url but send it to the closed loopback port."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(
        ("http", f"{LOOPBACK}:{CLOSED_PORT}", parts.path, parts.query, parts.fragment)
    )


def client_listener_x_forwarded(listeners: object) -> bool:
    """Return x_forwarded of the first HTTP listener that serves the client API."""
    if not isinstance(listeners, list):
        return False
    for listener in listeners:
        if not isinstance(listener, dict) or listener.get("type") != "http":
            continue
        for resource in listener.get("resources") or []:
            if "client" in (resource.get("names") or []):
                return bool(listener.get("x_forwarded", False))
    return False


def adapt_database_and_listeners(config: dict, work_dir: Path, port: int) -> list[str]:
    report = []
    config.pop("database_path", None)
    config.pop("databases", None)
    original_engine = (config.get("database") or {}).get("name", "sqlite3 (default)")
    config["database"] = {
        "name": "sqlite3",
        "args": {"database": str(work_dir / "homeserver.db")},
    }
    report.append(f"database: {original_engine} -> sqlite3 in {work_dir}")

    x_forwarded = client_listener_x_forwarded(config.get("listeners"))
    config["listeners"] = [
        {
            "port": port,
            "type": "http",
            "tls": False,
            "bind_addresses": [LOOPBACK],
            "x_forwarded": x_forwarded,
            "resources": [{"names": ["client", "federation"], "compress": False}],
        }
    ]
    report.append(
        f"listeners: one http listener on {LOOPBACK}:{port} (client, federation,"
        f" x_forwarded={str(x_forwarded).lower()})"
    )
    return report


def adapt_outbound_targets(config: dict) -> list[str]:
    """Point every outbound target that Synapse may contact at the closed loopback port."""
    report = []

    providers = list(config.get("oidc_providers") or [])
    if isinstance(config.get("oidc_config"), dict):
        providers.append(config["oidc_config"])
    for provider in providers:
        name = provider.get("idp_id", "oidc")
        for key in OIDC_URL_KEYS:
            if isinstance(provider.get(key), str):
                provider[key] = loopback_url(provider[key])
                report.append(f"oidc provider {name}: {key} -> {provider[key]}")

    if config.get("trusted_key_servers") != []:
        config["trusted_key_servers"] = []
        report.append("trusted_key_servers -> []")

    config["report_stats_endpoint"] = loopback_url(
        config.get("report_stats_endpoint") or "/report-usage-stats/push"
    )
    report.append(f"report_stats_endpoint -> {config['report_stats_endpoint']}")

    redis = config.get("redis")
    if isinstance(redis, dict) and redis.get("enabled"):
        redis["host"], redis["port"] = LOOPBACK, CLOSED_PORT
        report.append(f"redis -> {LOOPBACK}:{CLOSED_PORT}")

    email = config.get("email")
    if isinstance(email, dict) and email.get("smtp_host"):
        email["smtp_host"], email["smtp_port"] = LOOPBACK, CLOSED_PORT
        report.append(f"email.smtp_host -> {LOOPBACK}:{CLOSED_PORT}")

    instance_map = config.get("instance_map")
    if isinstance(instance_map, dict):
        for name, instance in instance_map.items():
            if isinstance(instance, dict) and "host" in instance:
                instance["host"] = LOOPBACK
                report.append(f"instance_map.{name}.host -> {LOOPBACK}")

    mas = config.get("matrix_authentication_service")
    if isinstance(mas, dict) and isinstance(mas.get("endpoint"), str):
        mas["endpoint"] = loopback_url(mas["endpoint"])
        report.append(f"matrix_authentication_service.endpoint -> {mas['endpoint']}")
    return report


def remaining_remote_urls(node: object, prefix: str = "") -> list[str]:
    """List URL values whose host is not loopback, for the report."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            found += remaining_remote_urls(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            found += remaining_remote_urls(item, f"{prefix}[{index}]")
    elif isinstance(node, str) and node.startswith(("http://", "https://")):
        host = urllib.parse.urlsplit(node).hostname or ""
        if host not in ("127.0.0.1", "localhost", "::1"):
            found.append(f"{prefix}: {node}")
    return found


def server_environment() -> dict[str, str]:
    """Return this process's environment without proxy settings.

    A proxy would receive the server's outbound requests, so none is passed on.
    """
    return {
        name: value
        for name, value in os.environ.items()
        if name.lower() not in PROXY_VARIABLES
    }


def fetch_versions(port: int) -> list[str] | None:
    """Return the versions list, or None while the server is not ready."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    url = f"http://{LOOPBACK}:{port}/_matrix/client/versions"
    try:
        with opener.open(url, timeout=2) as response:
            if response.status != 200:
                return None
            return json.load(response).get("versions", [])
    except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError):
        return None


def stop_server(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def log_tail(log_path: Path) -> list[str]:
    with log_path.open(errors="replace") as log:
        return list(deque(log, maxlen=LOG_TAIL_LINES))


def boot(source: Path, work_dir: Path, timeout: float) -> bool:
    config = synapse_stubs.load_yaml_mapping(source)
    port = free_loopback_port()
    report = adapt_database_and_listeners(config, work_dir, port)
    stubbed, notes = synapse_stubs.stub_config_files(
        config, work_dir / "files", extra_keys=frozenset({"pid_file"})
    )
    report += [entry.describe() for entry in stubbed] + notes
    report += adapt_outbound_targets(config)
    report += [
        f"left as it is (not contacted at startup): {entry}"
        for entry in remaining_remote_urls(config)
    ]
    adapted = work_dir / "homeserver.yaml"
    synapse_stubs.write_yaml(adapted, config)
    for line in report:
        print(f"  {line}")

    log_path = work_dir / "server.log"
    command = [sys.executable, "-m", "synapse.app.homeserver", "-c", str(adapted)]
    started = time.monotonic()
    with log_path.open("w") as log:
        process = subprocess.Popen(
            command,
            cwd=work_dir,
            env=server_environment(),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    print(f"  started Synapse (pid {process.pid})")

    try:
        versions = None
        while time.monotonic() - started < timeout and process.poll() is None:
            versions = fetch_versions(port)
            if versions is not None:
                break
            time.sleep(0.5)
        elapsed = time.monotonic() - started
        exit_status = process.poll()
    finally:
        stop_server(process)

    if versions is not None:
        print(f"  versions: {json.dumps(versions)}")
        print(
            f"PASS {source}: Synapse answered GET /_matrix/client/versions with 200"
            f" after {elapsed:.1f} s on {LOOPBACK}:{port}"
        )
        return True

    if exit_status is not None:
        reason = f"the server exited with status {exit_status} after {elapsed:.1f} s"
    else:
        reason = f"no HTTP 200 from /_matrix/client/versions within {timeout:g} s"
    tail = log_tail(log_path)
    if not tail:
        print(f"FAIL {source}: {reason}; the server log is empty")
        return False
    print(f"FAIL {source}: {reason}; last {len(tail)} log lines:")
    for line in tail:
        print(f"  | {line.rstrip()}")
    return False


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Start Synapse from an adapted copy of a homeserver.yaml and"
        " check that /_matrix/client/versions returns HTTP 200."
    )
    parser.add_argument("config", metavar="HOMESERVER_YAML")
    parser.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="maximum time from starting the server to the first HTTP 200 (default: 60)",
    )
    parser.add_argument(
        "--work-dir",
        metavar="DIR",
        help="folder for the adapted config, placeholder files, database and log;"
        " it is emptied first and kept afterwards (default: a temporary folder"
        " that is removed)",
    )
    parser.add_argument(
        "--no-netns",
        action="store_true",
        help="do not move into a new network namespace before starting the server",
    )
    args = parser.parse_args(argv)

    source = Path(args.config).resolve()
    if not source.is_file():
        parser.error(f"config file not found: {args.config}")

    if not args.no_netns:
        try:
            print(f"  {enter_loopback_only_namespace()}")
        except OSError as error:
            print(f"FAIL {source}: could not bring up loopback in the new network"
                  f" namespace ({error}); rerun with --no-netns")
            return 2

    if args.work_dir:
        work_dir = synapse_stubs.fresh_directory(Path(args.work_dir).resolve())
    else:
        work_dir = Path(tempfile.mkdtemp(prefix="synapse-boot-"))
    try:
        passed = boot(source, work_dir, args.timeout)
    except (OSError, ValueError, synapse_stubs.yaml.YAMLError) as error:
        print(f"FAIL {source}: could not prepare the config: {error}")
        return 2
    finally:
        if not args.work_dir:
            shutil.rmtree(work_dir, ignore_errors=True)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
