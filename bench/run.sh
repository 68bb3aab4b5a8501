#!/usr/bin/env bash
# Measures umctl on the example deployment and prints the figures.
# Usage: bench/run.sh [RUNS]   (default 20 runs per command)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-20}
swift=${SWIFT:-$(command -v swift || echo /opt/swift/usr/bin/swift)}

"$swift" build -c release --product umctl >/dev/null
umctl=$(pwd)/.build/release/umctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r Environments "$work/"
export UMCTL_TEMPLATES=$(pwd)/Templates

# Wall time per run in milliseconds, as the median of $runs runs.
median_ms() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# Peak resident memory in KiB, from GNU time.
peak_kib() {
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1
}

cd "$work"
git init -q -b main .
"$umctl" render --all >/dev/null

echo "umctl benchmark: $(uname -m), $(nproc) cores, $runs runs per figure, release build"
printf '%-44s %8s\n' "command" "median"
printf '%-44s %6s ms\n' "validate --all (3 environments)" "$(median_ms "$umctl" validate --all)"
printf '%-44s %6s ms\n' "render --all, nothing changed" "$(median_ms "$umctl" render --all)"
printf '%-44s %6s ms\n' "render --all into a new folder" "$(median_ms sh -c "rm -rf '$work/out' && '$umctl' render --all --out '$work/out'")"
printf '%-44s %6s ms\n' "options --format json (catalog)" "$(median_ms "$umctl" options --format json)"
"$umctl" commit --env beta --author-name Bench --author-email bench@example.org >/dev/null
printf '%-44s %6s ms\n' "commit --env beta, nothing changed" "$(median_ms "$umctl" commit --env beta --author-name Bench --author-email bench@example.org)"
printf '%-44s %6s ms\n' "check (git tree and work tree)" "$(median_ms "$umctl" check)"
echo
printf '%-44s %6s KiB\n' "peak memory, render --all" "$(peak_kib "$umctl" render --all --out "$work/peak")"
printf '%-44s %6s KiB\n' "peak memory, check" "$(peak_kib "$umctl" check)"
