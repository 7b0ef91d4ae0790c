from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, REX

TITLE = "Intake notes, Monday 8 July"
TEXT = """MRIIA VOLUNTEER HOSPITAL
stabilisation and surgical point · Druzhkivka · funded by donors
Intake notes, Monday 8 July
Posted 09.07.2024, 07:05 · by the night nurse
We publish our intake notes the morning after so that donors see where their money goes. Names are withheld; ages are given.

05:50 — Woman, 63, from Kostiantynivka, shrapnel wounds to the leg. Her house was hit by a glide bomb at about five in the morning. The ambulance crew told us her neighbour was killed on the spot.
08:20 — Two men, 38 and 41, evacuated from near Toretsk. Wounded by an FPV drone yesterday evening while driving out on the road to Druzhkivka. One has a chest wound and went straight into surgery.
11:05 — A boy, 9, from Druzhkivka, fragments in the back and arm after this morning's missile strike on the town centre. His mother says there were two missiles. The city's post says four people were wounded in total.
14:30 — Man, 45, from Chasiv Yar, foot injury: he stepped on a "petal" mine by his own garden this morning.
16:40 — Two patients transferred to Dnipro by the evacuation bus.
19:15 — Woman, 58, from Kramatorsk, concussion and cuts: a guided bomb landed in the next street at about 18:30. She says her building lost all its windows.
"She kept asking whether her cat got out. We told her yes, because the ambulance crew said so," said Nataliia Hrytsai, the senior nurse of the night shift.
"I only heard the second one," the boy from Druzhkivka told the nurse, according to the note.
What we need this week: O-negative blood donors, tourniquets, a second generator.
💛 Donate: card 4441 0000 1234 5678 · PayPal help@mriia-hospital.example
#Mriia #Druzhkivka #volunteers
"""
DOC = {"id": "lr14", "date": "2024-07-09", "source": "Mriia volunteer hospital, Druzhkivka (intake notes)",
       "url": "https://mriia-hospital.example/notes/2024-07-08", "text": TEXT}

D, PREV = "2024-07-08", "2024-07-07"
HOSP = "Mriia volunteer hospital"
EVENTS = [
    E("lr14-1", ADS, D, L("Kostiantynivka"), "RU", "UA", fat=N(1), inj=N(1), weapons=[W("guided_bomb")], claimant=HOSP,
      evidence="Her house was hit by a glide bomb at about five in the morning.",
      note="notes of 'Monday 8 July' posted on 9 July: the day is the notes' day, 8 Jul (not the posting day); glide bomb "
           "-> guided_bomb; the patient 1 w and her neighbour 'killed on the spot' 1 k, as the text states"),
    E("lr14-2", ADS, PREV, H("Toretsk", "road from near Toretsk to Druzhkivka"), "RU", "UA", inj=N(2), weapons=[W("drone")],
      claimant=HOSP,
      evidence="Wounded by an FPV drone yesterday evening while driving out on the road to Druzhkivka.",
      note="'yesterday evening' in a note of Monday 8 July -> Sunday 7 Jul (the note's day is the anchor, not the "
           "posting day); 'from near Toretsk … on the road' -> precision 2 at Toretsk; two men -> 2 w"),
    E("lr14-3", MAS, D, L("Druzhkivka"), "RU", "UA", inj=N(4), weapons=[W("missile", launched=N(2))], claimant=HOSP,
      evidence="A boy, 9, from Druzhkivka, fragments in the back and arm after this morning's missile strike on the town centre.",
      note="'this morning' in the 11:05 note -> 8 Jul; the kind of missile is not said -> missile; 'His mother says "
           "there were two missiles' -> launched 2; 'The city's post says four people were wounded in total' -> 4 w "
           "(the total wins over the one patient)"),
    E("lr14-4", REX, D, L("Chasiv Yar"), None, "UA", inj=N(1), claimant=HOSP,
      evidence='he stepped on a "petal" mine by his own garden this morning.',
      note="a 'petal' (PFM-1) mine -> remote_explosive, who scattered it is not said -> actor1 null; 'by his own garden' "
           "in the town -> precision 1; 1 w"),
    E("lr14-5", ADS, D, L("Kramatorsk"), "RU", "UA", inj=N(1), weapons=[W("guided_bomb", launched=N(1))], claimant=HOSP,
      evidence="a guided bomb landed in the next street at about 18:30.",
      note="'at about 18:30' in the 19:15 note -> 8 Jul; 1 w (the patient; no other casualties stated)"),
]
# Not events: 16:40 transfer to Dnipro (medical logistics); the donors' list; the cat. Hospital name, tagline, posted
# line, donation line and hashtags are furniture.
STATEMENTS = [
    S("Nataliia Hrytsai", "UA", "We told her yes, because the ambulance crew said so", "senior nurse of the night shift"),
]
# Not gold: the boy's "I only heard the second one" (an unnamed child, retold by the nurse); "petal" (a word).
MUST_NOT = ["MRIIA VOLUNTEER HOSPITAL", "stabilisation and surgical point · Druzhkivka · funded by donors",
            "Posted 09.07.2024, 07:05 · by the night nurse",
            "💛 Donate: card 4441 0000 1234 5678 · PayPal help@mriia-hospital.example", "#Mriia #Druzhkivka #volunteers"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
