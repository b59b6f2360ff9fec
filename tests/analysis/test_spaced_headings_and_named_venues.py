"""A Canva-style resume spells its headings letter by letter ('P U B L I C A T I O N S',
'S K I L L S'): the publications and the skills under them still count. A paper at a venue
the posting names itself ('Papers at ArabicNLP, Interspeech or similar venues') is what it asks
for, workshop or not. 'You live in Cairo or are happy to relocate here' is a place to confirm,
met by a resume whose header is in Cairo. A job board's 'Salary: Confidential' asks nothing."""

from __future__ import annotations

from pathlib import Path

from app.knowledge import load_knowledge
from app.reading.jobs import read_job_text
from tests.analysis.judge_helpers import judge

RESUME = """
NOURA EL-SAYED
Heliopolis, Cairo, Egypt
noura.elsayed@example.com

E X P E R I E N C E
Speech Engineer | Sawtak Analytics | Jan 2022 - Present
- Fine-tuned Whisper on 900 hours of Egyptian call audio; word error rate fell from 35% to 21%.
- Served the models on Triton Inference Server on two GPU nodes.

S K I L L S
PyTorch, Hugging Face Transformers, Triton Inference Server

P U B L I C A T I O N S
N. El-Sayed, O. Farouk. Code-switched speech recognition for Egyptian Arabic.
ArabicNLP Workshop, 2025.
"""

POSTING = """
Speech Engineer
Qalam Labs

Requirements
- Experience with Triton Inference Server
- You live in Cairo or are happy to relocate here

Bonus points
- Papers at ArabicNLP, Interspeech or similar venues
"""


def test_letter_spaced_sections_and_a_named_venue(tmp_path: Path) -> None:
    j = judge(tmp_path, RESUME, POSTING)
    assert j.of("Papers at ArabicNLP") == "met", j.why("Papers at ArabicNLP")
    assert j.of("Experience with Triton") == "met", j.why("Experience with Triton")
    assert j.of("You live in Cairo") == "confirm"
    assert "places you there" in j.why("You live in Cairo")


def test_a_job_boards_pay_field_is_no_requirement() -> None:
    job = read_job_text("""NLP Engineer
Qalam Labs
Experience: 3 - 6 Yrs of experience · Salary: Confidential

About the role
You will fine-tune and ship Arabic speech recognition models for our call-centre product.

Requirements
- Strong Python and PyTorch
- 3+ years of experience building speech or NLP models that shipped in a product
- Experience with Arabic text or speech
""", load_knowledge())
    assert not any("Salary" in r.text for r in job.requirements), [r.text for r in job.requirements]
