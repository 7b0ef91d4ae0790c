from common import E, L, R, C, N, W, S, gold

TITLE = "Drone wreckage found in field near Dołhobyczów after night of Russian strikes on Volyn"
TEXT = """GAZETA POGRANICZA
Pobierz aplikację Gazety Pogranicza — Google Play | App Store
PL | EN | UA
Region · Kraj · Świat · Wojna w Ukrainie · Sport
Drone wreckage found in field near Dołhobyczów after night of Russian strikes on Volyn
Piotr Zawadzki | 03 grudnia 2025, 11:52 | aktualizacja: 14:20
The wreckage of a drone was found on Wednesday morning in a field near Dołhobyczów, a village in Hrubieszów county a few kilometres from the Ukrainian border, hours after Russia attacked the neighbouring Volyn region of Ukraine with drones and missiles.

The debris was discovered at about 7:30 by a farmer checking his winter rapeseed.

"At first I thought it was a piece of a tractor. Then I saw the wires and the writing in Russian," said Tadeusz Wrona, 58, who farms 40 hectares outside the village. "I called the police and stood back. I did not touch anything."

Nobody was hurt. Police cordoned off the area and military sappers secured the remains, which the Operational Command later said belonged to a Gerbera-type decoy drone. How it entered Polish airspace is being investigated, prosecutors in Zamość said.

Czytaj także: Hrubieszów county residents ask for sirens in every village
The drone was part of an attack that struck Lutsk overnight. The governor of the Volyn region said drones and at least one missile had hit an industrial site and a residential street in the city, injuring three people.

As Russian aircraft became active over western Ukraine, Polish and allied aircraft were scrambled at around 1:30 and ground-based air defence was brought to the highest state of readiness, the Operational Command of the Armed Forces said. Rzeszów airport suspended flights for about two hours during the night as a precaution, the airport's spokeswoman said.

SONDA / POLL: Should Poland shoot down Russian drones over western Ukraine?
Yes — 61% | No — 27% | I don't know — 12% (4,318 votes)
The foreign ministry in Warsaw summoned Russia's chargé d'affaires on Wednesday afternoon. "We will not accept Russian drones falling on Polish farms as a new normal," the ministry's spokesman, Łukasz Bielecki, told reporters.

The mayor of Dołhobyczów commune said residents were "tired and angry, not afraid", and asked the government to install sirens in every village.

Zobacz też: Sejm debates new rules for shooting down drones
Tagi: drony, Dołhobyczów, Hrubieszów, granica, Rosja
Komentarze (56) — Zaloguj się, aby dodać komentarz
Wszelkie prawa zastrzeżone © Gazeta Pogranicza 2025. Redakcja nie odpowiada za treść komentarzy.
"""
DOC = {"id": "e05", "date": "2025-12-03", "source": "Gazeta Pogranicza (Polish regional daily, English page)",
       "url": "https://gazetapogranicza.example/en/region/dron-dolhobyczow-wrak-pole,10493812", "text": TEXT}

D = "2025-12-03"
EVENTS = [
    E("e05-1", "air_drone_strike", D, L("Dolhobyczow", 2, "near Dołhobyczów"), "RU", "PL", fat=N(0), inj=N(0),
      weapons=[W("drone", "Gerbera")],
      note="drone wreckage on Polish soil coded as RU air_drone_strike on PL (blind4 call 9); 'in a field near' = "
           "precision 2; found on Wednesday morning; 'Nobody was hurt' = 0/0"),
    E("e05-2", "missile_artillery_strike", D, L("Lutsk"), "RU", "UA", inj=N(3),
      weapons=[W("drone"), W("missile", launched=N(1, "at_least"))], family=["air_drone_strike"],
      claimant="Volyn governor",
      note="'drones and at least one missile' hit the city overnight: typed by heaviest weapon, drone accepted"),
    E("e05-3", "military_mobilization", D, C("PL", "Poland"), "PL", None, claimant="Operational Command",
      note="aircraft scrambled 'at around 1:30' and air defence on highest readiness: Poland, country precision"),
    E("e05-4", "infrastructure_disruption", D, L("Rzeszow"), None, None,
      note="Rzeszów airport suspended flights as a precaution during the alert (blind4 call 9); no perpetrator"),
    E("e05-5", "diplomatic_contact", D, L("Warsaw"), "PL", "RU",
      note="Russian chargé d'affaires summoned on Wednesday afternoon"),
]
STATEMENTS = [
    S("Tadeusz Wrona", "PL", "At first I thought it was a piece of a tractor", "farmer, 58"),
    S("Tadeusz Wrona", "PL", "I called the police and stood back", "farmer, 58"),
    S("Łukasz Bielecki", "PL", "We will not accept Russian drones falling on Polish farms as a new normal",
      "foreign ministry spokesman"),
]
MUST_NOT = ["GAZETA POGRANICZA", "Pobierz aplikację Gazety Pogranicza — Google Play | App Store", "PL | EN | UA",
            "Region · Kraj · Świat · Wojna w Ukrainie · Sport",
            "Piotr Zawadzki | 03 grudnia 2025, 11:52 | aktualizacja: 14:20",
            "Czytaj także: Hrubieszów county residents ask for sirens in every village",
            "SONDA / POLL: Should Poland shoot down Russian drones over western Ukraine?",
            "Yes — 61% | No — 27% | I don't know — 12% (4,318 votes)",
            "Zobacz też: Sejm debates new rules for shooting down drones",
            "Tagi: drony, Dołhobyczów, Hrubieszów, granica, Rosja",
            "Komentarze (56) — Zaloguj się, aby dodać komentarz",
            "Wszelkie prawa zastrzeżone © Gazeta Pogranicza 2025. Redakcja nie odpowiada za treść komentarzy."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
