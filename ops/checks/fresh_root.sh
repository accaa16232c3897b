#!/usr/bin/env bash
# Runs the README's test command (ops/test.sh) in a freshly bootstrapped Debian 12 root,
# the way a new user's machine has it: Debian's base system plus what the Swift
# toolchain's install instructions ask for, the toolchain itself and the local Swift
# package mirror bind-mounted read-only, this machine's CA bundle, resolver, apt, pip and
# git configuration copied in — and nothing else: no .build, no .cache, no librdkafka,
# kcat or Python packages. So a missing install step in ops/setup.sh fails here.
#
#   ops/checks/fresh_root.sh [COMMAND...]   default command: ops/test.sh
#
# Environment: FRESH_ROOT (default /var/tmp/wirefleet-fresh-root; made anew every run),
# SWIFT_ROOT (default /opt/swift), SWIFT_PACKAGES (default /opt/swift-packages, skipped
# if missing). Needs root (debootstrap, chroot, mounts). Copies the working tree's
# tracked and untracked-but-not-ignored files (what a clone of the change holds) to
# /srv/wirefleet in the root and ../shared, read-only, beside it (/srv/shared) when it exists
# (likewise ../wirefleet-eval, the gold of our own evaluation sets).
# Prints the wall time of each phase; exits with the command's status.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
fresh=${FRESH_ROOT:-/var/tmp/wirefleet-fresh-root}
swift_root=${SWIFT_ROOT:-/opt/swift}
swift_packages=${SWIFT_PACKAGES:-/opt/swift-packages}
if [[ ${1:-} == -h || ${1:-} == --help ]]; then sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0; fi
command=("$@")
((${#command[@]})) || command=(ops/test.sh)

say() { printf '\033[1m[fresh-root]\033[0m %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }
[[ $(id -u) -eq 0 ]] || die "needs root (debootstrap, chroot and bind mounts)"
[[ -x $swift_root/usr/bin/swift ]] || die "no Swift toolchain at $swift_root (set SWIFT_ROOT)"
case $fresh in /|/usr|/var|/tmp|/opt|/work|"") die "refusing FRESH_ROOT=$fresh" ;; esac

unmount_all() {
  local m
  # Deepest first; lazy so a busy mount cannot leave the tree half mounted.
  for m in $(findmnt -rn -o TARGET | grep -F "$fresh/" | sort -r); do umount -l "$m" 2>/dev/null || true; done
}
remove_root() {
  unmount_all
  if findmnt -rn -o TARGET | grep -qF "$fresh/"; then die "mounts remain under $fresh; not removing it"; fi
  rm -rf --one-file-system "$fresh"
}
trap unmount_all EXIT

phase_start=$SECONDS
phase() { say "$1 ($((SECONDS - phase_start)) s)"; phase_start=$SECONDS; }

# --- 1. a fresh Debian 12 root ---------------------------------------------------
if ! command -v debootstrap >/dev/null; then
  say "installing debootstrap on this machine"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
# shellcheck source=ops/lib/debian-mirror.sh
source "$here/ops/lib/debian-mirror.sh"
mirror=$(debian_mirror) || die "no Debian mirror in this machine's apt configuration"
[[ -e $fresh ]] && remove_root
mkdir -p "$fresh"
# What swift.org's installation instructions for Debian 12 ask for (a user who installed
# the toolchain has these), and nothing of this project's own needs.
swift_deps=binutils,gcc,g++,git,libc6-dev,libcurl4-openssl-dev,libedit-dev,libicu-dev,libncurses-dev,libpython3-dev,libsqlite3-dev,libxml2-dev,libz3-dev,pkg-config,tzdata,uuid-dev,zlib1g-dev,ca-certificates,procps
say "debootstrap bookworm from this machine's Debian mirror into $fresh"
debootstrap --include="$swift_deps" bookworm "$fresh" "$mirror" >"$fresh.debootstrap.log" 2>&1 \
  || { tail -n 20 "$fresh.debootstrap.log" >&2; die "debootstrap failed (log: $fresh.debootstrap.log)"; }
phase "root ready"

# --- 2. what a user's machine has of its own ---------------------------------------
cp /etc/resolv.conf "$fresh/etc/resolv.conf"
cp /etc/ssl/certs/ca-certificates.crt "$fresh/etc/ssl/certs/ca-certificates.crt"
for f in /etc/gitconfig /etc/pip.conf; do [[ -f $f ]] && cp "$f" "$fresh$f"; done
# The machine's apt sources (suites, updates, security), as the user's apt has them.
if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
  rm -f "$fresh/etc/apt/sources.list"
  cp /etc/apt/sources.list.d/*.sources "$fresh/etc/apt/sources.list.d/"
fi

# --- 3. mounts ---------------------------------------------------------------------
mount -t proc proc "$fresh/proc"
mount --rbind /sys "$fresh/sys"; mount --make-rslave "$fresh/sys"
mount --rbind /dev "$fresh/dev"; mount --make-rslave "$fresh/dev"
mkdir -p "$fresh$swift_root"
mount --bind "$swift_root" "$fresh$swift_root"; mount -o remount,bind,ro "$fresh$swift_root"
if [[ -d $swift_packages ]]; then
  mkdir -p "$fresh$swift_packages"
  mount --bind "$swift_packages" "$fresh$swift_packages"; mount -o remount,bind,ro "$fresh$swift_packages"
fi
mkdir -p "$fresh/srv/wirefleet"
(cd "$here" && git ls-files -z --cached --others --exclude-standard | xargs -0 -r tar -cf - --no-recursion) \
  | tar -xf - -C "$fresh/srv/wirefleet"
if [[ -d $here/../shared ]]; then
  mkdir -p "$fresh/srv/shared"
  mount --bind "$here/../shared" "$fresh/srv/shared"; mount -o remount,bind,ro "$fresh/srv/shared"
else
  say "no ../shared beside the repository: tests that need it are skipped"
fi
# The gold of our own evaluation sets, kept outside the repository (ops/eval/README.md).
if [[ -d $here/../wirefleet-eval ]]; then
  mkdir -p "$fresh/srv/wirefleet-eval"
  mount --bind "$here/../wirefleet-eval" "$fresh/srv/wirefleet-eval"; mount -o remount,bind,ro "$fresh/srv/wirefleet-eval"
fi
phase "mounted the toolchain and copied the tree"

# --- 4. the command, as a user's login shell would run it --------------------------
say "running: ${command[*]}"
set +e
chroot "$fresh" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-}" \
  PATH="$swift_root/usr/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  /bin/bash -c 'cd /srv/wirefleet && "$@"' fresh-root "${command[@]}"
status=$?
set -e
phase "command exited with status $status"
unmount_all
exit "$status"
