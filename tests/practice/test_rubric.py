"""The rubric of one told answer: each criterion on answers written for the purpose, the contract
the command line prints, determinism, and wording that comes from knowledge/practice.json."""

from __future__ import annotations

import pytest

from app.models.practice import CONTRACT_KEYS, STAR_PARTS
from app.practice.rubric import QuestionContext, question_context, score_answer, sentences

STRONG = """Situation: Last spring our checkout service at a retail startup timed out for about 3% of
orders every evening, and support got forty complaints a week.

Task: I owned the service, so my goal was to find the cause and stop the timeouts before the
holiday sale.

Action: I pulled a week of traces and compared slow requests with fast ones. I found that a
coupon lookup ran one query per item. I rewrote it as a single batched query, load-tested it on
a copy of production, and I added an alert on p99 latency.

Result: Timeouts fell from 3% of orders to 0.1%, p99 latency went from 2.4 s to 300 ms, and
complaints dropped to two a week."""

VAGUE = ("We had a problem with the checkout service. We looked into it as a team and fixed "
         "it. In the end it worked much better and everyone was happy.")


@pytest.fixture(scope="module")
def rules(knowledge):  # noqa: ANN001
    return knowledge.practice


def test_contract_has_exactly_the_issue_keys(rules) -> None:  # noqa: ANN001
    data = score_answer(STRONG, rules).contract()
    assert tuple(data) == CONTRACT_KEYS == ("parts", "has_number_result", "i_share", "words",
                                           "seconds", "placeholders", "fillers", "score", "advice")
    assert tuple(data["parts"]) == STAR_PARTS
    assert all(isinstance(v, bool) for v in data["parts"].values())
    assert isinstance(data["has_number_result"], bool)
    assert isinstance(data["i_share"], float) and 0.0 <= data["i_share"] <= 1.0
    for key in ("words", "seconds", "placeholders", "fillers", "score"):
        assert isinstance(data[key], int) and not isinstance(data[key], bool)
    assert 0 <= data["score"] <= 100
    assert isinstance(data["advice"], list) and all(isinstance(a, str) for a in data["advice"])


def test_strong_answer_shows_everything(rules) -> None:  # noqa: ANN001
    r = score_answer(STRONG, rules)
    assert r.parts == dict.fromkeys(STAR_PARTS, True)
    assert r.has_number_result and "from 3% of orders to 0.1%" in r.measured
    assert r.i_share == 0.86 and r.hidden == ()  # "our checkout service": one "our" in seven
    assert r.placeholders == 0 and r.fillers == 0
    assert r.score >= 85


def test_vague_we_answer_scores_low_and_says_why(rules) -> None:  # noqa: ANN001
    r = score_answer(VAGUE, rules)
    assert not r.parts["action"] and not r.has_number_result and r.i_share == 0.0
    assert r.hidden and r.hidden[0].startswith("We looked into it")
    assert r.score < 45
    assert score_answer(STRONG, rules).score - r.score >= 30
    text = " ".join(r.advice)
    assert "number" in text and '"I"' in text and "We looked into it" in text


@pytest.mark.parametrize("labels", [
    ("Situation:", "Task:", "Action:", "Result:"),
    ("S:", "T:", "A:", "R:"),
    ("**Situation**", "**Task**", "**Action**", "**Result**"),
    ("SITUATION -", "TASK -", "ACTION -", "RESULT -"),
    ("Context:", "Goal:", "What I did:", "Outcome:"),
])
def test_labels_in_any_common_form_are_read(rules, labels) -> None:  # noqa: ANN001
    s, t, a, r = labels
    text = (f"{s} At my last job the nightly billing export failed twice a week.\n"
            f"{t} My goal was to make it reliable before the audit.\n"
            f"{a} I traced the failures to a lock timeout, rewrote the export in batches and "
            "added a retry with an alert.\n"
            f"{r} Failures went from two a week to zero in three months.")
    rubric = score_answer(text, rules)
    assert rubric.parts == dict.fromkeys(STAR_PARTS, True), rubric.part_quotes
    assert rubric.has_number_result


def test_a_label_with_only_a_placeholder_is_a_missing_part(rules) -> None:  # noqa: ANN001
    text = ("Situation: At a bank our fraud model missed new scam patterns for weeks.\n"
            "Task: [Add: your specific goal]\n"
            "Action: I built a weekly retraining job and a drift report for the analysts.\n"
            "Result: [Add: the metric before and after]")
    r = score_answer(text, rules)
    assert r.parts == {"situation": True, "task": False, "action": True, "result": False}
    assert r.placeholders == 2
    assert r.score <= rules.thresholds["not_ready_cap"]
    assert r.advice[0].startswith("Fill the 2 placeholders")


