"""One clear sentence for every typed refusal: what is wrong and what to do.

Swedish is the source text; QT_TRANSLATE_NOOP marks it for Qt Linguist and
``translate`` looks the current language up when the sentence is made.
"""

from __future__ import annotations

from pathlib import Path

from app import errors
from app.i18n import QT_TRANSLATE_NOOP, counted, translate
from storage import errors as storage_errors

_C = "Messages"

_STORAGE: dict[type[storage_errors.StorageError], str] = {
    storage_errors.FileMissing: QT_TRANSLATE_NOOP(
        "Messages", "Filen {name} finns inte. Kontrollera namnet och mappen."
    ),
    storage_errors.FileAlreadyExists: QT_TRANSLATE_NOOP(
        "Messages",
        "Filen {name} finns redan. Välj ett annat namn; den befintliga filen har inte ändrats.",
    ),
    storage_errors.EmptyFile: QT_TRANSLATE_NOOP(
        "Messages",
        "Filen {name} är tom (0 byte) och är ingen forumfil. Öppna en annan fil "
        "eller återställ en säkerhetskopia.",
    ),
    storage_errors.NotSqliteFile: QT_TRANSLATE_NOOP(
        "Messages", "Filen {name} är ingen Samsyn-fil. Öppna en forumfil (.samsyn) i stället."
    ),
    storage_errors.ForeignDatabase: QT_TRANSLATE_NOOP(
        "Messages",
        "Filen {name} är en databas från ett annat program, inte en Samsyn-fil. "
        "Öppna en forumfil (.samsyn) i stället.",
    ),
    storage_errors.DamagedFile: QT_TRANSLATE_NOOP(
        "Messages",
        "Filen {name} är skadad och kan inte öppnas. Den har inte ändrats; "
        "återställ den senaste säkerhetskopian.",
    ),
    storage_errors.NewerSchema: QT_TRANSLATE_NOOP(
        "Messages",
        "Filen {name} är skapad med en nyare version av Samsyn. Uppdatera Samsyn "
        "för att öppna den; filen har inte ändrats.",
    ),
    storage_errors.FileUnreadable: QT_TRANSLATE_NOOP(
        "Messages",
        "Filen {name} går inte att läsa. Kontrollera att du har behörighet till filen.",
    ),
    storage_errors.IsFolder: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} är en mapp, inte en fil. Ange namnet på en fil i mappen i stället, till "
        "exempel en forumfil (.samsyn).",
    ),
    storage_errors.UncleanWhereReadOnly: QT_TRANSLATE_NOOP(
        "Messages",
        "Filen {name} stängdes inte ordentligt förra gången, och de sista ändringarna "
        "ligger i {name}-wal på en plats där Samsyn inte kan skriva. Kopiera båda filerna "
        "till en mapp där du kan skriva och öppna kopian.",
    ),
    storage_errors.WriteFailed: QT_TRANSLATE_NOOP(
        "Messages",
        "Det gick inte att spara i {name}. Kontrollera att disken inte "
        "är full och att filen finns kvar, och försök igen.",
    ),
    storage_errors.ReadOnly: QT_TRANSLATE_NOOP(
        "Messages",
        "Filen {name} är öppnad skrivskyddad, så ändringen sparades inte. Öppna "
        "filen med skrivrätt för att ändra.",
    ),
    storage_errors.ConstraintViolation: QT_TRANSLATE_NOOP(
        "Messages", "Ändringen stämmer inte med forumfilens regler och sparades inte."
    ),
    storage_errors.DiskFull: QT_TRANSLATE_NOOP(
        "Messages",
        "Disken är full, så ändringen sparades inte i {name}. Det du skrev finns kvar: "
        "frigör utrymme och försök igen, eller spara en kopia på en annan disk "
        "(Arkiv → Spara en kopia…).",
    ),
    storage_errors.FileGone: QT_TRANSLATE_NOOP(
        "Messages",
        "Filen {name} har flyttats, bytt namn eller tagits bort medan den var öppen, så "
        "ändringen sparades inte. Spara en kopia med Arkiv → Spara en kopia… och öppna den.",
    ),
    storage_errors.Locked: QT_TRANSLATE_NOOP(
        "Messages",
        "Filen {name} är redan öppen för redigering i en annan Samsyn (dator och process: "
        "{detail}). Stäng den där först, eller öppna filen skrivskyddad.",
    ),
}

