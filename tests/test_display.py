"""app.display: readable capitals, levels in words, lines shortened by choosing whole phrases."""

from __future__ import annotations

import re

import pytest

from app.display import (
    ELLIPSIS,
    complete,
    cut_points,
    display_name,
    display_title,
    level_ids,
    level_phrase,
    name_once,
    restore,
    restore_quotes,
    story_hook,
    whole_fragment,
    whole_numbers,
    whole_phrase,
)


@pytest.mark.parametrize(("raw", "shown"), [
    ("Athul SIVAN", "Athul Sivan"),
    ("CHINMAYA SHAH", "Chinmaya Shah"),
    ("jordan reyes", "Jordan Reyes"),
    ("MARY-JANE O'NEIL", "Mary-Jane O'Neil"),
    ("JOHN SMITH III", "John Smith III"),
    ("JO NG", "Jo Ng"),  # two letters in a name are not an acronym
    ("Ludwig VAN BEETHOVEN", "Ludwig van Beethoven"),
    ("Jordan Reyes", "Jordan Reyes"),
    ("Ryan McDonald", "Ryan McDonald"),  # mixed case is the writer's choice
    ("danah boyd", "Danah Boyd"),
    ("TOMASZ NOWAK", "Tomasz Nowak"),
    ("Eleanor Fitzgerald, PhD", "Eleanor Fitzgerald, PhD"),
    ("", ""),
])
def test_display_name(raw: str, shown: str) -> None:
    assert display_name(raw) == shown


@pytest.mark.parametrize(("raw", "shown"), [
    ("RESEARCH ASSISTANT", "Research Assistant"),
    ("As RESEARCH ASSISTANT", "As Research Assistant"),
    ("PHD RESEARCHER", "PhD Researcher"),
    ("SENIOR ML ENGINEER II", "Senior ML Engineer II"),
    ("AWS SOLUTIONS ARCHITECT", "AWS Solutions Architect"),
    ("DIRECTOR OF ENGINEERING", "Director of Engineering"),
    ("HEAD OF AI AND NLP", "Head of AI and NLP"),
    ("BRIDGING POST-DOCTORAL RESEARCHER", "Bridging Post-Doctoral Researcher"),
    ("Machine Learning Engineer II", "Machine Learning Engineer II"),
    ("Senior ML Engineer", "Senior ML Engineer"),
    ("iOS Developer", "iOS Developer"),
    ("QA LEAD, EMEA", "QA Lead, EMEA"),
    ("Graduate Student Instructor, EECS 445", "Graduate Student Instructor, EECS 445"),
    ("CMS Open Payments pipeline", "CMS Open Payments pipeline"),
])
def test_display_title(raw: str, shown: str) -> None:
    assert display_title(raw) == shown


def test_story_situations_use_readable_capitals(corpus, knowledge) -> None:  # noqa: ANN001
    """A resume that writes its titles in capitals (two-column LaTeX) gets stories that say
    "As Research Assistant at ...", and its name reads "Athul Sivan"."""
    from app.analysis.pipeline import analyze
    from app.reading.jobs import read_job
    from app.reading.resume import read_resume

    report = analyze(read_resume(corpus / "resumes/pdf/ds_athul_sivan__resume-matcher_latex_2col.pdf"),
                     read_job(corpus / "jobs/amazon_mle_model_deployment_sagemaker__"
                              "responsibilities_and_quals_only.txt", knowledge), knowledge)
    assert report.resume.name == "Athul SIVAN"  # the reader keeps what the resume says
    assert display_name(report.resume.name) == "Athul Sivan"
    openings = [s.situation.split(" at ")[0] for s in report.stories if s.situation.startswith("As ")]
    assert openings
    for opening in openings:
        shouted = [w for w in re.findall(r"[A-Za-z]{3,}", opening) if w.isupper()]
        assert shouted == [], opening


def test_level_phrase_says_below_what() -> None:
    class Lv:
        def __init__(self, id: str, years: float) -> None:  # noqa: A002
            self.id, self.years_min = id, years

    ids = level_ids([Lv("L6", 8), Lv("L4", 0), Lv("L5", 3)])
    assert ids == ["L4", "L5", "L6"]
    assert level_phrase("below", ids) == "below L4 (the entry level)"
    assert level_phrase("L5", ids) == "L5"
    assert level_phrase("below") == "below the entry level"


def _whole(phrase: str) -> bool:
    """No ellipsis, balanced brackets, and it does not end on a word that needs more."""
    last = re.findall(r"[\w'-]+", phrase)[-1].lower()
    return (ELLIPSIS not in phrase and phrase.count("(") == phrase.count(")")
            and last not in {"the", "a", "to", "by", "and", "of", "with", "for", "in"})


