"""Kinds of page furniture that hold on any outlet, one invented page per kind, and article text
that looks like furniture but must stay (quotes, short sentences, "Read the full statement").

Every page here is made up (places, people, outlets, numbers); no text comes from an evaluation
set.  Each test names the mechanism it covers in sitrep/ingest/boilerplate.py or the rule file.
"""
from __future__ import annotations

import pytest

from sitrep.ingest import clean
from sitrep.ingest.boilerplate import classify_line, strip_prefix, strip_suffix
from sitrep.model import RawDocument

BODY = [
    "Russian forces struck the river port of Velykyi Brid with guided bombs on Tuesday night, "
    "damaging two warehouses and a grain terminal, the regional governor said.",
    "Two workers were injured and taken to hospital, according to the regional administration, "
    "which said emergency crews had put out the fires by morning.",
    "The port has been hit at least four times since the start of the month, local officials said.",
]


def cleaned(lines: list[str], **kw) -> str:
    return clean(RawDocument(doc_id="t", text="\n\n".join(lines), **kw)).clean_text


def assert_body_kept(text: str, body: list[str] = BODY) -> None:
    for para in body:
        assert para in text, para


# --- interface chrome ---------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Left Menu", "Toggle navigation", "Main menu Search", "Share this article Comments",
    "Sign in | Subscribe", "Open search", "Font size A+ A-", "Skip to content",
])
def test_a_line_made_only_of_interface_words_is_furniture(line):
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize("line", [
    "Follow-up strikes hit Sumy port",          # a headline with an interface word in it
    "Search continues for missing sailors",
    "Back to the front: veterans return",
])
def test_headlines_with_interface_words_are_not_chrome(line):
    assert classify_line(line)[0] is None


def test_menu_label_above_the_headline_goes():
    text = cleaned(["Right Menu", "Guided bombs hit river port", *BODY])
    assert "Right Menu" not in text
    assert text.startswith("Guided bombs hit river port")
    assert_body_kept(text)


@pytest.mark.parametrize("line", [
    "Your browser does not support HTML5 video",
    "Your browser doesn't support the embedded player.",
    "This browser cannot play this video",
    "To view this video please enable JavaScript, and consider upgrading",
])
def test_player_fallback_notices_in_any_wording(line):
    assert classify_line(line)[0] == "media"


# --- bylines, outlet names, stamps ----------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Oksana Example (@oksana_writes) Published April 3, 2024 | 09:15 AM",
    "Example Wire Updated: 12 May 2025 14:40",
    "Taras Example Posted 2024-06-01 10:00",
])
def test_a_publication_stamp_after_a_name_makes_a_byline_line(line):
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize("line", [
    "The report was published on 5 March 2024.",
    "Kyiv officials updated the toll on 12 May 2025.",
])
def test_sentences_mentioning_publication_stay(line):
    assert classify_line(line)[0] is None


@pytest.mark.parametrize("line", ["ExampleNews.com", "www.steppe-ledger.net", "news.example.org/world"])
def test_a_domain_name_alone_is_an_outlet_label(line):
    assert classify_line(line)[0] == "site"


def test_handle_byline_and_site_label_at_the_head():
    text = cleaned(["DnieproWire.com", "Guided bombs hit river port",
                    "Marta Example (@marta_ex) Published May 2, 2024 | 03:00 AM", *BODY])
    assert "DnieproWire.com" not in text and "@marta_ex" not in text
    assert_body_kept(text)


@pytest.mark.parametrize("line", ["Published", "Updated on:", "Last updated"])
def test_a_bare_date_label_is_furniture(line):
    assert classify_line(line)[0] == "date"


def test_scraper_source_token():
    assert classify_line("source site-7")[0] == "source"
    assert classify_line("Sources said two people died.")[0] is None


def test_syndication_tag_is_cut_from_the_first_paragraph():
    line = "(AGGREGATOR- Example Wire) Explosions were heard in Zolotonosha on Sunday."
    assert strip_prefix(line) == "Explosions were heard in Zolotonosha on Sunday."
    # a wire dateline in parentheses is article text the gold keeps
    assert strip_prefix("(Example Wire) - Explosions were heard.") == "(Example Wire) - Explosions were heard."
    text = cleaned(["Blasts in Zolotonosha", line, *BODY])
    assert "AGGREGATOR" not in text and "Explosions were heard in Zolotonosha on Sunday." in text


