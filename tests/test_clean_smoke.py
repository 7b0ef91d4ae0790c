from sitrep.ingest import clean, content_hash, detect_language
from sitrep.model import RawDocument


def test_clean_keeps_headline_and_drops_cookie_line():
    text = (
        "Drones hit depot near Bilozerka\n\n"
        "KHERSON, 3 April 2025 — Russian drones struck a fuel depot near Bilozerka overnight, the regional governor said.\n\n"
        "This website uses cookies to improve your experience. Accept Read More\n"
    )
    doc = clean(RawDocument(doc_id="x", text=text))
    assert doc.title == "Drones hit depot near Bilozerka"
    assert doc.clean_text.startswith("Drones hit depot near Bilozerka\n\nKHERSON")
    assert "cookies" not in doc.clean_text
    assert doc.date == "2025-04-03" and doc.date_source == "text"
    assert doc.language == "en"
    assert doc.content_hash == content_hash(doc.clean_text)
    assert detect_language("Das ist nicht die Frage, und wir haben es gesagt.") == "de"
