from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, REX

TITLE = "Kharkiv region: a rescuer injured by a repeated drone strike in Borova, a fatal fire in Kupiansk"
TEXT = """STATE EMERGENCY SERVICE OF UKRAINE
Main Directorate of the SES of Ukraine in Kharkiv region
Emergency line: 101 | Hotline: 0 800 50 17 17
UKR | ENG | Version for the visually impaired
Main | News | Prevention | Demining | Services | Contacts
News › Kharkiv region
Kharkiv region: a rescuer injured by a repeated drone strike in Borova, a fatal fire in Kupiansk
29.08.2023, 09:47
Over the past day, rescuers of Kharkiv region worked at the sites of enemy attacks in four districts.

Izium district. At 16:20 yesterday, a Russian drone set fire to the grain elevator in Borova. The rescuers had been fighting the fire for forty minutes when a second drone struck the same site at 17:02: one of them was injured, and the fire engine was damaged. The fire on an area of 900 square metres was eliminated by night.

Kupiansk district. In Kupiansk, at 11:40 on 28 August, shelling set fire to a two-storey residential building. The body of a 66-year-old woman was found during the extinguishing; two men were injured. The fire on 150 square metres was put out at 13:05.

Kharkiv district. A stubble field caught fire on 20 hectares in the Lyptsi hromada after shelling. There were no casualties.

Kharkiv. Today at 02:15, a Russian drone hit the building of an educational institution in the Kyivskyi district. The fire covered 600 square metres. There were no casualties.

Chuhuiv district. Yesterday at 09:30, a tractor ran over an unidentified explosive object in a field near Chuhuiv. The tractor driver was hospitalised. Later the same day, at 19:05, Vovchansk was struck by multiple rocket launchers: a private house and a garage burned down. No one was hurt.

Over the past day, pyrotechnic units inspected 12.5 hectares and defused 67 explosive objects.

"The second drone came when the crew had already unrolled the hoses. They are waiting for us now, so we arrive in two cars and one of them stays back," said Oleh Pasichnyk, spokesman of the Main Directorate.
Photo: SES of Ukraine in Kharkiv region
If you find a suspicious object, do not touch it and call 101!
#SES #Kharkiv_region #rescuers
Share: Facebook | Telegram | X
Materials of the website are available under the Creative Commons Attribution 4.0 licence.
"""
DOC = {"id": "ku08", "date": "2023-08-29", "source": "State Emergency Service of Ukraine, Kharkiv region (official website)",
       "url": "https://dsns-kh.example/en/news/2023-08-29-borova-kupiansk", "text": TEXT}

D, Y = "2023-08-29", "2023-08-28"
SES = "State Emergency Service"
EVENTS = [
    E("ku08-1", ADS, Y, L("Borova"), "RU", "UA", inj=N(1), claimant=SES, weapons=[W("drone")],
      note="'At 16:20 yesterday, a Russian drone set fire to the grain elevator in Borova … a second drone struck the "
           "same site at 17:02': a double tap on one site the same day is one event with the combined toll (blind42 "
           "call 5); one rescuer injured; Borova 711623 (Kharkiv oblast, Izium district), not the Kyiv-oblast Borova"),
    E("ku08-2", MAS, Y, L("Kupiansk"), "RU", "UA", fat=N(1), inj=N(2), claimant=SES, weapons=[W("artillery")],
      note="'In Kupiansk, at 11:40 on 28 August, shelling set fire to a two-storey residential building': the body "
           "found during the extinguishing = 1 killed; two men injured"),
    E("ku08-3", MAS, Y, L("Vovchansk"), "RU", "UA", fat=N(0), inj=N(0), claimant=SES, weapons=[W("mlrs")],
      note="'Later the same day, at 19:05, Vovchansk was struck by multiple rocket launchers' (the same day as the "
           "09:30 item = 28 August); 'No one was hurt' -> 0/0; a second item in the Chuhuiv-district paragraph, its own "
           "place and type"),
    E("ku08-4", MAS, Y, H("Lyptsi", "Lyptsi hromada"), "RU", "UA", fat=N(0), inj=N(0), claimant=SES,
      weapons=[W("artillery")], prec="range", end=D,
      note="stubble field on fire 'in the Lyptsi hromada after shelling': hromada = precision 2; no hour, within 'Over "
           "the past day' -> range; 'There were no casualties' -> 0/0"),
    E("ku08-5", ADS, D, L("Kharkiv"), "RU", "UA", fat=N(0), inj=N(0), claimant=SES, weapons=[W("drone")],
      note="'Today at 02:15, a Russian drone hit the building of an educational institution in the Kyivskyi district' "
           "(= the city); 0/0"),
    E("ku08-6", REX, Y, H("Chuhuiv", "field near Chuhuiv"), None, "UA", inj=N(1), claimant=SES,
      note="'a tractor ran over an unidentified explosive object in a field near Chuhuiv': remote_explosive, who left "
           "it is not said -> actor1 null; near X = precision 2; the driver hospitalised = injured"),
]
# Not events: the rescuers' work 'in four districts' (a summary of responses), the fires put out (parts of their
# strikes), the demining tally (12.5 hectares, 67 objects: clearance, no attack), the advice about suspicious objects
# (furniture line). The district headings group the items.
STATEMENTS = [
    S("Oleh Pasichnyk", "UA", "The second drone came when the crew had already unrolled the hoses",
      "spokesman of the SES Main Directorate in Kharkiv region"),
]
MUST_NOT = ["STATE EMERGENCY SERVICE OF UKRAINE", "Main Directorate of the SES of Ukraine in Kharkiv region",
            "Emergency line: 101 | Hotline: 0 800 50 17 17", "UKR | ENG | Version for the visually impaired",
            "Main | News | Prevention | Demining | Services | Contacts", "News › Kharkiv region", "29.08.2023, 09:47",
            "Photo: SES of Ukraine in Kharkiv region",
            "If you find a suspicious object, do not touch it and call 101!", "#SES #Kharkiv_region #rescuers",
            "Share: Facebook | Telegram | X",
            "Materials of the website are available under the Creative Commons Attribution 4.0 licence."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
