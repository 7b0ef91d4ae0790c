"""Quotation phenomena of wire reports, on invented sentences: quotation marks of every kind,
quotations over several sentences and paragraphs, speakers named before, after or long before
the quotation, organisations and offices as speakers, partial quotes, and quoted words that are
not statements. The test is the scorer's: the speaker contains the surname (or the last word of
the body's name) and the quotation contains the words."""
from __future__ import annotations

import pytest

from helpers_statements import direct, said
from sitrep.extract.statements import extract_statements, find_quotes


@pytest.mark.parametrize("text", [
    "\u201cThe bridge is closed to traffic,\u201d Governor Vitalii Kim said on Monday.",
    "\"The bridge is closed to traffic,\" Governor Vitalii Kim said on Monday.",
    "\u00abThe bridge is closed to traffic\u00bb, Governor Vitalii Kim said on Monday.",
    "\u2018The bridge is closed to traffic\u2019, Governor Vitalii Kim said on Monday.",
    "\u201eThe bridge is closed to traffic\u201c, Governor Vitalii Kim said on Monday.",
    "\"The bridge is closed to traffic\u201d, Governor Vitalii Kim said on Monday.",
])
def test_every_kind_of_quotation_mark(text):
    said(text, "bridge is closed to traffic", "Kim")


def test_apostrophes_are_not_quotation_marks():
    text = "The soldiers' positions held, the brigade's commander said. Kyiv's mayor didn't comment."
    assert find_quotes(text) == []


def test_quotation_over_several_sentences():
    text = ("\u201cThe shelling went on all night. Two houses burned down. We are evacuating the children "
            "first,\u201d said Serhiy Lysak, head of the regional military administration.")
    said(text, "We are evacuating the children", "Lysak")


def test_quotation_reopened_at_each_paragraph():
    text = ("Oleh Syniehubov described the night on Telegram.\n\n"
            "\u201cThe drones came in three waves and hit a warehouse on the outskirts.\n\n"
            "\u201cFirefighters worked until dawn. Nobody was hurt,\u201d he wrote.")
    said(text, "The drones came in three waves", "Syniehubov")
    said(text, "Firefighters worked until dawn", "Syniehubov")


def test_quotation_without_marks_closed_until_the_paragraph_ends():
    text = ("Mayor Andriy Sadovyi addressed residents in the evening: \u201cThe power will come back "
            "step by step, please charge your phones.\n\nThe city council met later.")
    said(text, "please charge your phones", "Sadovyi")


def test_speaker_named_sentences_before():
    text = ("Volodymyr Zelensky spoke about the attack in his evening video address. "
            "\u201cEvery such strike only makes our resolve stronger.\u201d")
    said(text, "makes our resolve stronger", "Zelensky")


def test_colon_introduces_the_quotation():
    text = "Ivan Fedorov wrote on Telegram: \u201cThe enemy struck an industrial site in the city.\u201d"
    said(text, "struck an industrial site", "Fedorov")


def test_quote_label_takes_the_speaker_of_the_report():
    text = ("Ukrhydroenergo reported damage at one of its plants after the overnight attack.\n\n"
            "Quote: \"The station keeps working, the repair crews are already on site.\"\n\n"
            "Details: No casualties were reported.")
    said(text, "repair crews are already on site", "Ukrhydroenergo")


def test_label_quote_before_the_body_speaks():
    text = ("Two substations were damaged overnight.\n\n"
            "Quote: \"The crews restored supply to most consumers by morning.\"\n\n"
            "Ukrenergo added that the outages would last until Friday.")
    said(text, "restored supply to most consumers", "Ukrenergo")


def test_partial_quote_in_reported_speech():
    text = ("The head of the district, Mykola Tochytskyi, admitted that the troops had \u201cpulled back\u201d "
            "from the village.")
    said(text, "pulled back", "Tochytskyi")


def test_partial_quote_after_reported_that():
    text = ("Ukraine's Operational Command \"East\u201d reported that Russian units \u201cretreated in disorder\u201d "
            "after the counterattack.")
    said(text, "retreated in disorder", "East")


@pytest.mark.parametrize("text, speaker", [
    ("The Defence Ministry in Moscow published a video of the launch. \u201cAll targets were hit,\u201d the ministry said.",
     "Ministry"),
    ("Governor Oleksandr Prokudin reported the damage in the morning. \u201cThe enemy hit a school and a shop,\u201d "
     "the governor wrote on Telegram.", "Prokudin"),
    ("Governor Oleksandr Prokudin reported the damage in the morning. \u201cThe enemy hit a school and a shop,\u201d "
     "the official stated.", "Prokudin"),
    ("\u201cThe enemy hit a school and a shop,\u201d a spokesperson for the Southern Defence Forces told Reuters.",
     "spokesperson"),
])
def test_organisations_and_offices_as_speakers(text, speaker):
    said(text, "hit a school and a shop" if "school" in text else "All targets were hit", speaker)


