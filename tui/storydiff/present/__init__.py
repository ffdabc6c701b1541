"""How every presenter shows a comparison: one vocabulary for the reader, the console and
every export.

A person who learns a mark in the reader must read it the same in the HTML report, so the
things every presenter says are defined here once: verdict words, glyphs and tones
(:mod:`vocabulary`), difference counts (:mod:`counts`), the highlighted stretches of a
paragraph (:mod:`spans`), article, overview and quote labels (:mod:`labels`), counts and
paragraph numbers in words (:mod:`wording`) and the one sanitiser of article text
(:mod:`safe_text`). The presenters only format: Textual styles in ``ui``, Rich in
``console``, HTML, Markdown and text in ``export``.

Headless: the core's model and the standard library only, never Textual or Rich.
"""
