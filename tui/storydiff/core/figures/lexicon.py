"""The general news vocabulary the fact labeller reads: cue words and the label each implies.

Data only, kept apart from the labeller in ``facts.py`` so the rules and the words can be read
(and grown) separately. Written "label: forms" (every inflection spelled out, phrases with
"_"), so what matches is visible and no stemmer surprises anyone. General vocabulary of news
reporting, never the words of one story.
"""

from __future__ import annotations

# --- the lexicon ------------------------------------------------------------------------
# General news vocabulary, never a story's: which word governs a figure, and the short noun
# phrase a reader would use for the fact. Written "label: forms" (every inflection spelled
# out, phrases with "_"), so what matches is visible and no stemmer surprises anyone.


def _table(rows: dict[str, str]) -> dict[str, str]:
    """Spread {"label": "form form phrase_of_words"} into {form: label}."""
    return {
        form.replace("_", " "): label for label, forms in rows.items() for form in forms.split()
    }


def _forms(text: str) -> frozenset[str]:
    return frozenset(f.replace("_", " ") for f in text.split())


MONEY_CUES = _table(
    {
        "training cost": "train trains trained training",
        "cost": "cost costs costing",
        "spending": "spend spends spent spending outlay",
        "price": "price prices priced pricing retail retails sell sells sold purchase",
        "bundle price": "bundle",
        "launch price": "launch launches launched",
        "deal value": "buy buys bought buying acquire acquires acquired acquiring acquisition "
        "takeover deal merger bid",
        "offer": "offer offers offered",
        "funds raised": "raise raises raised raising",
        "funding": "funding",
        "investment": "invest invests invested investing investment",
        "revenue": "revenue revenues turnover",
        "sales": "sales",
        "profit": "profit profits",
        "earnings": "earnings",
        "loss": "loss losses lost lose loses losing wipe wiped wiping erase erased erasing "
        "shed shedding tumble tumbled plunge plunged shrink shrank slump slumped",
        "valuation": "valuation valued valuing",
        "value": "value worth",
        "market value": "market_value market_values market_cap market_capitalisation "
        "market_capitalization",
        "fine": "fine fined fines penalty penalties",
        "settlement": "settlement settle settled",
        "damage": "damage damages",
        "budget": "budget budgets",
        "salary": "salary salaries wage wages",
        "payment": "pay pays paid payment payout",
        "debt": "debt debts",
        "loan": "loan loans",
        "aid": "aid",
        "tax": "tax taxes",
        "compensation": "compensation",
        "bail": "bail",
        "ransom": "ransom",
        "reward": "reward",
        "bonus": "bonus",
    }
)
"""Money: the verb or noun an amount belongs to ("train ... for $5.58 million" -> training
cost, "a deal to buy X for $32 billion" -> deal value, "$600 million valuation tumble" ->
valuation, refined below to market value lost)."""

_TRAIN = _forms("train trains trained training")
_LOSS = _forms(
    "loss losses lost lose wipe wiped wiping erase erased erasing shed tumble tumbled plunge "
    "plunged shrink shrank slump slumped fell fall drop dropped decline declined"
)
_MARKET = _forms("market markets valuation value values market_value")

MONEY_REFINE: dict[str, list[tuple[frozenset[str], str]]] = {
    "cost": [(_TRAIN, "training cost")],
    "spending": [(_TRAIN, "training cost")],
    "loss": [(_MARKET, "market value lost"), (_forms("damage damages"), "damage estimate")],
    "valuation": [(_LOSS, "market value lost")],
    "value": [(_LOSS, "market value lost"), (_forms("deal acquisition takeover"), "deal value")],
    "market value": [(_LOSS, "market value lost")],
    "damage": [(_forms("estimate estimates estimated"), "damage estimate")],
}
"""A generic money label made specific by another word of the clause: "cost a few million
dollars to train" is a training cost, a valuation that tumbles is market value lost, a
"deal worth" is a deal value, damage that is estimated is a damage estimate."""

PERIODS = frozenset({"annual", "yearly", "quarterly", "monthly", "weekly", "daily"})
"""Adjectives kept before a money label: annual revenue and quarterly revenue differ."""

TIME_CUES = _table(
    {
        "report": "report reports reported reporting told tells",
        "interview": "interview interviews interviewed",
        "announcement": "announce announces announced announcing announcement unveil unveils "
        "unveiled reveal reveals revealed confirm confirms confirmed disclose discloses "
        "disclosed",
        "launch": "launch launches launched launching release releases released releasing "
        "debut debuts debuted hit_the_market hits_the_market hit_shelves hits_shelves "
        "go_on_sale goes_on_sale went_on_sale",
        "start": "start starts started starting began begin begins broke_out breaks_out "
        "erupted ignited sparked",
        "founding": "founded founding",
        "discovery": "discover discovers discovered detect detects detected identify "
        "identifies identified notice noticed spot spotted uncover uncovered found",
        "death": "died dies killed death",
        "arrest": "arrest arrested",
        "statement": "statement statements comments remarks",
        "briefing": "briefing conference news_conference press_conference conference_call",
        "presentation": "presentation livestream showcase",
        "meeting": "meeting meetings summit met",
        "hearing": "hearing",
        "vote": "vote voted election elected",
        "deal": "deal acquisition takeover merger bid agreement signed",
        "pre-order": "pre-orders pre-order preorders preorder",
        "filing": "filed lawsuit sued",
        "ruling": "ruled ruling verdict sentenced",
        "deadline": "deadline",
    }
)
"""Days, dates and years: the event they date ("sources told Bloomberg on Wednesday" ->
report day, "told Fox News in an interview on Tuesday" -> interview day, "a June 5 launch
date" -> launch date, "founded in 2020" -> founding year). "said" is left out: nearly every
sentence has one, and it rarely names the event; "comments Tuesday" does (a statement)."""