def test_according_to_before_the_quotation():
    text = "According to the State Emergency Service, \u201crescuers are still searching the rubble for survivors.\u201d"
    said(text, "searching the rubble", "Service")


@pytest.mark.parametrize("text, speaker", [
    ("\u201cThe border crossing stays open for trucks,\u201d said Mariusz Wiśniewski, a spokesman for the border guard.",
     "Wiśniewski"),
    ("\u201cWe need more air defence systems now,\u201d said Ihor Klymenko, head of the National Police.", "Klymenko"),
    ("\u201cWe need more air defence systems now,\u201d Klymenko told journalists in Kyiv.", "Klymenko"),
])
def test_speaker_after_with_role_or_unknown_name(text, speaker):
    said(text, "now" if "air defence" in text else "stays open for trucks", speaker)


def test_pronoun_takes_the_speaker_before():
    text = ("Kremlin spokesman Dmitry Peskov declined to comment on the talks. He added: \u201cThe operation "
            "will continue until its goals are achieved.\u201d")
    said(text, "until its goals are achieved", "Peskov")


def test_pronoun_after_a_new_person_is_named():
    text = ("\u201cWe shot down most of the drones,\u201d Yurii Ihnat said. Foreign Minister Andrii Sybiha was blunter. "
            "\u201cThese strikes are terror against civilians,\u201d he said.")
    said(text, "terror against civilians", "Sybiha")


@pytest.mark.parametrize("text", [
    "Moscow still calls the invasion a \u201cspecial operation\u201d and the front line a \u201cbuffer\u201d.",
    "The drone, nicknamed \u201cLyutyi\u201d, hit a refinery.",
])
def test_scare_quotes_and_names_are_not_statements(text):
    assert direct(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("President Volodymyr Zelensky met the troops on Friday. \u201cWe will hold the line,\u201d the Ukrainian president said.",
     "Zelensky"),
    ("\u201cWe will hold the line.\u201d Oleksandr Syrskyi said on Telegram.", "Syrskyi"),
    ("\u201cWe will hold the line.\u201d \u2013 Oleksandr Syrskyi wrote.", "Syrskyi"),
    ("\u201cWe will hold the line,\u201d according to the General Staff.", "Staff"),
    ("Syrskyi: \u201cWe will hold the line\u201d", "Syrskyi"),
])
def test_more_attribution_shapes(text, speaker):
    said(text, "We will hold the line", speaker)


def test_new_sentence_after_the_closing_mark_is_not_an_attribution():
    text = ("Sergiy Kyslytsya opened the session. \u201cThe aggressor must pay.\u201d Hungary's envoy Peter Szabo "
            "defended the veto in his reply.")
    sts = direct(text)
    assert sts and "Szabo" not in (sts[0].speaker or "")


@pytest.mark.parametrize("text, words, speaker", [
    ("\u201cThe talks are not on the agenda,\u201d said Kremlin spokesman Dmitry Peskov.", "not on the agenda", "Peskov"),
    ("\u201cThe talks are not on the agenda,\u201d said the regional governor, Vyacheslav Gladkov.", "not on the agenda",
     "Gladkov"),
    ("\"We are ready,\" Volodymyr Zelensky said, \"but we need more air defence.\"", "but we need more air defence",
     "Zelensky"),
    ("The Navy reported the strike in the morning. \u201cTwo landing craft were hit,\u201d the Navy\u2019s statement reads.",
     "Two landing craft were hit", "Navy"),
    ("This was reported by the press service of the State Border Guard Service.\n\n\u201cThe situation on the border "
     "remains tense,\u201d the message reads.", "remains tense", "Service"),
    ("Foreign Minister Andrii Sybiha called the strike \u201cbarbaric\u201d in a post on X.", "barbaric", "Sybiha"),
])
def test_inverted_split_and_written_statements(text, words, speaker):
    said(text, words, speaker)


def test_nested_quotation_stays_whole():
    text = "\u201cThey called it \u201ca gesture of goodwill\u201d and left the island,\u201d said Natalia Humeniuk."
    said(text, "and left the island", "Humeniuk")