def test_parts_are_found_without_labels(rules) -> None:  # noqa: ANN001
    r = score_answer(STRONG.replace("Situation:", "").replace("Task:", "")
                     .replace("Action:", "").replace("Result:", ""), rules)
    assert r.parts == dict.fromkeys(STAR_PARTS, True)


def test_missing_result_is_named(rules) -> None:  # noqa: ANN001
    text = STRONG.split("Result:")[0]
    r = score_answer(text, rules)
    assert r.parts["result"] is False and r.has_number_result is False
    assert any(a.startswith("End with the result") for a in r.advice)


@pytest.mark.parametrize(("result", "measured"), [
    ("Latency went from 900 ms to 120 ms.", True),
    ("It cut the bill by 38%.", True),
    ("We saved $210K a year.", True),
    ("Support tickets halved within a month.", True),
    ("Errors dropped to zero the next quarter.", True),
    ("It went live in 2021 and everyone liked it.", False),  # a year is not a measure
    ("In the end the team was happy with it.", False),
])
def test_a_measured_result_needs_a_real_figure(rules, result, measured) -> None:  # noqa: ANN001
    text = ("At my last company the reports were slow for every analyst. I rewrote the query "
            "layer and cached the heavy joins myself. " + result)
    r = score_answer(text, rules)
    assert r.has_number_result is measured, (result, r.measured)


def test_i_share_counts_first_person_singular_among_first_person(rules) -> None:  # noqa: ANN001
    text = ("We had a slow pipeline. I profiled it and I found the bottleneck. We fixed it "
            "together and our team shipped it. My manager was pleased.")
    r = score_answer(text, rules)
    # I, I, My = 3 singular; We, We, our = 3 plural
    assert r.i_share == 0.5
    assert "We fixed it together and our team shipped it." in r.hidden


def test_us_the_country_is_not_a_pronoun(rules) -> None:  # noqa: ANN001
    r = score_answer("I launched the model in the US and in the UK. I measured a 4% lift.", rules)
    assert r.i_share == 1.0


def test_fillers_are_counted_and_named(rules) -> None:  # noqa: ANN001
    text = "So basically I, you know, rewrote the job, um, and it was kind of faster, like, a lot."
    r = score_answer(text, rules)
    assert r.fillers >= 5
    assert {"basically", "you know", "um", "kind of", "like"} <= set(r.filler_phrases)
    clean = score_answer("I rewrote the job and it was twice as fast.", rules)
    assert clean.fillers == 0


