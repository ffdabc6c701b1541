"""The cleaner on every real page we have: headline, body boundaries, furniture, nothing lost."""

from __future__ import annotations

import pytest
from helpers import CORPORA, SEEDS
from storydiff.sources.clean import clean_text


def _raw(relative: str) -> str:
    base = SEEDS if relative.startswith("0") else CORPORA
    return (base / relative).read_text(encoding="utf-8")


def _cases(cases: list[tuple]) -> list:
    """The cases, those of the corpora in ../shared marked ``shared`` (the seeds are here)."""
    return [pytest.param(*c, id=c[0], marks=() if c[0].startswith("0") else pytest.mark.shared)
            for c in cases]


# Each case: (file, title, paragraph count, first paragraph start, last paragraph end,
#             furniture that must be dropped, body lines that must be kept).
# The counts and boundaries are what a reader of the page marks as the article.
CASES = [
    # Digital Trends: caption + credit before the body; bio and three teaser stories after it.
    ("000_cee8ee7cdee07c4b.txt", "Microsoft already has its legal crosshairs set on DeepSeek", 10,
     "Microsoft, a primary investor in OpenAI", "the spokesperson said.",
     ["Skip to main content", "DeepSeek AI running on an iPhone.", "Nadeem Sarwar / Digital",
      "Recommended Videos", "Fionna Agomuoh is a Computing Writer", "Microsoft prepares for major",
      "Competition in the AI industry remains tough", "Read more"],
     ["“There’s substantial evidence that what DeepSeek did here"]),
    # Digit: headline shown twice, HIGHLIGHTS that restate the body, "Also read" teasers, bio.
    ("001_b5c66d6c4f0d76d1.txt", "Microsoft investigating if DeepSeek illegally used OpenAI’s data",
     6, "Microsoft and OpenAI are looking into whether data from OpenAI’s technology was obtained "
     "unlawfully by DeepSeek, a Chinese", "working closely with the US government to safeguard "
     "their advanced AI models from competitors and adversaries.",
     ["HIGHLIGHTS", "Microsoft discovered suspicious activity last fall", "Also read: Who Is",
      "Ayushi Jain", "Tech news writer by day", "Digit.in", "Logo"],
     ["After noticing the suspicious activity"]),
    # Tampa Free Press: no headline, one paragraph per line, READ teasers and prompts at the end.
    ("002_26e693de45c71bdf.txt", "", 10,
     "Microsoft and OpenAI are investigating whether DeepSeek",
     "Microsoft did not immediately respond to the DCNF’s request for comment.",
     ["READ: OpenAI CEO Responds", "READ: DeepSeek: The Rising Star",
      "Please make a small donation", "Connect with us:", "Sign up: Subscribe",
      "First published by the Daily Caller"],
     ["Microsoft, OpenAI’s largest investor, reportedly notified OpenAI of the breach."]),
    # Cryptopolitan: promo banner, "In this post" bullets, sub-headings, See also, disclaimer.
    ("003_3cfe5686925342d3.txt",
     "Microsoft investigating DeepSeek-linked group in OpenAI data scraping: Report", 11,
     "Microsoft has reportedly launched an investigation", "gain access to sensitive data.",
     ["NEW: FREE Web3 Resume", "In this post:", "• Microsoft launched an inquiry",
      "Microsoft researchers detect usage anomalies with OpenAI API",
      "Did DeepSeek train its AI with OpenAI models?", "See also", "Cryptopolitan Academy",
      "Share link:", "Disclaimer.", "Most read", "Loading Most Read articles...",
      "Stay on top of crypto news", "Editor's choice", "Subscribe to CryptoPolitan"],
     ["according to a Financial Times report"]),  # a body line that lost its full stop
    # PYMNTS: network name and tagline, a calendar, a DATE POSTED line, an "appeared first" footer.
    ("004_9b2c9ae366b40624.txt",
     "Microsoft Investigates DeepSeek-Tied Group’s Access to OpenAI Data", 11,
     "Microsoft and OpenAI are reportedly investigating", "leading US AI companies.”",
     ["The Business & Technology Network", "Helping Business Interpret", "S M T W T F S", "31",
      "DATE POSTED:January 29, 2025", "appeared first on PYMNTS.com."],
     ["As Bloomberg News reported Tuesday (Jan. 28)"]),
    # mspoweruser: standfirst, reading time, affiliate disclosure, Key notes bullets, caption.
    ("deepseek-more/01_mspoweruser.com.txt",
     "Microsoft stressing out over DeepSeek's success that it's investigating the Chinese company",
     6, "The rise of DeepSeek sparked", "cost-efficiency. It cau",
     ["DeepSeek's arrival caused a big rift", "Reading time icon", "Readers help support",
      "Read our disclosure page", "Key notes", "• Microsoft & OpenAI are investigating",
      "Satya Nadella"],
     ["There are also claims that DeepSeek may have used"]),
    # nation.com.pk: clean prose, nothing to drop.
    ("deepseek-more/02_nation.com.pk.txt", "", 8,
     "Microsoft and OpenAI are investigating whether a group",
     "erasing almost $1 trillion in market value.", [], []),
    # d5thcolumn: one sub-heading inside a single-newline body.
    ("deepseek-more/03_d5thcolumn.com.txt", "", 7, "Microsoft and OpenAI are conducting",
     "continue to escalate.", ["DeepSeek’s Rise in the AI Industry Amidst Investigation"], []),
    # ambusinessng: short one-sentence paragraphs are body.
    ("deepseek-more/04_ambusinessng.com.txt", "", 9, "Microsoft and OpenAI are looking into",
     "shrink by nearly $1 trillion.", [],
     ["The launch challenges the dominance of OpenAI and U.S. competitors"]),
    # unifiedguru: five teaser links above the headline.
    ("deepseek-more/05_unifiedguru.com.txt",
     "Microsoft first raises doubts about DeepSeek and then adds it to its cloud", 6,
     "However, despite adding the R1 model", "to create its R1 model.",
     ["- Revolutionizing data management", "- Mistral AI says its Small 3 model"], []),
    # latestly: the headline comes after the first paragraph; an embedded post follows it.
    ("deepseek-more/06_latestly.com.txt",
     "Microsoft Reportedly Investigating DeepSeek Group for Unauthorised OpenAI Data Access", 1,
     "Microsoft is reportedly investigating", "Train Their Chatbot: Report.",
     ["BREAKING: Bloomberg reports"], []),
    # bastillepost: skip link, the headline three times, "News" labels, a timestamp.
    ("google-wiz/01_bastillepost.com.txt",
     "Google to buy cybersecurity firm Wiz for $32 billion in the biggest deal in company's "
     "history", 6, "SAN FRANCISCO (AP) — Google has struck", "adopt and use clo",
     ["Skip to Content", "News", "2025-03-19 04:32 Last Updated At:04:41"], []),
    ("google-wiz/02_stocktraders.online.txt", "", 7, "SAN FRANCISCO (AP)",
     "as much at regulators likely to scrutinize how the deal will affect competition and pricing, "
     "as", [], []),  # the same wire text, no furniture, ends mid-sentence
    # usagracenews: the excerpt ends with a 6-word fragment right after the body: still body.
    ("google-wiz/03_usagracenews.com.txt", "", 8, "Google’s parent company, Alphabet",
     "In a Tuesday conference call, Google", [], []),
    ("google-wiz/04_todaypakinews.com.txt", "", 4, "In a landmark move", "across all maj", [], []),
    # kunalganglani: tag line, a sub-heading shown twice; a 4-word sentence is a paragraph.
    ("google-wiz/05_kunalganglani.com.txt",
     "Google Agreed to Pay $32 Billion for Wiz: Why Cloud Security Was Worth Every Dollar "
     "[2026]", 7,
     "Google just wrote a $32 billion check", "And the market proved them righ",
     ["cloud-security, wiz, google", "From $23 Billion Rejection to $32 Billion Handshake"],
     ["Then Wiz walked away."]),
    # sherwood: a question sub-heading, then the last three paragraphs repeated verbatim.
    ("google-wiz/06_sherwood.news.txt",
     "Google’s biggest deal ever comes with a $3.2 billion gamble", 3,
     "Google just inked", "$2 trillion market value.", ["What’s behind the big gamble?"], []),
    # particle: the article is a bullet list under "Overview"; the bullets are the body.
    ("la-wildfires/01_particle.news.txt", "", 5, "The Palisades and Eaton fires",
     "California's ongoing insurance crisis.", ["Overview"], []),
    # thejagotimes: a body line saying "donate" is not a donation prompt; one sub-heading.
    ("la-wildfires/02_thejagotimes.com.txt", "Palisades and Eaton Fires Rank as the Most "
     "Destructive in the City’s History, with 10 Dead and $150B in Damages", 9,
     "The wildfires ravaging Los Angeles", "aftermath of the devastating fires.",
     ["Global Responses"], ["Actor Jamie Lee Curtis announced that her family would donate"]),
    # almayadeen: the standfirst is restated, lightly reworded, by the body: the standfirst goes.
    ("la-wildfires/03_almayadeen.net.txt",
     "LA wildfires kill 16, destroy 12,000 structures; evacuations ordered", 10,
     "Wildfires in Los Angeles have destroyed 12,000", "drop water as flames descend into the cany",
     ["The Los Angeles County Coroner’s Office says five"],
     ["The Los Angeles County Coroner’s Office confirmed that five"]),
    # kesq: an archive date stamp glued to the byline.
    ("la-wildfires/04_kesq.com.txt", "", 6, "LOS ANGELES (KCAL, KCBS)", "K-9 units and w",
     ["date 2025-01-13", "By Marissa Wenzke"], []),
    # cbsnews: a two-word sub-heading and a RELATED teaser inside the body.
    ("la-wildfires/05_cbsnews.com.txt",
     "25 people dead in Palisades and Eaton fires as Los Angeles braces for more high winds, "
     "red flag weather", 8, "Wildfires have killed at least 25",
     "Los Angele", ["The damage", "RELATED: How to help"], []),
    # connecticut-express: a photo-credit label and the credited domain after the body.
    ("la-wildfires/06_connecticut-express.com.txt", "", 4, "The death toll from the wildfires",
     "assess the full extent of the damage.", ["Photo credit", "www.nbcnews.com"], []),
    # upi: date stamp + embedded social post first, "Advertisement" lines inside the body.
    ("switch2-launch/01_upi.com.txt", "", 8, "April 2 (UPI) -- Nintendo has announced",
     "Nintendo additionally teased Hyrule Warriors: Age",
     ["date 2025-04-02", "(@NintendoAmerica) April 2, 2025", "Advertisement"], []),
    # nbcnewyork: a question sub-heading inside the body.
    ("switch2-launch/02_nbcnewyork.com.txt", "", 8, "Nintendo has announced a June 5 launch date",
     "able to play physical and digital S",
     ["date 2025-04-02", "When is Mario Kart World available for Switch 2?"],
     ["More details on the new \"Mario Kart World\" game are expected on April 17."]),
    # abitlavish: breadcrumb that repeats the headline, a section label and two Share links.
    ("switch2-launch/03_abitlavish.com.txt",
     "Nintendo Switch 2 launches in June with new ‘Mario Kart World’ game", 7,
     "Nintendo has announced a June 5 launch date and $449.99", "a bit of flair to the series",
     ["Home News Headlines", "News Headlines", "Share"], []),
    # hurriyet: the date stamp is glued to the headline; a one-word dateline.
    ("switch2-launch/04_hurriyetdailynews.com.txt", "Nintendo to launch Switch 2 console on June 5",
     11, "Nintendo's new Switch console will be launched", "commentators on game sites and forums.",
     ["date 2025-04-03", "TOKYO"], ["But it comes with a larger, higher resolution screen"]),
    ("switch2-launch/05_digibanglatech.news.txt", "Nintendo Next: Switch 2 Set for June Launch", 4,
     "Nintendo has officially announced", "first year of the Switch 2's launch.", [], []),
    ("switch2-launch/06_analyticsinsight.net.txt", "", 5, "After eight long years",
     "as a standalone purchase b", [], []),
]


