"""A large, realistic-looking forum as an exchange document, for benchmarks and tests.

``generate_document(meetings=50, items=5000, seed=1)`` returns a document in the
public exchange format (``samsyn-exchange``, version 1): about ten
organisations, sixty people, ``meetings`` meetings over about four years with
attendance, a five-point agenda, decisions and notes, and ``items`` gaps, causes
and actions in total (a fifth gaps, three fifths causes of which a quarter are
"why?" children, a fifth actions), plus follow-ups of open actions at later
meetings. Everything is fictional: names are made up, e-mail addresses are
``@example.se`` and there are no phone numbers or personal identity numbers.

The same arguments always give the same document: all randomness, UUIDs
included, comes from one ``random.Random(seed)``.

It needs the repository root on ``sys.path`` (for ``app``); the script part
below puts it there. Run it as a script to write the JSON::

    .venv/bin/python bench/forum_generator.py OUT.json [--meetings 50] [--items 5000]
"""

from __future__ import annotations

import random
import sys
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

if __name__ == "__main__":  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.exchange import envelope  # noqa: E402
from app.model import DEFAULT_CAUSE_CATEGORIES  # noqa: E402

Doc = dict[str, Any]


FIRST_DAY = date(2021, 2, 1)  # fixed, so the document never depends on today
SPAN_DAYS = 4 * 365

CAUSE_CATEGORIES = list(DEFAULT_CAUSE_CATEGORIES)

ORGANISATIONS = [
    ("Ekeby kommun, hemtjänst", "municipality", "Vård- och omsorgsförvaltningen, hemtjänst"),
    ("Ekeby kommun, hemsjukvård", "municipality", "Kommunal hälso- och sjukvård"),
    ("Ekeby kommun, biståndsenheten", "municipality", "Myndighetsutövning äldreomsorg"),
    ("Ekeby kommun, socialpsykiatri", "municipality", "Boendestöd och sysselsättning"),
    ("Vårdcentralen Ekeby", "region", "Primärvård, Region Västmark"),
    ("Vårdcentralen Lindås", "private", "Primärvård i vårdval, Lindås Hälsa AB"),
    ("Region Västmark, medicinkliniken", "region", "Slutenvård, Centralsjukhuset Västerås"),
    ("Region Västmark, vuxenpsykiatrin", "region", "Psykiatrisk öppenvård Ekeby"),
    ("Brukarföreningen Ekeby", "association", "Ideell förening för brukare och anhöriga"),
    ("FoU Västmark", "other", "Forskning och utveckling inom välfärd"),
]

FIRST_NAMES = [
    "Anna", "Maria", "Karin", "Sara", "Lena", "Emma", "Kristina", "Elin", "Ida", "Malin",
    "Johanna", "Sofia", "Helena", "Linnea", "Åsa", "Birgitta", "Ingrid", "Märta", "Saga",
    "Erik", "Lars", "Karl", "Johan", "Anders", "Per", "Mikael", "Jonas", "Fredrik", "Oskar",
    "Björn", "Göran", "Mats", "Olof", "Nils", "Reza", "Amir", "Mirela", "Leyla", "Jörgen",
]  # fmt: skip

LAST_NAMES = [
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist",
    "Berg", "Sundberg", "Holm", "Åberg", "Öberg", "Ekström", "Lundgren", "Sjöberg", "Hedlund",
    "Nyström", "Wikström", "Forsberg", "Dahl", "Lind", "Engström", "Björk", "Hosseini",
]  # fmt: skip

TITLES = [
    "Enhetschef", "Sjuksköterska", "Distriktssköterska", "Biståndshandläggare",
    "Verksamhetsutvecklare", "Medicinskt ansvarig sjuksköterska", "Läkare", "Överläkare",
    "Arbetsterapeut", "Fysioterapeut", "Kurator", "Undersköterska", "Samordnare",
    "Avdelningschef", "Vårdcentralschef", "Brukarrepresentant", "FoU-samordnare",
]  # fmt: skip

