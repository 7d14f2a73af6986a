"""Loading articles: every format, and every kind of bad input named with its file."""
from datetime import date
from pathlib import Path

from ingest.documents import Document, LoadError, content_hash, load_paths
from ingest.language import guess_language

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def load(*paths):
    return list(load_paths(paths))


def test_seed_article_takes_its_metadata_from_the_sidecar():
    [doc] = load(SEEDS / "000_15baa7a1c58b67f2.txt")
    assert isinstance(doc, Document)
    assert doc.id == "seed-000-15baa7a1c58b67f2"
    assert doc.published == date(2024, 11, 18)
    assert doc.lang == "de"
    assert doc.text.startswith("In einem scheinbar verzweifelten Versuch")


def test_markdown_front_matter_gives_metadata_and_the_body_is_the_text(tmp_path):
    path = tmp_path / "brief.md"
    path.write_text(
        "---\nid: md-1\ntitle: Gipfel in Brüssel\npublished: 2024-03-05\nlang: de\n---\n"
        "Die Staats- und Regierungschefs treffen sich am Donnerstag.\n",
        encoding="utf-8",
    )
    [doc] = load(path)
    assert (doc.id, doc.title, doc.published, doc.lang) == ("md-1", "Gipfel in Brüssel", date(2024, 3, 5), "de")
    assert doc.text == "Die Staats- und Regierungschefs treffen sich am Donnerstag.\n"


def test_jsonl_gives_one_document_per_line_and_names_the_bad_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "a", "published": "2020-01-03", "lang": "en", "text": "Iran vowed revenge on Friday."}\n'
        '{"id": "b", "text": \n'
        '{"id": "c", "text": "The Senate voted on Tuesday."}\n',
        encoding="utf-8",
    )
    items = load(path)
    assert [d.id for d in items if isinstance(d, Document)] == ["a", "c"]
    [error] = [e for e in items if isinstance(e, LoadError)]
    assert error.line == 2
    assert str(error).startswith(f"{path}:2: malformed JSON")


def test_html_keeps_the_article_text_and_reads_its_meta_tags(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        '<html lang="en"><head><title>Vote</title>'
        '<meta property="article:published_time" content="2019-12-13T08:00:00Z">'
        '<script>var x = "not text";</script></head>'
        "<body><nav>Home | World</nav><p>Voters went to the polls on Thursday.</p>"
        "<p>Results are expected on Friday &amp; Saturday.</p></body></html>",
        encoding="utf-8",
    )
    [doc] = load(path)
    assert doc.published == date(2019, 12, 13)
    assert doc.lang == "en" and doc.title == "Vote"
    assert doc.text == "Voters went to the polls on Thursday.\n\nResults are expected on Friday & Saturday."


def test_empty_binary_and_misencoded_files_are_refused_by_name(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Gespräche in München".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Die Gespräche beginnen am Montag.", encoding="utf-8")
    items = load(tmp_path)
    messages = {Path(e.path).name: e.message for e in items if isinstance(e, LoadError)}
    assert messages["empty.txt"] == "empty file"
    assert "binary" in messages["image.txt"]
    assert "not valid UTF-8" in messages["latin1.txt"]
    assert [d.id for d in items if isinstance(d, Document)] == ["good"]


def test_a_missing_path_is_an_error_not_a_crash(tmp_path):
    [error] = load(tmp_path / "nope.txt")
    assert isinstance(error, LoadError) and "no such file" in error.message


def test_a_bad_published_date_names_the_problem(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\npublished: last week\n---\nText.", encoding="utf-8")
    [error] = load(path)
    assert "'last week' is not a date" in error.message


def test_written_out_published_dates_are_read_in_the_documents_language(tmp_path):
    (tmp_path / "de.md").write_text("---\npublished: 13. Dezember 2019\nlang: de\n---\nText.",
                                    encoding="utf-8")
    (tmp_path / "en.md").write_text("---\npublished: Friday, January 4, 2019\nlang: en\n---\nText.",
                                    encoding="utf-8")
    (tmp_path / "month.md").write_text("---\npublished: Dezember 2019\nlang: de\n---\nText.",
                                       encoding="utf-8")
    de, en, month = load(tmp_path / "de.md", tmp_path / "en.md", tmp_path / "month.md")
    assert de.published == date(2019, 12, 13)
    assert en.published == date(2019, 1, 4)
    assert isinstance(month, LoadError)  # a month is not a publication day: nothing is guessed


def test_content_hash_changes_with_the_text_and_not_with_the_title():
    a = Document(id="x", text="Eins.", published=date(2020, 1, 1), lang="de", title="A")
    b = Document(id="x", text="Eins.", published=date(2020, 1, 1), lang="de", title="B")
    c = Document(id="x", text="Zwei.", published=date(2020, 1, 1), lang="de", title="A")
    assert content_hash(a) == content_hash(b) != content_hash(c)


def test_language_is_guessed_from_function_words():
    assert guess_language("Die Bundesregierung hat am Montag beschlossen, dass die Steuer sinkt.") == "de"
    assert guess_language("The government said on Monday that the tax will fall.") == "en"


def test_extractor_fingerprint_changes_when_a_data_file_changes(tmp_path):
    from ingest.fingerprint import fingerprint_of

    data = tmp_path / "events" / "data"
    data.mkdir(parents=True)
    (data / "de.yaml").write_text("deploy: [entsandt]\n", encoding="utf-8")
    before = fingerprint_of(tmp_path)
    assert fingerprint_of(tmp_path) == before
    (data / "de.yaml").write_text("deploy: [entsandt, verlegt*]\n", encoding="utf-8")
    assert fingerprint_of(tmp_path) != before


def test_a_file_without_a_known_suffix_holding_json_lines_is_read_as_json_lines(tmp_path):
    path = tmp_path / "tmp.x7Ab"  # e.g. what mktemp gives an evaluation script
    path.write_text('{"id": "e1", "lang": "en", "published": "2020-01-03", '
                    '"text": "Iran vowed revenge on Friday."}\n', encoding="utf-8")
    [doc] = load(path)
    assert (doc.id, doc.published) == ("e1", date(2020, 1, 3))
    assert doc.text == "Iran vowed revenge on Friday."
