# shellcheck shell=bash
# debian_mirror: prints the Debian mirror this machine's apt configuration uses (the
# first non-security `.../debian` URI), so nothing in the repository names a host.
debian_mirror() {
  local f mirror=""
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f $f ]] || continue
    mirror=$(awk '/^URIs:/ {for (i=2;i<=NF;i++) if ($i ~ /debian\/?$/ && $i !~ /security/) {print $i; exit}}' "$f")
    [[ -n $mirror ]] && break
  done
  if [[ -z $mirror ]]; then
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
      [[ -f $f ]] || continue
      mirror=$(awk '$1=="deb" {for (i=2;i<=NF;i++) if ($i ~ /^(https?|ftp):/ && $i ~ /debian\/?$/) {print $i; exit}}' "$f")
      [[ -n $mirror ]] && break
    done
  fi
  [[ -n $mirror ]] || return 1
  printf '%s\n' "$mirror"
}