PERCENT_CUES = _table(
    {
        "increase": "rise rises rose rising risen soar soars soared soaring jump jumps jumped "
        "grow grows grew growing growth increase increases increased climb climbs climbed "
        "surge surges surged gain gains gained up higher",
        "decrease": "fall falls fell falling drop drops dropped decline declines declined "
        "decrease decreased plunge plunged slump slumped shrink shrank down lower",
        "containment": "contained containment",
        "stake": "stake stakes",
        "share": "share",
        "tariff": "tariff tariffs",
        "turnout": "turnout",
        "approval": "approval",
        "premium": "premium",
        "discount": "discount",
        "margin": "margin",
        "inflation": "inflation",
        "unemployment": "unemployment",
        "interest rate": "interest",
        "chance": "chance chances probability likelihood",
    }
)
"""Percentages: the change or the noun they measure ("a 33% increase", "15% contained")."""

SUBJECTS = {
    "revenue": "revenue",
    "revenues": "revenue",
    "sales": "sales",
    "profit": "profit",
    "profits": "profit",
    "price": "price",
    "prices": "price",
    "earnings": "earnings",
}
"""What an increase or decrease is of, when the clause says so ("revenues growing 70%")."""

PERIOD_NOUNS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
"""Not what a percentage measures ("growing 70% year on year")."""

COUNT_VERBS = _table(
    {
        "killed": "kill kills killed killing",
        "claimed": "claim claims claimed claiming",
        "died": "died dead",
        "destroyed": "destroy destroys destroyed destroying",
        "damaged": "damage damages damaged damaging",
        "burned": "burn burns burned burnt burning scorch scorched scorching",
        "consumed": "consume consumes consumed consuming",
        "sold": "sell sells sold selling",
        "shipped": "ship ships shipped shipping",
        "evacuated": "evacuate evacuates evacuated evacuating",
        "injured": "injure injures injured injuring wound wounded wounding hurt",
        "arrested": "arrest arrests arrested arresting detain detains detained",
        "hired": "hire hires hired hiring",
        "cut": "cut cuts cutting eliminate eliminated eliminating laid_off lay_off lays_off",
        "used": "use uses used using",
        "bought": "buy buys bought buying purchase purchased purchases",
        "rescued": "rescue rescues rescued",
        "displaced": "displace displaces displaced",
        "infected": "infect infects infected",
        "missing": "missing",
        "added": "add adds added adding",
        "lost": "lose loses lost losing",
        "affected": "affect affects affected",
        "built": "build builds built building",
        "employed": "employ employs employed",
        "recalled": "recall recalls recalled",
        "deployed": "deploy deploys deployed",
        "produced": "produce produces produced",
    }
)
"""Counts and quantities: the verb acting on the counted thing, as the participle a reader
writes after the noun ("destroyed 12,000 structures" -> structures destroyed, "has sold 150
million units" -> units sold, "using several thousand chips" -> chips used)."""

COUNT_PARTICIPLES = {form: p for form, p in COUNT_VERBS.items() if form in (p, "dead")}
"""Only participles follow the noun ("16 lives lost", "structures destroyed")."""

FILLERS = _forms("a an the of total additional another further extra estimated some its their")
"""Words allowed between a verb and the count it governs ("burning a total of 14,021 acres")."""

HEAD_FILLERS = _forms("of the other more most additional")
"""Words skipped before the noun a bare number counts ("five of the fatalities", "two other
powerhouses")."""

AUXILIARIES = _forms(
    "have has had been were was are is be being reportedly reported now already also "
    "remain remains remained still"
)
"""Words skipped between a counted noun and its participle ("people have been evacuated")."""

PEOPLE = _forms(
    "people persons residents civilians children men women soldiers individuals victims "
    "workers patients"
)
DEATH_NOUNS = frozenset({"deaths", "fatalities", "dead"})
_PHRASE_STARTS = frozenset(
    key.split()[0]
    for table in (MONEY_CUES, TIME_CUES, PERCENT_CUES, COUNT_VERBS)
    for key in table
    if " " in key
)
"""First words of the lexicon's phrases: only these are tried as the start of a phrase."""

DEATH_WORDS = frozenset({"death", "deaths", "fatalities", "dead", "toll", "killed", "died"})
"""A bare number in a sentence about deaths counts deaths ("the death toll rose to 10")."""
