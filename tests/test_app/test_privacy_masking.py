"""What the projector shows never holds an e-mail address, a phone number or
an identity number; dates, times, sums and counts stay as they are."""

from __future__ import annotations

import pytest

from app.privacy.masking import mask_contacts

HIDDEN = "[dolt]"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Ring 070-123 45 67 i dag", "Ring [dolt] i dag"),
        ("Mobil 0701234567.", "Mobil [dolt]."),
        ("Växeln +46 8 123 456 78", "Växeln [dolt]"),
        ("Nås på 0046 70 123 45 67", "Nås på [dolt]"),
        ("tel 031-12 34 56", "tel [dolt]"),
        ("Mejla anna.berg@example.se eller ring", "Mejla [dolt] eller ring"),
        ("Kontakt: k.holm+forum@kommun.example.se", "Kontakt: [dolt]"),
        ("Personnummer 19121212-1212 i texten", "Personnummer [dolt] i texten"),
        ("Samordningsnummer 701063-2391", "Samordningsnummer [dolt]"),
        ("Två: 070-111 22 33 och b@example.se", "Två: [dolt] och [dolt]"),
        ("Autokorrigerat 070–123 45 67", "Autokorrigerat [dolt]"),  # en dash
        ("Hårt bindestreck 070\u2011123 45 67", "Hårt bindestreck [dolt]"),
        ("Med mellanslag 070 - 123 45 67", "Med mellanslag [dolt]"),
        ("Snedstreck 070/123 45 67", "Snedstreck [dolt]"),
        # Pasted from a web page or mail: characters that show nothing hide nothing.
        ("Ring 070\u200b-123 45 67 nu", "Ring [dolt] nu"),
        ("Mejla anna\u00ad.berg@exam\u200cple.se i dag", "Mejla [dolt] i dag"),
        ("ring\u200b0701234567 nu", "ring\u200b[dolt] nu"),  # not glued to the word
        ("0701234567\u00adsamt", "[dolt]\u00adsamt"),
        ("\ufeffb@example.se", "\ufeff[dolt]"),  # outside a match they stay, unseen
        ("Å\u200bÄ 0701234567\u2060 och c@example.se", "Å\u200bÄ [dolt]\u2060 och [dolt]"),
    ],
)
def test_contacts_are_hidden(text: str, shown: str) -> None:
    assert mask_contacts(text, HIDDEN) == shown


@pytest.mark.parametrize(
    "text",
    [
        "Träffen 2026-11-09 kl. 08:30–15:30",
        "Vårdats akut 3 gånger på ett halvår",
        "Budget 12 000 kr för 2027",
        "0,5 tjänst och version 0.1",
        "Inga kontaktuppgifter här, bara text med å, ä och ö.",
        "Ärende 1234-5678",
        "kl. 0930-1000 och 0900-1030 Fika",  # time spans, not phone numbers
    ],
)
def test_other_numbers_stay(text: str) -> None:
    assert mask_contacts(text, HIDDEN) == text
