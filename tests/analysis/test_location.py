"""Where the role is, where the resume places its candidate, and the right to work there.

A posting in another country than the resume's, with no right to work there stated, is a
risk of its own (relocation, and the visa question a recruiter settles first); a citizenship
or residency the resume states, a border its people cross freely (within the EU), a posting
open to anywhere or located in the candidate's country is none. A visa the resume names for
where it lives (F-1, a student visa) is a risk of its own, and "F1 score" is no visa. The
name on the resume, its e-mail address and what it says of moving never place the
candidate."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge, knowledge

RESUME = """
{name}
{where} | {mail} | +{phone}
{status}

EXPERIENCE
Machine Learning Engineer, Tallgrove Analytics    Mar 2020 - Present
- Built a fraud model in PyTorch serving 4M card payments a day with p99 latency under 40 ms
- Cut chargebacks by 23% by retraining weekly on labelled disputes
- Wrote the monitoring that pages the team when feature drift passes a threshold

EDUCATION
BSc Computer Science, 2019

SKILLS
Python, PyTorch, SQL, AWS, Docker
"""

POSTING = """
Machine Learning Engineer
{company}
{location}

About the role
Build and run the models behind our payments products{team}.

Requirements
- 3+ years building machine learning models in production
- Python and PyTorch
{rule}
"""


def _resume(where: str = "Dallas, TX 75248", status: str = "", name: str = "Rowan Pike",
            mail: str = "rowan.pike@example.com", phone: str = "1 469 555 0163") -> str:
    return RESUME.format(name=name, where=where, status=status, mail=mail, phone=phone)


def _posting(location: str, company: str = "Kestrelbank", rule: str = "", team: str = "") -> str:
    return POSTING.format(location=location, company=company, rule=rule, team=team)


def _risks(tmp_path: Path, resume: str, posting: str) -> dict[str, object]:
    report = judge(tmp_path, resume, posting).report
    return {r.id: r for r in report.risks}


def test_a_posting_in_another_country_is_a_move_and_a_visa_question(tmp_path: Path) -> None:
    risks = _risks(tmp_path, _resume(), _posting(
        "Sydney, NSW, Australia", rule="- Applicants must have the right to work in Australia"))
    move = risks["relocation"]
    assert move.title == "A move to Sydney, and the right to work in Australia"
    assert "your resume places you in Dallas" in move.why
    assert "asks for the right to work in Australia already" in move.why
    assert "I'm in Dallas today and can move to Sydney" in move.line_to_say
    assert "exposure 1.00" in move.score_detail and "0.70" not in move.why


def test_the_same_country_or_a_stated_right_to_work_is_no_risk(tmp_path: Path) -> None:
    assert "relocation" not in _risks(tmp_path, _resume(), _posting("Seattle, WA"))
    citizen = _resume(where="London, UK", status="Australian citizen; open to relocation",
                      phone="44 7700 900418")
    assert "relocation" not in _risks(tmp_path, citizen, _posting("Sydney, NSW, Australia"))
    # a move inside the EU, between the UK and Ireland, across the Tasman: no border to ask about
    lyon = _resume(where="Lyon, France", phone="33 6 12 34 56 78")
    assert "relocation" not in _risks(tmp_path, lyon, _posting("Berlin, Germany"))
    dublin = _resume(where="Dublin, Ireland", phone="353 85 555 0101")
    assert "relocation" not in _risks(tmp_path, dublin, _posting("Manchester, United Kingdom"))


def test_the_name_mail_and_a_wish_to_move_never_place_the_candidate(tmp_path: Path) -> None:
    # a candidate named Sydney, writing from Lagos, who would move to Sydney
    sydney = _resume(name="Sydney Okafor", mail="sydney.okafor@example.com",
                     where="Lagos, Nigeria (open to relocation to Sydney, Australia)",
                     phone="234 803 555 0199")
    risks = _risks(tmp_path, sydney, _posting("Sydney, NSW, Australia"))
    assert "places you in Lagos" in risks["relocation"].why
    assert "open to relocating" in risks["relocation"].why
    assert "relocation" not in _risks(tmp_path, sydney, _posting("Lagos, Nigeria"))


def test_where_the_posting_is(tmp_path: Path) -> None:
    toronto = _resume(where="Toronto, ON", phone="1 416 555 0142")
    # open to anywhere, or located in two countries one of which is the candidate's
    assert "relocation" not in _risks(tmp_path, toronto, _posting("Remote (anywhere in the world)"))
    assert "relocation" not in _risks(tmp_path, toronto, _posting("Seattle, WA or Vancouver, BC"))
    # a team named in passing does not move the role: Dublin is where it is
    risks = _risks(tmp_path, toronto, _posting(
        "Dublin, Ireland", team=", working with colleagues in Seattle; the team sits in our Dublin "
        "office by the Grand Canal, and you will join us in Dublin three days a week"))
    assert risks["relocation"].title == "A move to Dublin, and the right to work in Ireland"


def test_a_visa_named_where_the_candidate_lives(tmp_path: Path) -> None:
    student = _resume(where="Boston, MA", status="F-1 student visa (STEM OPT eligible from June 2027)")
    risks = _risks(tmp_path, student, _posting("Seattle, WA"))
    assert risks["work-visa"].title == "Work authorisation: your resume mentions F-1"
    assert "relocation" not in risks
    # an F1 score is no visa, and sponsorship needed only abroad is no visa where one lives
    scored = _resume(where="Boston, MA").replace("Cut chargebacks by 23%",
                                                 "Raised F1 from 0.81 to 0.88 and cut chargebacks by 23%")
    assert "work-visa" not in _risks(tmp_path, scored, _posting("Seattle, WA"))
    seoul = _resume(where="Seongnam, South Korea", phone="82 10 5555 0101",
                    status="Open to relocation (US, Singapore); visa sponsorship needed outside Korea")
    assert "work-visa" not in _risks(tmp_path, seoul, _posting("Seoul, South Korea"))


def test_every_country_is_found_by_its_own_words() -> None:
    from app.analysis.location import mentions, work_status

    countries = knowledge().countries
    assert len(countries) >= 70
    for c in countries:
        for w in [*c.cities[:1], *c.names[:1]]:
            assert c.id in mentions(w.title(), countries), (c.id, w)
    # a mention inside a longer one is no mention; a city in lower case is a word
    found = mentions("Sydney, New South Wales; a nice view", countries)
    assert set(found) == {"au"}
    assert "fr" not in mentions("Built a nice dashboard", countries)
    # two citizenships in one phrase
    from app.models.resume import Resume, SourceInfo

    both = Resume(SourceInfo("r.txt", "txt"), text="Ana Souza\nBrazilian and Italian citizen; open to relocation")
    assert {"br", "it", "fr"} <= work_status(both, countries).authorised  # Italy brings the EU


def test_level_pay_follows_the_country_of_the_work(tmp_path: Path) -> None:
    """An Amazon posting in Tokyo that names a partner team in Seattle shows no US pay table; one
    in Hyderabad is in India; one in Cairo is in no region LoopReady has pay for."""
    from app.analysis.company import region_of
    from app.reading.jobs import read_job

    k = knowledge()

    def region(location: str, team: str = "") -> str | None:
        path = tmp_path / "job.txt"
        path.write_text(_posting(location, company="Amazon", team=team), encoding="utf-8")
        found = region_of(read_job(path, k), k.regions, k.countries)
        return found.id if found else None

    assert region("JPN, 13, Tokyo · Amazon Japan G.K.", team=", with partner teams in Seattle "
                  "and Palo Alto") == "apac"
    assert region("IND, TS, Hyderabad") == "in"
    assert region("Cairo, Egypt") is None
    assert region("Seattle, WA") == "us"
