"""Resumes written in other languages and scripts: headings in German, French, Spanish,
Portuguese, Italian, Dutch, Hebrew, Arabic, Chinese and Japanese; right-to-left PDFs (laid
out right to left, and drawn in visual order); CJK text wrapped without spaces; names in
any script. Every file is built by the test (invented candidates) and read back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.reading.cleanup import (
    clean_chars,
    join_lines,
    reverse_rtl_runs,
    rtl_reversed,
    strip_bullet,
)
from app.reading.resume import read_resume
from app.reading.structure import is_dateish, section_kind, split_dates

FONTS = Path(__file__).resolve().parents[2] / "app" / "resources" / "fonts"
DEJAVU = FONTS / "DejaVuSans.ttf"

# language: (headings experience/education/skills, role line, dates, three bullets)
LANGS: dict[str, tuple[tuple[str, str, str], str, str, list[str]]] = {
    "german": (
        ("Berufserfahrung", "Ausbildung", "Kenntnisse"),
        "Machine Learning Engineer, Müller Datentechnik GmbH, März 2020 - heute",
        "März 2020 - heute",
        [
            "Entwicklung eines Empfehlungssystems mit PyTorch für 3 Millionen Nutzer",
            "Senkung der Inferenzkosten um 35 % durch Modelldestillation",
            "Betreuung von 2 Werkstudenten bei der Modellbewertung",
        ],
    ),
    "french": (
        ("Expérience professionnelle", "Formation", "Compétences"),
        "Ingénieure en apprentissage automatique, Société Lumière, janvier 2019 - aujourd'hui",
        "janvier 2019 - aujourd'hui",
        [
            "Conception d'un modèle de recommandation avec PyTorch pour 2 millions d'utilisateurs",
            "Réduction de 30 % du coût d'entraînement grâce à la quantification",
            "Encadrement de 3 stagiaires sur l'évaluation des modèles",
        ],
    ),
    "spanish": (
        ("Experiencia laboral", "Educación", "Habilidades"),
        "Ingeniera de aprendizaje automático, Datos del Sur, enero de 2019 - actualidad",
        "enero de 2019 - actualidad",
        [
            "Desarrollé un modelo de detección de fraude con PyTorch para 5 millones de pagos",
            "Reduje el coste de entrenamiento un 40 % con instancias spot",
            "Dirigí a un equipo de 4 ingenieros en la migración a Kubernetes",
        ],
    ),
    "portuguese": (
        ("Experiência profissional", "Formação acadêmica", "Competências"),
        "Engenheira de aprendizado de máquina, Dados Brasil, 2018 - atual",
        "2018 - atual",
        [
            "Construí um modelo de previsão de demanda com PyTorch para 900 lojas",
            "Reduzi o tempo de inferência em 60 % com destilação de modelos",
            "Orientei 2 estagiários na avaliação de modelos de linguagem",
        ],
    ),
    "italian": (
        ("Esperienza lavorativa", "Istruzione", "Competenze"),
        "Ingegnere di machine learning, Dati Italia, 2017 - presente",
        "2017 - presente",
        [
            "Sviluppato un sistema di raccomandazione con PyTorch per 1 milione di utenti",
            "Ridotto del 25 % il costo di addestramento con la quantizzazione",
            "Coordinato 3 ingegneri junior nella valutazione dei modelli",
        ],
    ),
    "dutch": (
        ("Werkervaring", "Opleiding", "Vaardigheden"),
        "Machine learning engineer, Polder Data BV, 2019 - heden",
        "2019 - heden",
        [
            "Bouwde een aanbevelingsmodel in PyTorch voor 2 miljoen gebruikers",
            "Verlaagde de inferentiekosten met 30 % door kwantisatie",
            "Begeleidde 2 stagiairs bij het evalueren van modellen",
        ],
    ),
    "hebrew": (
        ("ניסיון תעסוקתי", "השכלה", "כישורים"),
        'מהנדסת למידת מכונה, דאטה-טק בע"מ, 2020 - היום',
        "2020 - היום",
        [
            "פיתחתי מודל דירוג ב-PyTorch שמשרת 4 מיליון משתמשים",
            "הנחיתי 2 מהנדסים צעירים בבדיקת מודלים",
            "הורדתי את עלות האימון ב-30% בעזרת קוונטיזציה",
        ],
    ),
    "arabic": (
        ("الخبرة العملية", "التعليم", "المهارات"),
        "مهندسة تعلم آلي، شركة النخبة للبيانات، 2019 - حتى الآن",
        "2019 - حتى الآن",
        [
            "بناء نموذج للكشف عن الاحتيال باستخدام PyTorch يخدم 2 مليون طلب يوميا",
            "خفض تكلفة التدريب بنسبة 30% باستخدام Spark",
            "تدريب 3 مهندسين جدد على تقييم النماذج",
        ],
    ),
    "chinese": (
        ("工作经历", "教育背景", "技能"),
        "机器学习工程师，星辰科技，2019 - 至今",
        "2019 - 至今",
        [
            "使用 PyTorch 构建推荐模型，服务 500 万日活用户",
            "将模型推理延迟从 120 毫秒降低到 45 毫秒",
            "指导 3 名初级工程师完成模型评估",
        ],
    ),
    "japanese": (
        ("職務経歴", "学歴", "スキル"),
        "機械学習エンジニア、株式会社サクラデータ、2020年4月 - 現在",
        "2020年4月 - 現在",
        [
            "PyTorch を用いた需要予測モデルを開発し、欠品を 18% 削減",
            "A/B テスト基盤を設計し、12 チームが利用",
            "新人エンジニア 2 名の育成を担当",
        ],
    ),
}
NAMES = {
    "german": "Anna Schäfer",
    "french": "Claire Dubois",
    "spanish": "Lucía Fernández",
    "portuguese": "João Silva",
    "italian": "Giulia Rossi",
    "dutch": "Sanne de Vries",
    "hebrew": "נועה כהן",
    "arabic": "ليلى حسن",
    "chinese": "张伟",
    "japanese": "山田 花子",
}
EDUCATION = "M.Sc. 2019"
SKILLS = "Python, PyTorch, Spark, SQL"


def _text(lang: str, glyph: str = "- ") -> str:
    (exp, edu, skills), role, _dates, bullets = LANGS[lang]
    items = "\n".join(glyph + b for b in bullets)
    return (
        f"{NAMES[lang]}\ncandidate@example.com | +49 30 1234567\n\n{exp}\n{role}\n{items}\n\n"
        f"{edu}\n{EDUCATION}\n\n{skills}\n{SKILLS}\n"
    )


def _docx(path: Path, lang: str) -> Path:
    import docx

    (exp, edu, skills), role, _dates, bullets = LANGS[lang]
    d = docx.Document()
    d.add_paragraph(NAMES[lang])
    d.add_paragraph("candidate@example.com")
    d.add_heading(exp, level=1)
    d.add_paragraph(role)
    for b in bullets:
        d.add_paragraph(b, style="List Bullet")
    d.add_heading(edu, level=1)
    d.add_paragraph(EDUCATION)
    d.add_heading(skills, level=1)
    d.add_paragraph(SKILLS)
    d.save(str(path))
    return path


def _story_pdf(
    path: Path, lang: str, rtl: bool = False, width: float = 495, bullets: list[str] | None = None
) -> Path:
    """A PDF laid out by MuPDF's HTML engine (shaping, bidi, CJK fallback font)."""
    import html

    import pymupdf

    (exp, edu, skills), role, _dates, default = LANGS[lang]
    bullets = bullets or default
    items = "".join(f"<li>{html.escape(b)}</li>" for b in bullets)
    body = (
        f"<p><b>{NAMES[lang]}</b></p><p>candidate@example.com</p><h2>{exp}</h2>"
        f"<p><b>{html.escape(role)}</b></p><ul>{items}</ul><h2>{edu}</h2><p>{EDUCATION}</p>"
        f"<h2>{skills}</h2><p>{SKILLS}</p>"
    )
    css = (
        "@font-face {font-family: dv; src: url(DejaVuSans.ttf);}"
        "* {font-family: dv; font-size: 10pt;} h2 {font-size: 13pt; font-weight: bold;}"
    )
    story = pymupdf.Story(
        html=f'<body{" dir=rtl" if rtl else ""}>{body}</body>',
        user_css=css,
        archive=pymupdf.Archive(str(FONTS)),
    )
    writer = pymupdf.DocumentWriter(str(path))
    more = 1
    while more:
        dev = writer.begin_page(pymupdf.paper_rect("a4"))
        more, _ = story.place(pymupdf.Rect(50, 50, 50 + width, 790))
        story.draw(dev)
        writer.end_page()
    writer.close()
    return path


