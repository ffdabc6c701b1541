"""Figures written the Chinese, Japanese and Korean way: "560万美元", "不到600万美元", "周二".

In these scripts a number is glued to the words around it and its scale is a character (万,
만 ten thousand; 亿, 億, 억 a hundred million), so the English readers, which read figures
from spaced tokens, find none. This module reads the common shapes straight from the text
with one regular expression each and gives them the same kinds, units and hedges as the
English readers ("under", "over", "about", "nearly"), so that :mod:`verdict` compares
"560万美元" with "$5.6 million" or "약 560만 달러" with "600만 달러 미만" like any two figures.

Money, per cent, amounts with a scale (compound ones too: "5亿8900万"), years, month-day
dates and weekdays (周二, 火曜日, 화요일) are read; counts of things (the measure words 人,
名, 명 ...) are read as plain numbers.
"""

from __future__ import annotations

import re

from storydiff.core.cjk import HANGUL
from storydiff.core.model import Figure

SCALES = {
    "百": 100.0, "千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12,
    "백": 100.0, "천": 1e3, "만": 1e4, "억": 1e8, "조": 1e12,
}  # fmt: skip
"""Scale characters after a number; two may follow each other ("百万" a million, "3천만" thirty
million), and a larger group may come first ("5亿8900万", "5억 8900만": 589 million)."""

CURRENCIES = {
    "美元": "USD", "美金": "USD", "人民币": "CNY", "元人民币": "CNY", "元": "CNY",
    "欧元": "EUR", "英镑": "GBP", "日元": "JPY", "円": "JPY", "港元": "HKD", "港币": "HKD",
    "韩元": "KRW", "ウォン": "KRW", "ドル": "USD", "ユーロ": "EUR", "新台币": "TWD",
    "달러": "USD", "원": "KRW", "유로": "EUR", "엔": "JPY", "위안": "CNY",
}  # fmt: skip
"""Currency names written after an amount, longest matched first ("元人民币" before "元")."""

HEDGES_BEFORE = {
    "不到": "under", "不足": "under", "低于": "under", "少于": "under", "未满": "under",
    "最多": "at most", "至多": "at most", "超过": "over", "逾": "over", "多于": "over",
    "高于": "over", "至少": "at least", "约": "about", "大约": "about", "约合": "about",
    "大概": "about", "近": "nearly", "将近": "nearly", "接近": "nearly", "约为": "about",
    "仅": "only", "只有": "only", "仅为": "only", "約": "about",
    "약": "about", "거의": "nearly", "최대": "up to", "최소": "at least",
}  # fmt: skip
"""Hedges written before a figure, by the English hedge of the same meaning (a Korean one
as a word of its own: "약" ends "계약", a contract)."""

HEDGES_AFTER = {"以上": "over", "以下": "under", "以内": "under", "左右": "about",
                "上下": "about", "前後": "about", "未満": "under", "超": "over",
                "程度": "about", "ほど": "about", "이상": "over", "미만": "under",
                "이하": "under", "가량": "about", "정도": "about"}  # fmt: skip
"""Hedges written after a figure ("600万美元以上", "5%左右", "600万ドル未満", "600만 달러 미만")."""

ODD = {"多": "over", "余": "over", "餘": "over", "여": "over"}
"""Between the number and its scale, "and more": "600多万", "600여만" are 6 million and some."""

WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
"""周二 / 星期二 / 礼拜二: Tuesday is 1, as in :mod:`dates` (Monday 0)."""

DAY_NAMES = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6,
             "월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}  # fmt: skip
"""火曜日 (Japanese) and 화요일 (Korean), Tuesday, and the like."""

