"""The exchange format (resources/exchange/exchange.schema.json): dump and import."""

FORMAT = "samsyn-exchange"
VERSION = 1
