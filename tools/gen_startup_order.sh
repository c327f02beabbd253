#!/usr/bin/env bash
# Writes repl/startup.order: the functions `krait` runs while it starts, one mangled name a
# line. The link places them side by side at the front of .text (lld's
# --symbol-ordering-file), so start-up touches a few contiguous pages of code instead of
# pages all over the binary; the kernel maps file pages 64 KiB around each fault, so this
# is most of the start-up RSS. A stale list costs only memory, never correctness: names it
# misses are placed as usual and names it lists that are gone are ignored.
#
#   tools/gen_startup_order.sh build/krait
#
# Needs valgrind (callgrind). Rerun after large changes to start-up or to the runtime.
set -euo pipefail
krait=${1:?usage: tools/gen_startup_order.sh path/to/krait}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/repl/startup.order
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Empty program, a print, and the examples/hello.py a newcomer runs first.
i=0
for args in "-c pass" "-c print(1)" "$root/examples/hello.py"; do
  i=$((i + 1))
  # shellcheck disable=SC2086
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$tmp/cg.$i" \
    "$krait" $args >/dev/null 2>&1
done

# Every function with at least one instruction executed, in the executable itself (symbol
# names only: not callgrind's "(below main)" nor addresses without a symbol).
for f in "$tmp"/cg.*; do
  callgrind_annotate --threshold=100 "$f" 2>/dev/null
done | grep -F "[$(readlink -f "$krait")]" |
  sed -E 's/^ *[0-9,]+ \([ 0-9.]+%\)  [^:]*:([^ ]+) \[.*$/\1/' |
  grep -E '^[A-Za-z_][A-Za-z0-9_.$]*$' | LC_ALL=C sort -u > "$out"
echo "$(wc -l < "$out") functions -> ${out#"$root"/}"
