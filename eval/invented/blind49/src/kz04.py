from common import E, L, R, C, N, W, S, gold

TITLE = "Death toll climbs to six after Russian missiles hit Kharkiv hospital"
TEXT = """ACN | Atlas Cable News
Edition: US | International
Menu
World / Europe
Death toll climbs to six after Russian missiles hit Kharkiv hospital
By Hannah Cole, Olena Savchuk and Mark Dressler, ACN
Updated 4:18 PM EST, Thu November 14, 2024
Link Copied!
Facebook | Tweet | Email | Link
Rescuers search the collapsed surgical wing of a hospital in Kharkiv, Ukraine, on Thursday. Viacheslav Madiievskyi/ACN
Video Ad Feedback
Kharkiv, Ukraine ACN —
At least six people were killed and 31 wounded when two Russian ballistic missiles struck a hospital in the northeastern Ukrainian city of Kharkiv on Thursday morning, local officials said, as rescuers worked into the evening to reach people trapped in a collapsed wing.

The toll climbed through the day. Kharkiv's mayor first reported two dead shortly after the 9:15 a.m. strike; by early afternoon the regional governor put the figure at four, with 19 injured. The latest figures, released at around 6 p.m. local time, were six dead and 31 wounded, among them two doctors and a woman who was eight months pregnant.

One missile tore through the surgical wing of City Hospital No. 17, officials said; the other exploded in the courtyard between the wards and a children's outpatient clinic. About 120 patients, 14 of them from intensive care, were moved to other hospitals across the city.

"We were in the middle of an operation when the ceiling came down in the corridor. We finished it by flashlight," Dr. Andrii Kolesnyk, the hospital's deputy chief surgeon, told ACN.

Natalia Hryhorenko, a nurse on the maternity floor, said she carried a newborn down four flights of stairs. "I did not feel my legs until I was outside. Then I went back for the next one."

Russia's Defense Ministry said in its daily briefing that its forces had struck "a temporary deployment point of Ukrainian units" in Kharkiv. It did not mention the hospital.

The missiles arrived hours after a drone attack on the city. Shortly before 3 a.m., a drone hit a warehouse in Kharkiv's Kyivskyi district, wounding a security guard, the mayor said. Across the country, Russia launched 50 attack drones overnight, and Ukraine's air force said it shot down 38 of them; eight more disappeared from radar, probably jammed.

Later on Thursday, Russian shelling killed an 81-year-old woman in her garden in Kupiansk, east of Kharkiv, the regional governor said.

In the neighboring Sumy region, a guided aerial bomb hit the center of Bilopillia on Wednesday evening, killing a 70-year-old man and damaging the town's post office, the regional military administration said.

In Washington, the State Department condemned the strike. "Hitting a hospital in the middle of a working morning is not an accident of war. It is a choice," spokesperson Martha Greer told reporters.

The Pentagon on Wednesday announced a $275 million military aid package for Ukraine that includes artillery ammunition, anti-armor weapons and spare parts for air defense systems. Officials say the outgoing administration intends to spend all remaining authorized funds before January.

Kharkiv, Ukraine's second-largest city, lies about 30 kilometers (19 miles) south of the Russian border; it has been attacked almost daily since 2022.
ACN's Daria Tarasova contributed reporting from Kyiv.
Sign up for ACN's Ukraine Briefing newsletter
© 2024 Atlas Cable News. All Rights Reserved.
"""
DOC = {"id": "kz04", "date": "2024-11-14", "source": "Atlas Cable News (US cable news site)",
       "url": "https://edition.acn.example/2024/11/14/europe/kharkiv-hospital-missile-strike-intl/index.html",
       "text": TEXT}

D, WED = "2024-11-14", "2024-11-13"
EVENTS = [
    E("kz04-1", "missile_artillery_strike", D, L("Kharkiv"), "RU", "UA", fat=N(6, "at_least"), inj=N(31),
      weapons=[W("ballistic_missile", launched=N(2))],
      note="two ballistic missiles on City Hospital No. 17 'on Thursday morning' (9:15 a.m.): toll 2 -> 4/19 -> latest "
           "'six dead and 31 wounded' (the latest figure wins); the second missile in the courtyard is the same strike; "
           "the Russian MoD's 'temporary deployment point' in Kharkiv is this event's counter-version"),
    E("kz04-2", "air_drone_strike", D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", launched=N(50))],
      note="'Across the country, Russia launched 50 attack drones overnight': the night wave (drones only -> "
           "air_drone_strike), separate from the morning missiles"),
    E("kz04-3", "interception", D, C("UA", "Ukraine"), "UA", "RU", parent="kz04-2",
      weapons=[W("drone", intercepted=N(38))],
      note="'shot down 38 of them'; the eight that 'disappeared from radar, probably jammed' are not intercepted "
           "(blind41 call 1)"),
    E("kz04-4", "air_drone_strike", D, L("Kharkiv"), "RU", "UA", parent="kz04-2", inj=N(1), weapons=[W("drone")],
      note="'Shortly before 3 a.m., a drone hit a warehouse in Kharkiv's Kyivskyi district, wounding a security guard': "
           "a second site at another hour with another weapon = its own event (blind43 call 2)"),
    E("kz04-5", "missile_artillery_strike", D, L("Kupiansk"), "RU", "UA", fat=N(1), weapons=[W("artillery")],
      note="'Later on Thursday, Russian shelling killed an 81-year-old woman … in Kupiansk'"),
    E("kz04-6", "air_drone_strike", WED, L("Bilopillia"), "RU", "UA", fat=N(1), weapons=[W("guided_bomb")],
      note="'a guided aerial bomb hit the center of Bilopillia on Wednesday evening, killing a 70-year-old man' (13 Nov)"),
    E("kz04-7", "policy_decision", WED, C("US", "United States"), "US", "UA",
      note="'The Pentagon on Wednesday announced a $275 million military aid package': aid at the deciding country "
           "(precision 4)"),
]
# Not events: the patients 'moved to other hospitals' (response to kz04-1), the State Department's condemnation
# (statement), 'intends to spend all remaining authorized funds before January' (plan), 'attacked almost daily since
# 2022' (habitual), the caption (repeats kz04-1).
STATEMENTS = [
    S("Andrii Kolesnyk", "UA", "We finished it by flashlight", "deputy chief surgeon, City Hospital No. 17"),
    S("Natalia Hryhorenko", "UA", "Then I went back for the next one", "nurse, City Hospital No. 17"),
    S("Martha Greer", "US", "It is a choice", "State Department spokesperson"),
]
# Not gold: the Russian MoD's 'a temporary deployment point of Ukrainian units' (fragment).
MUST_NOT = ["ACN | Atlas Cable News", "Edition: US | International", "Menu", "World / Europe",
            "By Hannah Cole, Olena Savchuk and Mark Dressler, ACN", "Updated 4:18 PM EST, Thu November 14, 2024",
            "Link Copied!", "Facebook | Tweet | Email | Link", "Video Ad Feedback",
            "ACN's Daria Tarasova contributed reporting from Kyiv.",
            "Sign up for ACN's Ukraine Briefing newsletter", "© 2024 Atlas Cable News. All Rights Reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