def test_whole_phrase_chooses_clauses_and_never_cuts_mid_phrase() -> None:
    text = ("Reduced inference cost by 38% ($210K per year) by distilling the ranking model and "
            "moving batch scoring to spot instances.")
    assert whole_phrase(text) == text
    assert whole_phrase(text, 60) == "Reduced inference cost by 38% ($210K per year)"
    assert whole_phrase(text, 95) == ("Reduced inference cost by 38% ($210K per year) by "
                                      "distilling the ranking model")
    # even the first clause is longer than the limit: it comes whole, not cut
    long = "Orchestrated the consolidation of fourteen regional warehouse telemetry feeds"
    assert whole_phrase(long + ", then retired the legacy system", 20) == long
    for limit in range(20, len(text), 7):
        assert _whole(whole_phrase(text, limit))


def test_cut_points_respect_brackets_and_phrases() -> None:
    text = "Built 4 REST APIs (register, login, refresh, logout) from scratch to production"
    cuts = [text[:p] for p in cut_points(text)]
    assert "Built 4 REST APIs (register" not in cuts
    assert "Built 4 REST APIs (register, login, refresh, logout)" in cuts
    assert "Built 4 REST APIs (register, login, refresh, logout) from scratch" not in cuts  # from X to Y
    assert not any(c.endswith(" to") or c.endswith(" from") for c in cuts)


def test_restore_recovers_the_clause_a_line_was_cut_in() -> None:
    bullets = ["Partnered with the claims team to turn 3,000 handwritten forms into searchable "
               "records, which cut lookup time from 2 days to 5 minutes.",
               "Owned the fraud model end to end, from feature pipeline to on-call."]
    assert restore("Partnered with the claims team to turn\u2026", bullets) == (
        "Partnered with the claims team to turn 3,000 handwritten forms into searchable records")
    assert restore("Owned the fraud model end to\u2026", bullets) == (
        "Owned the fraud model end to end")
    # not in any source: back to its last whole phrase, no ellipsis
    assert restore("Migrated the billing system to event sourcing with\u2026", bullets) == (
        "Migrated the billing system to event sourcing")
    # a line that was not cut is left alone
    assert restore("No evidence yet for Earn Trust", bullets) == "No evidence yet for Earn Trust"


def test_restore_quotes_makes_a_say_line_sayable() -> None:
    bullets = ["Worked with the customer support team to turn delivery complaints into labelled "
               "data, which improved late-delivery predictions."]
    line = ("A good example of Earn Trust from my work is 'Worked with the customer support team "
            "to turn\u2026'; let me walk you through what I decided and why.")
    said = restore_quotes(line, bullets)
    assert ELLIPSIS not in said
    assert ("'Worked with the customer support team to turn delivery complaints into labelled "
            "data'; let me") in said
    # apostrophes inside a quote do not end it
    bullets2 = ["Rebuilt the team's on-call rota so pages dropped by half across three services."]
    assert restore_quotes("Start from 'Rebuilt the team's on-call rota so pages\u2026'.", bullets2) \
        == "Start from 'Rebuilt the team's on-call rota so pages dropped by half'."


def test_numbers_to_remember_become_whole_phrases_holding_their_number() -> None:
    bullets = [
        "Developed 5 RESTful CRUD APIs with JWT-based authentication securing 100% of routes, "
        "and per-IP rate limiting capped at 10 requests/minute.",
        "Engineered a complete auth backend with 4 REST APIs (register, login, refresh, logout) "
        "and bcrypt hashing.",
        "Reduced inference cost by 38% ($210K per year) by distilling the ranking model and "
        "moving batch scoring to spot instances.",
    ]
    fragments = ["and per-IP rate limiting capped at 10 requests/minute",
                 "Engineered a complete auth backend with 4 REST APIs (register",
                 "Reduced inference cost by 38% ($210K per year) by distilling",
                 "Reduced inference cost by 38% ($210K per year) by distilling"]
    shown = whole_numbers(fragments, bullets)
    assert shown == ["per-IP rate limiting capped at 10 requests/minute",
                     "Engineered a complete auth backend with 4 REST APIs",
                     "Reduced inference cost by 38% ($210K per year)"]
    assert whole_fragment("cost by 38% ($210K", bullets) .startswith("Reduced inference cost")
    for phrase in shown:
        assert _whole(phrase) and re.search(r"\d", phrase)


def test_story_hook_restored_from_its_bullet_then_chosen() -> None:
    bullets = ["Enhanced backend scalability by integrating MongoDB pagination and optimized "
               "queries, ensuring consistent API performance as data volume scales."]
    hook = "Enhanced backend scalability by integrating MongoDB pagination and optimized queries, ensuring\u2026"
    assert story_hook(hook, bullets) == bullets[0].rstrip(".")
    assert story_hook(hook, bullets, 90) == ("Enhanced backend scalability by integrating "
                                             "MongoDB pagination and optimized queries")
    assert story_hook(hook, bullets, 40) == "Enhanced backend scalability"
    assert story_hook("Traced a 9% drop in click-through", bullets) == "Traced a 9% drop in click-through"


