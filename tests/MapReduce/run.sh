#!/usr/bin/env bash
# The archive recipe run by an existing engine (a CI step): GNU parallel splits a JSONL archive into chunks (--pipe), runs
# `claimcheck extract` on each chunk as the map step (--sshlogin ':' is this machine; name ssh hosts to spread the map over
# machines), `claimcheck align` reads the map output as the reduce step, and the bytes must equal `claimcheck analyze` of the
# same reports. Installs GNU parallel (Debian's package) when it is missing.
# Usage: tests/MapReduce/run.sh [work folder]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work" && work=$(cd "$work" && pwd)
if ! command -v parallel >/dev/null 2>&1; then
  echo "mapreduce: installing GNU parallel"
  apt-get update -qq && apt-get install -y -qq parallel >/dev/null
fi

dotnet build -c Release "$root/src/ClaimCheck.Cli" -v q -nologo >/dev/null
cc="dotnet $root/src/ClaimCheck.Cli/bin/Release/net10.0/ClaimCheck.Cli.dll"

# The archive: the seeds as JSONL {id, outlet, published, text}, outlet and date from their manifest.
python3 - "$root/seeds" > "$work/archive.jsonl" <<'PY'
import json, pathlib, sys
seeds = pathlib.Path(sys.argv[1])
manifest = json.loads((seeds / "manifest.json").read_text(encoding="utf-8"))
for path in sorted(seeds.glob("*.txt")):
    entry = manifest.get(path.name, {})
    record = {"id": path.name, "outlet": entry.get("outlet"), "published": entry.get("published"), "text": path.read_text(encoding="utf-8")}
    print(json.dumps(record, ensure_ascii=False))
PY

# Map: 2 reports per chunk, 2 workers. parallel prints each job's output whole (--group, its default), so the chunks' records
# never interleave, and the output comes back over ssh the same way when --sshlogin names other machines.
parallel --will-cite --pipe -N 2 -j 2 --sshlogin ':' "$cc extract - --jobs 1" < "$work/archive.jsonl" > "$work/claims.jsonl"
chunks=$(grep -c '"type":"report"' "$work/claims.jsonl")
# Reduce.
$cc align "$work/claims.jsonl" > "$work/aligned.json"
$cc analyze "$root/seeds" > "$work/analyzed.json"
cmp "$work/aligned.json" "$work/analyzed.json"
echo "mapreduce: GNU parallel ran extract on chunks of the archive ($chunks reports); align of the map output gives analyze's bytes"