_EXCHANGE: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("Messages", "saknas men måste finnas."),
    "unknown_field": QT_TRANSLATE_NOOP("Messages", "finns inte i utbytesformatet; ta bort det."),
    "type_object": QT_TRANSLATE_NOOP("Messages", "ska vara ett objekt ({{…}})."),
    "type_array": QT_TRANSLATE_NOOP("Messages", "ska vara en lista ([…])."),
    "type_string": QT_TRANSLATE_NOOP("Messages", "ska vara en text inom citattecken."),
    "type_integer": QT_TRANSLATE_NOOP("Messages", "ska vara ett heltal."),
    "type_null": QT_TRANSLATE_NOOP("Messages", "ska vara null."),
    "const": QT_TRANSLATE_NOOP("Messages", "ska vara {expected}."),
    "enum": QT_TRANSLATE_NOOP("Messages", "ska vara ett av värdena {allowed}."),
    "one_of": QT_TRANSLATE_NOOP("Messages", "har ett värde som inte är tillåtet här."),
    "empty": QT_TRANSLATE_NOOP("Messages", "får inte vara tomt."),
    "pattern_blank": QT_TRANSLATE_NOOP("Messages", "får inte bestå av bara blanksteg."),
    "pattern_id": QT_TRANSLATE_NOOP(
        "Messages", "ska vara ett UUID, till exempel 123e4567-e89b-42d3-a456-426614174000."
    ),
    "pattern_date": QT_TRANSLATE_NOOP(
        "Messages", "ska vara ett giltigt datum i formen ÅÅÅÅ-MM-DD."
    ),
    "pattern_time": QT_TRANSLATE_NOOP("Messages", "ska vara en tid i formen TT:MM."),
    "pattern_other": QT_TRANSLATE_NOOP("Messages", "har fel form."),
    "minimum": QT_TRANSLATE_NOOP("Messages", "får inte vara mindre än {limit}."),
    "maximum": QT_TRANSLATE_NOOP("Messages", "får inte vara större än {limit}."),
    "invalid_character": QT_TRANSLATE_NOOP(
        "Messages", "innehåller ett tecken som inte är giltig Unicode; ta bort det."
    ),
    "duplicate_key": QT_TRANSLATE_NOOP(
        "Messages", "har nyckeln ”{key}” två gånger; ta bort den ena."
    ),
    "duplicate_id": QT_TRANSLATE_NOOP(
        "Messages", "har samma id som {first}; varje id måste vara unikt."
    ),
    "dangling": QT_TRANSLATE_NOOP(
        "Messages", "pekar på ett id som inte finns i filen; rätta id:t eller ta bort fältet."
    ),
    "wrong_kind": QT_TRANSLATE_NOOP(
        "Messages", "pekar på {found}, som är fel sorts post för det här fältet."
    ),
    "listed_twice": QT_TRANSLATE_NOOP(
        "Messages", "står redan tidigare i samma lista; ta bort dubbletten."
    ),
    "parent_other_gap": QT_TRANSLATE_NOOP(
        "Messages",
        "pekar på en orsak i ett annat glapp; en varför-orsak måste ligga i samma glapp.",
    ),
    "parent_cycle": QT_TRANSLATE_NOOP(
        "Messages", "gör att orsakerna pekar på varandra i en slinga; bryt slingan."
    ),
    "cause_not_in_gap": QT_TRANSLATE_NOOP(
        "Messages",
        "pekar på en orsak som inte hör till åtgärdens glapp; rätta gap_id eller cause_id.",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "Messages", "filen är större än {limit_mb} MB och kan inte vara ett forum."
    ),
    "not_utf8": QT_TRANSLATE_NOOP(
        "Messages", "filen är inte UTF-8-text (fel vid byte {offset}); spara den som UTF-8."
    ),
    "not_json": QT_TRANSLATE_NOOP(
        "Messages",
        "filen är inte giltig JSON (fel på rad {line}, tecken {column}); rätta den eller "
        "skriv den på nytt med samsyn dump.",
    ),
    "not_json_constant": QT_TRANSLATE_NOOP(
        "Messages", "filen är inte giltig JSON ({reason} finns inte i JSON); ange ett tal."
    ),
    "too_deep": QT_TRANSLATE_NOOP("Messages", "filen är för djupt nästlad för att läsas."),
    "empty_file": QT_TRANSLATE_NOOP(
        "Messages", "filen är tom; välj en utbytesfil som samsyn dump har skrivit."
    ),
    "not_json_number": QT_TRANSLATE_NOOP(
        "Messages", "filen har ett tal som är för långt för att läsas; rätta talet."
    ),
    "is_folder": QT_TRANSLATE_NOOP("Messages", "det är en mapp; välj en utbytesfil (JSON)."),
    "is_forum_file": QT_TRANSLATE_NOOP(
        "Messages",
        "det är en forumfil, inte en utbytesfil (JSON); öppna den i Samsyn, eller skriv "
        "en utbytesfil av den med samsyn dump.",
    ),
}