def test_name_once_keeps_the_team_in_the_first_question_only() -> None:
    asks = ["How does the team find out that a model in Search Ads has degraded?",
            "What would a new engineer on the Search Ads team own first?",
            "Which customer metric does the Search Ads team treat as the one that matters?",
            "What latency limits shape model choices for Search Ads?",
            "How is on-call organised?"]
    out = name_once(asks, team="Search Ads", product="Search Ads")
    assert sum("Search Ads" in q for q in out) == 1
    assert out[0] == asks[0]
    assert out[1] == "What would a new engineer on the team own first?"
    assert out[3] == "What latency limits shape model choices for the product?"
    assert out[4] == asks[4]
    # different team and product: each named once
    out = name_once(["Who on the Payments team owns Checkout?", "How is Checkout tested?",
                     "How big is the Payments team?"], team="Payments", product="Checkout")
    assert out == ["Who on the Payments team owns Checkout?", "How is the product tested?",
                   "How big is the team?"]


def test_restore_finds_a_quoted_tail_after_a_lead_in() -> None:
    reqs = ["Experience with feature stores and real-time feature pipelines"]
    cut = "Preferred qualification not shown: Experience with feature stores and real-time feature\u2026"
    assert restore(cut, reqs) == ("Preferred qualification not shown: Experience with feature "
                                  "stores and real-time feature pipelines")
    assert restore(cut, reqs, 70) == ("Preferred qualification not shown: Experience with "
                                      "feature stores")


def test_restore_quotes_leaves_whole_quotes_and_spacing_alone() -> None:
    bullets = ["Built drift monitors on SageMaker Model Monitor and CloudWatch, cutting detection "
               "time from 3 days to 2 hours."]
    angle = ("Tell 'Built drift monitors' as an Ownership story; then what you did ('Built drift "
             "monitors on SageMaker Model Monitor and\u2026'), and land on the result.")
    assert restore_quotes(angle, bullets) == (
        "Tell 'Built drift monitors' as an Ownership story; then what you did ('Built drift "
        "monitors on SageMaker Model Monitor and CloudWatch'), and land on the result.")


def test_a_number_after_a_bracketed_aside_keeps_what_it_is_about() -> None:
    bullets = [
        "Built the fraud scorer for card payments (LightGBM on 1,900 features from merchants, "
        "devices and history) that checks 12 million payments a day.",
        "Engineered features from checkout logs (basket size, retries, device age) in Spark "
        "over 30 TB of daily events.",
        "Ran the pricing team's feature store (Spark on Databricks, 180 features) that both "
        "ranking models read.",
        "Wrote the fusion passes that raised decoder throughput 2.3x and cut memory spills by "
        "57%.",
        "Moved 1,300 customer workloads onto AWS across 11 teams.",
        "Lead the platform used by 6 teams (search, ads, fraud): 90 production models.",
    ]
    shown = whole_numbers(["(LightGBM on 1,900 features from merchants, devices and history) "
                           "that checks 12 million payments a day",
                           "(basket size, retries, device age) in Spark over 30 TB of daily events",
                           "(Spark on Databricks, 180 features) that both ranking models read",
                           "3x and cut memory spills by 57%",
                           "300 customer workloads onto AWS across 11 teams",
                           "(search, ads, fraud): 90 production models"], bullets)
    assert shown == [
        "Built the fraud scorer for card payments that checks 12 million payments a day",
        "Engineered features from checkout logs in Spark over 30 TB of daily events",
        "Ran the pricing team's feature store (Spark on Databricks, 180 features)",
        "Wrote the fusion passes that raised decoder throughput 2.3x and cut memory spills by 57%",
        "Moved 1,300 customer workloads onto AWS across 11 teams",
        "Lead the platform used by 6 teams: 90 production models",
    ]


def test_a_hook_of_title_and_bare_number_gets_the_numbers_clause() -> None:
    bullets = ["Built drift monitors on SageMaker Model Monitor and CloudWatch, cutting time to "
               "detect feature outages from 3 days to 2 hours."]
    # the title starts the number's own sentence: that sentence, whole
    assert story_hook("Built drift monitors (3 days)", bullets) == bullets[0].rstrip(".")
    # elsewhere: the title and the number's own clause
    assert story_hook("Built drift monitors (3 days)", [
        "Owned alerting for the feature store, cutting time to detect feature outages from 3 "
        "days to 2 hours."]) == ("Built drift monitors, cutting time to detect feature outages "
                                 "from 3 days to 2 hours")
    bullets = ["Prototyped a Spark job in one week that deduplicated 80 million customer records."]
    assert story_hook("Prototyped a Spark job in one week (80 million customer records)",
                      bullets) == bullets[0].rstrip(".")
    # shortened by choosing, the number stays
    hook = story_hook("Built drift monitors (3 days)", [
        "Built drift monitors on SageMaker Model Monitor and CloudWatch, cutting time to detect "
        "feature outages from 3 days to 2 hours."], 40)
    assert "3 days to 2 hours" in hook


