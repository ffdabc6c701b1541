"""Weighted content-term similarity: the same fact in other words scores, filler does not."""

from __future__ import annotations

from storydiff.core.similarity import Weighting, cosine, sparse_cosines, stem, terms

DOCS = [
    "Microsoft security researchers last fall identified individuals tied to DeepSeek.",
    "Microsoft discovered suspicious activity last fall, when researchers noticed individuals "
    "connected to DeepSeek.",
    "DeepSeek's app surged past ChatGPT to reach the No. 1 spot on Apple's App Store.",
    "DeepSeek said it trained the model on 2,048 Nvidia H800 chips.",
]


def test_word_forms_share_one_stem() -> None:
    assert stem("distilled") == stem("distilling") == stem("distillation") == "distill"
    assert stem("investigating") == stem("investigation") == stem("investigates")


def test_function_words_are_not_terms_but_names_numbers_and_model_names_are() -> None:
    found = dict(terms("The U.S. said R-1 cost $5.58 million, Sacks told Fox."))
    assert {"us", "r1", "5.58", "sack", "fox"} <= set(found)
    assert "the" not in found and "said" not in found and "told" not in found
    assert found["sack"] > found["cost"]  # a name weighs more than a plain word


def test_reworded_paragraph_scores_above_an_unrelated_one_on_the_same_story() -> None:
    weighting = Weighting(DOCS)
    first, reworded, unrelated = (weighting.vector(d) for d in DOCS[:3])
    assert cosine(first, reworded) > 0.3 > cosine(first, unrelated)


def test_the_story_name_everywhere_weighs_less_than_a_rare_detail() -> None:
    weighting = Weighting(DOCS)
    assert weighting.idf("deepseek") < weighting.idf("h800")


def test_sparse_cosines_agree_with_cosine_and_skip_pairs_sharing_nothing() -> None:
    weighting = Weighting(DOCS)
    vectors = [weighting.vector(d) for d in DOCS]
    scores = sparse_cosines(vectors[:2], vectors[2:] + vectors[:1])
    assert abs(scores[0, 2] - 1.0) < 1e-9
    assert abs(scores[1, 0] - cosine(vectors[1], vectors[2])) < 1e-9
    assert all(0.0 <= s <= 1.0 for s in scores.values())


def test_text_without_content_words_still_compares_with_itself() -> None:
    weighting = Weighting(["and so it is", "and so it is"])
    assert cosine(weighting.vector("and so it is"), weighting.vector("and so it is")) > 0.99


def test_best_scores_per_row_equal_the_maximum_over_every_pair() -> None:
    from storydiff.core.similarity import TermIndex

    weighting = Weighting(DOCS)
    vectors = [weighting.vector(d) for d in DOCS]
    queries, documents = vectors[:2] + vectors[3:], vectors[1:]
    index = TermIndex(queries, documents)
    rows = range(len(queries))
    pairs, shares = sparse_cosines(queries, documents), index.coverage(rows)
    assert index.best_cosines(rows) == {
        i: max(s for (q, _), s in pairs.items() if q == i) for i in rows
    }
    assert index.best_coverage(rows) == {
        i: max(s for (q, _), s in shares.items() if q == i) for i in rows
    }


def test_min_score_drops_only_pairs_below_it() -> None:
    weighting = Weighting(DOCS)
    vectors = [weighting.vector(d) for d in DOCS]
    every = sparse_cosines(vectors, vectors)
    kept = sparse_cosines(vectors, vectors, min_score=0.3)
    assert kept == {ij: s for ij, s in every.items() if s >= 0.3} and len(kept) < len(every)


def test_pair_weighting_is_the_same_for_both_orders_of_a_pair() -> None:
    from storydiff.core.similarity import pair_weighting

    left, right = tuple(DOCS[:2]), tuple(DOCS[2:])
    for term in ("h800", "chips", "openai"):
        assert pair_weighting(left, right).idf(term) == pair_weighting(right, left).idf(term)
    assert pair_weighting(left, right).idf("h800") == Weighting(DOCS).idf("h800")


def test_threshold_questions_answer_as_the_best_scores_do(monkeypatch) -> None:
    from storydiff.core import similarity
    from storydiff.core.similarity import TermIndex

    weighting = Weighting(DOCS)
    vectors = [weighting.vector(d) for d in DOCS]
    queries, documents = vectors[:2] + vectors[3:], vectors[1:]
    rows = list(range(len(queries)))
    whole = TermIndex(queries, documents)
    best, shares = whole.best_cosines(rows), whole.best_coverage(rows)
    for probe in (False, True):  # probing first must never change the answer
        monkeypatch.setattr(similarity, "PROBE_MIN_DOCUMENTS", 10_000 if not probe else 0)
        index = TermIndex(queries, documents)
        for limit in (0.1, 0.3, 0.6, 1.0):
            assert index.below_cosine(rows, limit) == [i for i in rows if best[i] < limit]
            assert index.below_coverage(rows, limit) == [i for i in rows if shares[i] < limit]


def test_a_repeated_paragraph_scores_exactly_as_its_first_copy() -> None:
    weighting = Weighting(DOCS)
    vectors = [weighting.vector(d) for d in DOCS]
    # Queries 0 and 2 are the same text, and documents 0 and 2: equal vectors are scored once.
    queries = [vectors[0], vectors[1], weighting.vector(DOCS[0])]
    documents = [vectors[1], vectors[3], weighting.vector(DOCS[1])]
    scores = sparse_cosines(queries, documents)
    assert scores[0, 0] == scores[0, 2] == scores[2, 0] == scores[2, 2] > 0.3
    assert scores[1, 0] == scores[1, 2] > 0.99  # a paragraph against its own two copies


def test_combined_vector_adds_the_weights_of_its_parts() -> None:
    from storydiff.core.similarity import combine

    weighting = Weighting(DOCS)
    first, second = weighting.vector(DOCS[0]), weighting.vector(DOCS[1])
    both = combine([first, second])
    assert both.weights["microsoft"] == first.weights["microsoft"] + second.weights["microsoft"]
    assert both.weights["identifi"] == first.weights["identifi"]  # only in the first
    assert list(both.weights)[: len(first.weights)] == list(first.weights)


def test_content_term_count_ignores_function_words() -> None:
    from storydiff.core.similarity import content_term_count

    assert content_term_count("He said it was so.") == 0  # only function and reporting words
    assert content_term_count("Microsoft researchers identified DeepSeek individuals") == 5