def _visual_order_pdf(path: Path, text: str) -> Path:
    """Hebrew/Arabic drawn left to right in logical order, as some generators do; PyMuPDF
    then reads every right-to-left run backwards."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    y = 60.0
    for line in text.splitlines():
        page.insert_text((50, y), line, fontsize=10, fontname="dv", fontfile=str(DEJAVU))
        y += 14
    doc.save(str(path))
    doc.close()
    return path


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _check(resume, lang: str, exact: bool = True) -> None:
    (exp, edu, skills), _role, dates, bullets = LANGS[lang]
    kinds = {s.title: s.kind for s in resume.sections}
    assert kinds.get(exp) == "experience", kinds
    assert kinds.get(edu) == "education", kinds
    assert kinds.get(skills) == "skills", kinds
    got = [b.text for b in resume.bullets]
    if exact:
        assert got == bullets
    else:  # PDF text: word spaces around embedded numbers/Latin words may differ
        assert [_squash(t) for t in got] == [_squash(b) for b in bullets], got
    assert all(b.section == exp and b.role == 0 for b in resume.bullets)
    assert [r.dates for r in resume.roles] == [dates]
    assert resume.name == NAMES[lang]
    assert "PyTorch" in resume.skills


@pytest.mark.parametrize("lang", list(LANGS))
def test_txt_resume_in_another_language_is_read(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(_text(lang, "・" if lang == "japanese" else "- "), encoding="utf-8")
    _check(read_resume(path), lang)


@pytest.mark.parametrize("lang", list(LANGS))
def test_docx_resume_in_another_language_is_read(tmp_path: Path, lang: str) -> None:
    _check(read_resume(_docx(tmp_path / "cv.docx", lang)), lang)


@pytest.mark.parametrize("lang", ["german", "french", "spanish", "portuguese", "italian", "dutch"])
def test_pdf_resume_in_a_latin_script_language_is_read(tmp_path: Path, lang: str) -> None:
    _check(read_resume(_story_pdf(tmp_path / "cv.pdf", lang)), lang)


@pytest.mark.parametrize("lang", ["hebrew", "arabic"])
def test_right_to_left_pdf_reads_bullets_in_logical_order(tmp_path: Path, lang: str) -> None:
    resume = read_resume(_story_pdf(tmp_path / "cv.pdf", lang, rtl=True))
    _check(resume, lang, exact=False)
    # the bullet starts with the sentence's first word, not with the end of the line
    for got, want in zip(resume.bullets, LANGS[lang][3], strict=True):
        assert got.text.split()[0] == want.split()[0]
        assert got.page == 1 and got.bbox is not None


@pytest.mark.parametrize("lang", ["hebrew", "arabic"])
def test_visual_order_rtl_pdf_is_turned_back(tmp_path: Path, lang: str) -> None:
    source = _text(lang)
    resume = read_resume(_visual_order_pdf(tmp_path / "cv.pdf", source))
    _check(resume, lang, exact=False)


@pytest.mark.parametrize("lang", ["hebrew", "arabic"])
def test_rtl_pdf_in_an_unknown_layout_never_loses_bullets(tmp_path: Path, lang: str) -> None:
    """Right-to-left text with bullets but no heading we know: bullets are still read."""
    _heads, role, _dates, bullets = LANGS[lang]
    source = f"{NAMES[lang]}\n{role}\n" + "\n".join("- " + b for b in bullets) + "\n"
    for path in (
        _visual_order_pdf(tmp_path / "visual.pdf", source),
        tmp_path / "plain.txt",
    ):
        if path.suffix == ".txt":
            path.write_text(source, encoding="utf-8")
        resume = read_resume(path)
        assert [_squash(b.text) for b in resume.bullets] == [_squash(b) for b in bullets]


@pytest.mark.parametrize("lang", ["chinese", "japanese"])
def test_cjk_pdf_joins_wrapped_lines_without_spaces(tmp_path: Path, lang: str) -> None:
    """A narrow column wraps the long bullet; the joined text has no space inside CJK runs."""
    long_bullet = {
        "chinese": "负责推荐系统模型的训练、评估与上线，并搭建模型监控体系以跟踪数据漂移与线上指标的变化",
        "japanese": "需要予測モデルを開発し、全社の在庫最適化プロジェクトを主導して欠品を大幅に削減しました",
    }[lang]
    bullets = [long_bullet, *LANGS[lang][3][1:]]
    path = _story_pdf(tmp_path / "cv.pdf", lang, width=200, bullets=bullets)
    import pymupdf

    with pymupdf.open(str(path)) as doc:
        page_text = doc[0].get_text()
    if long_bullet[:4] not in page_text:
        pytest.skip("this PyMuPDF build has no CJK fallback font")
    assert long_bullet not in page_text  # the column is narrow: the bullet wraps
    resume = read_resume(path)
    assert [b.text for b in resume.bullets] == bullets  # joined back, no spaces added
    assert resume.roles[0].dates == LANGS[lang][2]


# ---------------------------------------------------------------- structure fallbacks

SWEDISH = """Erik Lindqvist
erik@example.se | Stockholm

