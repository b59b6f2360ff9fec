"""An English reading of a posting's requirement lines written in another language, for the
analysis only (Qt-free).

The analysis reads requirements in English words: "3+ years of", "master's degree", "experience
with", "in production", "machine learning". A posting from Hamar, Sousse or Santiago asks the
same in its own language ("Minst 5 års relevant erfaring med prognoser", "Au moins 5 ans
d'expérience en vision par ordinateur", "Experiencia con modelos en producción"), and without a
reading in those words every such line would be "not met". `english_reading` gives each such
line an English reading, phrase by phrase, keeping its id: the verdicts are worked out on the
reading, and the kit shows the posting's own words. Words the glossary does not know stay as
they are (names of tools and places read the same in any language).

The glossary covers the words requirement lines are made of in Norwegian, Swedish, Danish,
French, German, Dutch, Czech and Slovak (a few of its phrases in other languages help where those lines mix
them); it is not a translator, and a line it cannot read stays for the user to judge, as before.
Spanish, Portuguese and Italian lines keep the analysis's own handling of their words.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from app.analysis.text import clip
from app.models.resume import JobDescription, Requirement
from app.reading.posting_text import parse_years

_N = r"(\d{1,2}(?:[.,]\d)?)\s*\+?\s*"  # a number of years ("5", "3+", "2,5")
# (pattern, English), tried in order on each line; case is ignored
_GLOSSARY: tuple[tuple[str, str], ...] = (
    # years: "5 års", "5 ans", "5 años", "5 Jahre", "5 anos", "5 anni", "5 jaar", "3-5 år"
    (_N + r"(?:[-–]\s*\d{1,2}\s*)?(?:års?|år|ans|años|anos|anni|jahren?|jaar|lat|roky|roků|let|"
     r"rokov)\b", r"\1 years"),
    (r"\b(?:minst|minimum|au moins|al menos|como m[ií]nimo|mindestens|pelo menos|almeno|"
     r"ten minste|minstens|minimálně|minimálne|alespoň)\b", "at least"),
    # Czech and Slovak ("VŠ vzdělání technického směru", "praxe s vývojem ML modelů v Pythonu",
    # "Zkušenost s nasazením vlastních modelů do produkce", "angličtina na úrovni B2")
    (r"\b(?:VŠ|vysokoškolské|univerzitní)\s+(?:vzdělání|vzdelanie)\b", "a university degree"),
    (r"\btechnického směru\b|\btechnického zamerania\b", "in a technical field"),
    (r"\bnebo podobně\b|\balebo podobne\b", "or similar"),
    (r"\b(?:praxe|praxi|praxou)\s+s\s+vývojem\b", "experience developing"),
    (r"\b(?:zkušenost|zkušenosti|skúsenosť|skúsenosti)\s+s\s+nasazením\b",
     "experience deploying"),
    (r"\b(?:zkušenost|zkušenosti|skúsenosť|skúsenosti)\s+(?:s|se)\b", "experience with"),
    (r"\b(?:praxe|praxi)\b", "experience"), (r"\bvlastních\b", "own"),
    (r"\bmodelů\b|\bmodely\b|\bmodelov\b", "models"), (r"\bdo produkce\b", "to production"),
    (r"\bv Pythonu\b", "in Python"),
    (r"\b(?:dobrá|výborná|velmi dobrá|dobrá)\s+znalost\b|\bznalost\b|\bznalosť\b", "knowledge of"),
    (r"\bdaty z dopravy\b", "transport data"), (r"\bjízdní řády\b", "timetables"),
    (r"\bpredikce časových řad\b", "time series forecasting"),
    (r"\binformačních systémů pro cestující\b", "passenger information systems"),
    (r"\bkomunikativní\b", "conversational"), (r"\bna úrovni\b", "at level"),
    (r"\bčeština\b|\bčeštinu\b", "Czech"), (r"\bslovenština\b|\bslovenčina\b", "Slovak"),
    (r"\bangličtina\b|\bangličtinu\b|\bangličtina\b", "English"),
    (r"\binformatika\b", "computer science"), (r"\bmatematika\b", "mathematics"),
    (r"\bdoprava\b", "transport"), (r"\b(?:nebo|alebo)\b", "or"),
    # German: a completed degree in the fields it names ("Abgeschlossenes Studium der Physik"),
    # a doctorate, publications, the suspended hyphen of "Radar-, Satelliten- oder NWP-Daten"
    # "Abgeschlossenes Studium (Master oder Promotion) in ...": the degrees in the brackets
    (r"\b(?:ein\s+)?abgeschlossenes?\s+(?:hochschul|universitäts)?studium\s*\(([^()]*)\)", r"\1"),
    (r"\b(?:ein\s+)?abgeschlossenes?\s+(?:hochschul|universitäts)?studium(?:\s+(?:der|in|im bereich(?: der)?))?\b",
     "a completed degree in"),
    (r"\b(?:hochschul|universitäts)?studium\s+(?:der|in|im bereich(?: der)?)\b", "a degree in"),
    (r"\boder\s+(?:eine?\s+)?vergleichbare\s+(?:ausbildung|qualifikation)\b", "or equivalent"),
    (r"\b(?:wissenschaftliche\s+)?(?:publikationen|veröffentlichungen)\b", "publications"),
    (r"(\w)-,\s+", r"\1, "), (r"(\w)-\s+(oder|und)\b", r"\1 \2"),
    (r"\b(\w+)-daten\b", r"\1 data"), (r"\bdaten\b", "data"), (r"\bsatelliten\b", "satellite"),
    (r"\bmeteorologie\b", "meteorology"), (r"\bprobabilistisch\w*\b", "probabilistic"),
    (r"\bräumlich-zeitlich\w*\b", "spatio-temporal"), (r"\bverifikation\b", "verification"),
    (r"\bderen\b", "their"), (r"\bfür\b", "for"), (r"\bz\.\s?b\.", "e.g."),
    (r"\b(?:erfahrung damit,?\s+)?(?:ml-)?modelle\s+in\s+(?:den\s+)?(?:produktiven betrieb|produktion)\s+"
     r"(?:zu\s+)?bringen\b", "experience deploying models to production"),
    (r"\bin der entwicklung von\b", "developing"), (r"\b(?:ml-)?modellen\b", "models"),
    (r"\bkund(?::innen|\*innen|innen|en)\b", "customers"), (r"\bprojekte\b", "projects"),
    (r"\benergiewirtschaft\b", "the energy industry"), (r"\bmobilität\b", "mobility"),
    (r"\b(?:erfahrung mit\s+)?deployment\s+auf\s+embedded-?\s?hardware\b",
     "experience deploying models on embedded hardware"),
    (r"\baus\b", "from"), (r"\bsowie\b", "and"), (r"\bauf\b", "on"),
    (r"\bembedded-hardware\b", "embedded hardware"), (r"\bsind von vorteil\b", "are a plus"),
    # Dutch: "Je hebt een masterdiploma ...", "deep-learningmodellen voor computervisie getraind"
    (r"\bje\s+(?:hebt|bent)\s+(?:al\s+)?", ""), (r"\bdoctoraat\b", "PhD"),
    (r"\bingenieurswetenschappen\b", "engineering"), (r"\bcomputerwetenschappen\b",
                                                        "computer science"),
    (r"\belektrotechniek\b", "electrical engineering"), (r"\bwiskunde\b", "mathematics"),
    (r"\b(?:of|or)\s+een\s+gelijkwaardig\w*(?:\s+diploma)?\b", "or equivalent"),
    (r"\b(\w+)-?learningmodellen\b", r"\1 learning models"), (r"\bcomputervisie\b", "computer vision"),
    (r"\bgetraind\b", "trained"), (r"\bin je thesis\b", "in your thesis"),
    (r"\been stage\b", "an internship"), (r"\been job\b", "a job"),
    (r"\bmodeloptimalisatie\b", "model optimization"), (r"\bquantisatie\b", "quantization"),
    (r"\brobotica\b", "robotics"), (r"\bvertrouwd met\b", "familiar with"),
    (r"\btesten in het veld\b", "field testing"), (r"\bin de industrie\b", "in industry"),
    (r"\b(?:je\s+)?spreekt (?:en|and) schrijft\b", "speak and write"), (r"\bvlot\b", "fluent"),
    (r"\bengels\b", "English"), (r"\bnederlands\b", "Dutch"),
    (r"\bis een plus\b", "is a plus"),
    # degrees
    (r"\b(?:mastergrad|masterdiploma|masterexamen|mastere?examen|kandidatgrad|mastère|m[áa]ster|maestr[ií]a|"
     r"mestrado|laurea magistrale|masterabschluss|masterstudium)\b", "master's degree"),
    (r"\b(?:bachelorgrad|bachelordiploma|bachelorexamen|kandidatexamen|licence|licenciatura|grado|bacharelado|"
     r"laurea triennale|bachelorabschluss)\b", "bachelor's degree"),
    (r"\b(?:doktorgrad|doktorsexamen|ph\.d\.-grad|doctorat|doctorado|doutorado|promotion|"
     r"dottorato)\b", "PhD"),
    (r"\b(?:eller tilsvarende|eller motsvarande|ou équivalent|o equivalente|ou equivalente|"
     r"oder vergleichbar\w*|of gelijkwaardig)\b", "or equivalent"),
    # "5 ans d'expérience, dont 3 ans en ...": the second years are part of the first
    (r"\b(?:dont|hvorav|varav|hvoraf)\b", "of which"),
    (r"\b(?:appliquée?s? à|anvendt på|tillämpad på)\b", "applied to"),
    (r"\bl['’]industrie\b", "industry"),
    # experience
    (r"\bd['’](?=expérience)", ""),
    (r"\b(?:relevant erfaring|relevant erfarenhet|expérience pertinente|experiencia relevante|"
     r"experiência relevante|einschlägige erfahrung|relevante Berufserfahrung)\b",
     "relevant experience"),
    (r"\b(?:erfaring|erfarenhet|expérience(?: professionnelle)?|experiencia(?: profesional)?|"
     r"experiência(?: profissional)?|berufserfahrung|erfahrung|esperienza(?: professionale)?|"
     r"ervaring|werkervaring)\b", "experience"),
    (r"\bexperience (?:med|av|fra|i|en|dans|avec|con|com|em|mit|in|nel|nella|met)\b",
     "experience with"),
    (r"\b(?:kjennskap til|kännedom om|kendskab til|connaissance(?:s)? (?:de|des|du|en)|"
     r"conocimiento(?:s)? (?:de|en)|conhecimento(?:s)? (?:de|em)|kenntnisse (?:in|von|im)|"
     r"conoscenza (?:di|del|della)|kennis van)\b", "knowledge of"),
    (r"\b(?:gode ferdigheter i|goda kunskaper i|gode kundskaber i|maîtrise (?:de|du|des)|"
     r"dominio de|domínio de|sehr gute kenntnisse in|padronanza di)\b", "strong skills in"),
    # the work
    (r"\b(?:sette|sätta|sætte)\s+(\w+)\s+i\s+(?:produksjon|produktion)\b", r"deploying \1 to production"),
    (r"\b(?:i produksjon|i produktion|en production|en producción|em produção|in produktion|"
     r"in produzione|in productie)\b", "in production"),
    (r"\b(?:mise en production|puesta en producción|deploy em produção)\b", "deployment to production"),
    (r"\b(?:déploiement|despliegue|implantação|bereitstellung)\b", "deployment"),
    (r"\b(?:maskinlæring|maskininlärning|apprentissage automatique|aprendizaje automático|"
     r"aprendizado de máquina|aprendizagem automática|maschinelles lernen|apprendimento automatico)\b",
     "machine learning"),
    (r"\b(?:apprentissage profond|aprendizaje profundo|aprendizado profundo|dyp læring)\b",
     "deep learning"),
    (r"\b(?:vision par ordinateur|visión (?:por|artificial|computacional)(?: computador(?:a)?)?|"
     r"visão computacional|maskinsyn|datorseende|computer vision)\b", "computer vision"),
    (r"\b(?:prognosemodeller|prognosmodeller)\b", "forecasting models"),
    (r"\b(?:prognoser|prévisions?|pronósticos?|previsões|prognosen|previsioni)\b",
     "forecasting"),
    (r"\b(?:tidsserier|séries temporelles|series temporales|séries temporais|zeitreihen|"
     r"serie temporali|tijdreeksen)\b", "time series"),
    (r"\b(?:modeller|modèles|modelos|modelle|modelli)\b", "models"),
    (r"\b(?:datavitenskap|datavetenskap|science des données|ciencia de datos|ciência de dados|"
     r"datenwissenschaft)\b", "data science"),
    (r"\b(?:systèmes embarqués|cibles embarquées|sistemas embebidos|sistemas embarcados|"
     r"eingebettete systeme)\b", "embedded systems"),
    # fields of study
    (r"\b(?:statistikk|statistik|statistique|estadística|estatística|statistica)\b", "statistics"),
    (r"\b(?:matematikk|matematik|mathématiques|matemáticas?|mathematik|matematica)\b", "mathematics"),
    (r"\b(?:informatikk|datateknikk|informatique|informática|informatik|informatica)\b",
     "computer science"),
    (r"\b(?:fysikk|fysik|physique|física|physik|fisica)\b", "physics"),
    (r"\b(?:génie électrique|ingeniería eléctrica|engenharia elétrica|elektrotechnik)\b",
     "electrical engineering"),
    (r"\b(?:électronique|electrónica|eletrônica|elektronikk|elektronik)\b", "electronics"),
    # languages and how well: "Français et anglais courants" is "fluent French and English"
    (r"\b(français|anglais|allemand|espagnol|arabe|italien)\s+(?:et|and)\s+(français|anglais|allemand|"
     r"espagnol|arabe|italien)\s+(?:courants?|courantes?)\b", r"fluent \1 and \2"),
    # languages and how well
    (r"\bnorsk\b", "Norwegian"), (r"\bsvenska?\b", "Swedish"), (r"\bdansk\b", "Danish"),
    (r"\bfrançais\b", "French"), (r"\banglais\b|\binglés\b|\binglês\b|\benglisch\b|\bengelsk\b",
                                  "English"),
    (r"\ballemand\b|\balemán\b|\bdeutsch\b", "German"), (r"\bespagnol\b|\bespañol\b", "Spanish"),
    (r"\barabe\b", "Arabic"), (r"\bitalien\b", "Italian"),
    (r"\b(?:flytende|flytande|flydende|courants?|courante|fluide|fluido|fluente|fließend)\b",
     "fluent"),
    (r"\b(English|French|German|Spanish|Arabic|Italian|Norwegian|Swedish|Danish)\s+fluent\b",
     r"fluent \1"),  # "Anglais courant": "fluent English", as an English line says it
    (r"\b(?:muntlig og skriftlig|muntligt och skriftligt|mundtligt og skriftligt|"
     r"à l'écrit et à l'oral|oral y escrito|oral e escrito|in wort und schrift)\b",
     "spoken and written"),
    # joining words, last: only once the phrases above have taken theirs
    (r"\b(?:eller|ou|oder|o)\b", "or"), (r"\b(?:og|och|und)\b", "and"),
    (r"(?<![\w'’])(?:i|en|dans|em|im)\b(?=\s+\w)", "in"), (r"\b(?:med|avec|con|com|mit)\b", "with"),
    (r"(?<!\w)å\s+", ""),
)
_RULES = tuple((re.compile(p, re.IGNORECASE), to) for p, to in _GLOSSARY)
# Czech and Slovak words of requirement lines (they mark a line to read, and a Czech one)
_CZECH_WORDS = (r"zkušenost\w*|skúsenos\w*|praxe|znalost\w*|vzdělání|minimálně|nebo|alebo|čeština|"
                r"angličtina|predikce")
# a line is read only when it holds Norwegian, Swedish, Danish, French, German, Dutch or Czech words:
# Spanish, Portuguese and Italian lines are read by the analysis's own words for them (degree
# titles, language levels, 'años'), which a word-by-word reading would undo; German language
# lines ('Sehr gute Deutschkenntnisse') hold none of the words below and keep their own reading
_FOREIGN = re.compile(
    r"(?i)\b(?:års?|år|ans|erfaring|erfarenhet|expérience|mastergrad|masterexamen|mastère|"
    r"kjennskap|kännedom|kendskab|connaissances?|ferdigheter|kunskaper|kundskaber|maîtrise|"
    r"produksjon|produktion|maskinlæring|maskininlärning|apprentissage|eller|minst|au moins|"
    r"tilsvarende|motsvarande|équivalent|statistikk|informatikk|matematikk|fysikk|norsk|svenska|"
    r"dansk|français|anglais|"
    # German and Dutch: words no English line uses
    r"erfahrung|berufserfahrung|kenntnisse|studium|abgeschlossen\w*|promotion|oder|sowie|"
    r"hebt|ervaring|vertrouwd|masterdiploma|gelijkwaardig\w*|een|für|daten|"
    # Czech and Slovak
    + _CZECH_WORDS + r")\b")


# French words no Nordic line uses: where they are, "et" is "and" (in Norwegian it is "a")
_FRENCH = re.compile(r"(?i)\b(?:avec|des|du|les|dans|pour|une|maîtrise|connaissances?|"
                     r"expérience|français|anglais|courants?)\b")


# Czech and Slovak words no other language read here uses
_CZECH = re.compile(r"(?i)\b(?:" + _CZECH_WORDS + r"|slovenština)\b")
# Dutch words no other language read here uses
_DUTCH = re.compile(r"(?i)\b(?:een|hebt|ervaring|vertrouwd|jij|bent|gelijkwaardig\w*|het)\b")


def gloss(text: str) -> str:
    """The English reading of one requirement line ('' when it holds no words to read)."""
    if not _FOREIGN.search(text or ""):
        return ""
    out = text
    if _CZECH.search(out):  # "a" is "and" in a Czech or Slovak line
        out = re.sub(r"\ba\b", "and", out)
    if _DUTCH.search(out):  # "of" is "or" and "en" is "and" in a Dutch line
        out = re.sub(r"\bof\b", "or", out)
        out = re.sub(r"\ben\b", "and", out)
        out = re.sub(r"\bmet\b", "with", out)
        out = re.sub(r"\bvoor\b", "for", out)
    if _FRENCH.search(out):
        out = re.sub(r"\bet(?: de)?\b", "and", out)
    for rule, to in _RULES:
        out = rule.sub(to, out)
    if _DUTCH.search(text):
        out = re.sub(r"(?i)\been\b", "a", out)

    return re.sub(r"\s{2,}", " ", out).strip()


def english_reading(job: JobDescription, find: Callable[[str], list[str]]) -> JobDescription:
    """The posting with each requirement written in another language read in English words
    (same id, kind and skills, plus the skills and years its reading names); the posting
    itself when none is."""
    changed = False
    reqs: list[Requirement] = []
    for r in job.requirements:
        reading = gloss(r.text)
        if not reading or reading == r.text:
            reqs.append(r)
            continue
        changed = True
        skills = tuple(dict.fromkeys([*r.skills, *find(reading)]))
        years = r.years if r.years is not None else parse_years(reading)
        reqs.append(Requirement(r.id, reading, r.kind, skills, years))
    return dataclasses.replace(job, requirements=tuple(reqs)) if changed else job


def posting_words(sentence: str, reading: JobDescription, job: JobDescription) -> str:
    """A sentence quoting requirement lines by their English reading ('the gap to prepare for
    is 'experience deploying own models ...'') quoting the posting's own words instead."""
    for read, own in zip(reading.requirements, job.requirements, strict=False):
        if read.text != own.text:
            for n in (80, 70, 60):
                sentence = sentence.replace(f"'{clip(read.text, n)}'", f"'{clip(own.text, n)}'")
    return sentence
