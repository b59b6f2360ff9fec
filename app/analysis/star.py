"""A STAR draft from one resume line, the way a coach would write it from the resume alone.

- Situation: the role, organisation and dates, plus the problem the line implies ("API
  response latency was higher than it needed to be" from "Reduced API response latency by
  60%"), in the line's own words; what the line does not say stays a visible placeholder.
- Task: the line's purpose when it states one ("to cut...", "so that..."), else a placeholder.
- Action: the steps, in the first person ("I designed and implemented ...").
- Result: the measured outcome the line states ("from X to Y", "by N%", "serving 2M+ ...");
  a placeholder only when the line states none.

Clauses are split at commas, semicolons and dashes outside brackets, so a parenthesis is never
cut in half. Nothing is invented: every word of Situation, Task, Action and Result that is not
a fixed connective comes from the line, the role or a placeholder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.analysis.numbers import metrics_in
from app.analysis.text import sentences
from app.models.report import PLACEHOLDER_PREFIX
from app.models.resume import Bullet

_RESULT_GERUND = (r"resulting in|leading to|(?:which|that) (?:have|has) since|later (?:adopted|used|"
                  r"rolled out|extended)|(?:which|that) (?:led to|resulted in|drove|drives|"
                  r"brought|cut|reduced|increased|improved|raised|boosted|saved|enabled|lifted|"
                  r"doubled|halved)|achieving|improving|increasing|reducing|boosting|cutting|"
                  r"saving|decreasing|lowering|raising|driving|enabling|delivering|yielding|"
                  r"accelerating|doubling|halving|eliminating|speeding up|bringing|shortening|"
                  r"growing|lifting|preventing|ensuring|generating|catching|flagging|avoiding|"
                  r"recovering|earning|winning")
_SCALE_GERUND = r"serving|processing|handling|supporting|used by|reaching|adopted by|catering to"
RESULT_VERBS = re.compile(
    r"(?i)^(reduced|improved|increased|raised|grew|cut|saved|boosted|achieved|doubled|tripled|"
    r"halved|decreased|lowered|accelerated|won|generated|drove|lifted|shortened|eliminated|"
    r"delivered|exceeded|brought|trimmed|slashed|shrank|minimi[sz]ed|maximi[sz]ed|sped up)\b")
_PURPOSE = re.compile(
    r"(?i)(?:,\s*|\s)(so that|in order to|so as to|aiming to|with the goal of|to (?=(?:cut|reduce|"
    r"improve|increase|help|enable|support|allow|make|ensure|automate|speed|detect|predict|"
    r"identify|facilitate|streamline|provide|simplify|prevent|track|connect|meet|acquire|handle|"
    r"serve|give|let|lower|raise|boost|accelerate|find|guide|promote|highlight|recognize|"
    r"recognise|extract|teach|protect|comply|replace|remove|eliminate|standardi[sz]e|unify|"
    r"centrali[sz]e|monitor|measure|evaluate|understand|discover|aid|assist|keep|scale|"
    r"deliver|shorten|free|save)\b))")
_CUT = re.compile(r"(?i)\b(reduc\w*|cut(?:ting)?|lower\w*|decreas\w*|halv\w*|shorten\w*|"
                  r"sav(?:ed|ing)|eliminat\w*)\s+(?:the\s+|our\s+|overall\s+)?(.{3,60}?)"
                  r"\s+(?:by|from|to|in|with|through|via|and|,|$)")
_GROW = re.compile(r"(?i)\b(improv\w*|increas\w*|boost\w*|rais\w*|grew|grow\w*|lift\w*|"
                   r"accelerat\w*|enhanc\w*|doubl\w*|tripl\w*)\s+(?:the\s+|our\s+|overall\s+)?"
                   r"(.{3,60}?)\s+(?:by|from|to|in|with|through|via|and|,|$)")
_IRREGULAR_PAST = frozenset(
    "led built won ran cut grew drove made wrote set sold saved took taught shipped brought "
    "began found held kept spent sent put read gave thought bought fought sought chose "
    "oversaw overcame undertook rebuilt rewrote".split())
_ING = re.compile(r"^([A-Za-z]+)ing\b")
# a result clause that opens with a gerund ("cutting its preparation from 6 hours to 40 minutes")
# reads as a fragment on its own: it becomes a sentence about the action ("This cut ...")
_RESULT_PAST = {
    "resulting in": "resulted in", "leading to": "led to", "achieving": "achieved",
    "improving": "improved", "increasing": "increased", "reducing": "reduced",
    "boosting": "boosted", "cutting": "cut", "saving": "saved", "decreasing": "decreased",
    "lowering": "lowered", "raising": "raised", "driving": "drove", "enabling": "enabled",
    "delivering": "delivered", "yielding": "yielded", "accelerating": "accelerated",
    "doubling": "doubled", "halving": "halved", "eliminating": "eliminated",
    "speeding up": "sped up", "bringing": "brought", "shortening": "shortened",
    "growing": "grew", "lifting": "lifted", "preventing": "prevented", "ensuring": "ensured",
    "generating": "generated"}
_RESULT_OPENING = re.compile(r"(?i)^(" + "|".join(sorted(_RESULT_PAST, key=len, reverse=True))
                             + r")\b\s+(?=\S)")
_CHANGE = re.compile(r"(?i)^\s*from\s+(.{1,40}?)\s+to\s+\S")
_POSSESSIVE_START = re.compile(r"(?i)^(?:its|their|our|my)\s+")
_AUX = re.compile(r"(?i)^(i|we|my|our)\b")


@dataclass(frozen=True)
class Star:
    situation: str
    task: str
    action: str
    result: str


def ph(text: str) -> str:
    """A visible placeholder for a fact the resume does not give."""
    return f"{PLACEHOLDER_PREFIX}{text}]"


def clauses(text: str) -> list[str]:
    """Split at ', ', '; ', ' - ', ' – ' and ' — ' outside brackets (never inside one)."""
    out: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif depth == 0:
            sep = 0
            if ch in ",;" and i + 1 < n and text[i + 1] == " ":
                sep = 2
            elif text.startswith((" - ", " \u2013 ", " \u2014 "), i):
                sep = 3
            if sep:
                out.append(text[start:i])
                start = i + sep
                i += sep
                continue
        i += 1
    out.append(text[start:])
    return [c.strip() for c in out if c.strip()]


def _outside_brackets(text: str, pos: int) -> bool:
    depth = 0
    for ch in text[:pos]:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
    return depth == 0


def _has_metric(text: str) -> bool:
    return bool(metrics_in(Bullet("x", text, "")))


_RESULT_CUE = re.compile(
    r"(?i)(?:,\s*|\s)(?:(?:" + _RESULT_GERUND + r")\b|(?:" + _SCALE_GERUND + r")\s+(?=[\d$]|"
    r"over|more|thousands|millions|hundreds|a\b|an\b))")
_STRONG_CUE = re.compile(r"(?i)(?:,\s*|\s)(?:" + _RESULT_GERUND + r")\b|,\s*(?:" + _SCALE_GERUND
                         + r")\b")


# a clause that states an outcome: a change ("down 38%", "from 9 to 2", "3 days → 6 hours")
_OUTCOME = re.compile(r"(?i)(?:→|->|(?<![\w.])[+−]\d[\d.,]*\s?%|\bfrom\b.{1,40}?\bto\b|\d\s?%?\s+to\s+[$€£]?\d|\b(?:down|fell|rose|dropped|"
                      r"halved|doubled|tripled|increased|improved|reduced|lifted|grew|"
                      r"saved)\b)")


# a clause that states a measure with its value ("AUC 0.78 against 0.69", "customer
# satisfaction 4.9/5", "uptime 99.97%", "p95 latency 180 ms"): a measured result in itself
_MEASURE = re.compile(r"(?i)^(?:[\w-]+\s+){0,2}(?:auc|roc[- ]auc|f1|accuracy|precision|recall|"
                      r"uptime|availability|csat|nps|satisfaction|rating|mape|rmse|mae|wer|cer|"
                      r"bleu|ndcg|map@?\d*|gini|latency|p9\d|error rate|hit rate|win rate|"
                      r"conversion|ctr)(?:\s+(?:score|rate|of|at|now|was|is|reached|hit|on|from)){0,2}"
                      r"\s*[:=]?\s*[$€£]?\d")


_CHANGE_CLAUSE = re.compile(r"(?i)^(?:[\w'’%-]+\s+){1,5}?(?:fell|rose|dropped|grew|halved|doubled|"
                            r"tripled|improved|increased|decreased|declined|climbed|shrank|went "
                            r"(?:up|down|from))\b")


# a clause whose subject is the work just named and whose verb states what it achieved ("it
# reached 98.7% recall", "it caught 96% of the defects", "which cut the bill by $40k")
_PRONOUN_RESULT = re.compile(r"(?i)^(?:it|this|they|these|which)\s+(?:now\s+|then\s+)?(?:reached|"
                             r"caught|cut|reduced|raised|lifted|improved|increased|decreased|"
                             r"saved|halved|doubled|tripled|achieved|hit|scored|flagged|detected|"
                             r"prevented|removed|eliminated|brought|shortened|lowered|beat|"
                             r"outperformed|matched)\b")
# people grown as the outcome ("; one got promoted to SDE II", "; two of them were promoted")
_PEOPLE_RESULT = re.compile(r"(?i)^(?:one|two|three|four|five|both|all|\d+)(?: of them)?\s+(?:got|"
                            r"was|were|has been|have been|became)\s+(?:promoted|a team lead|"
                            r"tech leads?)\b")
# a sentence that sets the scene rather than states the work ("Before this we evaluated by
# hand."): it belongs to the Situation, in its own words
_BEFORE = re.compile(r"(?i)^(?:before (?:this|that|then|it|me)|previously|until then|at the time|"
                     r"back then|originally|at first)\b")


def result_sentence(text: str) -> bool:
    """A sentence that only states an outcome of the work before it ('Chargebacks caught before
    settlement went up 27%', 'Reported numbers dropped 4 points', 'It reached 98.7% recall')."""
    t = text.strip()
    return bool(re.search(r"\d", t)) and (
        _states_change(t) or _MEASURE.match(t) is not None or _PRONOUN_RESULT.match(t) is not None)


def _states_change(text: str) -> bool:
    """A clause whose subject changed ('detections rose 14%'), not one that had changed before
    the work ('conversion had dropped 12%')."""
    return (_CHANGE_CLAUSE.match(text) is not None
            and not re.search(r"(?i)\b(?:had|has|have)\b", " ".join(text.split()[:5])))


def _capital(text: str) -> str:
    """The first letter in capitals, unless the first word is a name or a measure written in
    its own case ("p95 latency", "iOS", "mAP@10")."""
    first = text.split(" ", 1)[0]
    word = first.replace("-", "")
    return text[:1].upper() + text[1:] if word.isalpha() and first.islower() else text


def _result_clauses(text: str) -> tuple[str, str] | None:
    """'Built the demand forecast; MAPE 24% to 17%', 'Automated the suite in Python,
    regression time 3 days → 6 hours': the clauses after the first that state a measured
    outcome are the result (split at ';', or at the last comma before such a clause)."""
    semis = [i for i, ch in enumerate(text) if ch == ";" and _outside_brackets(text, i)]
    # "Deployed it on a Jetson Orin on the drone: 31 fps at 640x640, mAP 0.71": numbers after
    # a colon are what the work reached
    semis += [i for i, ch in enumerate(text) if ch == ":" and i > 15 and _outside_brackets(text, i)
              and (re.match(r"\s*[~$€£]?\d", text[i + 1:]) and _has_metric(text[i + 1:])
                   or _MEASURE.match(text[i + 1:].strip()) is not None)]
    cuts = sorted(semis)
    if not cuts:
        commas = [i for i, ch in enumerate(text) if ch == "," and _outside_brackets(text, i)]
        cuts = [i for i in commas[-1:] if i > 15]
    for i in cuts:
        action, result = text[:i].strip(" ,;"), text[i + 1:].strip(" ,;")
        # after a semicolon, a clause whose subject changed in number ('detections rose 14%')
        # is the result even when the action counts things of its own ('2,400 features')
        stated = (i in semis and _states_change(result)
                  and not (RESULT_VERBS.match(action) and _has_metric(action)))
        measure = i in semis and (_MEASURE.match(result) is not None  # "; AUC 0.78 against 0.69"
                                  or text[i] == ":")  # (a colon's numbers, checked above)
        # "; it reached 98.7% recall", "; line stops fell from 7 in 2024 to 1 in 2025": a
        # stated outcome with its number, even one the metric reader does not count
        said = i in semis and (bool(re.search(r"\d", result)) and (
            stated or _PRONOUN_RESULT.match(result) is not None)
            or _PEOPLE_RESULT.match(result) is not None)
        if (len(action.split()) >= 3 and (measure or said or (
                _has_metric(result) and _OUTCOME.search(result)
                and (stated or not _has_metric(action))))):
            result = re.sub(r"(?i)^(and|which|that) ", "", result)
            return action, _capital(result)
    return None


def split_action_result(text: str) -> tuple[str, str]:
    """The line split into what was done and what it achieved, in its own words (brackets
    kept whole): ('Rebuilt the ranking pipeline in Spark', 'Reducing training time by 35%')."""
    text = " ".join(text.split()).strip()
    parts = sentences(text)
    if len(parts) > 1:
        # a sentence that only states an outcome ('Reported numbers dropped 4 points') is the
        # result, even beside an action that counts things of its own ('~9% of our eval set')
        res = [p for p in parts if result_sentence(p)]
        if not res or len(res) == len(parts) or result_sentence(parts[0]):
            res = [p for p in parts if _has_metric(p) or RESULT_VERBS.match(p)
                   or _RESULT_CUE.search(" " + p)]
        if res and len(res) < len(parts):
            act = [p for p in parts if p not in res]
            return " ".join(act), " ".join(res)
    split = _result_clauses(text)
    if split is not None:
        return split
    cues = list(_STRONG_CUE.finditer(text)) or list(_RESULT_CUE.finditer(text))
    for m in cues:
        if m.start() > 15 and _outside_brackets(text, m.start()):
            action = text[: m.start()].strip(" ,;")
            result = text[m.end() - len(m.group(0).lstrip(" ,")):].strip(" ,;")
            result = re.sub(r"(?i)^(which|that) ", "", result)
            return action, _capital(result)
    if RESULT_VERBS.match(text) and _has_metric(text):
        # "Reduced API latency by 60% through query optimisation": how, then what
        how_m = re.search(r"(?i)\s(through|via|using|with|by(?= [a-z-]+ing\b))\s", text)
        if how_m and how_m.start() > 10 and _outside_brackets(text, how_m.start()):
            how = text[how_m.end():].strip(" .")
            if len(how.split()) >= 2:
                return ("Got there " + how_m.group(1).lower() + " " + how,
                        text[: how_m.start()].strip(" ,;"))
        return "", text  # the line states an outcome; how it was done is missing
    return text, ""


def purpose_of(action: str) -> tuple[str, str]:
    """(the action without its purpose clause, the purpose: 'to cut ...' / 'so that ...')."""
    for m in _PURPOSE.finditer(action):
        if m.start() < 12 or not _outside_brackets(action, m.start()):
            continue
        purpose = action[m.start():].strip(" ,;")
        rest = action[: m.start()].strip(" ,;")
        if len(purpose.split()) >= 3 and len(rest.split()) >= 3:
            return rest, purpose.rstrip(".")
    return action, ""


# verbs a current role's lines open with in the present tense ("Own the pipeline", "Lead a
# pod of 12")
PRESENT_VERBS = frozenset(
    "own lead run build design develop maintain write create train deploy ship review mentor "
    "manage drive define partner work collaborate analyze analyse implement automate monitor "
    "coordinate oversee teach grade rank help handle operate architect plan serve test evaluate "
    "label annotate research prototype integrate optimize optimise migrate report present "
    "document support coach hire onboard guide set improve reduce cut scale tune fine-tune "
    "curate collect clean process model forecast estimate".split())
# "Lead architect on 8 accounts", "Lead iOS developer for a telehealth app": a role, not a verb
_LEAD_ROLE = re.compile(r"(?i)^lead\s+(?:[\w.+#-]+\s+){0,2}?(?:architect|developer|engineer|designer|"
                        r"scientist|analyst|researcher|consultant|author|maintainer|programmer|"
                        r"instructor|contributor|reviewer)s?\b")
# a line that names what the person was rather than did: said with "I was"
_BEING = re.compile(r"(?i)^(?:(?:responsible|accountable) for|part of|in charge of|on[- ]call\b|"
                    r"member of|(?:(?:tech(?:nical)?|team|project|engineering|product|squad|"
                    r"workstream) )?lead(?:er)? (?:for|of|on)\b)")


def first_person(action: str) -> str:
    """'Designed and built X. Led Y' -> 'I designed and built X. I led Y' (a noun phrase or an
    unrecognised start is kept as written after 'My part:')."""
    out = []
    for sentence in sentences(action) or [action]:
        s = sentence.strip()
        if not s:
            continue
        first = s.split()[0].strip(",;:")
        low = first.lower()
        if result_sentence(s):  # "Unplanned downtime fell 30%": an outcome, said as written
            out.append(_capital(s))
        elif _AUX.match(s):
            out.append(s)
        elif low == "got":
            out.append("I " + s[:1].lower() + s[1:])
        elif low.endswith("ed") or low in _IRREGULAR_PAST:
            out.append("I " + low + s[len(first):])
        elif _ING.match(first) and len(low) > 5:
            out.append("I was " + low + s[len(first):])
        elif _LEAD_ROLE.match(s):
            out.append("I was the " + s[:1].lower() + s[1:])  # "Lead developer of the model"
        elif low in PRESENT_VERBS and len(s.split()) > 1:
            out.append("I " + low + s[len(first):])  # "Own the training data pipeline"
        elif _BEING.match(s):
            # "Responsible for X", "Tech lead for 5 engineers", "Member of the X team"
            out.append("I was " + ("" if re.match(r"(?i)(?:responsible|accountable|part|"
                                                  r"in charge|on call|on-call)\b", s) else
                                   "a " if re.match(r"(?i)member\b", s) else "the ")
                       + s[:1].lower() + s[1:])
        elif first.isupper() or any(c.isdigit() for c in first) or ":" in first:
            out.append("My part: " + s)
        else:
            out.append("My part: " + s[:1].lower() + s[1:])
    text = " ".join(p.rstrip(".") + "." for p in out)
    return text


_TROUBLE_VERB = r"(?i)\b(?:traced|investigated|diagnosed|debugged|root-caused|fixed|resolved|found)"
_TROUBLE = (re.compile(_TROUBLE_VERB + r"\s+(a|an|the)\s+(.{3,60}?)\s+(?:to|back to)\s"),
            re.compile(_TROUBLE_VERB + r"\s+(a|an|the)\s+(.{3,50}?)\s*(?:\s(?:caused|that|which|"
                       r"behind|and)\s|,)"))


_TROUBLE_NOUN = re.compile(r"(?i)\b(?:bugs?|issues?|errors?|leaks?|leakage|outages?|incidents?|"
                           r"regressions?|drops?|dips?|spikes?|failures?|defects?|crash\w*|"
                           r"bottlenecks?|problems?|discrepanc\w+|mismatch\w*|drift|skew|"
                           r"slowdowns?|deadlocks?|race conditions?|vulnerabilit\w+|fraud|"
                           r"anomal\w+|complaints?|delays?|backlogs?|gaps?|inconsistenc\w+|"
                           r"degradation|loss\w*|declines?|shortfalls?|breaches?)\b|\d")


def implied_problem(text: str) -> str:
    """The problem a line implies, in its own words: 'reducing API latency by 60%' ->
    'API latency was higher than it needed to be'; 'traced a 9% drop in click-through to...'
    -> 'There was a 9% drop in click-through' ('' when the line implies none)."""
    for pattern in _TROUBLE:
        m = pattern.search(text + " ")
        if m and _outside_brackets(text, m.start()):
            thing = m.group(2).strip(" ,;.")
            # a trouble, not the thing that was changed ("fixed the dedupe key" implies no
            # problem of its own words)
            if 1 <= len(thing.split()) <= 8 and _TROUBLE_NOUN.search(thing):
                return f"There was {m.group(1).lower()} {thing}"
    for pattern, need in ((_CUT, "higher than {it} needed to be"), (_GROW, "")):
        m = pattern.search(text + " ")
        if not m or not _outside_brackets(text, m.start()):
            continue
        thing = _POSSESSIVE_START.sub("the ", m.group(2).strip(" ,;."))
        if not _meaningful_thing(thing):
            continue
        thing = thing[:1].upper() + thing[1:]
        verb, it = ("were", "they") if _plural(thing) else ("was", "it")
        before = _CHANGE.match(text[m.end(2):])
        if before and not re.search(r"(?i)\b(?:by|to)\b", before.group(1)) \
                and re.search(r"[^\W\d_]|%", before.group(1)):  # "45" alone has lost its unit
            # the line states where it started: say that, in its words ("stood at six hours")
            return f"{thing} stood at {before.group(1).strip(' ,;')}"
        return f"{thing} {verb} {need.format(it=it)}" if need else f"{thing} needed to improve"
    return ""


def _plural(thing: str) -> bool:
    last = thing.split()[-1].lower()
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "ness", "ics", "sis"))


