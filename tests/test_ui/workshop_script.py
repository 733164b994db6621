"""The workshop the acceptance test runs: what the facilitator types, in order."""

from __future__ import annotations

from PySide6.QtCore import Qt

MEETING_DATE = "2027-01-21"  # the next meeting Träff 4 agreed on
TITLE = "Träff 5: Läkemedel och information vid hemgång"
LOCATION = "Vårdcentralen Ängsdal, personalrummet"
PURPOSE = "Hitta glappen kring läkemedel vid hemgång.\nEnas om åtgärder med ansvariga."
AGENDA = [
    ("Välkommen och presentation 15", "Välkommen och presentation", 15),
    ("Uppföljning av åtgärder 30", "Uppföljning av åtgärder", 30),
    ("Glapp, orsaker och åtgärder 90 min", "Glapp, orsaker och åtgärder", 90),
]
# The roll call goes down the list from the first person, one key each.
ROLL_CALL = [
    ("Linnea Sundberg", Qt.Key.Key_N),
    ("Sanna Berg", Qt.Key.Key_N),
    ("Maria Lindqvist", Qt.Key.Key_F),
    ("Ahmed Hassan", Qt.Key.Key_N),
    ("Karin Holmgren", Qt.Key.Key_N),
    ("Jonas Ek", Qt.Key.Key_N),
    ("Lena Sjöberg", Qt.Key.Key_F),
]
LATE_ARRIVAL = "Anders Öberg"  # found further down the list with the mouse
WALK_IN = "Petra Nilsson, Region Mellanland, ambulanssjukvården, petra.nilsson@example.se"
WALK_IN_ORGANISATION = "Region Mellanland, ambulanssjukvården"

PROPOSAL = "Förslag till överenskommelse om läkarstöd nattetid"
SAFETY_PLAN = "Gemensam mall för trygghetsplan"
FOLLOW_UPS = [  # action, status key, stored status, comment
    (PROPOSAL, Qt.Key.Key_3, "done", "Överenskommelsen är undertecknad av båda parter."),
    (SAFETY_PLAN, Qt.Key.Key_2, "ongoing", "Mallen prövas på två enheter i vår."),
]

GAPS = [
    "Läkemedelslistan följer inte med vid utskrivning",
    "Utskrivningsmeddelandet kommer efter klockan 15",
    "Dospåsarna ändras inte när ordinationen ändras",
    "Hjälpmedel saknas när patienten kommer hem",
    "SIP kallas för sent",
    "Nattpatrullen når ingen läkare",
    "Närstående får inte veta vem som är fast vårdkontakt",
    "Rehabplanen når inte kommunens fysioterapeut",
    "Hemtjänsten vet inte om förändrat vårdbehov",
    "Psykiatrins kontaktuppgifter är okända för hemtjänsten",
]
DESCRIBED = 3  # Nr 3 is told as an anonymised case
DESCRIPTION = "En kvinna i 80-årsåldern skrevs ut på fredagen.\nDospåsarna hade fel dos i en vecka."
TRANSITION = "slutenvård → hemmet"
TARGET_GROUP = "Äldre multisjuka"

# Votes by gap number: typed digits + Enter, then + / − steps.
VOTES: list[tuple[int, str, str]] = [
    (1, "7", ""),
    (3, "12", ""),
    (5, "", "+++"),
    (8, "5", "-"),
    (10, "9", "+"),
]
EXPECTED_VOTES = {1: 7, 3: 12, 5: 3, 8: 4, 10: 10}
CHOSEN = [3, 10, 1]  # on to cause analysis (Space)

CATEGORY_1 = "Kommunikation och information"
CATEGORY_4 = "Organisation, ledning och resurser"
CAUSE_INFO = "Dosapoteket får inte veta att ordinationen ändrats"
CAUSE_ORG = "Ingen har ansvar för läkemedelslistan vid hemgång"
CAUSE_WHY = "Ansvaret står inte i den lokala överenskommelsen"

# Actions: title, typed owner (part of the name), owner, due (a quick pick's
# Alt key or a typed date), stored due date, linked to gap 3 and CAUSE_WHY?
ACTIONS: list[tuple[str, str, str, Qt.Key | str, str, bool]] = [
    (
        "Skriv in ansvaret för läkemedelslistan i överenskommelsen",
        "karin",
        "Karin Holmgren",
        Qt.Key.Key_2,
        "2027-02-04",
        True,
    ),
    (
        "Pröva läkemedelsgenomgång före utskrivning",
        "anders",
        "Anders Öberg",
        "2027-03-15",
        "2027-03-15",
        True,
    ),
    (
        "Informera hemtjänstens gruppledare om dospåsar",
        "Sanna",
        "Sanna Berg",
        Qt.Key.Key_3,
        "2027-04-21",
        False,
    ),
    (
        "Kontaktlista från psykiatrin till hemtjänsten",
        "fredrik",
        "Fredrik Sandberg",
        "2027-02-28",
        "2027-02-28",
        False,
    ),
    (
        "Stickprov av dospåsar efter hemgång",
        "sjöb",
        "Lena Sjöberg",
        Qt.Key.Key_2,
        "2027-02-04",
        False,
    ),
]

DECISION = "Forumet ställer sig bakom förslaget om ansvar för läkemedelslistan."
NEXT_DATE_TYPED, NEXT_DATE = "20270415", "2027-04-15"
NEXT_START_TYPED, NEXT_START = "9.30", "09:30"
NEXT_LOCATION = "Norrby kommunhus, sammanträdesrum Björken"