# --- calls to act and letters to readers ------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Support Example Ledger!", "Contribute today", "Donate now", "👉 Subscribe to our channel",
    "⚡️Follow us on Telegram", "🔴 LIVE",
])
def test_calls_to_act_with_or_without_emoji(line):
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize("line", [
    "Support For Kyiv Grows In New Poll",   # a Title Case headline, no exclamation
    "🔥 Russian drones hit a fuel depot in Example oblast overnight, the governor said.",
])
def test_headlines_and_decorated_sentences_are_not_calls_to_act(line):
    assert classify_line(line)[0] is None


def test_a_letter_to_readers_after_the_body_runs_to_the_end():
    appeal = ["A message from Example Ledger:", "Dear readers,",
              "We are facing hard times. Authorities have labelled our newsroom a foreign agent "
              "and blocked our website for readers at home.",
              "Every contribution, however small, keeps us independent."]
    text = cleaned(["Guided bombs hit river port", *BODY, *appeal])
    assert_body_kept(text)
    for line in appeal:
        assert line not in text, line


def test_dear_readers_before_the_body_does_not_remove_the_article():
    text = cleaned(["Dear readers,", "Guided bombs hit river port", *BODY])
    assert_body_kept(text)


def test_a_quoted_letter_in_the_body_stays():
    quote = '"Dear friends, we will rebuild every house," the mayor wrote on Facebook.'
    text = cleaned(["Guided bombs hit river port", BODY[0], quote, BODY[1], BODY[2]])
    assert quote in text
    assert_body_kept(text)


@pytest.mark.parametrize("line", [
    "Do you have a news tip? Write to tips@example.org",
    "Got a story? Contact our newsroom.",
])
def test_reader_tip_appeals(line):
    assert classify_line(line)[0] is not None


def test_outlet_commitment_tagline_in_the_tail():
    tag = "Example Weekly is committed to independent journalism that challenges conventional wisdom."
    text = cleaned(["Guided bombs hit river port", *BODY, tag])
    assert tag not in text
    assert_body_kept(text)


# --- other stories after the article ---------------------------------------------------------


def test_a_single_related_headline_closing_the_page_goes():
    text = cleaned(["Guided bombs hit river port", *BODY,
                    "At least 12 killed as shells hit market in Example town"])
    assert "market in Example town" not in text
    assert_body_kept(text)


def test_a_run_together_tag_list_closing_the_page_goes():
    text = cleaned(["Guided bombs hit river port", *BODY,
                    "Russian forces Russia's war in Ukraine guided bombs Example oblast"])
    assert "guided bombs Example oblast" not in text
    assert_body_kept(text)


@pytest.mark.parametrize("last", [
    "Two people were hurt.",                                    # a short closing sentence
    '"We will hold the port," the commander said',              # a quote without a full stop
    "- Kharkiv region: two injured in Chuhuiv district",        # a bulleted casualty list item
    "The governor said the strike was the heaviest this year. Repairs will take months and the",  # cut off
    "Information on casualties is being clarified",              # an unpunctuated closing sentence
    "Rescuers are working at the scene",
])
def test_short_or_unfinished_closing_lines_of_the_article_stay(last):
    text = cleaned(["Guided bombs hit river port", *BODY, last])
    assert last in text


def test_teaser_cards_after_a_read_more_marker_go():
    cards = [
        "Read more",
        "border tension",
        "Governor Says Village Shelled Again",
        "Officials said a school and a shop were damaged in the overnight attack.",
        "2 Min read",
        "air defence",
        "Drones Downed Over Southern Region",
        "The defence ministry said nine drones were intercepted before dawn.",
        "3 Min read",
        "Blast Damages Rail Depot In Example City",
        "A fire broke out after the explosion, injuring one worker, officials sai",
    ]
    text = cleaned(["Guided bombs hit river port", *BODY, *cards])
    assert_body_kept(text)
    for line in cards:
        assert line not in text, line


