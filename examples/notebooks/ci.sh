#!/usr/bin/env bash
# CI: execute chronology.ipynb headless, so that a failing cell fails the build.
# Run from the repository root after the jar is built (`mvn -B verify` or `mvn -B package`).
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=/usr/bin/python3   # the system Python, where the Debian packages live (not a pyenv shim)
OUT=target/notebook
start=$(date +%s)

if ! "$PY" -c 'import jpype, nbclient, nbconvert, pandas, matplotlib, ipykernel' 2>/dev/null; then
  echo "notebook: installing the Python packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-jpype python3-nbclient \
    python3-ipykernel python3-pandas python3-matplotlib jupyter-nbconvert
fi

# The kernel nbconvert starts must be a Python that has JPype; register one when the stock
# python3 kernel spec is missing or points elsewhere.
kernel=python3
if ! "$PY" - <<'PY'
import subprocess, sys
from jupyter_client.kernelspec import KernelSpecManager
argv = KernelSpecManager().get_kernel_spec("python3").argv
sys.exit(subprocess.call([argv[0], "-c", "import jpype, pandas, matplotlib"]))
PY
then
  kernel=annalist-python3
  "$PY" -m ipykernel install --user --name "$kernel" --display-name "Python 3 (Annalist)"
fi

test -f examples/cli/target/annalist.jar || { echo "notebook: examples/cli/target/annalist.jar is missing; build it first" >&2; exit 1; }
mkdir -p "$OUT"
ANNALIST_PLOT="$PWD/$OUT/chronology-plot.png" PYDEVD_DISABLE_FILE_VALIDATION=1 \
  "$PY" -m nbconvert --to notebook --execute \
    --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.kernel_name="$kernel" \
    examples/notebooks/chronology.ipynb --output-dir "$OUT"
test -s "$OUT/chronology-plot.png"
echo "notebook: executed in $(( $(date +%s) - start ))s -> $OUT/chronology.ipynb, $OUT/chronology-plot.png"
