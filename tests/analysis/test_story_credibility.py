"""Which lines make a principle strong, which line a story is for, and which story answers a
question: rules learnt from the expert judgments' misses, each on invented lines."""

from __future__ import annotations

from app.analysis.evidence import rate_principles
from app.models.report import BulletEvidence
from app.models.resume import Bullet


def _rated(knowledge, lines: dict[str, dict[str, float]], pid: str) -> str:
    """The strength of `pid` when each invented line is credited as given."""
    bullets = [Bullet(f"b{i}", text, "Experience", 0) for i, text in enumerate(lines)]
    evidence = [BulletEvidence(b.id, tuple(sorted(c, key=lambda p: -c[p])), {}, "", dict(c))
                for b, c in zip(bullets, lines.values(), strict=True)]
    rating = next(r for r in rate_principles(evidence, knowledge, bullets) if r.id == pid)
    return rating.strength


def test_an_efficiency_number_alone_never_makes_frugality_strong(knowledge) -> None:
    """Experts split on "memory footprint down 4x" as Frugality (doing more with less needs a
    cost, a budget or a headcount saved as the point): such lines can carry a story, but
    two of them are not strong Frugality; a cost saved is."""
    efficiency = {
        "Shrank the ranking model's memory footprint by 3.5x with pruned embeddings": {
            "frugality": 0.8, "invent-and-simplify": 0.4},
        "Cut the nightly export from 5 hours to 40 minutes, saving about 6 hours a week": {
            "frugality": 0.6},
    }
    assert _rated(knowledge, efficiency, "frugality") == "thin"
    savings = {
        "Moved batch scoring to spot instances, cutting the monthly cloud bill by 38%": {
            "frugality": 0.8},
        "Replaced a paid survey tool with an in-house form, saving $9k a year": {
            "frugality": 0.6},
    }
    assert _rated(knowledge, savings, "frugality") == "strong"


def test_a_system_the_person_owns_is_the_closest_model_in_production_story(knowledge) -> None:
    """A model-in-production question takes, when no model ran, a production system the
    person owned: "Owned the refunds service" or a flow counted per week says it ran, as much
    as "on-call" or "in production" does; building or designing a system alone does not."""
    from app.models.knowledge import needs_met

    adjacent = knowledge.decodes["model-production"].adjacent_needs
    assert needs_met(adjacent, "Owned the refunds service (Kotlin, MySQL) that returns about "
                               "$2M/week to shoppers")
    assert needs_met(adjacent, "Own the Kafka platform: 12 clusters in 2 regions, upgraded with "
                               "Ansible")
    assert needs_met(adjacent, "Maintained the booking website of a 12-room guest house")
    assert not needs_met(adjacent, "Designed a caching layer for the search page in Redis")
    assert not needs_met(adjacent, "Built an image pipeline that processes about 30 TB of scans")


def test_one_line_makes_a_principle_strong_only_when_it_mainly_shows_it(knowledge) -> None:
    """A single line is strong evidence of the principle it is mainly about; a shared library
    that also 'reads big' is an Invent and Simplify story, so Think Big from it alone is thin
    (experts found no Think Big story in such a resume)."""
    side = {"Turned the four checkout widgets into one shared component library, cutting "
            "release prep from 3 weeks to 4 days": {"invent-and-simplify": 0.82,
                                                     "think-big": 0.77}}
    assert _rated(knowledge, side, "think-big") == "thin"
    assert _rated(knowledge, side, "invent-and-simplify") == "strong"
    main = {"Set the three-year platform roadmap that 14 product teams now build on": {
        "think-big": 0.8, "ownership": 0.5}}
    assert _rated(knowledge, main, "think-big") == "strong"


def test_a_line_is_told_for_what_it_shows_not_for_what_the_posting_asks() -> None:
    """A posting that asks Dive Deep far more than Hire and Develop may choose between a line's
    near-equal readings, but a line about running debugging sessions for students is a
    teaching story, not a Dive Deep one, when it shows teaching clearly better."""
    from app.analysis.stories import Candidate, select

    weights = {"dive-deep": 1.5, "hire-and-develop-the-best": 0.2, "invent-and-simplify": 0.2}
    teaching = Candidate(Bullet("b0", "Run 3 evening debugging sessions a week for bootcamp "
                                      "students and review about 25 pull requests a week",
                                "Experience", 0), 0,
                         {"hire-and-develop-the-best": 0.7, "dive-deep": 0.52}, 0.0, 0.0, 1.0)
    close = Candidate(Bullet("b1", "Profiled the nightly ETL and rewrote its three slowest "
                                   "joins as a reusable incremental framework",
                             "Experience", 0), 100,
                      {"invent-and-simplify": 0.6, "dive-deep": 0.55}, 0.0, 0.0, 1.0)
    assert [p for _, p in select([teaching], weights)] == ["hire-and-develop-the-best"]
    # near-equal readings: the posting's ask chooses
    assert [p for _, p in select([close], weights)] == ["dive-deep"]


def test_the_most_credible_lines_are_told_even_when_they_share_a_role() -> None:
    """Three strong lines from the current job beat a weaker one from an earlier job: spreading
    the eight across roles is not worth telling a line an expert credits less."""
    from app.analysis.stories import Candidate, select

    weights = {"ownership": 1.0, "invent-and-simplify": 1.0, "dive-deep": 1.0,
               "insist-on-the-highest-standards": 1.0}

    def line(i: int, role: int, text: str, credit: dict[str, float]) -> Candidate:
        return Candidate(Bullet(f"b{i}", text, "Experience", role), i * 100, credit, 0.0, 0.0,
                         1.0)

    current = [line(0, 0, "Own the returns service end to end and its weekly on-call rota",
                    {"ownership": 0.62}),
               line(1, 0, "Replaced three cron scripts with one declarative scheduler",
                    {"invent-and-simplify": 0.62}),
               line(2, 0, "Traced the checkout timeouts to a connection-pool leak and fixed it",
                    {"dive-deep": 0.62})]
    earlier = line(3, 1, "Added unit tests to the invoicing module of the billing tool",
                   {"insist-on-the-highest-standards": 0.55})
    told = {c.bullet.id for c, _ in select([*current, earlier], weights, limit=3)}
    assert told == {"b0", "b1", "b2"}