def test_subheaded_sections_closing_an_article_stay():
    sections = [
        "What Happens To The Port Now",
        "Repairs could take several months, the port authority said in a statement on Wednesday.",
        "Why The Grain Corridor Matters",
        "Exporters rely on the river route for roughly a third of shipments, traders said.",
        "How Insurers Have Responded",
        "Premiums for vessels calling at the port rose sharply after the strike, brokers said.",
    ]
    text = cleaned(["Guided bombs hit river port", *BODY, *sections])
    assert_body_kept(text, BODY + sections[1::2])


# --- credits, tickers, glued links -----------------------------------------------------------


@pytest.mark.parametrize("line", [
    "(Photo source: Example Ministry)", "(Photo credit: Jane Example/Example Wire)",
    "(Image courtesy of the regional administration)",
])
def test_parenthesised_photo_credits(line):
    assert classify_line(line)[0] == "photo"


@pytest.mark.parametrize("line", [
    "XYZB 41.20 Increased By ▲ 0.35 (0.86%)", "ABCD 7.05 Decreased By ▼ -0.10 (-1.40%)",
])
def test_market_ticker_lines(line):
    assert classify_line(line)[0] == "ticker"


def test_a_related_link_glued_to_a_paragraph_is_cut():
    line = ('"The drone hit the roof of a shop," the governor said.Read also: Shelling damages '
            "school in Example town")
    assert strip_suffix(line) == '"The drone hit the roof of a shop," the governor said.'
    text = cleaned(["Drone hits shop", line, *BODY])
    assert "Read also" not in text and '"The drone hit the roof of a shop," the governor said.' in text


@pytest.mark.parametrize("line", [
    "The ministry urged people to read the full statement on its website.",
    "Read the full statement: the ministry said it would respond.",   # no sentence end before it
    "Officials said more would follow. Read more about the decision in our explainer.",
])
def test_read_phrases_inside_article_text_stay(line):
    assert strip_suffix(line) == line


# --- live blogs ------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Show key events only", "Pinned post", "Newest first", "Live"])
def test_live_blog_chrome(line):
    assert classify_line(line)[0] is not None