LOCATIONS = [
    "Ekeby kommunhus, sammanträdesrum Linden",
    "Vårdcentralen Ekeby, konferensrummet",
    "Centralsjukhuset, föreläsningssal 3",
    "Lindås Hälsa, personalrummet",
    "Digitalt via Teams",
    "FoU Västmark, Storgatan 12",
]

TRANSITIONS = [
    "slutenvård → hemmet",
    "slutenvård → särskilt boende",
    "primärvård → hemsjukvård",
    "psykiatri → socialpsykiatri",
    "akutmottagning → hemmet",
    "hemtjänst → korttidsboende",
    "barn- och ungdomspsykiatri → vuxenpsykiatri",
]

TARGET_GROUPS = [
    "Äldre multisjuka",
    "Personer med psykisk ohälsa",
    "Personer i palliativ vård",
    "Personer med demenssjukdom",
    "Unga vuxna med samsjuklighet",
    "Personer med missbruk och psykisk ohälsa",
]

AGENDA = [
    ("Välkommen, närvaro och föregående anteckningar", 15),
    ("Uppföljning av åtgärder från tidigare träffar", 30),
    ("Nya glapp – avidentifierade fall från verksamheterna", 40),
    ("Orsaksanalys med fiskben och 5 varför", 45),
    ("Åtgärder, beslut och nästa träff", 30),
]

# Sentence parts for Swedish-looking text.
SUBJECTS = [
    "Hemtjänsten", "Hemsjukvården", "Vårdcentralen", "Avdelningen", "Biståndshandläggaren",
    "Den fasta vårdkontakten", "Sjuksköterskan i kommunen", "Läkaren på vårdcentralen",
    "Utskrivningsenheten", "Nattpatrullen", "Socialpsykiatrin", "Öppenvårdsmottagningen",
    "Närstående", "Den enskilde", "Samordnaren", "Rehabiliteringen", "Kuratorn",
    "Ingen av verksamheterna", "Personalen på korttidsboendet", "Akutmottagningen",
]  # fmt: skip

VERBS = [
    "får inte", "saknar", "skickar sent", "känner inte till", "hinner inte gå igenom",
    "dokumenterar inte", "har svårt att hitta", "väntar på", "tolkar olika",
    "fattar beslut utan", "ringer runt efter", "får ofta ofullständig", "bevakar inte",
    "planerar utan", "följer inte upp", "har inte mandat att ändra",
]  # fmt: skip

OBJECTS = [
    "utskrivningsmeddelandet", "den aktuella läkemedelslistan", "en samordnad individuell plan",
    "information om vårdplanering", "överrapporteringen inför helgen",
    "kontaktuppgifter till ansvarig sjuksköterska", "beslut om insatser i hemmet",
    "hjälpmedel som behövs vid hemgång", "meddelanden i journalsystemet",
    "riktlinjen för samordnad vårdplanering", "uppgifter om nutrition och vikt",
    "underlaget för SIP-mötet", "remissen till specialistvården",
    "bedömningen av fallrisk", "planen för palliativ vård",
]  # fmt: skip

CONTEXTS = [
    "inför helger och storhelger", "när patienten skrivs ut sent på eftermiddagen",
    "vid byte mellan verksamheterna", "under semesterperioden",
    "när flera vårdgivare är inblandade", "trots att rutinen finns sedan länge",
    "eftersom ansvaret är otydligt", "vid hemgång från akutmottagningen",
    "när den enskilde inte själv kan föra informationen vidare",
    "på grund av hög personalomsättning", "i glesbygden där avstånden är stora",
    "när tolk behövs", "när journalsystemen inte kan läsa varandras uppgifter",
]  # fmt: skip

CONSEQUENCES = [
    "Det leder till att den enskilde återinskrivs inom en vecka.",
    "Närstående får bära information mellan verksamheterna.",
    "Insatserna i hemmet kommer i gång först efter flera dagar.",
    "Läkemedel ges dubbelt eller inte alls under de första dagarna.",
    "Personalen lägger mycket tid på att ringa runt.",
    "Den enskilde upplever otrygghet och oro inför hemgången.",
    "Avvikelser skrivs men återkopplas sällan till den andra huvudmannen.",
    "Ingen tar ett samlat ansvar för helheten.",
]  # fmt: skip