@pytest.mark.parametrize("text, speaker", [
    ("\u201cThe depot burned for six hours,\u201d Ukraine\u2019s military intelligence agency HUR said.", "HUR"),
    ("\u201cThe depot burned for six hours,\u201d the head of the regional administration, Ivan Fedorov, said.", "Fedorov"),
])
def test_description_then_name_before_the_verb(text, speaker):
    said(text, "depot burned for six hours", speaker)


# --- speakers written "the" + a proper name, present-tense verbs, names with diacritics ---------------

@pytest.mark.parametrize("text, speaker", [
    ("Wagner commander Anton Yelizarov said earlier that the town was surrounded.\n\n"
     "\u201cEveryone who took part will receive a medal,\u201d the Kremlin said.", "Kremlin"),
    ("Moscow claimed another gain on Sunday. \u201cThanks to bold action, the eastern group of forces took the "
     "hamlet of Novopillia\u201dthe Russian Defence Ministry said in its daily bulletin.", "Ministry"),
    ("\u201cThe air group destroyed forty enemy drones in two days,\u201d the Ministry of Defence of the Republic "
     "of Belarus assures.", "Ministry"),
    ("\u201cThe crossing will reopen on Thursday,\u201d the State Border Service informs.", "Service"),
])
def test_the_and_a_proper_name_after_the_quotation(text, speaker):
    sts = direct(text)
    assert sts and all(speaker.lower() in (s.speaker or "").lower() for s in sts), [(s.speaker, s.quote) for s in sts]


@pytest.mark.parametrize("text, speaker", [
    ("\u201cWe condemn these reckless incursions into our airspace,\u201d Interior Minister Bogdan Ciuc\u0103 said.",
     "Ciuc\u0103"),
    ("\u201cWe condemn these reckless incursions into our airspace,\u201d said Deputy Prime Minister "
     "Ionu\u021b Dr\u0103gulescu.", "Dr\u0103gulescu"),
    ("\u201cWe condemn these reckless incursions into our airspace,\u201d Foreign Minister Rados\u0142aw "
     "W\u0119grzyn told reporters.", "W\u0119grzyn"),
])
def test_names_with_diacritics(text, speaker):
    said(text, "reckless incursions", speaker)


# --- a second verb sharing its subject: "X confirmed … but said that … “…”" ----------------------------

def test_coordinated_verb_shares_the_subject():
    text = ("In remarks printed by The Drive, the head of Ukraine\u2019s navy, Oleksiy Neizhpapa, confirmed earlier "
            "reports that Kyiv had sent at least 30 boats to strike the harbour.\n\n"
            "Neizhpapa confirmed to the magazine that Ukraine sent at least 30 of its Magura and Sea Baby boats at "
            "the harbour but said that Kyiv is \u201cstill counting the damage\u201d to the ships.")
    said(text, "still counting the damage", "Oleksiy Neizhpapa")


# --- documents as speakers: "the statement said", "the message reads" ---------------------------------

def test_statement_of_the_body_that_reported_not_of_the_relaying_agency():
    text = ("According to Interfax-Ukraine, the Mykolaiv Regional Military Administration reported the strike "
            "on Telegram.\n\n\u201cThe enemy hit a grain terminal in the port. Two workers were injured,\u201d "
            "the statement said.")
    said(text, "Two workers were injured", "Administration")


def test_message_relayed_with_reference_to_its_author():
    text = ("This was stated by the outlet Dozor.UA with reference to the Telegram channel of the Ministry of "
            "Defence of Belarus.\n\n\u201cThe brigade completed its redeployment to the western border,\u201d "
            "the message reads.\n\nHe said, in addition, \u201cthe exercise will last for ten more days\u201d "
            "in the Brest region.")
    said(text, "completed its redeployment", "Ministry")
    said(text, "exercise will last for ten more days", "Ministry")


def test_speaker_keeps_its_apostrophe():
    text = "\u201cForty drones were shot down overnight,\u201d Ukraine\u2019s air force said."
    sts = direct(text)
    assert sts and sts[0].speaker in ("Ukraine's air force", "Ukraine\u2019s air force"), sts[0].speaker


# --- an organisation posting, then "it said"; "the military" for the ministry named before -----------

def test_post_on_telegram_is_not_the_speakers_role():
    text = ("Ukraine\u2019s 9th army corps, in a post on the Telegram messaging app, called the video staged.\n\n"
            "\u201cSuch stunts change nothing at the front,\u201d it said alongside footage of its own. "
            "\u201cThe occupiers use ruined villages as stage sets for their films.\u201d")
    said(text, "change nothing at the front", "corps")
    said(text, "ruined villages as stage sets", "corps")


