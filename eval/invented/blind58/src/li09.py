from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, POL

TITLE = "Night of drones: Kharkiv apartment block hit, toll rises through the day"
TEXT = """UTV24 UKRAINE INTERNATIONAL
Live TV | News | Video | Programmes | Schedule
VIDEO › Evening Bulletin
Night of drones: Kharkiv apartment block hit, toll rises through the day
▶ 3:42
Thursday, 20 February 2025, 19:30
Autoplay next video: ON
Show transcript ▾
This transcript was produced automatically and edited for clarity. Speaker names are as broadcast.
KATERYNA VOLOSHCHUK, PRESENTER: Good evening. Kharkiv spent another night in its shelters. Shortly after two in the morning, Russian attack drones hit a nine-storey apartment block in the Kholodnohirskyi district. Our correspondent Andrii Semeniuk has been there all day. Andrii, what are you looking at?
ANDRII SEMENIUK, CORRESPONDENT: Kateryna, behind me is what used to be the fifth entrance of the building. Its top four floors are simply gone. When we got here this morning, the rescuers told us one man had been killed and 17 people injured, three of them children. They are still working, with a crane and with dogs. The commander of the rescue team, Oleh Tymoshenko, told us a little while ago, and I quote: "We can still hear a phone ringing under the slabs, so we keep going."
VOLOSHCHUK: Do we know how many drones there were?
SEMENIUK: Across the whole country, according to the air force, Russia launched 112 drones overnight. Seventy-eight of them were shot down and another 30 were lost to electronic warfare. Eleven were brought down over the Kharkiv region.
LIUDMYLA KOROL, RESIDENT: I woke up on the floor. The window was lying on top of me. My neighbour from the fourth floor, I don't know where he is.
VOLOSHCHUK: And the rest of the region?
SEMENIUK: East of the city, in Chuhuiv, Russian artillery hit a private house on Wednesday evening, and a woman was injured. People there told us this is the third time this month their street has been shelled. One of them, a retired teacher, Mykola Dudnyk, said: "The first time we patched the roof. Now we just sweep."
VOLOSHCHUK: Thank you, Andrii. Now to Kyiv, where parliament today approved in its final reading a bill that doubles the one-off payment to the families of soldiers killed in action. Three hundred and twelve deputies voted for it. The MP who drafted the bill, Iryna Sobko, told us: "This is not compensation. Nothing compensates. It is the minimum the state owes."
VOLOSHCHUK: Across the border, the governor of Russia's Belgorod region says Ukrainian shelling hit Shebekino this afternoon, injuring two people. We have not been able to verify that.
VOLOSHCHUK: And one more update from Kharkiv before we go. The regional governor now says two people were killed in last night's attack, and 19 are now being treated for injuries. We'll be back at nine.
Up next: Frontline Diaries - the medics of Kupiansk (12:05)
More from Evening Bulletin
Watch UTV24 live on satellite, cable and at utv24.example/live
© 2025 UTV24 Ukraine International. All rights reserved.
"""
DOC = {"id": "li09", "date": "2025-02-20", "source": "UTV24 Ukraine International (TV channel site, video page)",
       "url": "https://utv24.example/video/evening-bulletin/2025-02-20-kharkiv-drones", "text": TEXT}

D, WED = "2025-02-20", "2025-02-19"
WAVE, INTC = "li09-1", "li09-2"
EVENTS = [
    E(WAVE, ADS, D, C("UA", "Ukraine"), "RU", "UA", claimant="Ukrainian Air Force",
      weapons=[W("drone", launched=N(112))],
      evidence="Across the whole country, according to the air force, Russia launched 112 drones overnight.",
      note="the correspondent relays the air force's night count: a drones-only wave -> air_drone_strike at country "
           "precision, 'overnight' in a Thursday bulletin -> 20 Feb"),
    E(INTC, INT, D, C("UA", "Ukraine"), "UA", "RU", parent=WAVE, claimant="Ukrainian Air Force",
      weapons=[W("drone", intercepted=N(78))],
      evidence="Seventy-eight of them were shot down and another 30 were lost to electronic warfare.",
      note="78 shot down; the 30 'lost to electronic warfare' are counted apart -> not intercepted"),
    E("li09-3", INT, D, R("UA-63", "Kharkiv region"), "UA", "RU", parent=INTC, weapons=[W("drone", intercepted=N(11))],
      evidence="Eleven were brought down over the Kharkiv region.",
      note="a region with its own count -> required regional interception"),
    E("li09-4", ADS, D, L("Kharkiv"), "RU", "UA", parent=WAVE, fat=N(2), inj=N(19), weapons=[W("drone")],
      evidence="The regional governor now says two people were killed in last night's attack, and 19 are now being treated for injuries.",
      note="'Shortly after two in the morning' on the bulletin's day, Kholodnohirskyi district = the city; 1 k 17 w in "
           "the morning -> 2 k 19 w in the presenter's last update: the latest figure wins"),
    E("li09-5", MAS, WED, L("Chuhuiv"), "RU", "UA", inj=N(1), weapons=[W("artillery")],
      evidence="East of the city, in Chuhuiv, Russian artillery hit a private house on Wednesday evening, and a woman was injured.",
      note="'on Wednesday evening' -> 19 Feb; 'the third time this month' is a count, not another event"),
    E("li09-6", POL, D, C("UA", "Ukraine"), "UA", None,
      evidence="Now to Kyiv, where parliament today approved in its final reading a bill that doubles the one-off payment to the families of soldiers killed in action.",
      note="a parliament's war-related law (payments to families of the fallen) adopted 'today' -> policy_decision at "
           "the deciding country (precision 4), no other party"),
    E("li09-7", MAS, D, L("Shebekino"), "UA", "RU", inj=N(2), weapons=[W("artillery")], claimant="Belgorod governor",
      evidence="Across the border, the governor of Russia's Belgorod region says Ukrainian shelling hit Shebekino this afternoon, injuring two people.",
      note="'this afternoon' -> 20 Feb; UA -> RU; 'not been able to verify' does not withdraw the claim"),
]
# Not events: the resident's account (part of li09-4), the rescuers 'still working' and the 1 k 17 w morning figure
# (stage of li09-4's toll); 'the third time this month their street has been shelled' (count); the 30 drones 'lost to
# electronic warfare' (not intercepted); the 312 votes (part of li09-6); 'We'll be back at nine'.
# Speech in the transcript that is not in quotation marks is not a gold statement: the presenter's and the
# correspondent's lines and the resident Liudmyla Korol's line ('I woke up on the floor …').
STATEMENTS = [
    S("Oleh Tymoshenko", "UA", "We can still hear a phone ringing under the slabs", "commander of the rescue team, Kharkiv"),
    S("Mykola Dudnyk", "UA", "The first time we patched the roof. Now we just sweep.", "retired teacher, Chuhuiv"),
    S("Iryna Sobko", "UA", "It is the minimum the state owes", "MP, author of the bill"),
]
MUST_NOT = ["UTV24 UKRAINE INTERNATIONAL", "Live TV | News | Video | Programmes | Schedule", "VIDEO › Evening Bulletin",
            "▶ 3:42", "Thursday, 20 February 2025, 19:30", "Autoplay next video: ON", "Show transcript ▾",
            "This transcript was produced automatically and edited for clarity. Speaker names are as broadcast.",
            "Up next: Frontline Diaries - the medics of Kupiansk (12:05)", "More from Evening Bulletin",
            "Watch UTV24 live on satellite, cable and at utv24.example/live",
            "© 2025 UTV24 Ukraine International. All rights reserved."]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