def test_length_and_speaking_time(rules) -> None:  # noqa: ANN001
    words = 300
    text = " ".join(["I measured the result carefully."] * (words // 5))
    r = score_answer(text, rules)
    assert r.words == words
    assert r.seconds == round(words * 60 / rules.words_per_minute) == 120
    short = score_answer("I fixed it.", rules)
    assert short.seconds == 1 and any(a.startswith("Say more") for a in short.advice)
    long = score_answer(" ".join(["I measured the result carefully."] * 200), rules)
    assert long.seconds > 300 and any(a.startswith("Cut it down") for a in long.advice)
    assert long.points["length"] == 0.0 and r.points["length"] == rules.weights["length"]


def test_spoken_seconds_replace_the_estimate(rules) -> None:  # noqa: ANN001
    r = score_answer(STRONG, rules, spoken_seconds=125)
    assert r.seconds == 125 and r.spoken
    assert r.points["length"] == rules.weights["length"]


def test_fit_to_what_the_question_listens_for(knowledge, rules) -> None:  # noqa: ANN001
    question = question_context(knowledge, "dive-deep-01")
    assert question is not None and question.family == "debugging" and question.listens_for
    deep = score_answer(STRONG, rules, question)
    assert deep.fit is not None and deep.fit >= 0.75 and deep.listens_for == question.listens_for
    off_topic = score_answer("I enjoy working with people and I care about quality a lot.",
                             rules, question)
    assert off_topic.fit is not None and off_topic.fit < deep.fit
    assert off_topic.fit_missing and any("listens for" in a for a in off_topic.advice)
    assert score_answer(STRONG, rules).fit is None  # no question: not scored, not guessed


def test_a_question_no_story_answers_is_not_scored_on_star(rules) -> None:  # noqa: ANN001
    why = QuestionContext("why", "Why this company?", "motivation", "Specific reasons.", False)
    r = score_answer("I want to work on products at this scale because customers rely on them "
                     "and I have built similar systems; this team's product is one I use.",
                     rules, why)
    assert not r.story_scored and "situation" not in r.points and "number" not in r.points
    assert any("not answered with a story" in a for a in r.advice)


def test_the_same_text_gives_the_same_rubric(rules) -> None:  # noqa: ANN001
    assert score_answer(STRONG, rules) == score_answer(STRONG, rules)


def test_advice_and_findings_come_from_the_knowledge_file(rules) -> None:  # noqa: ANN001
    r = score_answer(VAGUE, rules)
    templates = [t.split("{")[0] for t in rules.wording.values()]
    for sentence in r.advice:
        assert any(sentence.startswith(t[:25]) for t in templates), sentence
    assert len(r.advice) <= rules.thresholds["advice_max"]


def test_hostile_text_is_scored_not_crashed(rules) -> None:  # noqa: ANN001
    for text in ("", "\x00\x01\x02", "[" * 5000, "I " * 20000, "🙂" * 1000, "Result:" * 300,
                 "S: T: A: R:", "\u202eI built it\u202c. It cut cost by 50%."):
        r = score_answer(text, rules)
        assert 0 <= r.score <= 100
    assert score_answer("", rules).score == 0


def test_sentences_split_on_ends_and_line_breaks() -> None:
    assert sentences("One. Two!\nThree? Four") == ["One.", "Two!", "Three?", "Four"]


def test_vague_verbs_are_not_actions_and_are_named(rules) -> None:  # noqa: ANN001
    text = ("At my last job the billing export kept failing for the finance team. I helped "
            "with the migration and worked on the scripts. In the end it was much better.")
    r = score_answer(text, rules)
    assert r.parts["action"] is False  # "the scripts" is not "I scripted"
    assert any("\u201chelped\u201d" in a and "\u201cworked\u201d" in a for a in r.advice)
    concrete = score_answer(text.replace("I helped with the migration and worked on the scripts",
                                         "I then rewrote the export in batches and added retries"),
                            rules)
    assert concrete.parts["action"] is True


def test_present_tense_and_non_native_actions_count(rules) -> None:  # noqa: ANN001
    r = score_answer("In my last company the payment fail for some users. I collect the logs of "
                     "150 failed payments and I compare with the good ones. After the fix the "
                     "failed payments reduce from 3 percent to 0.2 percent.", rules)
    assert r.parts["action"] and r.parts["result"] and r.has_number_result


@pytest.mark.parametrize(("question", "strong", "vague"), [
    ("customer-obsession-01",
     "Last year I was a product manager for a mobile banking app. Our older customers kept calling "
     "support because they could not find how to reset a card PIN. I was responsible for the card "
     "features, so I took it on. I listened to twenty support calls, sat with three customers in a "
     "branch while they tried the app, and then I redesigned the card screen so the PIN reset was "
     "one tap from the home page. I ran an A/B test for two weeks before rolling it out. Calls "
     "about PINs dropped by 45%, from about 900 a month to under 500.",
     "We had some customers who were having trouble with the app. The team discussed it and we "
     "made some improvements to the design. After that the customers were happier."),
    ("deliver-results-01",
     "I had two weeks to migrate our billing service off a database that was being shut down. I "
     "made a plan on day one, I wrote the migration scripts myself and ran three dry runs on a "
     "copy of production. I found a rounding bug that would have overcharged 1,200 customers, "
     "and I fixed it. We cut over on a Sunday night with zero downtime, four days before the "
     "deadline, and billing errors stayed at zero for the next quarter.",
     "There was a deadline and we had to migrate a database. It was stressful but we worked "
     "together and got it done on time. Everyone was relieved."),
])
def test_answers_written_after_the_tuning(rules, knowledge, question, strong, vague) -> None:  # noqa: ANN001
    """Answers in other trades and styles (spelled-out figures, "zero downtime"), written after
    the held-back measurement; the general fixes they prompted are kept here."""
    q = question_context(knowledge, question)
    a, b = score_answer(strong, rules, q), score_answer(vague, rules, q)
    assert a.parts == dict.fromkeys(STAR_PARTS, True) and a.has_number_result
    assert a.score >= 85 and b.score <= 40


def test_fillers_throughout_keep_an_answer_from_ready(rules) -> None:  # noqa: ANN001
    clean = STRONG.replace("Situation:", "").replace("Task:", "").replace("Action:", "")
    clean = clean.replace("Result:", "")
    rambling = " ".join(f"basically, you know, {s}" for s in sentences(clean))
    r = score_answer(rambling, rules)
    assert r.filler_density >= rules.thresholds["fillers_cap_per_100"]
    assert r.score <= rules.thresholds["not_ready_cap"] < score_answer(clean, rules).score
    assert r.advice[0].startswith("Drop the fillers")
