#!/usr/bin/env python3
"""Check that files are strict JSON and print their top-level keys.

Rejects what Python's json module accepts by default but other parsers do not
handle the same way: duplicate object keys (JSON.parse in browsers keeps the
last one silently) and the non-standard constants NaN, Infinity and -Infinity.

Prints one line per file: PASS with the top-level keys (or the array length),
or FAIL with the error (syntax errors include the line and column).

Exit status: 0 when every file passes, 1 when at least one fails, 2 for
invalid arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


class DuplicateKeyError(ValueError):
    pass


def reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            siblings = ", ".join(sorted(result))
            raise DuplicateKeyError(f"duplicate key {key!r} in the object with keys {siblings}")
        result[key] = value
    return result


def reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def check_file(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(
            text, object_pairs_hook=reject_duplicate_keys, parse_constant=reject_constant
        )
    except json.JSONDecodeError as error:
        print(f"FAIL {path}: invalid JSON: {error}")
        return False
    except (ValueError, UnicodeDecodeError, OSError) as error:
        print(f"FAIL {path}: {error}")
        return False

    if isinstance(data, dict):
        print(f"PASS {path}: object with top-level keys {', '.join(data) or '(none)'}")
    elif isinstance(data, list):
        print(f"PASS {path}: array of {len(data)} items")
    else:
        print(f"PASS {path}: {type(data).__name__} value")
    return True


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Check that files are strict JSON (no duplicate keys, no NaN or"
        " Infinity) and print their top-level keys."
    )
    parser.add_argument("files", nargs="+", metavar="JSON_FILE")
    args = parser.parse_args(argv)

    missing = [name for name in args.files if not Path(name).is_file()]
    if missing:
        parser.error(f"file not found: {', '.join(missing)}")

    results = [check_file(Path(name)) for name in args.files]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
