"""The gazetteer is data: well-formed entries, unique ids, extensible without code."""
import shutil

import yaml

from ingest.actors import lexicon as lexicon_module
from ingest.actors import recognize

TYPES = {"PERSON", "ORGANIZATION", "COUNTRY", "GOVERNMENT", "LOCATION", "GROUP", "PRODUCT"}


def entries():
    for name in lexicon_module.ENTITY_FILES:
        for item in yaml.safe_load((lexicon_module.GAZETTEER / f"{name}.yaml").read_text("utf-8")):
            yield name, item


def test_every_entry_has_an_id_a_canonical_name_and_a_known_type():
    for name, item in entries():
        assert item["id"].split(":")[0] in {"country", "org", "person", "place", "product"}, (name, item)
        assert item["name"] and item["type"] in TYPES, (name, item)


def test_actor_ids_are_unique_across_files():
    ids = [item["id"] for _, item in entries()]
    assert len(ids) == len(set(ids))


def test_countries_have_german_and_english_names():
    for name, item in entries():
        if name == "countries":
            assert item.get("de") and item.get("en"), item["id"]


def test_adding_an_entry_to_a_data_file_adds_an_actor(tmp_path, monkeypatch):
    folder = tmp_path / "gazetteer"
    shutil.copytree(lexicon_module.GAZETTEER, folder)
    with (folder / "organizations.yaml").open("a", encoding="utf-8") as f:
        f.write("- {id: org:kellerei-tramin, name: Tramin Winery, type: ORGANIZATION, "
                "de: [Kellerei Tramin], en: [Tramin Winery]}\n")
    monkeypatch.setattr(lexicon_module, "GAZETTEER", folder)
    lexicon_module.lexicon.cache_clear()
    try:
        [m] = recognize("Die Kellerei Tramin hat gestern geöffnet.", "de")
        assert (m.actor.id, m.actor.name) == ("org:kellerei-tramin", "Tramin Winery")
    finally:
        lexicon_module.lexicon.cache_clear()