def test_the_military_continues_the_ministry_named_before():
    text = ("Air defences downed 14 drones over three border regions, the defence ministry said on Tuesday, as "
            "local authorities reported damage.\n\n"
            "\u201cAir defence units on duty destroyed nine drones over the Oryol region and five over the "
            "Tula region,\u201d the military said.\n\n\u201cA guided bomb was also shot down over the Oryol "
            "region,\u201d it added.")
    said(text, "nine drones over the Oryol region", "ministry")
    said(text, "guided bomb was also shot down", "ministry")


# --- reported speech ----------------------------------------------------------------------------------

def reported(text):
    return [s for s in extract_statements("t", text, []) if not s.direct]


def test_reported_speech_pronoun_takes_the_last_named_person():
    text = ("Tula region Governor Dmitry Milyaev said a fire broke out at a warehouse after midnight. "
            "He said the fire was put out a few hours later.")
    sts = reported(text)
    assert [s.speaker for s in sts] == ["Dmitry Milyaev", "Dmitry Milyaev"], [(s.speaker, s.quote) for s in sts]


def test_headline_and_caption_are_not_reported_speech():
    text = ("Latvia says Russian drone crashed near its eastern border\n\n"
            "A border guard inspects the wreckage near Rezekne, Latvia, today. REUTERS/Ints Kalnins\n\n"
            "RIGA (Reuters) - Latvia said on Sunday that a Russian drone had crashed in a field near its eastern "
            "border overnight.")
    sts = reported(text)
    assert [s.quote[:12] for s in sts] == ["RIGA (Reuter"], [(s.speaker, s.quote) for s in sts]


# --- more attribution shapes: appositive before the verb, "of" in titles, acronyms, "according to" ------

@pytest.mark.parametrize("text, speaker", [
    ("\u201cThe ferry terminal lost power for an hour,\u201d Lysak, the regional governor, added.", "Lysak"),
    ("\u201cThe ferry terminal lost power for an hour,\u201d Tymur Tkachenko, head of the Kyiv City Military "
     "Administration, wrote on Telegram.", "Tkachenko"),
    ("'The ferry terminal lost power for an hour,' Lysak said.", "Lysak"),
    ("\u201cThe ferry terminal lost power for an hour,\u201d Ukraine\u2019s military intelligence (HUR) said.", "HUR"),
    ("\u201cThe ferry terminal lost power for an hour,\u201d U.S. Secretary of State Marco Rubio said.", "Rubio"),
    ("\u201cThe ferry terminal lost power for an hour,\u201d a source in the Ukrainian military told AFP.", "source"),
    ("Klymenko on the attack: \u201cThe ferry terminal lost power for an hour.\u201d", "Klymenko"),
    ("\u201cThe ferry terminal lost power for an hour,\u201d according to Ukraine's navy.", "navy"),
    ("\u201cThe ferry terminal lost power for an hour,\u201d according to a statement from the regional "
     "administration.", "administration"),
])
def test_appositives_titles_acronyms_and_according_to(text, speaker):
    said(text, "lost power for an hour", speaker)


def test_according_to_data_names_no_speaker():
    text = "\u201cThe ferry terminal lost power for an hour,\u201d according to preliminary data."
    sts = direct(text)
    assert sts and not (sts[0].speaker or "").lower().startswith(("preliminary", "data"))


# --- agencies quoting people: the person quoted speaks, not the agency -------------------------------

@pytest.mark.parametrize("text", [
    "\u201cThe talks in Geneva will go ahead next week,\u201d TASS quoted Galuzin as saying.",
    "\u201cThe talks in Geneva will go ahead next week,\u201d the Interfax news agency cited Deputy Foreign Minister "
    "Mikhail Galuzin as saying.",
    "Interfax quoted Galuzin as saying that \u201cthe talks in Geneva will go ahead next week.\u201d",
    "Russian Deputy Foreign Minister Mikhail Galuzin was quoted by RIA Novosti as saying: \u201cThe talks in Geneva "
    "will go ahead next week.\u201d",
    "\u201cThe talks in Geneva will go ahead next week,\u201d Galuzin was quoted as saying by the Izvestia daily.",
])
def test_quoted_as_saying(text):
    sts = direct(text)
    assert sts and all("Galuzin" in (s.speaker or "") for s in sts), [(s.speaker, s.quote) for s in sts]