def test_whole_phrase_can_keep_the_number() -> None:
    text = "Owned the ranking model, serving 4 million daily users at a p99 latency of 45 ms"
    assert whole_phrase(text, 40) == "Owned the ranking model"
    assert whole_phrase(text, 40, keep_number=True) == text


def test_complete_mends_a_quote_cut_without_an_ellipsis() -> None:
    bullets = ["Co-built a Korean implicit hate speech dataset (18k annotated comments); trained "
               "KoBERT and KoELECTRA baselines."]
    assert complete("Co-built a Korean implicit hate speech dataset (18k", bullets) == (
        "Co-built a Korean implicit hate speech dataset (18k annotated comments)")
    assert story_hook("Co-built a Korean implicit hate speech dataset (18k", bullets) == (
        "Co-built a Korean implicit hate speech dataset (18k annotated comments)")
    # whole already, or the user's own words: unchanged
    assert complete("Co-built a Korean implicit hate speech dataset", bullets) == (
        "Co-built a Korean implicit hate speech dataset")
    assert complete("My own title (draft", bullets) == "My own title (draft"


def test_restore_quotes_mends_a_bracketed_cut() -> None:
    bullets = ["Reduced inference cost by 38% ($210K per year) by distilling the ranking model and "
               "moving batch scoring to spot instances."]
    angle = "Land on the result (Reduced inference cost by 38% ($210K per year) by distilling the ranking model\u2026)."
    assert restore_quotes(angle, bullets) == (
        "Land on the result (Reduced inference cost by 38% ($210K per year) by distilling the "
        "ranking model).")  # the cut fell at a clause end: whole as it is, without the "…"
    cut = "Land on it (Reduced inference cost by 38% ($210K per year) by distilling the\u2026)."
    assert restore_quotes(cut, bullets) == (
        "Land on it (Reduced inference cost by 38% ($210K per year) by distilling the ranking "
        "model).")


def test_a_hook_whose_number_is_a_bracketed_aside_reads_whole_and_stays_put() -> None:
    """'... since launching the service. (currently 3.6 million users)': the aside joins its title
    with a space, not ', (', and choosing the hook again changes nothing (it gave ',, (')."""
    from app.display import story_hook

    src = ["Kept improving the checkout architecture since launching the shop. (now 2.4 million buyers)"]
    for first in ("Kept improving the checkout architecture since launching (now 2.4 million buyers)",
                  "Kept improving the checkout architecture since launching, (now 2.4 million buyers)"):
        hook = story_hook(first, src)
        assert hook == "Kept improving the checkout architecture since launching (now 2.4 million buyers)"
        assert story_hook(hook, src) == hook


def test_the_checklists_numbers_item_quotes_whole_phrases() -> None:
    from app.analysis.numbers import numbers_to_remember
    from app.display import numbers_item
    from app.models.report import NUMBERS_ITEM
    from app.models.resume import Bullet

    text = ("Built a surface-defect segmentation model (U-Net, PyTorch) for machined aluminium "
            "housings; the escape rate of defective parts fell from 1.8% to 0.2% with false "
            "rejects below 1%.")
    numbers = numbers_to_remember([Bullet(id="b1", text=text, role=0, section="EXPERIENCE")])
    assert not any(n.startswith(("8%", "2%")) for n in numbers), numbers  # no cut at a decimal
    item = NUMBERS_ITEM + "; ".join(numbers[:3]) + "."
    assert numbers_item(item, numbers, [text]) == (
        NUMBERS_ITEM + "the escape rate of defective parts fell from 1.8% to 0.2% with false "
        "rejects below 1%.")
    assert numbers_item("Revise system design.", numbers, [text]) == "Revise system design."


def test_an_abbreviations_period_is_no_place_to_end() -> None:
    """"candidates must be a U.S. citizen or national, U.S. permanent resident ...": a title
    shortened from it ends after "national", never on "U.S" with its period dropped."""
    from app.phrases import whole_phrase

    line = ("Due to applicable export control laws and regulations, candidates must be a U.S. "
            "citizen or national, U.S. permanent resident (i.e., current Green Card holder), or "
            "lawfully admitted into the U.S. as a refugee")
    short = whole_phrase(line, 110)  # the length a risk's title names a requirement in
    assert short.endswith("citizen or national"), short
    assert whole_phrase("Tools we use, e.g. Python and Go, in a small team of five", 12) != "Tools we use, e"
