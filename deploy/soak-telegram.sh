#!/usr/bin/env bash
# Soak: the Telegram crash loop for 1,000 kill -9 cycles (the test suite runs 50).
# Every update must be stepped exactly once and every reply delivered; the number of
# duplicates (send-before-mark window, at most one per crash) is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
VARCO_CRASH_CYCLES="${1:-1000}" cargo test --release --test telegram crash_loop_loses_nothing -- --nocapture
