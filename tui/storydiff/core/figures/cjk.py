"""Figures written the Chinese and Japanese way: "560万美元", "不到600万美元", "周二", "1月28日".

In these scripts a number is glued to the words around it and its scale is a character (万
ten thousand, 亿/億 a hundred million), so the English readers, which read figures from
spaced tokens, find none. This module reads the common shapes straight from the text with
one regular expression each and gives them the same kinds, units and hedges as the English
readers ("under", "over", "about", "nearly"), so that :mod:`verdict` compares "560万美元"
with "$5.6 million" or "不到600万美元" like any two figures.

Money, per cent, plain amounts with a scale, years, month-day dates and weekdays are read;
counts of things (the measure words 人, 名, 座 ...) are read as plain numbers.
"""

from __future__ import annotations

import re

from storydiff.core.model import Figure

SCALES = {"百": 100.0, "千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}
"""Scale characters after a number; two may follow each other ("百万" a million, "千亿")."""

CURRENCIES = {
    "美元": "USD", "美金": "USD", "人民币": "CNY", "元人民币": "CNY", "元": "CNY",
    "欧元": "EUR", "英镑": "GBP", "日元": "JPY", "円": "JPY", "港元": "HKD", "港币": "HKD",
    "韩元": "KRW", "ウォン": "KRW", "ドル": "USD", "ユーロ": "EUR", "新台币": "TWD",
}  # fmt: skip
"""Currency names written after an amount, longest matched first ("元人民币" before "元")."""

HEDGES_BEFORE = {
    "不到": "under", "不足": "under", "低于": "under", "少于": "under", "未满": "under",
    "最多": "at most", "至多": "at most", "超过": "over", "逾": "over", "多于": "over",
    "高于": "over", "至少": "at least", "约": "about", "大约": "about", "约合": "about",
    "大概": "about", "近": "nearly", "将近": "nearly", "接近": "nearly", "约为": "about",
    "仅": "only", "只有": "only", "仅为": "only", "約": "about",
}  # fmt: skip
"""Hedges written before a figure, by the English hedge of the same meaning."""

HEDGES_AFTER = {"以上": "over", "以下": "under", "以内": "under", "左右": "about",
                "上下": "about", "前後": "about", "未満": "under", "超": "over",
                "程度": "about", "ほど": "about"}  # fmt: skip
"""Hedges written after a figure ("600万美元以上", "5%左右", "600万ドル未満")."""

ODD = {"多": "over", "余": "over", "餘": "over"}
"""Between the number and its scale, "and more": "600多万" is 6 million and some."""

WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
"""周二 / 星期二 / 礼拜二: Tuesday is 1, as in :mod:`dates` (Monday 0)."""

JAPANESE_WEEKDAYS = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}
"""火曜日 (Tuesday) and the like."""


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_NUMBER = r"(?P<number>\d+(?:[,，]\d{3})*(?:\.\d+)?)"
_AMOUNT = re.compile(
    rf"(?P<before>{_alternation(HEDGES_BEFORE)})?"
    rf"(?P<sign>[$€£¥])?{_NUMBER}(?:\s(?=[{''.join(SCALES)}]|{_alternation(CURRENCIES)}))?"
    rf"(?P<odd>[{''.join(ODD)}])?"
    rf"(?P<scale>[{''.join(SCALES)}]{{0,2}})"
    rf"(?P<unit>%|％|{_alternation(CURRENCIES)})?"
    rf"(?P<after>{_alternation(HEDGES_AFTER)})?"
)
_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY"}
_DATE = re.compile(r"(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})[日号])?")
_YEAR = re.compile(r"(?P<year>\d{4})年(?!\d{1,2}月)")
_WEEKDAY = re.compile(
    rf"(?:周|星期|礼拜|週)(?P<cn>[{''.join(WEEKDAYS)}])|(?P<jp>[{''.join(JAPANESE_WEEKDAYS)}])曜日"
)


def cjk_figures(text: str, paragraph: int = 0) -> list[Figure]:
    """The figures of CJK-style writing in ``text``, in order, none overlapping another.

    >>> [(f.text, f.kind, f.value, f.qualifier) for f in cjk_figures("周二称不到600万美元")]
    [('周二', 'weekday', 1.0, None), ('不到600万美元', 'money', 6000000.0, 'under')]
    """
    found = [*_dates(text, paragraph), *_weekdays(text, paragraph)]
    taken = [(f.start, f.end) for f in found]
    for figure in _amounts(text, paragraph):
        if not any(s < figure.end and figure.start < e for s, e in taken):
            found.append(figure)
    return sorted(found, key=lambda f: f.start)


def _amounts(text: str, paragraph: int) -> list[Figure]:
    out = []
    for m in _AMOUNT.finditer(text):
        value = float(m["number"].replace(",", "").replace("，", ""))
        for char in m["scale"]:
            value *= SCALES[char]
        kind, unit = _kind(m)
        if kind is None:
            continue
        start, end = m.start(), m.end()
        qualifier = (
            HEDGES_AFTER.get(m["after"] or "")
            or ODD.get(m["odd"] or "")
            or HEDGES_BEFORE.get(m["before"] or "")
        )
        out.append(Figure(text[start:end], kind, value, unit, paragraph, start, end, qualifier))
    return out


def _kind(m: re.Match[str]) -> tuple[str | None, str | None]:
    """What an amount measures: money (a currency name, or a sign before a CJK scale), per
    cent, or a plain number with a scale; None for a bare number or one after a currency
    sign alone, which the English readers handle."""
    unit = m["unit"]
    if m["sign"] and m["scale"]:  # "$560万"; "$5.6 million" is the English readers'
        return "money", _SIGNS[m["sign"]]
    if m["sign"]:
        return None, None
    if unit in ("%", "％"):
        return "percent", "%"
    if unit:
        return "money", CURRENCIES[unit]
    return ("number", None) if m["scale"] else (None, None)


def _dates(text: str, paragraph: int) -> list[Figure]:
    out = []
    for m in _DATE.finditer(text):
        year, month, day = int(m["year"] or 0), int(m["month"]), int(m["day"] or 0)
        if 1 <= month <= 12 and day <= 31:
            value = float(year * 10000 + month * 100 + day)  # as dates.py: yyyymmdd, 0 unknown
            out.append(Figure(m.group(), "date", value, "date", paragraph, m.start(), m.end()))
    for m in _YEAR.finditer(text):
        year = float(m["year"])
        out.append(Figure(m.group(), "year", year, "year", paragraph, m.start(), m.end()))
    return out


def _weekdays(text: str, paragraph: int) -> list[Figure]:
    out = []
    for m in _WEEKDAY.finditer(text):
        day = WEEKDAYS[m["cn"]] if m["cn"] else JAPANESE_WEEKDAYS[m["jp"]]
        out.append(
            Figure(m.group(), "weekday", float(day), "weekday", paragraph, m.start(), m.end())
        )
    return out
