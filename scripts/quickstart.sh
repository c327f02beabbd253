#!/usr/bin/env bash
# Krait's quick start, for a fresh Debian 12 machine (as root, or with sudo).
#
#   bash scripts/quickstart.sh        install what is missing, build, run an example
#   bash scripts/quickstart.sh test   the same set-up, then every test: the normal build,
#                                     an ASan+UBSan build and a GC-stress build
#
# .ci/run calls the second form, so CI tests exactly what a newcomer runs.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
case "$mode" in
  run|test) ;;
  *) echo "usage: bash scripts/quickstart.sh [run|test]" >&2; exit 2 ;;
esac

# --- 1. Install the build tools that are missing (Debian package names). ---------------
need=()
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_cmd g++ || need+=(g++)
have_cmd cmake || need+=(cmake)
have_cmd ninja || need+=(ninja-build)
have_cmd re2c || need+=(re2c)
have_cmd lemon || need+=(lemon)
have_cmd ld.lld || need+=(lld)  # links krait with its start-up functions together (smaller RSS)
[ -f /usr/share/lemon/lempar.c ] || need+=(lemon)
[ -f /usr/include/gtest/gtest.h ] || need+=(libgtest-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing: ${need[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

jobs=$(nproc 2>/dev/null || echo 2)
build() {  # build DIR [cmake options...]
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
}

# --- 2. Build and run. ------------------------------------------------------------------
if [ "$mode" = run ]; then
  build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
  echo "== build/krait examples/hello.py"
  build/krait examples/hello.py
  exit 0
fi

# --- 3. Every test, in the three configurations CI checks. ----------------------------
status=0
run_suite() {  # run_suite NAME DIR [cmake options...]
  local name=$1 dir=$2; shift 2
  echo "== $name build ($dir)"
  build "$dir" "$@"
  (cd "$dir" && ctest --output-on-failure -j "$jobs" --timeout 600) || status=1
}
run_suite normal build -DCMAKE_BUILD_TYPE=RelWithDebInfo
run_suite "ASan+UBSan" build-asan -DCMAKE_BUILD_TYPE=Debug -DKRAIT_SANITIZE=ON -DKRAIT_BUILD_BENCH=OFF
run_suite "GC-stress" build-gcstress -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKRAIT_GC_STRESS=ON -DKRAIT_BUILD_BENCH=OFF
exit $status