ACTION_VERBS = [
    "Ta fram", "Införa", "Pröva", "Utbilda personalen i", "Förankra", "Revidera",
    "Följa upp", "Samordna", "Utse ansvarig för", "Sprida",
]  # fmt: skip

ACTION_OBJECTS = [
    "en gemensam checklista för hemgång", "en lokal överenskommelse om utskrivning inför helg",
    "rutinen för läkemedelsavstämning", "mallen för samordnad individuell plan",
    "ett gemensamt telefonnummer för överrapportering", "en uppföljningsrutin efter hemgång",
    "en utbildningsdag om vårdövergångar", "avvikelsehanteringen mellan huvudmännen",
    "informationsmaterialet till närstående", "en fast tid för gemensamma vårdplaneringar",
]  # fmt: skip

MEASURES = [
    "Andelen utskrivningar inför helg med komplett överrapportering ökar till minst 90 %.",
    "Antalet avvikelser om läkemedel vid hemgång halveras under ett halvår.",
    "Samtliga berörda medarbetare har gått utbildningen före årets slut.",
    "Återinskrivningar inom 30 dagar minskar jämfört med samma period föregående år.",
    "Minst åtta av tio närstående uppger i enkät att de fått tydlig information.",
]  # fmt: skip

FOLLOWUP_NOTES = {
    "not_started": [
        "Arbetet har inte kommit i gång ännu på grund av hög arbetsbelastning.",
        "Ansvarig har bytt tjänst; ny ansvarig utses till nästa träff.",
    ],
    "ongoing": [
        "Ett första utkast finns och har skickats på remiss till verksamheterna.",
        "Arbetet pågår enligt plan; avstämning med enhetscheferna är bokad.",
        "Piloten har startat på en enhet och utvärderas efter tre månader.",
    ],
    "delayed": [
        "Försenat eftersom frågan behöver lyftas till ledningsgruppen först.",
        "Försenat på grund av semesterperioden; ny tidplan redovisas nästa gång.",
    ],
    "done": [
        "Klart och infört i samtliga berörda verksamheter.",
        "Genomfört; uppföljningen visar färre avvikelser än tidigare.",
    ],
    "cancelled": [
        "Avbryts eftersom en regional rutin ersätter den lokala.",
        "Avslutas; behovet täcks av en annan åtgärd.",
    ],
}

DECISIONS = [
    "Forumet beslutar att anteckningarna skickas ut senast en vecka efter träffen.",
    "Forumet godkänner den reviderade checklistan för hemgång.",
    "Glappet lyfts till den politiska samverkansberedningen för beslut om resurser.",
    "Forumet beslutar att nästa träff ägnas åt uppföljning av pågående åtgärder.",
    "Åtgärder som inte har ansvarig efter två träffar tas upp med respektive chef.",
    "Forumet ställer sig bakom förslaget om gemensam utbildningsdag i vår.",
]  # fmt: skip

PARKED = [
    "Frågan om gemensamt journalsystem parkeras tills regionens upphandling är klar.",
    "Transporter vid hemgång nattetid tas upp igen när statistiken finns.",
]

OTHER_BUSINESS = [
    "Information om kommande nationell kunskapsstyrning för vårdövergångar.",
    "Ny enhetschef på hemsjukvården presenterade sig.",
    "Påminnelse om enkäten till närstående som stänger i slutet av månaden.",
]