@pytest.mark.parametrize(("name", "title", "count", "first", "last", "furniture", "kept"),
                         _cases(CASES))
def test_real_page_cleans_to_the_article_a_reader_sees(
        name: str, title: str, count: int, first: str, last: str, furniture: list[str],
        kept: list[str]) -> None:
    cleaned = clean_text(_raw(name))
    assert cleaned.title == title
    assert len(cleaned.paragraphs) == count, cleaned.paragraphs
    assert cleaned.paragraphs[0].startswith(first)
    assert cleaned.paragraphs[-1].endswith(last)
    for piece in furniture:
        assert any(piece in line for line in cleaned.dropped), piece
        assert not any(p.startswith(piece) for p in cleaned.paragraphs), piece
    for piece in kept:
        assert any(piece in p for p in cleaned.paragraphs), piece


@pytest.mark.parametrize("name", _cases([c[:1] for c in CASES]))
def test_every_line_of_a_page_ends_up_as_title_body_or_dropped(name: str) -> None:
    # Nothing silently lost: each source line (whitespace collapsed) is accounted for.
    cleaned = clean_text(_raw(name))
    known = {cleaned.title, *cleaned.paragraphs, *cleaned.dropped}
    for line in _raw(name).splitlines():
        text = " ".join(line.split())
        if not text or text in known:
            continue
        after_stamp = " ".join(text.split()[2:])  # "date YYYY-MM-DD rest" is split in two
        unbulleted = text[2:]  # "- item": the bullet marker is not part of the paragraph
        assert after_stamp in known or unbulleted in known, text


