"""Role packs (roles/*.json), employers (companies.json), the risks a bar raiser probes
(risks.json), pay regions (regions.json) and countries (countries.json)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.errors import KnowledgeError
from app.knowledge.checks import (
    _ALLOWED_PLACEHOLDERS,
    _MAX_EMPHASIS,
    _MAX_TOPIC_WEIGHT,
    COMPANIES_PATH,
    COUNTRIES_PATH,
    REGIONS_PATH,
    RISKS_PATH,
    TOPIC_KINDS,
    _File,
    _flag,
    _known,
    _placeholders,
)
from app.models.knowledge import (
    LEVELS,
    RISK_CONDITIONS,
    ROUNDS,
    Company,
    Country,
    Level,
    Region,
    RiskRule,
    RolePack,
    Stage,
    Topic,
)

_ROLE_FIELDS = ("id", "company", "company_name", "family", "pay_region", "role", "timeline",
                "reapply_wait", "stages", "levels", "topics", "emphasis", "production_signals",
                "questions_to_ask", "title_keywords", "notes", "sources")
ROLE_FAMILIES = ("sde", "mle", "general")
_STAGE_FIELDS = ("id", "name", "duration", "what", "prepare")
_LEVEL_FIELDS = ("id", "title", "total_comp_usd", "years_min", "years_max", "scope")
_TOPIC_FIELDS = ("id", "name", "kind", "keywords", "what_to_revise", "weight", "ml_only",
                 "domain")


def _load_role(root: Path, rel: Path, principle_ids: frozenset[str],
               company_ids: frozenset[str] = frozenset(),
               region_ids: frozenset[str] = frozenset()) -> RolePack:
    f = _File(root, rel)
    data = f.obj(f.read_json(), "")
    f.known_fields(data, "", _ROLE_FIELDS)
    rid = f.ident(data, "")
    if rid != rel.stem:
        raise f.fail("id", f"{rid!r} must match the file name ({rel.stem!r})")

    stages: list[Stage] = []
    seen: dict[str, str] = {}
    for w, obj in f.records(data, "stages", _STAGE_FIELDS):
        sid = f.choice(obj, w, "id", ROUNDS, "round")
        f.unique(seen, sid, f"{w}.id")
        stages.append(Stage(id=sid, name=f.text(obj, w, "name"), duration=f.text(obj, w, "duration"),
                            what=f.text(obj, w, "what"),
                            prepare=f.strings(obj, w, "prepare", min_len=1)))

    levels: list[Level] = []
    seen = {}
    # a pack for any employer (company '') has no level ladder of its own
    ladder = not (data.get("company", "") == "" and not data.get("levels"))
    for w, obj in (f.records(data, "levels", _LEVEL_FIELDS) if ladder else ()):
        lid = f.choice(obj, w, "id", LEVELS, "level")
        f.unique(seen, lid, f"{w}.id")
        years_min = f.number(obj, w, "years_min", 0.0, 60.0)
        years_max_raw = f.field(obj, w, "years_max")
        years_max = (None if years_max_raw is None else
                     f.number_value(years_max_raw, f"{w}.years_max", years_min, 60.0))
        levels.append(Level(id=lid, title=f.text(obj, w, "title"),
                            total_comp_usd=f.integer(obj, w, "total_comp_usd", 0),
                            years_min=years_min, years_max=years_max,
                            scope=f.text(obj, w, "scope")))
    for a, b in zip(levels, levels[1:], strict=False):
        if LEVELS.index(b.id) < LEVELS.index(a.id):
            raise f.fail("levels", f"must be in order {', '.join(LEVELS)}")

    topics: list[Topic] = []
    seen = {}
    for w, obj in f.records(data, "topics", _TOPIC_FIELDS):
        tid = f.ident(obj, w)
        f.unique(seen, tid, f"{w}.id")
        kind = f.choice(obj, w, "kind", TOPIC_KINDS, "topic kind")
        topics.append(Topic(
            id=tid, name=f.text(obj, w, "name"), kind=kind,
            keywords=f.strings(obj, w, "keywords", min_len=1, lower=True),
            what_to_revise=f.text(obj, w, "what_to_revise"),
            weight=f.number(obj, w, "weight", 0.0, _MAX_TOPIC_WEIGHT, required=False,
                            default=1.0),
            ml_only=_flag(f, obj, w, "ml_only"), domain=_flag(f, obj, w, "domain")))

    emphasis: dict[str, float] = {}
    raw_emphasis = f.obj(data.get("emphasis", {}), "emphasis")
    for pid, value in raw_emphasis.items():
        if pid not in principle_ids:
            raise f.fail(f"emphasis.{pid}", f"{pid!r} is not a principle id")
        emphasis[pid] = f.number_value(value, f"emphasis.{pid}", 0.0, _MAX_EMPHASIS)

    questions_to_ask = f.strings(data, "", "questions_to_ask", required=False)
    for i, template in enumerate(questions_to_ask):
        _placeholders(f, f"questions_to_ask[{i}]", template, _ALLOWED_PLACEHOLDERS)

    company, family, pay_region = _role_owner(f, data, company_ids, region_ids)
    return RolePack(
        id=rid,
        company=company,
        company_name=f.text(data, "", "company_name", required=False),
        family=family,
        pay_region=pay_region,
        role=f.text(data, "", "role"),
        timeline=f.text(data, "", "timeline"),
        reapply_wait=f.text(data, "", "reapply_wait"),
        stages=tuple(stages),
        levels=tuple(levels),
        topics=tuple(topics),
        emphasis=emphasis,
        production_signals=f.strings(data, "", "production_signals", required=False,
                                     lower=True),
        questions_to_ask=questions_to_ask,
        title_keywords=f.strings(data, "", "title_keywords", required=False, lower=True),
    )


def _role_owner(f: _File, data: dict[str, Any], company_ids: frozenset[str],
                region_ids: frozenset[str]) -> tuple[str, str, str]:
    """(company, family, pay_region) of a pack: every pack says whose it is ('' for any)."""
    f.field(data, "", "company")
    return (_known(f, f.text(data, "", "company", required=False), "company", company_ids,
                   "a company id in companies.json"),
            _known(f, f.text(data, "", "family", required=False), "family", ROLE_FAMILIES,
                   "a role family"),
            _known(f, f.text(data, "", "pay_region", required=False), "pay_region", region_ids,
                   "a region id in regions.json"))


def _versioned(root: Path, rel: Path, key: str,
               fields: Iterable[str]) -> tuple[_File, list[tuple[str, dict[str, Any]]]]:
    """An optional `{"version": 1, key: [...]}` file: its records (none when it is absent)."""
    f = _File(root, rel)
    if not f.path.is_file():
        return f, []
    data = f.obj(f.read_json(), "")
    f.integer(data, "", "version", 1)
    return f, list(f.records(data, key, fields))


def _load_roles(root: Path, principle_ids: frozenset[str],
                company_ids: frozenset[str] = frozenset(),
                region_ids: frozenset[str] = frozenset()) -> dict[str, RolePack]:
    folder = root / "roles"
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        raise KnowledgeError(
            f"{root.name}/roles: no role pack (*.json) found; reinstall LoopReady or add one"
        )
    return {p.stem: _load_role(root, p.relative_to(root), principle_ids, company_ids, region_ids)
            for p in files}


# companies.json: employers (names, founding year, scale) and how to tell an unnamed one.
_COMPANY_FIELDS = ("id", "name", "aliases", "founded", "large_scale", "markers", "products",
                   "brands")


def _load_companies(root: Path) -> tuple[Company, ...]:
    f, records = _versioned(root, COMPANIES_PATH, "companies", _COMPANY_FIELDS)
    seen: dict[str, str] = {}
    names: dict[str, str] = {}
    out: list[Company] = []
    for w, obj in records:
        cid = f.ident(obj, w)
        f.unique(seen, cid, f"{w}.id")
        aliases = f.strings(obj, w, "aliases", min_len=1, lower=True)
        for i, alias in enumerate(aliases):
            f.unique(names, alias, f"{w}.aliases[{i}]", "alias")
        founded = f.integer(obj, w, "founded", 1800) if obj.get("founded") is not None else None
        out.append(Company(cid, f.text(obj, w, "name"), aliases, founded,
                           _flag(f, obj, w, "large_scale"),
                           f.strings(obj, w, "markers", required=False, lower=True),
                           f.strings(obj, w, "products", required=False, lower=True),
                           f.strings(obj, w, "brands", required=False, lower=True)))
    return tuple(out)


# risks.json: what a bar raiser probes first, as conditions and wording (one loop walks it).
_RISK_FIELDS = ("id", "when", "title", "why", "prepare", "line", "probe", "principles", "packs",
                "families")
_RISK_COMMON_PLACEHOLDERS = frozenset({"posting", "company"})


def _load_risks(root: Path, principle_ids: frozenset[str],
                role_ids: frozenset[str]) -> tuple[RiskRule, ...]:
    f, records = _versioned(root, RISKS_PATH, "risks", _RISK_FIELDS)
    seen: dict[str, str] = {}
    out: list[RiskRule] = []
    for w, obj in records:
        rid = f.ident(obj, w)
        f.unique(seen, rid, f"{w}.id")
        when = f.text(obj, w, "when")
        if when not in RISK_CONDITIONS:
            raise f.fail(f"{w}.when", f"{when!r} is not a risk condition (allowed: "
                         f"{', '.join(sorted(RISK_CONDITIONS))})")
        allowed = set(RISK_CONDITIONS[when]) | _RISK_COMMON_PLACEHOLDERS
        texts = {key: f.text(obj, w, key) for key in ("title", "why", "prepare", "line")}
        for key, text in texts.items():
            _placeholders(f, f"{w}.{key}", text, allowed, f" for '{when}'")
        principles = f.strings(obj, w, "principles", required=False)
        f.principle_refs(principles, w, "principles", principle_ids)
        packs = f.strings(obj, w, "packs", required=False, allowed=sorted(role_ids),
                          what="role pack id")
        out.append(RiskRule(
            id=rid, when=when, **texts, probe=f.number(obj, w, "probe", 0.0, 1.0),
            principles=principles, packs=packs,
            families=f.strings(obj, w, "families", required=False, allowed=ROLE_FAMILIES,
                               what="role family")))
    return tuple(out)


# regions.json: where a posting is, so pay shows only where it applies.
_REGION_FIELDS = ("id", "name", "currency", "markers", "exact")


def _load_regions(root: Path) -> tuple[Region, ...]:
    f, records = _versioned(root, REGIONS_PATH, "regions", _REGION_FIELDS)
    seen: dict[str, str] = {}
    out: list[Region] = []
    for w, obj in records:
        rid = f.ident(obj, w)
        f.unique(seen, rid, f"{w}.id")
        out.append(Region(rid, f.text(obj, w, "name"), f.text(obj, w, "currency", required=False),
                          f.strings(obj, w, "markers", min_len=1, lower=True),
                          f.strings(obj, w, "exact", required=False)))
    return tuple(out)


# countries.json: where a posting's work is and where a resume places its candidate.
_COUNTRY_FIELDS = ("id", "pay_region", "name", "names", "regions", "cities", "people", "zones",
                   "exact")


def _load_countries(root: Path, region_ids: frozenset[str] = frozenset()) -> tuple[Country, ...]:
    f, records = _versioned(root, COUNTRIES_PATH, "countries", _COUNTRY_FIELDS)
    seen: dict[str, str] = {}
    places: dict[str, str] = {}  # a city or name claimed by two countries is a mistake
    out: list[Country] = []
    for w, obj in records:
        cid = f.ident(obj, w)
        f.unique(seen, cid, f"{w}.id")
        names = f.strings(obj, w, "names", min_len=1, lower=True)
        regions = f.strings(obj, w, "regions", required=False, lower=True)
        cities = f.strings(obj, w, "cities", required=False, lower=True)
        for key, values in (("names", names), ("regions", regions), ("cities", cities)):
            for i, value in enumerate(values):
                f.unique(places, value, f"{w}.{key}[{i}]", what="place")
        exact = f.strings(obj, w, "exact", required=False)
        for i, value in enumerate(exact):
            if value.startswith("+") and not value[1:].isdigit():
                raise f.fail(f"{w}.exact[{i}]", f"{value!r}: a telephone code is '+' and digits")
        pay = f.text(obj, w, "pay_region", required=False)
        if pay and region_ids and pay not in region_ids:
            raise f.fail(f"{w}.pay_region", f"{pay!r} is not a region id")
        out.append(Country(cid, f.text(obj, w, "name"), names, regions, cities,
                           f.strings(obj, w, "people", required=False, lower=True),
                           f.strings(obj, w, "zones", required=False, lower=True), exact, pay))
    return tuple(out)
