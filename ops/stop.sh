#!/usr/bin/env bash
# Stop the local cluster that ops/run.sh (or ops/cluster/up.sh) started: the workers,
# the assembler and the Tansu broker. Only stops; sets up, builds and publishes nothing.
#
#   ops/stop.sh [NAME...]    (the same as ops/cluster/down.sh; NAMEs stop single processes)
exec "$(dirname "${BASH_SOURCE[0]}")/cluster/down.sh" "$@"