# --- HTML ------------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head><title>Guided bombs hit river port | Example Ledger</title></head>
<body><article>
<h1>Guided bombs hit river port</h1>
<p>Support Example Ledger!</p>
<p>{b0}</p>
<p>{b1}</p>
<p>{b2} The mayor said crews were still clearing debris.Read also: Power restored in Example district</p>
<p>A message from Example Ledger:</p>
<p>Dear readers,</p>
<p>Our newsroom has been declared undesirable and our reporters face prosecution at home, yet we keep publishing.</p>
</article></body></html>"""


def test_html_page_with_a_call_to_give_a_glued_link_and_a_letter_to_readers():
    html = PAGE.format(b0=BODY[0], b1=BODY[1], b2=BODY[2])
    d = clean(RawDocument(doc_id="h", text=html, is_html=True))
    for junk in ("Support Example Ledger", "Read also", "Dear readers", "A message from", "undesirable"):
        assert junk not in d.clean_text, junk
    assert BODY[0] in d.clean_text and BODY[1] in d.clean_text
    assert BODY[2] + " The mayor said crews were still clearing debris." in d.clean_text


# --- wire and aggregator notes ----------------------------------------------------------------


@pytest.mark.parametrize("line,kind", [
    ("Follow Example Wire’s coverage of the war at https://example.org/hub/ukraine", "share"),
    ("(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)",
     "disclaimer"),
    ("Legal Disclaimer: Example Aggregator provides the information “as is” without warranty.", "disclaimer"),
    ("Update 3/5/24, 10:05 a.m. ET: This article has been updated with a statement from the ministry.",
     "update"),
    ("Developing story, check back for updates", "update"),
    ("Source: Air Force of the Armed Forces of Ukraine on Telegram", "source"),
    ("@example_channel", "social"),
    ("Comments (12)", "nav"),
    ("Save articles to read later and create your own reading list.", "nav"),
    ("Skip next section Explore more", "nav"),
    ("Enlarge this image", "nav"),
    ("toggle caption", "nav"),
])
def test_wire_aggregator_and_player_notes(line, kind):
    assert classify_line(line)[0] == kind


@pytest.mark.parametrize("line", [
    "Source: the strike killed two people, the governor said.",   # a sentence after "Source:"
    "The article was published by Example Wire staff on Monday after the strike.",
    "The story has not been independently verified.",
    "Breaking news: Russian missiles hit the Example bridge",
    "Send troops to Example",
])
def test_sentences_that_resemble_notes_stay(line):
    assert classify_line(line)[0] is None


# --- related lists and reference lists (invented outlets and headlines) ---------------------


def test_related_title_case_headlines_ending_in_a_quote_go():
    # a headline that ends with a quoted phrase ends with a quotation mark, not with a sentence end
    related = [
        "* Governor Warns of ‘Hard Winter’ as Strikes on Grid Resume",
        "* Envoys Meet in Vienna for Talks on Prisoner Swap",
        "* Kremlin Says Deal Is ‘Not on the Table’",
        "* Drone Makers Race to Beat Jamming: ‘Every Week Counts’",
    ]
    text = cleaned(["Grid Repairs Race Winter", *BODY, *related])
    assert_body_kept(text)
    for line in related:
        assert line.lstrip("* ") not in text, line


def test_bulleted_sentence_case_headlines_after_a_bio_go():
    # a "more on this" list in sentence case: after the author's bio, no body after it
    related = [
        "* Grain corridor talks stall as insurers pull out",
        "* Three ways the war changed the Black Sea economy",
        "* Envoy says sanctions package will be ready ‘within weeks’",
    ]
    bio = ("Anna Example is a correspondent of the Example Daily covering Eastern Europe. "
           "She previously worked in the Caucasus.")
    text = cleaned(["Port Hit Again", *BODY, bio, *related])
    assert_body_kept(text)
    for line in related:
        assert line.lstrip("* ") not in text, line


def test_bulleted_key_points_inside_the_body_stay():
    points = [
        "* Two workers injured in the port of Velykyi Brid",
        "* Grain terminal and two warehouses damaged",
        "* Fires put out by morning, governor says",
    ]
    text = cleaned(["Port Hit Again", BODY[0], *points, BODY[1], BODY[2]])
    for line in points:
        assert line.lstrip("* ") in text, line


@pytest.mark.parametrize("line", [
    "12. Strike Damages Depot Near River Port – Example Wire, accessed March 3, 2026, <https://example.org/a/12>",
    "[4] Ministry briefing on air defence, retrieved 2 March 2026, https://example.gov/briefing",
    "7. Example Institute, “Weekly Front Assessment”, accessed on 2026-03-01, https://example.org/w",
])
def test_citation_lines_of_a_reference_list_go(line):
    assert classify_line(line)[0] == "reference"
    text = cleaned(["Port Hit Again", *BODY, "Works cited", line])
    assert_body_kept(text)
    assert "accessed" not in text and "retrieved" not in text


@pytest.mark.parametrize("line", [
    "Investigators said the site was accessed March 3, 2026, by a team of engineers after the strike.",
    "The report, accessed by the Example Daily on Tuesday, says 40 drones hit the port.",
])
def test_sentences_about_access_stay(line):
    assert classify_line(line)[0] is None


def test_a_pitch_for_readers_money_after_a_sentence_of_pride_goes():
    pitch = "We have covered this war since its first day. Support independent journalism and become a member today."
    text = cleaned(["Port Hit Again", BODY[0], BODY[1], pitch, BODY[2]])
    assert_body_kept(text)
    assert "become a member" not in text


def test_bullets_right_under_a_read_also_line_go():
    related = ["• Drones target the port again", "• Ministers agree on a new aid package"]
    text = cleaned(["Port Hit Again", *BODY, "Read also: Governor says air defence is the top priority", *related,
                    "Get our free newsletter"])
    assert_body_kept(text)
    for line in related:
        assert line.lstrip("• ") not in text, line


def test_a_most_read_list_and_a_streaming_offer_close_the_page():
    from sitrep.ingest import clean
    from sitrep.model import RawDocument
    body = ("Drones hit an energy facility in the Odesa region overnight, the governor said on Monday.\n\n"
            "Two workers were injured and a fire broke out, he said, adding that the blaze was put out by morning.\n\n"
            "Ukraine's air force said it downed 40 of the 52 drones Russia launched.\n\n")
    tail = ("Most read\n\n"
            "1.  Singer cancels tour after surprise diagnosis\n\n"
            "2.  Minister warns of 'hard winter ahead', officials say\n\n"
            "3.  Ten photos that defined the week\n\n"
            "Striker scores twice as champions beat rivals\n\n"
            "Regulator fines bank over failed checks, watchdog says\n\n"
            "Stream every match for just £9.99 a month with no contract on all our channels.\n")
    text = clean(RawDocument(doc_id="t", text="Energy site hit in Odesa region\n\n" + body + tail)).clean_text
    assert "Singer cancels" not in text and "Regulator fines" not in text and "£9.99" not in text, text
    assert "downed 40 of the 52 drones" in text


BREADCRUMB_PAGE = """Skip to main content
World | Europe
Drone debris damages warehouse in Vinnytsia region, governor says
Listen to this article · 2 min
A Russian drone attack damaged a warehouse in the Vinnytsia region overnight, Governor Serhiy Borzov said on Tuesday.
He said there were no casualties.
Topics
Russia-Ukraine war
Energy security
More from World
Storms batter southern Spain
© 2025 Example News Ltd. All rights reserved.
"""


def test_a_section_breadcrumb_and_a_topics_list_are_furniture():
    from sitrep.ingest.clean import clean_lines
    text = clean_lines(BREADCRUMB_PAGE)[0]
    assert text.startswith("Drone debris damages warehouse"), text[:80]
    assert "World | Europe" not in text and "Energy security" not in text and "Russia-Ukraine war" not in text
    assert "He said there were no casualties." in text


def test_a_headline_with_a_bar_is_not_a_breadcrumb():
    from sitrep.ingest.clean import clean_lines
    page = ("Russian strike on Kharkiv kills three, wounds 28 | Ukraine war\n"
            "A Russian glide bomb hit an apartment block in Kharkiv on Sunday, killing three people, the mayor said.\n")
    assert clean_lines(page)[0].startswith("Russian strike on Kharkiv kills three")


def test_a_source_line_over_a_quote_label_is_the_articles_attribution():
    from sitrep.ingest.boilerplate import classify_lines
    lines = ["Russians strike Kharkiv with glide bombs, two injured",
             "Source: Oleh Syniehubov, Head of Kharkiv Oblast Military Administration, on Telegram",
             'Quote: "The occupiers struck the city with two guided bombs. Two people were injured."',
             "Details: One of the bombs hit a warehouse in the Industrialnyi district.",
             "Source: Example News Agency"]
    kinds = [k for k, _ in classify_lines(lines)]
    assert kinds[1] is None, kinds  # the speaker of the quote under it stays
    assert kinds[4] == "source", kinds  # an outlet credit at the end still goes


# --- live pages, newsletters, mastheads, support notes, service notices ------------------------

@pytest.mark.parametrize("line", [
    "This live blog has now ended. Our coverage continues here.",
    "This is a live page and is updated throughout the day.",
    "Share this live blog",
    "Share via WhatsApp",
    "Was this newsletter forwarded to you? Subscribe here.",
    "Black Sea Monitor | Issue 88 | Monday, 3 March 2025",
    "Frontline Daily - Tuesday, March 4, 2025, 07:15",
    "Copyright Dnipro Evening Post. Republishing only with a hyperlink.",
    "Got a tip? Send it to our Signal number or write to the newsroom bot.",
    "This report was supported by the Independent Regional Media Fund.",
    "The outlet has been designated an \"undesirable organization\" by the authorities. Please support us.",
    "Authors: Olena Marchuk, Peter Lund and the Front Monitor Team",
    "Note: Data cut-off for this update was 2pm ET on March 3.",
    "Key Takeaways:",
    "The regional police reminds: do not touch unknown objects and call 102.",
    "Hotline: 0 800 300 123 (free of charge)",
    "Check your outage group by entering your address in the chatbot or on the website.",
])
def test_newer_furniture_forms(line):
    text = cleaned([line, *BODY, line])
    assert line not in text
    assert_body_kept(text)


@pytest.mark.parametrize("line", [
    "The governor said the live broadcast of the parliament session was interrupted by air raid alerts.",
    "Authorities reminded residents that the curfew starts at midnight after the strike on the port.",
    "Kyiv - Tuesday's strike killed four people in the Podilskyi district, officials said.",
])
def test_sentences_that_only_resemble_them_stay(line):
    text = cleaned([*BODY, line])
    assert line in text