def test_dropped_lines_keep_page_order() -> None:
    dropped = clean_text(_raw("003_3cfe5686925342d3.txt")).dropped
    # The promo banner is first on the page and the subscribe line last.
    assert dropped[0].startswith("NEW: FREE Web3") and dropped[-1] == "Subscribe to CryptoPolitan"
    assert dropped.index("Share link:") < dropped.index("Most read")


@pytest.mark.shared
def test_title_is_not_repeated_in_the_body_or_dropped_once_per_repeat() -> None:
    cleaned = clean_text(_raw("google-wiz/01_bastillepost.com.txt"))
    # The page shows its headline three times: one is the title, two are dropped repeats.
    assert cleaned.dropped.count(cleaned.title) == 2
    assert cleaned.title not in cleaned.paragraphs


def test_whitespace_inside_paragraphs_is_collapsed_and_nothing_else_changes() -> None:
    raw = ("A headline about a deal\n\n  Google\u00a0agreed   to buy\tWiz for $32 billion on "
           "Tuesday, the company said in a statement.  \n")
    cleaned = clean_text(raw)
    assert cleaned.paragraphs == ("Google agreed to buy Wiz for $32 billion on Tuesday, the "
                                  "company said in a statement.",)


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    raw = ("Google agrees to buy Wiz\n\n"
           "Google has struck a deal to buy cybersecurity firm Wiz for $32\n"
           "billion in what would be the tech giant's biggest-ever acquisition at\n"
           "the same time it's facing a potential breakup of its internet empire.\n\n"
           "The proposed takeover announced Tuesday is part of Google's aggressive\n"
           "expansion into cloud computing during an artificial intelligence boom.\n")
    cleaned = clean_text(raw)
    assert cleaned.title == "Google agrees to buy Wiz"
    assert len(cleaned.paragraphs) == 2
    assert "for $32 billion in what" in cleaned.paragraphs[0]


