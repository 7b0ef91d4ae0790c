from common import E, L, R, C, N, W, S, H, gold, MAS, ADS, INT, DIP

TITLE = "WORLD ROUND-UP: Nepal eases Everest permit rules; Two killed in Russian missile strike on Kharkiv; Sri Lanka cuts policy rate"
TEXT = """IWS INDIA WIRE SERVICE
Home | National | States | Business | World | Sports | Entertainment
Section: International
WORLD ROUND-UP: Nepal eases Everest permit rules; Two killed in Russian missile strike on Kharkiv; Sri Lanka cuts policy rate
Last Updated: Feb 20, 2024, 18:05 IST
New Delhi, Feb 20 (IWS) Following are the top world stories of the day from IWS correspondents and agencies.

Kathmandu: Nepal's tourism board on Tuesday eased the rules for Everest climbing permits, allowing expedition agencies to file applications online for the spring season. Officials expect more than 400 permits to be issued this year.

Kyiv: Two persons were killed and nine injured when Russian S-300 missiles struck an industrial area of Kharkiv in north-eastern Ukraine late on Monday, the regional governor said. The missiles hit shortly before midnight local time, which was about 3.30 am on Tuesday in India. Separately, Ukraine's air force said 23 of the 31 Shahed drones Russia launched overnight had been destroyed. "Two of the injured are young men who had just finished the night shift," said Natalia Honcharuk, a spokesperson for the regional health department. The Indian embassy in Kyiv said all Indian students in Kharkiv were safe and advised them to stay in touch with the mission. The External Affairs Minister had spoken to his Ukrainian counterpart by telephone on Monday and discussed the peace formula, officials said.

Colombo: The Central Bank of Sri Lanka cut its key policy rate by 50 basis points on Tuesday, citing easing inflation. "The economy has turned the corner, but the recovery is fragile," Governor's adviser Ranil Perera told reporters.

London: Voters in two English constituencies go to the polls on Thursday in by-elections seen as a test for the governing party.

Brasilia: Heavy rain has forced more than 2,000 people from their homes in the state of Santa Catarina since the weekend, the civil defence agency said.
IWS AM/PS/KR
(This story has not been edited by IWS staff and is auto-generated from a syndicated feed.)
Also Read: Markets close higher on IT rally
"""
DOC = {"id": "lu11", "date": "2024-02-20", "source": "IWS India Wire Service (Indian news agency, world round-up)",
       "url": "https://iws-india.example/world/round-up-2024-02-20", "text": TEXT}

D, MON = "2024-02-20", "2024-02-19"
EVENTS = [
    E("lu11-1", MAS, MON, L("Kharkiv"), "RU", "UA", fat=N(2), inj=N(9), weapons=[W("missile", "S-300")],
      claimant="Kharkiv regional governor",
      evidence="Two persons were killed and nine injured when Russian S-300 missiles struck an industrial area of Kharkiv in north-eastern Ukraine late on Monday",
      note="'late on Monday' Kyiv time, 'shortly before midnight local time' = 19 Feb even though it was Tuesday in "
           "India (blind61 call 1); S-300 against a ground target -> missile_artillery_strike"),
    E("lu11-2", ADS, D, C("UA", "Ukraine"), "RU", "UA", weapons=[W("drone", "Shahed-136", launched=N(31))],
      claimant="Ukrainian Air Force",
      evidence="Ukraine's air force said 23 of the 31 Shahed drones Russia launched overnight had been destroyed",
      note="'overnight' in a Tuesday item = 20 Feb; a drone-only wave -> air_drone_strike at country precision; not "
           "the parent of the Kharkiv missiles (another weapon, before midnight)"),
    E("lu11-3", INT, D, C("UA", "Ukraine"), "UA", "RU", parent="lu11-2",
      weapons=[W("drone", "Shahed-136", intercepted=N(23))], claimant="Ukrainian Air Force",
      evidence="23 of the 31 Shahed drones Russia launched overnight had been destroyed",
      note="'23 of the 31' -> intercepted 23 (the wave carries launched 31)"),
    E("lu11-4", DIP, MON, C("IN", "India"), "IN", "UA", optional=True, claimant="Indian officials",
      evidence="The External Affairs Minister had spoken to his Ukrainian counterpart by telephone on Monday",
      note="a telephone call between ministers on 19 Feb: a contact without a place (the Indian minister called) -> "
           "optional, placed at the caller's country"),
]
# Not events: every item under another dateline (Kathmandu permits, Colombo rate cut, London by-elections 'on
# Thursday', Santa Catarina floods 'since the weekend'), the embassy's advisory and 'all Indian students … were safe'
# (consular, blind61 call 4). Furniture: masthead, menu, section line, updated line, the agency's initials line, the
# syndication disclaimer, 'Also Read'; the dateline intro stays.
STATEMENTS = [
    S("Natalia Honcharuk", "UA", "had just finished the night shift", "spokesperson, Kharkiv regional health department"),
]
# Not gold: Ranil Perera's quote on Sri Lanka's economy (an item under another dateline, outside this war's
# coverage; an extractor is neither asked for it nor penalised, statements being scored by recall only).
MUST_NOT = ["IWS INDIA WIRE SERVICE", "Home | National | States | Business | World | Sports | Entertainment", "Section: International",
            "Last Updated: Feb 20, 2024, 18:05 IST", "IWS AM/PS/KR",
            "(This story has not been edited by IWS staff and is auto-generated from a syndicated feed.)",
            "Also Read: Markets close higher on IT rally"]


def build():
    return DOC, gold(DOC, EVENTS, STATEMENTS, MUST_NOT, TITLE)
