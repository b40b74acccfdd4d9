#!/usr/bin/env bash
# Executes samples/notebooks/claimcheck.ipynb headless, as a notebook user would run it: Jupyter's nbconvert (Debian's
# jupyter-nbconvert) drives the .NET Interactive kernel (the Microsoft.dotnet-interactive tool from NuGet, pinned, installed
# into a scratch folder), cell by cell, on the library built in this repository. Then checks that every code cell ran
# without an error, that the analysis displayed as HTML tables (with the contradictions and a source's affiliation), that
# the files the notebook saves went to its scratch folder, and that nothing under samples/ changed.
# Usage: tests/Notebook/run.sh [SCRATCH]   (a CI step; installs what a fresh machine lacks)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The .NET Interactive version NuGet serves here (1.0.712001 targets net10.0).
interactive_version=1.0.712001

if ! [ -x /usr/bin/jupyter-nbconvert ] || ! /usr/bin/python3 -c 'import nbclient' 2>/dev/null; then
  echo "notebook: installing Debian's jupyter-nbconvert"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jupyter-nbconvert >/dev/null
fi

echo "notebook: .NET Interactive $interactive_version into $work/tools"
dotnet tool install Microsoft.dotnet-interactive --version "$interactive_version" --tool-path "$work/tools" >/dev/null

# A kernel spec of the run's own, under the name the notebook asks for; the kernel's web server listens on loopback only.
mkdir -p "$work/jupyter/kernels/.net-csharp" "$work/runtime" "$work/tmp" "$work/out"
cat > "$work/jupyter/kernels/.net-csharp/kernel.json" <<EOF
{
  "argv": ["$work/tools/dotnet-interactive", "jupyter", "--default-kernel", "csharp", "{connection_file}", "--http-local-only"],
  "display_name": ".NET (C#)",
  "language": "C#"
}
EOF

echo "notebook: building the library it loads (src/ClaimCheck/bin/Release/net10.0)"
dotnet build "$root/src/ClaimCheck" -c Release -f net10.0 -v q -nologo >/dev/null

samples_before=$(cd "$root/samples" && find . -type f -print0 | sort -z | xargs -0 sha256sum)

echo "notebook: executing samples/notebooks/claimcheck.ipynb"
# TMPDIR is the notebook's scratch folder (it saves to Path.GetTempPath()/claimcheck-notebook).
JUPYTER_PATH="$work/jupyter" JUPYTER_DATA_DIR="$work/jupyter" JUPYTER_CONFIG_DIR="$work/config" JUPYTER_RUNTIME_DIR="$work/runtime" \
TMPDIR="$work/tmp" PYDEVD_DISABLE_FILE_VALIDATION=1 \
  /usr/bin/jupyter-nbconvert --to notebook --execute "$root/samples/notebooks/claimcheck.ipynb" \
    --ExecutePreprocessor.kernel_name=.net-csharp --ExecutePreprocessor.timeout=600 \
    --output-dir "$work/out" --output claimcheck.executed >"$work/nbconvert.log" 2>&1 \
  || { cat "$work/nbconvert.log"; echo "notebook: nbconvert failed"; exit 1; }

samples_after=$(cd "$root/samples" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
[ "$samples_before" = "$samples_after" ] || { echo "notebook: running it changed samples/"; diff <(echo "$samples_before") <(echo "$samples_after") || true; exit 1; }

/usr/bin/python3 - "$work/out/claimcheck.executed.ipynb" "$work/tmp/claimcheck-notebook" <<'PY'
import json, os, sys
notebook, scratch = sys.argv[1], sys.argv[2]
cells = [c for c in json.load(open(notebook, encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
problems = []
for i, c in enumerate(cells):
    if c.get("execution_count") is None:
        problems.append(f"code cell {i} did not run")
    for o in c.get("outputs", []):
        if o.get("output_type") == "error":
            problems.append(f"code cell {i}: {o.get('ename')}: {o.get('evalue')}")
html = "".join("".join(o["data"]["text/html"]) if isinstance(o["data"]["text/html"], list) else o["data"]["text/html"]
               for c in cells for o in c.get("outputs", []) if "text/html" in o.get("data", {}))
for needle in ("<h3>Contradictions</h3>", "<h3>Claims</h3>", "Islamic State agency"):
    if needle not in html:
        problems.append(f"no {needle!r} in the notebook's HTML outputs")
for name in ("claimcheck.html", "claimcheck.json", "claims.csv"):
    path = os.path.join(scratch, name)
    if not os.path.isfile(path) or os.path.getsize(path) == 0:
        problems.append(f"the notebook did not save {path}")
if problems:
    print("\n".join("notebook: " + p for p in problems))
    sys.exit(1)
print(f"notebook: {len(cells)} code cells ran without an error; the analysis displayed as HTML tables; its files went to {scratch}")
PY
echo "notebook: done (samples/ unchanged)"