def _meaningful_thing(thing: str) -> bool:
    words = thing.split()
    return (1 <= len(words) <= 8 and not re.search(r"\d", thing)
            and words[0].lower() not in {"a", "an", "by", "from", "to", "it", "them", "this"})


def draft_star(text: str, where: str, leads: bool, customer: bool) -> Star:
    """The four STAR parts for one line. `where`: 'As Data Engineer at Acme (2019-2022)' or ''
    ; `leads`: the line says the person led or owned it; `customer`: it is a customer story."""
    scene = [p for p in sentences(text) if _BEFORE.match(p)]
    if scene and len(scene) < len(sentences(text)):
        text = " ".join(p for p in sentences(text) if p not in scene)
    action, result = split_action_result(text)
    action, purpose = purpose_of(action)
    if not purpose and result:
        result_main, purpose_r = purpose_of(result)
        if purpose_r:
            result, purpose = result_main, purpose_r
    problem = implied_problem(text)
    situation = (where + ". ") if where else ph("where and when this happened (role, team, dates)") + " "
    if scene:
        situation += " ".join(p.rstrip(".") + "." for p in scene) + " " + ph(
            "who felt it, and what was at stake")
    elif problem:
        situation += problem + ". " + ph("who felt it, and what was at stake")
    elif customer:
        situation += ph("who the customer was and what hurt")
    else:
        situation += ph("what was wrong or at stake, and for whom")
    if purpose:
        task = "The goal: " + purpose[:1].lower() + purpose[1:] + ". " + ph(
            "what you owned versus the team" if leads else "your part versus the team's")
    else:
        task = ph("what you were accountable for, and how big the team was" if leads
                  else "your specific goal, and your role versus the team's")
    action_text = first_person(action) if action else ph("what you did, step by step, to get this result")
    if result:
        result = re.sub(r"(?i)^(have|has) since (\w+)", r"Since then, they have \2", result)
        opening = _RESULT_OPENING.match(result)
        if opening:
            result = "This " + _RESULT_PAST[opening.group(1).lower()] + " " + result[opening.end():]
        result_text = result.rstrip(".") + "."
    else:
        result_text = ph("the measurable result: the metric before and after")
    return Star(situation.strip(), task, action_text, result_text)