def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_SCALE = f"[{''.join(SCALES)}]"
_PART = rf"\d+(?:[,，]\d{{3}})*(?:\.\d+)?\s?(?:[{''.join(ODD)}]\s?)?"
_AMOUNT = re.compile(
    rf"(?:(?<![{HANGUL}])(?P<before>{_alternation(HEDGES_BEFORE)})\s?)?"
    rf"(?P<sign>[$€£¥])?"
    rf"(?P<body>{_PART}{_SCALE}{{0,2}}(?:(?<={_SCALE})\s?{_PART}{_SCALE}{{1,2}})*)"
    rf"(?:\s?(?P<unit>%|％|{_alternation(CURRENCIES)}))?"
    rf"(?:\s?(?P<after>{_alternation(HEDGES_AFTER)}))?"
)
"""An amount: a hedge, a currency sign, groups of a number and its scale (the body), a
currency name or per cent sign, a hedge after. Spaces are allowed between the parts (Korean
writes "약 560만 달러"; so do Chinese texts set with spaces around digits)."""
_GROUP = re.compile(rf"(\d+(?:[,，]\d{{3}})*(?:\.\d+)?)\s?([{''.join(ODD)}])?\s?({_SCALE}{{0,2}})")
_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY"}
_DATE = re.compile(
    r"(?:(?P<year>\d{4})[年년]\s?)?(?P<month>\d{1,2})[月월](?:\s?(?P<day>\d{1,2})[日号일])?"
)
_YEAR = re.compile(r"(?P<year>\d{4})[年년](?!\s?\d{1,2}[月월])")
_WEEKDAY = re.compile(
    rf"(?:周|星期|礼拜|週)(?P<cn>[{''.join(WEEKDAYS)}])|(?P<day>[{''.join(DAY_NAMES)}])(?:曜日|요일)"
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
        value, odd, scaled, read = _value(m["body"])
        whole = read == len(m["body"])
        kind, code = _kind(m["sign"], m["unit"] if whole else None, scaled)
        if kind is None:
            continue
        after = m["after"] if whole else None
        qualifier = HEDGES_AFTER.get(after or "") or odd or HEDGES_BEFORE.get(m["before"] or "")
        start, end = m.start(), m.end() if whole else m.start("body") + read
        out.append(Figure(text[start:end], kind, value, code, paragraph, start, end, qualifier))
    return out


def _value(body: str) -> tuple[float, str | None, bool, int]:
    """The value of an amount's groups ("5亿8900万" -> 589,000,000), its "and more" hedge,
    whether any group has a scale, and how much of the body was read: each group must be
    scaled below the one before it, or the amount ends before it ("3万5万" is a list)."""
    total, odd, last, scaled, read = 0.0, None, float("inf"), False, 0
    for group in _GROUP.finditer(body):
        number, more, scales = group.groups()
        factor = 1.0
        for char in scales:
            factor *= SCALES[char]
        if factor >= last:
            break
        total += float(number.replace(",", "").replace("，", "")) * factor
        odd, last, scaled = odd or ODD.get(more), factor, scaled or bool(scales)
        read = group.end()
    return total, odd, scaled, read


def _kind(sign: str | None, unit: str | None, scaled: bool) -> tuple[str | None, str | None]:
    """What an amount measures: money (a currency name, or a sign before a CJK scale), per
    cent, or a plain number with a scale; None for a bare number or one after a currency
    sign alone, which the English readers handle."""
    if sign:  # "$560万"; "$5.6 million" is the English readers'
        return ("money", _SIGNS[sign]) if scaled else (None, None)
    if unit in ("%", "％"):
        return "percent", "%"
    if unit:
        return "money", CURRENCIES[unit]
    return ("number", None) if scaled else (None, None)


def _dates(text: str, paragraph: int) -> list[Figure]:
    out = []
    for m in _DATE.finditer(text):
        year, month, day = int(m["year"] or 0), int(m["month"]), int(m["day"] or 0)
        if 1 <= month <= 12 and day <= 31:
            value = float(year * 10000 + month * 100 + day)  # as dates.py: yyyymmdd, 0 unknown
            out.append(Figure(m.group(), "date", value, "date", paragraph, m.start(), m.end()))
    for m in _YEAR.finditer(text):
        value = float(m["year"])
        out.append(Figure(m.group(), "year", value, "year", paragraph, m.start(), m.end()))
    return out


def _weekdays(text: str, paragraph: int) -> list[Figure]:
    out = []
    for m in _WEEKDAY.finditer(text):
        day = WEEKDAYS[m["cn"]] if m["cn"] else DAY_NAMES[m["day"]]
        out.append(
            Figure(m.group(), "weekday", float(day), "weekday", paragraph, m.start(), m.end())
        )
    return out
