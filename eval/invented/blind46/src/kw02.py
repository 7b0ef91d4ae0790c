from common import E, L, R, C, N, W, S, gold

TITLE = "Russian guided bombs kill nine in Zaporizhzhia as rescuers search rubble"
TEXT = """KYIV OBSERVER
Support independent journalism
News Feed | Ukraine | War | Business | Opinion | Investigations | Podcasts
Become a member
Russian guided bombs kill nine in Zaporizhzhia as rescuers search rubble
by Daria Levchenko
October 8, 2024 6:52 PM
3 min read
Editor's note: This story was updated at 6:52 p.m. with new figures.

Nine people were killed and 31 injured when Russian aircraft dropped two KAB-500 guided bombs on Zaporizhzhia on the morning of Oct. 8, the regional governor said in the evening.

The toll climbed throughout the day. At noon, officials spoke of four dead and 17 wounded; by 3 p.m. the figure had risen to seven.

Most of the victims were inside a five-storey apartment building in the Oleksandrivskyi district, which the first bomb hit at 10:18 a.m. local time. The upper three floors of one entrance collapsed. Six people died there, among them a 12-year-old boy, and 19 were injured.

Less than a minute later, the second bomb exploded at a logistics warehouse on the right bank of the Dnipro, in the Khortytskyi district. Three workers were killed there and 12 others were hurt, according to the State Emergency Service.

The first blast also damaged a substation, leaving about 4,000 households in the Oleksandrivskyi district without electricity until late afternoon.

"We are lifting the slabs almost by hand. Heavy cranes would bring down what is left of the entrance," Iryna Savchuk, a spokeswoman for the emergency service in the region, told the Kyiv Observer from the site.

Read also: Zaporizhzhia's schools move underground as glide-bomb attacks intensify

Glide bombs, which Russian jets release from 40-60 kilometers away, have become the weapon that Zaporizhzhia fears most: air defense can rarely stop them.

Before the bombing, the night had already been restless for the region. A Shahed-type drone crashed into a private house in Vilniansk, north of the city, shortly after 2 a.m., injuring a 54-year-old man.

And on Sunday, Russian artillery killed a woman in Stepnohirsk, a front-line village south of Zaporizhzhia, as she was feeding her chickens.

Oct. 9 was declared a day of mourning in the city.

Petro Zhuk, whose shop stands across the street from the ruined building, said he had heard the aircraft "for a second, maybe two" before the explosion. "Then the windows came in on us," he said.

We've been covering the war since day one. Help us keep going — support the Kyiv Observer.
Tags: Zaporizhzhia Oblast, Guided bombs, Russian attacks
"""
DOC = {"id": "kw02", "date": "2024-10-08", "source": "Kyiv Observer (Ukrainian national news site, English)",
       "url": "https://kyivobserver.example/news/russian-guided-bombs-kill-nine-in-zaporizhzhia", "text": TEXT}

D = "2024-10-08"
EVENTS = [
    E("kw02-1", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", fat=N(9), inj=N(31),
      weapons=[W("guided_bomb", "KAB-500", launched=N(2))],
      note="city total 'on the morning of Oct. 8': the latest figures of the evening (9 killed, 31 injured) win over "
           "'four dead and 17 wounded' at noon and 'seven' at 3 p.m.; guided bombs -> air_drone_strike; parent of the "
           "two site lines"),
    E("kw02-2", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", parent="kw02-1", fat=N(6), inj=N(19),
      weapons=[W("guided_bomb")],
      note="the first bomb on a five-storey apartment building in the Oleksandrivskyi district (= the city) at 10:18: "
           "6 killed, 19 injured"),
    E("kw02-3", "air_drone_strike", D, L("Zaporizhzhia"), "RU", "UA", parent="kw02-1", fat=N(3), inj=N(12),
      weapons=[W("guided_bomb")],
      note="'Less than a minute later, the second bomb exploded at a logistics warehouse … in the Khortytskyi district': "
           "a second site with its own toll (blind38 call 2): 3 killed, 12 hurt"),
    E("kw02-4", "infrastructure_disruption", D, L("Zaporizhzhia"), "RU", "UA", parent="kw02-2",
      note="'The first blast also damaged a substation, leaving about 4,000 households … without electricity'"),
    E("kw02-5", "air_drone_strike", D, L("Vilniansk"), "RU", "UA", inj=N(1), weapons=[W("drone", "Shahed")],
      note="'A Shahed-type drone crashed into a private house in Vilniansk … shortly after 2 a.m.' (the night before the "
           "bombing, same day): 1 injured"),
    E("kw02-6", "missile_artillery_strike", "2024-10-06", L("Stepnohirsk"), "RU", "UA", fat=N(1),
      weapons=[W("artillery")],
      note="'on Sunday, Russian artillery killed a woman in Stepnohirsk' (Tue 8 Oct -> Sun 6 Oct)"),
]
# Not events: the noon and 3 p.m. figures (superseded), 'Oct. 9 was declared a day of mourning' (mourning, no event),
# 'Glide bombs, which Russian jets release from 40-60 kilometers away, have become the weapon …' (background), 'air
# defense can rarely stop them' (general), the 'Read also' headline (furniture).
STATEMENTS = [
    S("Iryna Savchuk", "UA", "Heavy cranes would bring down what is left of the entrance",
      "spokeswoman, State Emergency Service in the Zaporizhzhia region"),
    S("Petro Zhuk", "UA", "Then the windows came in on us", "shop owner in Zaporizhzhia"),
]
# Not gold: the governor (title only, reported), Zhuk's 'for a second, maybe two' (fragment inside reported speech).
MUST_NOT = ["KYIV OBSERVER", "Support independent journalism",
            "News Feed | Ukraine | War | Business | Opinion | Investigations | Podcasts", "Become a member",
            "by Daria Levchenko", "October 8, 2024 6:52 PM", "3 min read",
            "Editor's note: This story was updated at 6:52 p.m. with new figures.",
            "Read also: Zaporizhzhia's schools move underground as glide-bomb attacks intensify",
            "We've been covering the war since day one. Help us keep going — support the Kyiv Observer.",
            "Tags: Zaporizhzhia Oblast, Guided bombs, Russian attacks"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