_FIELD: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "Fältet ”{field}” får inte vara tomt."),
    "not_text": QT_TRANSLATE_NOOP("Messages", "Fältet ”{field}” ska vara text."),
    "invalid_character": QT_TRANSLATE_NOOP(
        "Messages", "Fältet ”{field}” innehåller ett tecken som inte är giltig Unicode."
    ),
    "not_date": QT_TRANSLATE_NOOP(
        "Messages", "Fältet ”{field}” ska vara ett giltigt datum (ÅÅÅÅ-MM-DD)."
    ),
    "no_such_day": QT_TRANSLATE_NOOP(
        "Messages",
        "Fältet ”{field}” har ett datum som inte finns i kalendern. Kontrollera dagen och månaden.",
    ),
    "not_time": QT_TRANSLATE_NOOP("Messages", "Fältet ”{field}” ska vara en tid (TT:MM)."),
    "not_count": QT_TRANSLATE_NOOP(
        "Messages", "Fältet ”{field}” ska vara ett heltal som är noll eller större."
    ),
    "not_minutes": QT_TRANSLATE_NOOP(
        "Messages", "Fältet ”{field}” ska vara ett antal minuter mellan 0 och 1440."
    ),
    "not_phase": QT_TRANSLATE_NOOP("Messages", "Fältet ”{field}” ska vara en fas mellan 0 och 8."),
    "not_allowed": QT_TRANSLATE_NOOP("Messages", "Fältet ”{field}” har ett värde som inte finns."),
    "not_id": QT_TRANSLATE_NOOP("Messages", "Fältet ”{field}” ska vara ett id (UUID)."),
    "unknown_field": QT_TRANSLATE_NOOP("Messages", "Fältet ”{field}” finns inte."),
}

_FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Namn"),
    "title": QT_TRANSLATE_NOOP("Fields", "Titel"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "date": QT_TRANSLATE_NOOP("Fields", "Datum"),
    "start": QT_TRANSLATE_NOOP("Fields", "Starttid"),
    "end": QT_TRANSLATE_NOOP("Fields", "Sluttid"),
    "location": QT_TRANSLATE_NOOP("Fields", "Plats"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "Syfte"),
    "next_date": QT_TRANSLATE_NOOP("Fields", "Nästa träff, datum"),
    "next_start": QT_TRANSLATE_NOOP("Fields", "Nästa träff, tid"),
    "next_location": QT_TRANSLATE_NOOP("Fields", "Nästa träff, plats"),
    "due": QT_TRANSLATE_NOOP("Fields", "Klart senast"),
    "votes": QT_TRANSLATE_NOOP("Fields", "Röster"),
    "minutes": QT_TRANSLATE_NOOP("Fields", "Minuter"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Typ"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-post"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Telefon"),
    "description": QT_TRANSLATE_NOOP("Fields", "Beskrivning"),
    "transition": QT_TRANSLATE_NOOP("Fields", "Vårdövergång"),
    "target_group": QT_TRANSLATE_NOOP("Fields", "Målgrupp"),
    "success_measure": QT_TRANSLATE_NOOP("Fields", "Hur vet vi att det blev bättre?"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Enhet"),
    "area": QT_TRANSLATE_NOOP("Fields", "Område"),
    "goal": QT_TRANSLATE_NOOP("Fields", "Gemensam målbild"),
    "note": QT_TRANSLATE_NOOP("Fields", "Kommentar"),
    "organisation_id": QT_TRANSLATE_NOOP("Fields", "Organisation"),
    "owner_id": QT_TRANSLATE_NOOP("Fields", "Ansvarig"),
    "notes_taker_id": QT_TRANSLATE_NOOP("Fields", "Antecknare"),
}


def field_label(field: str) -> str:
    label = _FIELD_LABELS.get(field)
    return translate("Fields", label) if label else field


_RULES: dict[str, str] = {
    "category_exists": QT_TRANSLATE_NOOP(
        "Messages", 'Kategorin "{detail}" finns redan; välj ett annat namn.'
    ),
    "organisation_exists": QT_TRANSLATE_NOOP(
        "Messages", "Organisationen ”{detail}” finns redan; välj ett annat namn."
    ),
    "cause_parent_other_gap": QT_TRANSLATE_NOOP(
        "Messages", "En varför-orsak måste ligga i samma glapp som orsaken den fördjupar."
    ),
    "cause_cycle": QT_TRANSLATE_NOOP(
        "Messages", "En orsak kan inte ligga under sig själv eller under sina egna varför-svar."
    ),
    "cause_move_gap": QT_TRANSLATE_NOOP(
        "Messages",
        "En orsak kan inte flyttas till ett annat glapp; lägg till den som ny orsak där.",
    ),
    "cause_not_in_gap": QT_TRANSLATE_NOOP(
        "Messages", "Orsaken hör till ett annat glapp än åtgärden; välj en orsak i samma glapp."
    ),
    "unknown_meeting": QT_TRANSLATE_NOOP(
        "Messages",
        "Träffen {detail} finns inte i forumet; ange latest eller ett träff-id "
        "som samsyn dump visar.",
    ),
    "output_is_forum": QT_TRANSLATE_NOOP(
        "Messages",
        "{detail} är forumfilen själv och skrivs inte över; välj ett annat namn på utdatafilen.",
    ),
    "output_is_a_forum": QT_TRANSLATE_NOOP(
        "Messages",
        "{detail} är en forumfil och skrivs inte över; välj ett annat namn på utdatafilen.",
    ),
    "merge_other_forum": QT_TRANSLATE_NOOP(
        "Messages",
        "Inget slogs samman: {detail} hör till ett annat forum. Slå bara samman kopior "
        "av samma forumfil (en grupp börjar från en kopia av forumet).",
    ),
    "merge_self": QT_TRANSLATE_NOOP(
        "Messages",
        "Inget slogs samman: {detail} är forumfilen själv. Välj de andra gruppernas filer.",
    ),
    "merge_conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "{detail} kunde inte slås samman: ändringarna går inte ihop (till exempel två "
        "orsaker som flyttats under varandra). Inget har ändrats; rätta i en av filerna "
        "och försök igen.",
    ),
    "no_meetings": QT_TRANSLATE_NOOP(
        "Messages", "Forumet har inga träffar ännu; lägg till en träff och försök igen."
    ),
    "no_output_name": QT_TRANSLATE_NOOP("Messages", "Ange ett filnamn efter --out."),
    "no_file_name": QT_TRANSLATE_NOOP(
        "Messages", "Filnamnet är tomt. Ange forumfilens namn, till exempel Forum.samsyn."
    ),
    "suffix_docx": QT_TRANSLATE_NOOP(
        "Messages",
        "Minnesanteckningarna blir en Word-fil, så namnet ska sluta på .docx, "
        "till exempel {detail}.",
    ),
    "suffix_eml": QT_TRANSLATE_NOOP(
        "Messages",
        "E-postutkastet sparas som e-postfil, så namnet ska sluta på .eml, till exempel {detail}.",
    ),
    "suffix_json": QT_TRANSLATE_NOOP(
        "Messages",
        "Utbytesfilen blir JSON, så namnet ska sluta på .json, till exempel {detail}.",
    ),
    "suffix_samsyn": QT_TRANSLATE_NOOP(
        "Messages",
        "En forumfils namn ska sluta på .samsyn, till exempel {detail}.",
    ),
    "no_meeting_given": QT_TRANSLATE_NOOP(
        "Messages", "Ange ett träff-id eller latest efter --meeting."
    ),
}

_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Messages", "Det som ändringen gäller finns inte längre ({entity}); det kan ha tagits bort."
)
_SENSITIVE = (
    QT_TRANSLATE_NOOP(
        "Messages",
        "Integritetskontrollen hittade ett person- eller samordningsnummer (se listan); "
        "ta bort det och försök igen, eller ange --allow-sensitive om det ska vara med.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Integritetskontrollen hittade {n} person- eller samordningsnummer (se listan); "
        "ta bort dem och försök igen, eller ange --allow-sensitive om de ska vara med.",
    ),
)
# Why a file could not be written (storage.files' reason codes), each with the
# advice that fits that reason. Used for exported files and for forum files.
_WRITE_PROBLEMS = {
    "no_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "Det gick inte att skriva {name}: mappen finns inte. Välj en mapp som finns och "
        "försök igen.",
    ),
    "is_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "Det gick inte att skriva {name}: det är en mapp. Ange ett filnamn och försök igen.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "Messages",
        "Det gick inte att skriva {name}: filen är låst av ett annat program eller så saknas "
        "skrivrätt. Stäng programmet som har filen öppen, eller välj en annan plats, och "
        "försök igen.",
    ),
    "no_permission": QT_TRANSLATE_NOOP(
        "Messages",
        "Det gick inte att skriva {name}: du har inte skrivrätt där. Välj en annan mapp, "
        "till exempel Dokument, och försök igen.",
    ),
    "not_writable_here": QT_TRANSLATE_NOOP(
        "Messages",
        "Det går inte att ändra {name} där den ligger: du har inte skrivrätt till filen "
        "eller mappen (den kan till exempel ligga på ett skrivskyddat usb-minne). Kopiera "
        "filen till en mapp där du kan skriva och försök igen.",
    ),
    "read_only_disk": QT_TRANSLATE_NOOP(
        "Messages",
        "Det gick inte att skriva {name}: disken är skrivskyddad. Välj en annan plats och "
        "försök igen.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "Det gick inte att skriva {name}: disken är full. Frigör utrymme eller välj en annan "
        "disk, och försök igen.",
    ),
    "name_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "Det gick inte att skriva {name}: namnet är för långt. Välj ett kortare namn eller en "
        "mapp högre upp, och försök igen.",
    ),
    "bad_name": QT_TRANSLATE_NOOP(
        "Messages",
        "Det gick inte att skriva {name}: namnet har tecken som inte är tillåtna där. Välj "
        "ett annat namn och försök igen.",
    ),
    "cannot_create": QT_TRANSLATE_NOOP(
        "Messages",
        "Det gick inte att skriva {name}: det går inte att skapa filer i den mappen. Välj en "
        "annan mapp och försök igen.",
    ),
    "system_error": QT_TRANSLATE_NOOP(
        "Messages",
        "Det gick inte att skriva {name} på grund av ett fel i systemet. Välj en annan plats "
        "och försök igen.",
    ),
}
_EXCHANGE_PREFIX = QT_TRANSLATE_NOOP("Messages", "{name}: {where} {problem}")
_EXCHANGE_WHOLE = QT_TRANSLATE_NOOP("Messages", "{name}: {problem}")
# Problems of the file as a whole: their sentences name no place inside it.
_FILE_PROBLEMS = frozenset(
    (
        "too_large",
        "not_utf8",
        "not_json",
        "not_json_constant",
        "not_json_number",
        "too_deep",
        "empty_file",
        "is_folder",
        "is_forum_file",
    )
)
# Parameters that are paths to another record in the document.
_PLACE_PARAMS = frozenset(("first", "found"))


