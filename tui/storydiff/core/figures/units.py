"""The words around a number that say what it measures: currencies, per cent, units.

Unit codes are short and stable (they go into JSON): ISO 4217 for money, ``%`` and ``pp``
for percentages, SI-style symbols for physical units, plural English names for durations.
Quantities keep the unit as written (4,000 km -> 4000 ``km``); money is in the currency's
main unit (5 cents -> 0.05 ``USD``).
"""

from __future__ import annotations

CURRENCY_SIGNS = {
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₦": "NGN",
    "₩": "KRW",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "₿": "BTC",
    "元": "CNY",
    "₽": "RUB",
    "₺": "TRY",
}
SIGN_PREFIXES = {
    "us": "USD",
    "u.s": "USD",
    "c": "CAD",
    "ca": "CAD",
    "a": "AUD",
    "au": "AUD",
    "nz": "NZD",
    "hk": "HKD",
    "s": "SGD",
    "r": "BRL",
    "mx": "MXN",
    "nt": "TWD",
}
"""Letters glued before "$" (or spaced, in tokenised news text: "c $ 16.4 million")."""

CURRENCY_CODES = {
    "usd",
    "eur",
    "gbp",
    "jpy",
    "cny",
    "rmb",
    "inr",
    "cad",
    "aud",
    "chf",
    "hkd",
    "sgd",
    "nzd",
    "krw",
    "brl",
    "mxn",
    "rub",
    "zar",
    "ngn",
    "pkr",
    "try",
    "sek",
    "nok",
    "dkk",
    "twd",
}
CODE_ALIASES = {"rmb": "CNY", "rs": "INR"}

CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "pesos": "MXN",
    "peso": "MXN",
    "rubles": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "lira": "TRY",
    "ringgit": "MYR",
    "rand": "ZAR",
    "naira": "NGN",
    "francs": "CHF",
    "franc": "CHF",
    "markka": "FIM",
    "marks": "DEM",
    "kronor": "SEK",
    "krona": "SEK",
    "won": "KRW",
    "sterling": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "dinars": "DZD",
    "dirhams": "AED",
    "pesetas": "ESP",
    "guilders": "NLG",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "btc": "BTC",
    "shillings": "KES",
    "cedis": "GHS",
}
"""Currency names after a number. "pounds" is money only after a scaled amount ("20 million
pounds") or with "sterling"; otherwise it is weight (see ``extract``)."""

CURRENCY_ADJECTIVES = {
    "canadian": "CAD",
    "australian": "AUD",
    "singapore": "SGD",
    "hong": "HKD",
    "taiwan": "TWD",
    "new": "NZD",
    "us": "USD",
    "u.s": "USD",
    "american": "USD",
    "finnish": "FIM",
    "swiss": "CHF",
    "german": "DEM",
    "japanese": "JPY",
    "mexican": "MXN",
    "indian": "INR",
    "chinese": "CNY",
}
"""Words between the number and the currency name that change the currency ("420 million
finnish markka", "5 Canadian dollars")."""

SUBUNITS = {
    "cent": ("USD", 0.01),
    "cents": ("USD", 0.01),
    "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01),
    "pennies": ("GBP", 0.01),
    "p": ("GBP", 0.01),
    "dime": ("USD", 0.1),
    "dimes": ("USD", 0.1),
}
"""Fractional coins: value in the main unit. "p" counts only glued ("50p")."""

PERCENT_WORDS: dict[tuple[str, ...], str | None] = {
    ("percent",): "%",
    ("percents",): "%",
    ("per", "cent"): "%",
    ("pct",): "%",
    ("percentage",): "%",
    ("percentage", "points"): "pp",
    ("percentage", "point"): "pp",
    ("percent", "points"): "pp",
    ("points",): None,
    ("basis", "points"): "bp",
    ("basis", "point"): "bp",
}
"""Per cent and its points. ("points",) maps to None: it only continues "%" ("2 % points")."""

UNITS: dict[tuple[str, ...], tuple[str, str]] = {}
"""(word, ...) -> (unit code, kind). Built below from compact tables."""


def _add(kind: str, code: str, *names: str) -> None:
    for name in names:
        UNITS[tuple(name.split())] = (code, kind)


