"""Replace the files a Synapse homeserver.yaml refers to with local stand-ins.

A rendered homeserver.yaml names files that exist only inside the deployed
container (signing key, log config, secret files, media store). Synapse's
config loader reads or checks most of them, so before loading such a config on
a test machine, `stub_config_files` rewrites every absolute path value into a
folder under a temporary directory and creates placeholder contents there.

Shared by synapse_load.py and synapse_boot.py.
"""

from __future__ import annotations

import datetime
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import yaml

# Keys that name a path although they do not end in "_path".
EXTRA_PATH_KEYS = frozenset({"log_config"})

# Path keys whose value is a folder rather than a file.
DIRECTORY_KEYS = frozenset({"media_store_path", "backup_media_store_path"})

SIGNING_KEY_KEYS = frozenset({"signing_key_path", "key_server_signing_keys_path"})
CERTIFICATE_KEYS = frozenset({"tls_certificate_path", "ca_path"})
PRIVATE_KEY_KEYS = frozenset({"tls_private_key_path"})
SSH_PRIVATE_KEY_KEYS = frozenset({"ssh_priv_key_path"})
SSH_PUBLIC_KEY_KEYS = frozenset({"ssh_pub_key_path"})

# Logs to stderr at INFO, so synapse_boot.py can show the server's log.
STUB_LOG_CONFIG = {
    "version": 1,
    "formatters": {
        "precise": {
            "format": "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(message)s"
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "precise",
            "stream": "ext://sys.stderr",
        }
    },
    "root": {"level": "INFO", "handlers": ["console"]},
    "disable_existing_loggers": False,
}


@dataclass
class StubbedPath:
    """One path value that was rewritten, for the report."""

    key: str
    original: str
    replacement: str
    content: str

    def describe(self) -> str:
        return f"stubbed {self.key}: {self.original} -> {self.replacement} ({self.content})"


def is_path_key(key: str, extra_keys: frozenset[str] = frozenset()) -> bool:
    return key.endswith("_path") or key in EXTRA_PATH_KEYS or key in extra_keys


def iter_path_values(
    node: Any, extra_keys: frozenset[str] = frozenset(), prefix: str = ""
) -> Iterator[tuple[dict, str, str]]:
    """Yield (parent mapping, key, dotted key path) for every path-like string value."""
    if isinstance(node, dict):
        for key, value in node.items():
            dotted = f"{prefix}.{key}" if prefix else str(key)
            if isinstance(key, str) and isinstance(value, str) and is_path_key(key, extra_keys):
                yield node, key, dotted
            else:
                yield from iter_path_values(value, extra_keys, dotted)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from iter_path_values(item, extra_keys, f"{prefix}[{index}]")


def mirror_path(files_root: Path, original: str) -> Path:
    """Map an absolute path to the same relative path under files_root."""
    relative = os.path.normpath(original).lstrip("/")
    target = (files_root / relative).resolve()
    if target != files_root and files_root not in target.parents:
        raise ValueError(f"path {original!r} escapes the stub folder {files_root}")
    return target