def _one_line(text: str) -> str:
    """Control characters and line breaks from the user's data, made visible."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def _file_name(path: Path | str) -> str:
    """The file's own name; the whole path when it has none ("." or "/")."""
    return Path(path).name or str(path)


def _format(template: str, **params: object) -> str:
    return _one_line(translate(_C, template).format(**params))


def describe(exc: BaseException, source: Path | None = None) -> str:
    """One line for the user about ``exc``; ``source`` names the input file."""
    if isinstance(exc, storage_errors.StorageError):
        # A detail is shown only as a reason code's own sentence: other details
        # are diagnostics (often the system's English) and stay out of the message.
        if type(exc) is storage_errors.WriteFailed and exc.detail in _WRITE_PROBLEMS:
            return _format(_WRITE_PROBLEMS[exc.detail], name=_file_name(exc.path))
        template = _STORAGE.get(type(exc), _STORAGE[storage_errors.WriteFailed])
        return _format(template, name=_file_name(exc.path), detail=exc.detail)
    if isinstance(exc, errors.ExchangeError):
        from app.json_places import readable_place  # json and its pattern: not at start-up

        params = {
            key: readable_place(str(value), record=True) if key in _PLACE_PARAMS else value
            for key, value in exc.params.items()
        }
        problem = _format(_EXCHANGE.get(exc.problem, _EXCHANGE["pattern_other"]), **params)
        named = source or exc.source
        name = named.name if named else "JSON"
        if exc.where == "$" and exc.problem in _FILE_PROBLEMS:
            return _format(_EXCHANGE_WHOLE, name=name, problem=problem)
        where = readable_place(exc.where)
        return _format(_EXCHANGE_PREFIX, name=name, where=where, problem=problem)
    if isinstance(exc, errors.InvalidValue):
        template = _FIELD.get(exc.problem, _FIELD["not_allowed"])
        return _format(template, field=field_label(exc.field))
    if isinstance(exc, errors.RuleViolation):
        return _format(_RULES[exc.rule], detail=exc.detail)
    if isinstance(exc, errors.NotFound):
        return _format(_NOT_FOUND, entity=exc.entity)
    if isinstance(exc, errors.SensitiveText):
        return _one_line(counted(_C, exc.count, *_SENSITIVE))
    if isinstance(exc, errors.OutputError):
        template = _WRITE_PROBLEMS.get(exc.reason, _WRITE_PROBLEMS["system_error"])
        return _format(template, name=_file_name(exc.path))
    raise TypeError(f"no message for {type(exc).__name__}") from exc