_add("quantity", "km", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")
_add("quantity", "m", "m", "metre", "metres", "meter", "meters")
_add("quantity", "dm", "dm", "decimetre", "decimetres", "decimeter", "decimeters")
_add("quantity", "ft3", "cubic feet", "cubic foot")
_add("quantity", "m3", "cubic metres", "cubic meters", "m3")
_add("quantity", "bit", "bit", "bits")
_add("quantity", "tbsp", "tablespoon", "tablespoons", "tbsp")
_add("quantity", "tsp", "teaspoon", "teaspoons", "tsp")
_add("quantity", "cup", "cup", "cups")
_add("quantity", "µg", "microgram", "micrograms", "μg", "mcg", "microgramme", "microgrammes")
_add("quantity", "cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters")
_add("quantity", "mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters")
_add("quantity", "nm", "nm", "nanometre", "nanometres", "nanometer", "nanometers")
_add("quantity", "mi", "mi", "mile", "miles")
_add("quantity", "ft", "ft", "foot", "feet")
_add("quantity", "in", "inch", "inches")
_add("quantity", "yd", "yd", "yard", "yards")
_add(
    "quantity",
    "km2",
    "km2",
    "sq km",
    "square kilometres",
    "square kilometers",
    "square kilometre",
    "square kilometer",
)
_add("quantity", "mi2", "sq mi", "square miles", "square mile")
_add("quantity", "ft2", "square feet", "sq ft", "square foot")
_add("quantity", "m2", "m2", "square metres", "square meters")
_add("quantity", "acre", "acre", "acres")
_add("quantity", "ha", "ha", "hectare", "hectares")
_add("quantity", "kg", "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos")
_add("quantity", "g", "g", "gram", "grams", "gramme", "grammes")
_add("quantity", "mg", "mg", "milligram", "milligrams")
_add("quantity", "t", "tonne", "tonnes", "metric ton", "metric tons", "ton", "tons")
_add("quantity", "lb", "lb", "lbs", "pound", "pounds")
_add("quantity", "oz", "oz", "ounce", "ounces")
_add("quantity", "l", "l", "litre", "litres", "liter", "liters")
_add("quantity", "ml", "ml", "millilitre", "millilitres", "milliliter", "milliliters")
_add("quantity", "gal", "gallon", "gallons")
_add("quantity", "bbl", "barrel", "barrels", "bbl")
_add("quantity", "mph", "mph", "miles per hour", "mile per hour")
_add("quantity", "km/h", "kph", "kmph", "km/h", "kmh", "kilometres per hour", "kilometers per hour")
_add("quantity", "°C", "°c", "degrees celsius", "degree celsius", "degrees c", "celsius")
_add("quantity", "°F", "°f", "degrees fahrenheit", "degree fahrenheit", "degrees f", "fahrenheit")
_add("quantity", "°", "degrees", "degree", "°")
_add("quantity", "KB", "kb", "kilobyte", "kilobytes")
_add("quantity", "MB", "mb", "megabyte", "megabytes")
_add("quantity", "GB", "gb", "gigabyte", "gigabytes")
_add("quantity", "TB", "tb", "terabyte", "terabytes")
_add("quantity", "PB", "pb", "petabyte", "petabytes")
_add("quantity", "EB", "eb", "exabyte", "exabytes")
_add("quantity", "kW", "kw", "kilowatt", "kilowatts")
_add("quantity", "MW", "mw", "megawatt", "megawatts")
_add("quantity", "GW", "gw", "gigawatt", "gigawatts")
_add("quantity", "W", "watt", "watts")
_add("quantity", "kWh", "kwh", "kilowatt hours", "kilowatt-hours")
_add("quantity", "MWh", "mwh", "megawatt hours")
_add("quantity", "GWh", "gwh", "gigawatt hours")
_add("quantity", "GHz", "ghz", "gigahertz")
_add("quantity", "MHz", "mhz", "megahertz")
_add("quantity", "cl", "cl", "centilitre", "centilitres")
_add("duration", "years", "year", "years", "yr", "yrs")
_add("duration", "months", "month", "months")
_add("duration", "weeks", "week", "weeks")
_add("duration", "days", "day", "days")
_add("duration", "hours", "hour", "hours", "hr", "hrs", "h")
_add("duration", "minutes", "minute", "minutes", "min", "mins")
_add("duration", "seconds", "second", "seconds", "sec", "secs")
_add("duration", "decades", "decade", "decades")
_add("duration", "centuries", "century", "centuries")

GLUED_ONLY = {("m",), ("g",), ("l",), ("t",), ("h",), ("in",), ("p",)}
"""Unit symbols that are also ordinary words or letters: a unit only when glued to the
number ("5m", "10l", "3h"), never spaced ("5 m", "he was 2 in line")."""

MAX_UNIT_WORDS = 3

AGE_TAILS = (("old",), ("of", "age"))
"""After a duration in years/months, these make it an age: "29 years old", "ninety five
years of age"."""
