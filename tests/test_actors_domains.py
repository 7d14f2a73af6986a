"""General knowledge the gazetteer carries for the news domains the extractor serves:
aerospace, cars, finance, US and EU agencies, German, Austrian, Italian and South
Tyrolean politics. Canonical English names whatever the language of the text."""
from ingest.actors import recognize


def names(text, lang):
    return [(m.text, m.actor.name) for m in recognize(text, lang)]


def ids(text, lang):
    return [m.actor.id for m in recognize(text, lang)]


def test_aircraft_makers_their_executives_and_models_are_known():
    assert names("Airbus-Chef Fabrice Brégier kündigte an, die Produktion des A380 zu drosseln.", "de") == [
        ("Airbus", "Airbus"), ("Fabrice Brégier", "Fabrice Brégier"), ("A380", "Airbus A380")]
    assert names("Boeing chief executive Jim McNerney said the 787 Dreamliner would fly in December, "
                 "while Emirates ordered more A380s.", "en") == [
        ("Boeing", "Boeing"), ("Jim McNerney", "Jim McNerney"), ("787 Dreamliner", "Boeing 787"),
        ("Emirates", "Emirates"), ("A380s", "Airbus A380")]


def test_stock_indices_have_one_canonical_name_in_both_languages():
    assert names("Der Dax schloss am Freitag im Minus, auch der Nikkei und der Dow Jones gaben nach.", "de") == [
        ("Dax", "DAX"), ("Nikkei", "Nikkei 225"), ("Dow Jones", "Dow Jones Industrial Average")]
    assert names("The Dow Jones Industrial Average fell 300 points and the S&P 500 lost 2.1 percent.", "en") == [
        ("Dow Jones Industrial Average", "Dow Jones Industrial Average"), ("S&P 500", "S&P 500")]


def test_central_banks_and_their_heads_are_known():
    assert names("Die Europäische Zentralbank und ihr Präsident Jean-Claude Trichet ließen den Leitzins "
                 "unverändert.", "de") == [
        ("Europäische Zentralbank", "European Central Bank"), ("Jean-Claude Trichet", "Jean-Claude Trichet")]
    assert names("Bank of England governor Mervyn King warned that the Federal Reserve might raise rates.", "en") == [
        ("Bank of England", "Bank of England"), ("Mervyn King", "Mervyn King"), ("Federal Reserve", "Federal Reserve")]


def test_carmakers_brands_and_buyers_are_known():
    assert ids("General Motors agreed to sell Saab to Spyker, and Opel went to Magna.", "en") == [
        "org:general-motors", "org:saab-automobile", "org:spyker", "org:opel", "org:magna"]
    assert ids("Der Opel-Betriebsrat um Klaus Franz lehnte den Verkauf an Magna ab, wie Fritz Henderson "
               "bestätigte.", "de") == [
        "org:opel", "person:klaus-franz", "org:magna", "person:fritz-henderson"]


def test_merged_companies_are_actors_of_their_own():
    assert ids("DaimlerChrysler sold Chrysler to Cerberus; later Fiat Chrysler was formed.", "en") == [
        "org:daimlerchrysler", "org:chrysler", "org:cerberus", "org:fca"]


def test_us_agencies_are_named_in_english_from_german_text():
    assert names("Die US-Börsenaufsicht SEC ermittelt gegen Goldman Sachs.", "de") == [
        ("US-Börsenaufsicht SEC", "Securities and Exchange Commission"), ("Goldman Sachs", "Goldman Sachs")]
    assert ids("The Securities and Exchange Commission and the Treasury Department questioned AIG.", "en") == [
        "org:sec", "org:us-treasury", "org:aig"]


def test_german_federal_institutions_are_known():
    assert ids("Das Auswärtige Amt und das Bundesfinanzministerium widersprachen Guido Westerwelle.", "de") == [
        "org:german-foreign-office", "org:german-finance-ministry", "person:guido-westerwelle"]
    assert ids("The Federal Court of Justice overturned the ruling, the Federal Cartel Office said.", "en") == [
        "org:bgh", "org:bundeskartellamt"]


def test_south_tyrolean_parties_politicians_and_towns_are_known():
    assert ids("Die Süd-Tiroler Freiheit und die Freiheitlichen kritisierten in Klausen die SVP und den PD.", "de") == [
        "org:south-tyrolean-freedom", "org:freiheitlichen", "place:klausen", "org:svp-south-tyrol", "org:pd-italy"]
    assert names("Mayor Luigi Spagnolli of Bolzano met Christian Tommasini in Merano.", "en") == [
        ("Luigi Spagnolli", "Luigi Spagnolli"), ("Bolzano", "Bolzano"), ("Christian Tommasini", "Christian Tommasini"),
        ("Merano", "Merano")]


def test_south_tyrolean_towns_keep_their_german_name_when_named_in_italian():
    assert names("The council of Chiusa met in Bressanone.", "en") == [("Chiusa", "Klausen"), ("Bressanone", "Brixen")]


def test_abbreviated_titles_introduce_a_person():
    assert names("Gestern eröffneten LR Gasser und Bgm. Obkircher die Straße.", "de") == [
        ("Gasser", "Gasser"), ("Obkircher", "Obkircher")]
    assert names("Yesterday Gov. Schwarzenegger met Sen. Feinstein .", "en") == [
        ("Schwarzenegger", "Schwarzenegger"), ("Feinstein", "Feinstein")]


def test_a_title_that_ends_a_sentence_introduces_no_person():
    assert names("Er sprach mit dem Landesrat. Angesichts der Lage schwieg er.", "de") == []
    assert names("He spoke to the governor. Meanwhile the talks stalled .", "en") == []


def test_common_words_inside_names_do_not_make_an_actor():
    assert "org:die-linke" not in ids("Teile der französischen Linken kritisierten Hubert Védrine.", "de")
    assert "org:magna" not in ids("Die Komödie läuft am Freitag in der Aula Magna.", "de")
    assert "org:magna" not in ids("The concert takes place in the Aula Magna of the university .", "en")