_ASCII = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "Å": "A", "Ä": "A", "Ö": "O"})


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    # -- text ----------------------------------------------------------------

    def sentence(self) -> str:
        rng = self.rng
        text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
        if rng.random() < 0.7:
            text += " " + rng.choice(CONTEXTS)
        return text + "."

    def text(self, low: int, high: int, *, first: str | None = None) -> str:
        """Swedish-looking text of ``low`` to ``high`` characters."""
        rng = self.rng
        target = rng.randint(low, high)
        parts = [first if first is not None else self.sentence()]
        length = len(parts[0])
        while length < target:
            extra = rng.choice(CONSEQUENCES) if rng.random() < 0.3 else self.sentence()
            parts.append(extra)
            length += 1 + len(extra)
        text = " ".join(parts)
        if len(text) > high:
            cut = text.rfind(" ", 0, high - 1)
            text = text[: cut if cut >= low else high - 1].rstrip(" ,;.") + "."
        return text

    def title(self, high: int = 120) -> str:
        """One sentence without its full stop, at most ``high`` characters (at least ~40)."""
        text = self.sentence().rstrip(".")
        if len(text) > high:
            text = text[: text.rfind(" ", 0, high + 1)]
        return text

    # -- the document --------------------------------------------------------

    def document(self, meetings: int, items: int) -> Doc:
        forum = {
            "id": self.uid(),
            "name": "Samverkansforum Ekeby – vårdövergångar",
            "area": "Ekeby kommun och Region Västmark",
            "goal": self.text(120, 300),
            "description": self.text(150, 300),
            "cause_categories": list(CAUSE_CATEGORIES),
        }
        organisations = [
            {"id": self.uid(), "name": name, "kind": kind, "unit": unit}
            for name, kind, unit in ORGANISATIONS
        ]
        people = self.people(organisations, 60)
        meeting_docs = self.meetings(meetings, people)

        gap_count = round(items * 0.2)
        cause_count = round(items * 0.6)
        action_count = items - gap_count - cause_count
        if meetings and items and not gap_count:
            gap_count, cause_count = 1, max(0, cause_count - 1)
        if not meetings:
            gap_count = cause_count = action_count = 0
        gaps = self.gaps(meeting_docs, gap_count, organisations)
        self.causes(gaps, cause_count)
        actions = self.actions(meeting_docs, gaps, action_count, people)
        for meeting in meeting_docs:  # helpers for building, not part of the format
            del meeting["_index"], meeting["_day"]
            for gap in meeting["gaps"]:
                del gap["_meeting"]
        return envelope(forum, organisations, people, meeting_docs, actions)

    def people(self, organisations: list[Doc], count: int) -> list[Doc]:
        rng = self.rng
        names: list[str] = []
        while len(names) < count:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            if name not in names:
                names.append(name)
        people = []
        for index, name in enumerate(names):
            org = organisations[index % len(organisations)]
            email = name.lower().translate(_ASCII).replace(" ", ".") + "@example.se"
            people.append(
                {
                    "id": self.uid(),
                    "name": name,
                    "title": rng.choice(TITLES),
                    "organisation_id": org["id"],
                    "email": email,
                }
            )
        return people

    def meetings(self, count: int, people: list[Doc]) -> list[Doc]:
        rng = self.rng
        days = []
        for index in range(count):
            day = FIRST_DAY + timedelta(days=index * SPAN_DAYS // max(count, 1))
            day += timedelta(days=rng.randint(0, 6))
            while day.weekday() >= 5:
                day += timedelta(days=1)
            days.append(day)
        days.sort()
        result = []
        for index, day in enumerate(days):
            start_hour = rng.choice([9, 13])
            facilitators = rng.sample(people[:12], 2)
            attendees = rng.sample(people, rng.randint(14, 26))
            meeting: Doc = {
                "id": self.uid(),
                "title": f"Träff {index + 1}: {self.title(80)}",
                "date": day.isoformat(),
                "start": f"{start_hour:02d}:00",
                "end": f"{start_hour + 3:02d}:00",
                "location": rng.choice(LOCATIONS),
                "purpose": self.text(60, 250),
                "notes_taker_id": facilitators[1]["id"],
                "facilitator_ids": [p["id"] for p in facilitators],
                "attendance": [
                    {
                        "person_id": p["id"],
                        "status": rng.choices(
                            ["present", "excused", "absent"], weights=[80, 15, 5]
                        )[0],
                    }
                    for p in attendees
                ],
                "agenda": [
                    {
                        "id": self.uid(),
                        "title": title,
                        "minutes": minutes,
                        "notes": self.text(40, 300),
                    }
                    for title, minutes in AGENDA
                ],
                "gaps": [],
                "followups": [],
                "decisions": [
                    {"id": self.uid(), "text": text}
                    for text in rng.sample(DECISIONS, rng.randint(2, 4))
                ],
                "parking_lot": [
                    {"id": self.uid(), "text": text}
                    for text in rng.sample(PARKED, rng.randint(0, 1))
                ],
                "other_business": [
                    {"id": self.uid(), "text": text}
                    for text in rng.sample(OTHER_BUSINESS, rng.randint(0, 2))
                ],
                "_index": index,
                "_day": day,
            }
            result.append(meeting)
        for meeting, following in zip(result, result[1:], strict=False):
            meeting["next_meeting"] = {
                "date": following["date"],
                "start": following["start"],
                "location": following["location"],
                "notes": "Inbjudan skickas ut tre veckor före träffen.",
            }
        return result

    def gaps(self, meetings: list[Doc], count: int, organisations: list[Doc]) -> list[Doc]:
        rng = self.rng
        gaps = []
        for index in range(count):
            meeting = meetings[index * len(meetings) // count] if count else meetings[0]
            age = 1 - meeting["_index"] / max(len(meetings) - 1, 1)  # 1 oldest, 0 newest
            status = rng.choices(
                ["open", "in_progress", "resolved", "parked"],
                weights=[1.0 - 0.6 * age, 1.0, 0.2 + 2.0 * age, 0.3],
            )[0]
            gap: Doc = {
                "id": self.uid(),
                "title": self.title(120),
                "description": self.text(80, 300),
                "transition": rng.choice(TRANSITIONS),
                "target_group": rng.choice(TARGET_GROUPS),
                "organisation_ids": [o["id"] for o in rng.sample(organisations, rng.randint(2, 4))],
                "votes": rng.randint(0, 12),
                "status": status,
                "causes": [],
                "_meeting": meeting,
            }
            meeting["gaps"].append(gap)
            gaps.append(gap)
        return gaps

    def causes(self, gaps: list[Doc], count: int) -> None:
        """``count`` causes over the gaps; a quarter are "why?" children."""
        rng = self.rng
        if not gaps:
            return
        per_gap = [0] * len(gaps)
        for index in range(min(count, len(gaps))):
            per_gap[index] = 1
        for _ in range(count - min(count, len(gaps))):
            per_gap[rng.randrange(len(gaps))] += 1
        # Which causes answer "why?" for another: any but the first of its gap.
        candidates = [(g, i) for g, n in enumerate(per_gap) for i in range(1, n)]
        children = set(rng.sample(candidates, min(len(candidates), count // 4)))
        for g, (gap, n) in enumerate(zip(gaps, per_gap, strict=True)):
            made: list[Doc] = []
            kids: dict[str | None, list[Doc]] = {None: []}
            for i in range(n):
                parent = rng.choice(made)["id"] if (g, i) in children else None
                cause: Doc = {"id": self.uid(), "text": self.text(30, 200)}
                if rng.random() < 0.95:
                    cause["category"] = rng.choice(CAUSE_CATEGORIES)
                cause["votes"] = rng.randint(0, 6)
                if parent is not None:
                    cause["parent_id"] = parent
                made.append(cause)
                kids.setdefault(parent, []).append(cause)
            # Parents before their children, as the dump writes them.
            stack = list(reversed(kids[None]))
            while stack:
                cause = stack.pop()
                gap["causes"].append(cause)
                stack.extend(reversed(kids.get(cause["id"], [])))

    def actions(
        self,
        meetings: list[Doc],
        gaps: list[Doc],
        count: int,
        people: list[Doc],
    ) -> list[Doc]:
        rng = self.rng
        if not meetings:
            return []
        chosen = sorted(
            (rng.randrange(len(gaps)) if gaps else None for _ in range(count)),
            key=lambda g: -1 if g is None else g,
        )
        actions = []
        for gap_index in chosen:
            gap = gaps[gap_index] if gap_index is not None else None
            meeting = gap["_meeting"] if gap is not None else rng.choice(meetings)
            owner = rng.choice(people)
            day: date = meeting["_day"]
            action: Doc = {
                "id": self.uid(),
                "title": f"{rng.choice(ACTION_VERBS)} {rng.choice(ACTION_OBJECTS)}",
                "description": self.text(80, 300),
                "meeting_id": meeting["id"],
            }
            if gap is not None:
                action["gap_id"] = gap["id"]
                if gap["causes"] and rng.random() < 0.6:
                    action["cause_id"] = rng.choice(gap["causes"])["id"]
            action["owner_id"] = owner["id"]
            action["organisation_id"] = owner["organisation_id"]
            action["due"] = (day + timedelta(days=rng.randint(30, 180))).isoformat()
            action["status"] = self.follow_up(action, meeting["_index"], meetings)
            action["kind"] = rng.choice(
                ["development", "competence", "information", "routine", "escalation", "other"]
            )
            action["success_measure"] = rng.choice(MEASURES)
            actions.append(action)
        return actions

    def follow_up(self, action: Doc, agreed_at: int, meetings: list[Doc]) -> str:
        """Follow the action up at later meetings while it is open; its last status."""
        rng = self.rng
        status = "not_started"
        steps = {
            "not_started": (["not_started", "ongoing", "cancelled"], [2, 7, 1]),
            "ongoing": (["ongoing", "done", "delayed", "cancelled"], [4, 4, 2, 0.5]),
            "delayed": (["ongoing", "done", "delayed", "cancelled"], [4, 2, 2, 1]),
        }
        for later in meetings[agreed_at + 1 :]:
            if status in ("done", "cancelled"):
                break
            if rng.random() < 0.25:  # not on this meeting's list
                continue
            names, weights = steps[status]
            status = rng.choices(names, weights=weights)[0]
            entry: Doc = {"action_id": action["id"], "status": status}
            if rng.random() < 0.8:
                entry["note"] = rng.choice(FOLLOWUP_NOTES[status])
            later["followups"].append(entry)
        return status


def generate_document(meetings: int = 50, items: int = 5000, seed: int = 1) -> Doc:
    """An exchange document of a large forum; same arguments, same document."""
    return _Generator(seed).document(meetings, items)


def count_items(document: Doc) -> dict[str, int]:
    """How many of each kind of thing the document holds."""
    meetings = document.get("meetings", [])
    gaps = [g for m in meetings for g in m.get("gaps", [])]
    causes = [c for g in gaps for c in g.get("causes", [])]
    return {
        "organisations": len(document.get("organisations", [])),
        "people": len(document.get("people", [])),
        "meetings": len(meetings),
        "gaps": len(gaps),
        "causes": len(causes),
        "why_causes": sum(1 for c in causes if c.get("parent_id")),
        "actions": len(document.get("actions", [])),
        "followups": sum(len(m.get("followups", [])) for m in meetings),
    }


if __name__ == "__main__":
    import argparse
    import json
    import sys
    from pathlib import Path

    parser = argparse.ArgumentParser(description="Write a generated forum as exchange JSON.")
    parser.add_argument("out", type=Path, help="JSON file to write")
    parser.add_argument("--meetings", type=int, default=50)
    parser.add_argument("--items", type=int, default=5000, help="gaps + causes + actions")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="also run the import checks")
    args = parser.parse_args()

    doc = generate_document(args.meetings, args.items, args.seed)
    data = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
    if args.check:
        from app.exchange.files import read_exchange

        read_exchange(data)
    args.out.write_bytes(data)
    counts = ", ".join(f"{n} {k}" for k, n in count_items(doc).items())
    print(f"{args.out}: {len(data) / 1e6:.1f} MB; {counts}")