class StubWriter:
    """Creates placeholder files, remembering what it already created."""

    def __init__(self, server_name: str):
        self.server_name = server_name
        self._tls_key: Any = None
        self._ssh_key: Any = None

    def write(self, key: str, target: Path) -> str:
        """Create the placeholder for `key` at target and return a description."""
        if key in DIRECTORY_KEYS:
            target.mkdir(parents=True, exist_ok=True)
            return "empty folder"

        target.parent.mkdir(parents=True, exist_ok=True)
        if key == "database_path":
            # SQLite creates the database file itself.
            return "folder for an SQLite database"
        if key == "log_config":
            target.write_text(yaml.safe_dump(STUB_LOG_CONFIG, sort_keys=False))
            return "logging config to stderr"
        if key in SIGNING_KEY_KEYS:
            self._write_signing_key(target)
            return "generated ed25519 signing key"
        if key in CERTIFICATE_KEYS or key.endswith("_ca_path"):
            target.write_bytes(self._certificate_pem())
            return "self-signed certificate"
        if key in PRIVATE_KEY_KEYS:
            target.write_bytes(self._tls_private_key_pem())
            return "private key of the self-signed certificate"
        if key in SSH_PRIVATE_KEY_KEYS:
            target.write_bytes(self._ssh_private_key())
            return "generated SSH private key"
        if key in SSH_PUBLIC_KEY_KEYS:
            target.write_bytes(self._ssh_public_key())
            return "generated SSH public key"

        # Secret files: Synapse 1.163 strips whitespace from some of them but
        # not from all, so the placeholder is one token without whitespace.
        target.write_text(secrets.token_urlsafe(32))
        return "random secret"

    def _write_signing_key(self, target: Path) -> None:
        import signedjson.key

        signing_key = signedjson.key.generate_signing_key("a_stub")
        with target.open("w") as stream:
            signedjson.key.write_signing_keys(stream, [signing_key])

    def _tls_private_key(self) -> Any:
        from cryptography.hazmat.primitives.asymmetric import ec

        if self._tls_key is None:
            self._tls_key = ec.generate_private_key(ec.SECP256R1())
        return self._tls_key

    def _tls_private_key_pem(self) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return self._tls_private_key().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )

    def _certificate_pem(self) -> bytes:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.x509.oid import NameOID

        key = self._tls_private_key()
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, self.server_name)])
        now = datetime.datetime.now(datetime.timezone.utc)
        certificate = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .sign(key, hashes.SHA256())
        )
        return certificate.public_bytes(serialization.Encoding.PEM)

    def _ssh_private_key_object(self) -> Any:
        from cryptography.hazmat.primitives.asymmetric import ed25519

        if self._ssh_key is None:
            self._ssh_key = ed25519.Ed25519PrivateKey.generate()
        return self._ssh_key

    def _ssh_private_key(self) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return self._ssh_private_key_object().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.NoEncryption(),
        )

    def _ssh_public_key(self) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return self._ssh_private_key_object().public_key().public_bytes(
            serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
        )


def stub_config_files(
    config: dict, files_root: Path, extra_keys: frozenset[str] = frozenset()
) -> tuple[list[StubbedPath], list[str]]:
    """Rewrite absolute path values in config (in place) to placeholders under files_root.

    Returns the rewritten paths and a list of notes about path values left as
    they are (relative paths, which Synapse resolves against its working
    directory).
    """
    files_root = files_root.resolve()
    writer = StubWriter(str(config.get("server_name", "localhost")))
    created: dict[Path, str] = {}
    stubbed: list[StubbedPath] = []
    notes: list[str] = []

    for parent, key, dotted in list(iter_path_values(config, extra_keys)):
        original = parent[key]
        if not original:
            continue
        if not original.startswith("/"):
            notes.append(f"left relative path as it is: {dotted}: {original}")
            continue

        target = mirror_path(files_root, original)
        if target in created:
            content = created[target] + ", shared"
        elif key == "pid_file":
            target.parent.mkdir(parents=True, exist_ok=True)
            content = "not created, the server writes it"
        else:
            content = writer.write(key, target)
        created.setdefault(target, content)
        parent[key] = str(target)
        stubbed.append(StubbedPath(dotted, original, str(target), content))

    return stubbed, notes


def load_yaml_mapping(path: Path) -> dict:
    with path.open() as stream:
        data = yaml.safe_load(stream)
    if not isinstance(data, dict):
        raise ValueError(f"{path} does not contain a YAML mapping")
    return data


def write_yaml(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as stream:
        yaml.safe_dump(data, stream, sort_keys=False, default_flow_style=False)


def fresh_directory(path: Path) -> Path:
    """Create path as an empty folder, removing what a previous run left there."""
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path
