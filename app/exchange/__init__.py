"""The exchange format (resources/exchange/exchange.schema.json): dump and import."""

FORMAT = "samsyn-exchange"
VERSION = 1


def envelope(
    forum: dict[str, object],
    organisations: list[dict[str, object]],
    people: list[dict[str, object]],
    meetings: list[dict[str, object]],
    actions: list[dict[str, object]],
) -> dict[str, object]:
    """A whole exchange document around its parts, in the schema's key order."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "forum": forum,
        "organisations": organisations,
        "people": people,
        "meetings": meetings,
        "actions": actions,
    }