@pytest.mark.parametrize("text, speaker", [
    ("\u201cThe substation in the north of the city was hit twice,\u201d the statement by the energy ministry said.",
     "energy ministry"),
    ("Ukrhydroenergo said repairs would take weeks. \u201cThe substation in the north of the city was hit twice,\u201d "
     "the company said.", "Ukrhydroenergo"),
    ("\u201cThe substation in the north of the city was hit twice,\u201d Ukraine\u2019s human rights ombudsman said.",
     "ombudsman"),
])
def test_documents_companies_and_offices(text, speaker):
    said(text, "was hit twice", speaker)


def test_source_named_in_the_next_sentence_passive():
    text = ("The brigade allegedly pulled back from the village \u201cto preserve the lives of the soldiers.\u201d\n\n"
            "This was reported by the broadcaster Suspilne with reference to the press service of the 24th Brigade.")
    said(text, "preserve the lives of the soldiers", "24th Brigade")


def test_quoted_names_and_titles_are_not_statements():
    for text in ("Leaders of the \u201cCoalition of the Willing\u201d met in Paris on Thursday.",
                 "The documentary \u201c20 Days in Mariupol\u201d was shown in Lviv.",
                 "Leaders of the so-called \u201ccoalition of the willing\u201d met in Paris.",
                 "The operation, codenamed \u201cSpider Web of Steel\u201d, took months to prepare.",
                 "The drone hit a workshop of the \u201cAzot Chemical Plant\u201d overnight.",
                 "Read also: \u201cWe will respond,\u201d says Zelensky after the strike on Kyiv"):
        assert direct(text) == [], text
    said("Zelensky said the strike on Kyiv was \u201cpure terror against civilians\u201d on Monday.",
         "pure terror against civilians", "Zelensky")


@pytest.mark.parametrize("text", [
    "\u201cThe enemy shelled the port overnight.\nTwo dockers were injured,\u201d Governor Oleksandr Prokudin wrote.",
    "Governor Oleksandr Prokudin wrote:\n\u201cThe enemy shelled the port overnight.\nTwo dockers were injured.\u201d",
    "\u201cThe enemy shelled the port overnight.\n\nTwo dockers were injured,\u201d Governor Oleksandr Prokudin wrote.",
])
def test_quotation_running_over_lines_without_a_new_opening_mark(text):
    sts = direct(text)
    assert len(sts) == 1 and "Prokudin" in (sts[0].speaker or ""), [(s.speaker, s.quote) for s in sts]
    assert "shelled the port overnight" in sts[0].quote and "Two dockers were injured" in sts[0].quote


def test_unclosed_quotation_does_not_swallow_the_next_paragraphs():
    text = ("Mayor Ihor Polishchuk told residents: \u201cThe water supply will return by evening.\n\n"
            "The city council met later.\n\nHe then said \"repairs are going well\" to reporters.")
    sts = direct(text)
    assert [s.quote for s in sts] == ["The water supply will return by evening.", "repairs are going well"]


def test_adverbial_with_a_speech_verb_between_subject_and_verb():
    said("Zelensky, writing on Telegram, said: \u201cThe port of Izmail was hit again.\u201d", "Izmail was hit",
         "Zelensky")


# --- pronouns and offices resolved to the person named before ---------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Ukrainian Foreign Minister Andrii Sybiha condemned the strike. Polish Foreign Minister Radoslaw Sikorski "
     "also spoke.\n\n\u201cThe grain terminal burned all night,\u201d the Ukrainian minister wrote on X.", "Sybiha"),
    ("Serhii Lysak reported the attack. \u201cThe grain terminal burned all night. One worker is in hospital,\u201d "
     "the head of the regional military administration said.", "Lysak"),
    ("Serhii Lysak reported the attack.\n\nAccording to him, \u201cthe grain terminal burned all night.\u201d", "Lysak"),
    ("Serhii Lysak reported the attack.\n\nAs he noted, \u201cthe grain terminal burned all night.\u201d", "Lysak"),
    ("Serhii Lysak reported the attack. The official emphasized: \u201cThe grain terminal burned all night.\u201d",
     "Lysak"),
])
def test_pronouns_and_offices_named_before(text, speaker):
    said(text, "grain terminal burned all night", speaker)


def test_question_asked():
    said("\u201cWho will pay for the rebuilding of the school?\u201d Mayor Oleksandr Senkevych asked.",
         "rebuilding of the school", "Senkevych")


