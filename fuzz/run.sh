#!/usr/bin/env bash
# Long coverage-guided run of one or every fuzz target with AFL++ through cargo-afl.
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 600 s, every target)
# Needs: cargo install cargo-afl && cargo afl config --build (builds AFL++ from source).
# Findings land in fuzz/out/<target>/default/crashes; turn each into a regression in
# tests/offline/fuzz_props.rs (regressions()) and record the run in SECURITY.md.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(flow_toml fluent telegram_update operator_command sealed_record person_turns)
[ -n "${SKIP_BUILD:-}" ] || cargo afl build --release
mkdir -p out
for t in "${targets[@]}"; do
    in="seeds/$t"
    case "$t" in
        flow_toml) in=../flows ;;
        fluent) in=work/fluent-seeds; mkdir -p "$in"; for f in ../locales/*/*.ftl; do cp "$f" "$in/$(echo "$f" | tr / _)"; done ;;
    esac
    AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
        timeout --preserve-status "$secs" cargo afl fuzz -i "$in" -o "out/$t" -t 2000 -- target/release/varco-fuzz "$t" \
        > "out-$t.log" 2>&1 || true
    stats="out/$t/default/fuzzer_stats"
    echo "$t: $(grep -E '^(execs_done|corpus_count|saved_crashes|saved_hangs)' "$stats" | tr -s ' ' | tr '\n' ' ')"
done
