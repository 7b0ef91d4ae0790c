from common import *

TITLE = "Moscow claims gains in Artemovsk, Kyiv says 64 attacks repelled"
TEXT = f"""Eastern Desk Digest
{TITLE}
22 March 2023 | 07:55 | Military | Comments (14)

The Russian Defence Ministry said on Tuesday that its forces had repelled five attacks by Ukrainian units in the Krasny Liman direction and had destroyed an ammunition depot near Kramatorsk with a strike by operational-tactical aviation.

In the Artemovsk direction, Russian assault detachments captured two more city blocks in the north-western part of Artemovsk on Tuesday, the ministry's spokesman, Lieutenant General Yuri Kravtsov, told a daily briefing. "The enemy lost up to 210 servicemen killed and wounded in this direction over the past day," he said.

Air defences shot down 14 HIMARS rockets over the Zaporozhye region over the past day, Kravtsov added. He also said Russian forces had struck "temporary deployment points" of Ukrainian units near Kupyansk, without giving a date.

Kyiv gave a very different account. Ukraine's General Staff said on Tuesday evening that its forces had repelled 64 Russian attacks over the past day, most of them near Bakhmut, Avdiivka and Marinka. "Bakhmut is holding. The enemy is paying for every metre," the General Staff's spokesman, Colonel Andriy Vasylchuk, said.

Ukrainian officials denied that any military depot near Kramatorsk had been hit. Donetsk regional governor Oleksandr Ruban said a Russian guided aerial bomb struck a school building in Kramatorsk on Tuesday afternoon, injuring two people, a caretaker and a passer-by. "There was no depot there, only a school that has been closed since the autumn," Ruban wrote on Telegram.

Russian officials have described the battle for Artemovsk, which Ukraine calls Bakhmut, as the key to the whole Donbass front. Western analysts say its strategic value is limited and that both sides have committed more troops there than the town warrants. The fighting for the town has continued since last summer.

Neither side's claims could be independently verified.

Read more:
• Why Artemovsk matters to the Kremlin
• Prigozhin-style feud? Shoigu praises "heroic assault units"
Share: VK | Telegram | OK
"""
MUST_NOT = ["Eastern Desk Digest", "22 March 2023 | 07:55 | Military | Comments (14)", "Read more:", "• Why Artemovsk matters to the Kremlin",
            "• Prigozhin-style feud? Shoigu praises \"heroic assault units\"", "Share: VK | Telegram | OK"]
R = dict(date_end="2023-03-21", precision="range", aggregate=True)
EVENTS = [
 E("x07-1", "armed_clash", "2023-03-21", "UA", "RU", near("Lyman", "Krasny Liman direction"),
   claimant="Russian Defence Ministry", note="Krasny Liman = Lyman"),
 E("x07-2", "air_drone_strike", "2023-03-21", "RU", "UA", at("Kramatorsk"), fam=["missile_artillery_strike"],
   weapons=[W("guided_bomb")], inj=2, target="school",
   claimant="Russian Defence Ministry ('depot near Kramatorsk'); governor Oleksandr Ruban ('school in Kramatorsk')",
   note="one incident, two conflicting claims"),
 E("x07-3", "territory_change", "2023-03-21", "RU", "UA", at("Bakhmut", name="Artemovsk (Bakhmut)"),
   claimant="Russian Defence Ministry"),
 E("x07-4", "interception", "2023-03-20", "RU", "UA", region("UA-23", "Zaporozhye region"),
   weapons=[W("mlrs", "HIMARS", intercepted=n(14))], claimant="Russian Defence Ministry", **R),
 E("x07-5", "missile_artillery_strike", None, "RU", "UA", near("Kupiansk", "near Kupyansk"), precision="unknown",
   optional=True, fam=["air_drone_strike"], note="no date given"),
 E("x07-6", "armed_clash", "2023-03-20", "RU", "UA", near("Bakhmut", "near Bakhmut"), claimant="General Staff of Ukraine", **R),
 E("x07-7", "armed_clash", "2023-03-20", "RU", "UA", near("Avdiivka", "near Avdiivka"), claimant="General Staff of Ukraine", **R),
 E("x07-8", "armed_clash", "2023-03-20", "RU", "UA", near("Marinka", "near Marinka"), claimant="General Staff of Ukraine", **R),
]
STATEMENTS = [
 S("Yuri Kravtsov", "RU", "The enemy lost up to 210 servicemen killed and wounded", "Russian MoD spokesman"),
 S("Andriy Vasylchuk", "UA", "Bakhmut is holding. The enemy is paying for every metre", "General Staff spokesman"),
 S("Oleksandr Ruban", "UA", "There was no depot there, only a school", "Donetsk regional governor"),
]

def build():
    return article("x07", "2023-03-22", "Eastern Desk Digest", "https://eastern-desk.example/military/2023/03/22/artemovsk-claims",
                   "other: Russian MoD claim vs Ukrainian counter-claim", "Russian place forms (Artemovsk, Krasny Liman, Zaporozhye, Kupyansk); one strike with two conflicting claims; 'over the past day' in a statement of the day before publication; undated claim optional",
                   TITLE, TEXT, MUST_NOT, EVENTS, STATEMENTS)