def test_plural_possessive_inside_single_quotation_marks():
    said("\u2018The sappers\u2019 work will take months in the fields,\u2019 Senkevych said.",
         "work will take months", "Senkevych")


# --- partial quotations attributed at the end of the sentence or in a relative clause ----------------

@pytest.mark.parametrize("text, words, speaker", [
    ("Russia\u2019s strikes on the dams are \u201cecological terror against the whole region\u201d and must stop, "
     "Svyrydenko said on Telegram.", "ecological terror", "Svyrydenko"),
    ("Minsk is \u201cnot ready for any talks about the border\u201d at this stage, Sybiha told reporters in Odesa.",
     "not ready for any talks", "Sybiha"),
    ("The strike, which Svyrydenko called \u201ca cynical blow to the water supply,\u201d cut off three towns.",
     "a cynical blow to the water supply", "Svyrydenko"),
    ("Three towns lost water in what the governor called \u201ca deliberate blow to the water supply.\u201d",
     "a deliberate blow", "governor"),
])
def test_partial_quotation_attributed_later_or_in_a_relative_clause(text, words, speaker):
    said(text, words, speaker)


# --- media, think tanks and units named by a noun phrase after the quotation -------------------------

@pytest.mark.parametrize("text, speaker", [
    ("\u201cAssault groups reached the edge of the village,\u201d the Dva Mayora Telegram channel wrote.", "channel"),
    ("\u201cAssault groups reached the edge of the village,\u201d state broadcaster Suspilne reported.", "Suspilne"),
    ("\u201cAssault groups reached the edge of the village,\u201d the U.S.-based Institute for the Study of War said.",
     "War"),
    ("\u201cAssault groups reached the edge of the village,\u201d Ukraine's 24th Mechanized Brigade said.", "Brigade"),
    ("\u201cAssault groups reached the edge of the village,\u201d IAEA chief Rafael Grossi said.", "Grossi"),
    ("\u201cAssault groups reached the edge of the village.\u201d The Dva Mayora Telegram channel wrote.", "channel"),
])
def test_noun_phrase_speaker_after_the_quotation(text, speaker):
    said(text, "reached the edge of the village", speaker)


def test_partial_quote_inside_reported_speech_keeps_its_speaker():
    text = ("The head of the town administration, Vadym Liakh, admitted that Russian units had \u201ccome very "
            "close\u201d to the town and urged residents to leave. Liakh noted that buses would run twice a day.")
    said(text, "come very close", "Liakh")
    text = ("\u201cAssault groups reached the edge of the village.\u201d Soldiers of the brigade and medics "
            "described the fighting as the hardest of the year.")
    assert "Soldiers" not in (direct(text)[0].speaker or "")


def test_the_ministry_is_the_ministry_named_after_a_lowercase_article():
    text = ("A drone entered the airspace near the border for six minutes, the Defence Ministry said.\n\n"
            "Two fighter jets took off from the Borcea air base at 7 p.m. Local police said a road was closed.\n\n"
            "\u201cNo debris was found on the ground after the search,\u201d the ministry said.")
    sts = direct(text)
    assert sts and sts[0].speaker == "Defence Ministry", [(s.speaker, s.quote) for s in sts]


def test_an_office_with_no_holder_named_is_the_speaker_not_the_last_person():
    text = ("In Moscow, Kremlin spokesman Dmitry Voronov said Russia was striking only military targets.\n\n"
            "The Ukrainian foreign minister called the attack \"another act of energy terror\" and asked for more air defence.")
    sts = [s for s in direct(text) if "energy terror" in s.quote]
    assert sts and "Voronov" not in (sts[0].speaker or "") and "minister" in (sts[0].speaker or "").lower(), \
        [(s.speaker, s.quote) for s in sts]
    assert sts[0].speaker_side == "UA"


def test_a_local_official_speaks_for_the_side_of_his_place():
    text = ("Russian drones struck an energy facility in Sumy overnight, regional governor Oleh Hryhorenko said.\n\n"
            "\"Repair crews are already working,\" Hryhorenko wrote on Telegram.\n\n"
            "Mayor Artem Kobzarenko told local television: \u00abHospitals have switched to generators.\u00bb")
    sides = {s.speaker.split()[-1]: s.speaker_side for s in direct(text)}
    assert sides == {"Hryhorenko": "UA", "Kobzarenko": "UA"}, sides


def test_a_quotation_signed_with_a_dash_names_its_speaker():
    said("\u201cThere is no ceasefire without security guarantees\u201d \u2014 Volodymyr Zelensky.", "no ceasefire", "Zelensky")