ARBETSLIVSERFARENHET
Maskininlärningsingenjör, Nordlys AB, 2019 - 2024
- Byggde en rekommendationsmodell i PyTorch för 2 miljoner användare
- Minskade inferenskostnaden med 40 procent genom kvantisering

UTBILDNING
Civilingenjör, KTH, 2018

ÖVRIGT
- Körkort B
- Svenska och engelska
"""


def test_unknown_headings_with_dated_entries_are_read_as_experience(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(SWEDISH, encoding="utf-8")
    resume = read_resume(path)
    kinds = {s.title: s.kind for s in resume.sections}
    assert kinds["ARBETSLIVSERFARENHET"] == "experience"
    assert [b.text for b in resume.bullets] == [
        "Byggde en rekommendationsmodell i PyTorch för 2 miljoner användare",
        "Minskade inferenskostnaden med 40 procent genom kvantisering",
    ]  # 'Körkort B' (a short list item without dates) is not an achievement
    assert resume.roles[0].dates == "2019 - 2024"


def test_document_without_any_heading_still_yields_its_bullets(tmp_path: Path) -> None:
    text = "\n".join(SWEDISH.splitlines()[:2] + SWEDISH.splitlines()[4:7]) + "\n"
    path = tmp_path / "cv.txt"
    path.write_text(text, encoding="utf-8")
    resume = read_resume(path)
    assert len(resume.bullets) == 2
    assert resume.roles[0].dates == "2019 - 2024"
    assert resume.name == "Erik Lindqvist"


def test_known_non_bullet_sections_stay_unread(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(
        "Jordan Rivera\njordan@example.com\n\nExperience\nML Engineer, Acme Corp, 2020 - Present\n"
        "- Built a ranking model in PyTorch serving 3M users\n"
        "- Cut GPU cost by 30% with mixed precision\n\n"
        "Awards\n- Best Paper Award at the KDD conference in 2021\n- Dean's List for six terms\n",
        encoding="utf-8",
    )
    resume = read_resume(path)
    assert len(resume.bullets) == 2 and {b.section for b in resume.bullets} == {"Experience"}


# ---------------------------------------------------------------- names

@pytest.mark.parametrize(
    "first, second",
    [
        ("山田 花子", "Python, PyTorch, SQL, Docker"),
        ("נועה כהן", "noa.cohen@example.com"),
        ("Ελένη Παπαδοπούλου", "+30 210 1234567"),
        ("Анна Иванова", "https://example.ru/anna"),
    ],
)
def test_name_in_any_script_is_kept(tmp_path: Path, first: str, second: str) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(f"{first}\n{second}\n\nExperience\n- Built things\n", encoding="utf-8")
    assert read_resume(path).name == first


def test_a_list_line_is_never_the_name(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    text = "Python, PyTorch, SQL, Docker\n\nExperience\n- Built things\n"
    path.write_text(text, encoding="utf-8")
    assert read_resume(path).name == ""


# ---------------------------------------------------------------- text helpers

def test_cjk_lines_join_without_spaces_and_without_hyphen_rules() -> None:
    assert join_lines(["使用 PyTorch 构建推荐模", "型，服务 500 万日活用户"]) == (
        "使用 PyTorch 构建推荐模型，服务 500 万日活用户"
    )
    assert join_lines(["欠品を削減し", "ました"]) == "欠品を削減しました"
    assert join_lines(["模型-", "评估"]) == "模型-评估"  # a dash in CJK is never a hyphenation
    assert join_lines(["Built models in", "PyTorch"]) == "Built models in PyTorch"
    assert join_lines(["experi-", "ence"]) == "experience"


def test_japanese_and_halfwidth_middle_dots_are_bullets() -> None:
    assert strip_bullet("・需要予測モデルを開発") == ("需要予測モデルを開発", True)
    assert strip_bullet("･需要予測モデルを開発") == ("需要予測モデルを開発", True)


def test_arabic_presentation_forms_become_letters() -> None:
    assert clean_chars("ﻟﻴﻠﻰ ﺣﺴﻦ") == "ليلى حسن"


def test_reversed_rtl_runs_are_detected_and_turned_back() -> None:
    backwards = ["ןהכ העונ", "ב גוריד לדומ יתחתיפ-PyTorch", "ةيلمعلا ةربخلا"]
    assert rtl_reversed(backwards)
    assert not rtl_reversed(["נועה כהן", "פיתחתי מודל דירוג", "الخبرة العملية"])
    assert reverse_rtl_runs("ב גוריד לדומ יתחתיפ-PyTorch") == "פיתחתי מודל דירוג ב-PyTorch"


@pytest.mark.parametrize(
    "line, dates",
    [
        ("Engineer, Acme GmbH, März 2020 - heute", "März 2020 - heute"),
        ("Ingeniera, Datos, enero de 2019 - actualidad", "enero de 2019 - actualidad"),
        ("Ingénieur, Lumière, 2018 - aujourd'hui", "2018 - aujourd'hui"),
        ("エンジニア、サクラ、2020年4月 - 現在", "2020年4月 - 現在"),
        ("工程师，星辰，2019 - 至今", "2019 - 至今"),
        ("מהנדסת, דאטה, 2020 - היום", "2020 - היום"),
        ("مهندسة، النخبة، 2019 - حتى الآن", "2019 - حتى الآن"),
    ],
)
def test_date_ranges_in_other_languages(line: str, dates: str) -> None:
    assert split_dates(line)[1] == dates


def test_foreign_words_for_now_are_not_dates_on_their_own() -> None:
    assert not is_dateish("actual")  # an English word; only 'YYYY - actual' is a date
    assert not is_dateish("nu")


@pytest.mark.parametrize(
    "title, kind",
    [
        ("BERUFSERFAHRUNG", "experience"),
        ("Expériences professionnelles", "experience"),
        ("Formación académica", "education"),
        ("Competências técnicas", "skills"),
        ("Progetti", "projects"),
        ("项目经验", "projects"),
        ("自己PR", "summary"),
        ("Zertifikate", "other"),
        ("Berufserfahrung und Projekte", "experience"),  # inside a longer title
        ("专业技能与证书", "skills"),
    ],
)
def test_section_kinds_of_other_languages(title: str, kind: str) -> None:
    assert section_kind(title) == kind


def test_skills_split_on_cjk_commas_and_full_width_colons(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(
        "张伟\n\n工作经历\n工程师，星辰科技，2019 - 至今\n- 构建推荐模型\n- 降低推理延迟\n\n"
        "技能\n编程语言：Python、PyTorch、SQL\n",
        encoding="utf-8",
    )
    assert read_resume(path).skills == ("Python", "PyTorch", "SQL")
