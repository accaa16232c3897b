#!/bin/sh
# Throughput of text hygiene + entity tagging on one core, outside SwiftPM (no
# Package.swift target): links the release objects of WirefleetText and
# WirefleetEntities into a small driver and runs it over the given text files.
#
#   swift build -c release --product wirefleet
#   Benchmarks/EntitiesBench/run.sh /path/to/articles/*.txt
#
# Prints CPU seconds (process CPU time, fair on a shared machine) and wall-clock
# throughput. Use /usr/bin/time -v on it for the peak RSS.
set -e
cd "$(dirname "$0")/../.."
swiftc -O -I .build/release/Modules Benchmarks/EntitiesBench/main.swift -o .build/release/entities-bench \
    .build/release/WirefleetEntities.build/*.o .build/release/WirefleetText.build/*.o
exec .build/release/entities-bench "$@"