def test_heading_inside_the_body_is_dropped_but_short_sentences_are_kept() -> None:
    raw = ("Microsoft and OpenAI are investigating whether DeepSeek improperly obtained data, "
           "sources told Bloomberg.\n\nWhat happened next\n\nThen the company walked away.\n\n"
           "Microsoft did not immediately respond to a request for comment on Wednesday.\n")
    cleaned = clean_text(raw)
    assert "Then the company walked away." in cleaned.paragraphs
    assert cleaned.dropped == ("What happened next",)


def test_a_name_after_the_body_is_not_taken_for_a_truncated_paragraph() -> None:
    raw = ("Microsoft and OpenAI are investigating whether DeepSeek improperly obtained data, "
           "sources told Bloomberg.\n\nJane Doe\n")
    assert clean_text(raw).dropped == ("Jane Doe",)


def test_author_bio_ends_the_body_and_drops_the_stories_after_it() -> None:
    raw = ("Microsoft and OpenAI are investigating whether DeepSeek improperly obtained data, "
           "sources told Bloomberg.\n\nJane Doe\nJane Doe is a senior reporter at Example News.\n"
           "Another story entirely about an unrelated chip launch that happened this week in "
           "Taipei, with many details.\n")
    cleaned = clean_text(raw)
    assert len(cleaned.paragraphs) == 1
    assert cleaned.dropped[-1].startswith("Another story entirely")


def test_short_text_without_article_prose_is_kept_rather_than_emptied() -> None:
    # The API receives snippets; a lone short sentence is the whole article.
    assert clean_text("Google buys Wiz for $32 billion.").paragraphs == (
        "Google buys Wiz for $32 billion.",)


def test_only_furniture_cleans_to_no_paragraphs() -> None:
    cleaned = clean_text("Read more\n\nAdvertisement\n\nShare\n\n1\n2\n3\n")
    assert cleaned.paragraphs == () and len(cleaned.dropped) == 6


def test_title_hint_and_furniture_from_markup_are_honoured() -> None:
    raw = ("Home Tech\n\nGoogle buys Wiz\n\nGoogle has struck a deal to buy cybersecurity firm Wiz "
           "for $32 billion, the company said on Tuesday.\n")
    cleaned = clean_text(raw, title_hint="Google buys Wiz", furniture={"Home Tech"})
    assert cleaned.title == "Google buys Wiz"
    assert cleaned.dropped == ("Home Tech",)
