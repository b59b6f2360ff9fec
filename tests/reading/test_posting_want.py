"""What a posting wants rather than requires: a "Want" heading beside "Must", an item a
Japanese, Chinese or Korean posting marks as welcome (歓迎, 优先, 우대), and a line in another
script between the bullets of an English list, which says an item again for other readers.
An optional word inside a closing parenthesis that names more than itself qualifies only that
part. Invented posting text."""

from __future__ import annotations

from app.knowledge import load_knowledge
from app.reading.jobs import read_job_text

POSTING = """Firmware Engineer - Harbour Sensing Division
About Kumogiri
Kumogiri Devices makes weather sensors for ports and harbours.
Responsibilities
• Write drivers for our sensor boards in C
• Profile and reduce power consumption on target
Must
• 4+ years of embedded C development on microcontrollers
• Experience with RTOS scheduling (Zephyr or FreeRTOS a plus)
• Korean at business level, or English and willingness to learn Korean
한국어: 비즈니스 레벨 우대. 영어만 가능하신 분도 지원해 주세요.
• 韓国語ビジネスレベル歓迎
Want
• Experience with Bluetooth Low Energy stacks
• Master's degree in electrical engineering
Selection process
Document screening, then two interviews.
"""


def _kinds() -> list[tuple[str, str]]:
    job = read_job_text(POSTING, load_knowledge(), "-")
    return [(r.text, r.kind) for r in job.requirements if r.kind != "responsibility"]


def test_want_is_preferred_and_a_line_in_another_script_is_no_item() -> None:
    assert _kinds() == [
        ("4+ years of embedded C development on microcontrollers", "basic"),
        ("Experience with RTOS scheduling (Zephyr or FreeRTOS a plus)", "basic"),
        ("Korean at business level, or English and willingness to learn Korean", "basic"),
        ("韓国語ビジネスレベル歓迎", "preferred"),
        ("Experience with Bluetooth Low Energy stacks", "preferred"),
        ("Master's degree in electrical engineering", "preferred"),
    ]


def test_optional_words_mark_an_item_preferred_only_when_they_speak_for_all_of_it() -> None:
    text = """Software Engineer
Requirements
- Experience with Python (Django preferred)
- Experience with Go (a plus)
- Kubernetes experience is a plus
- Spanish speakers welcome
- 3+ years of backend development
"""
    job = read_job_text(text, load_knowledge(), "-")
    assert [(r.text, r.kind) for r in job.requirements] == [
        ("Experience with Python (Django preferred)", "basic"),
        ("Experience with Go (a plus)", "preferred"),
        ("Kubernetes experience is a plus", "preferred"),
        ("Spanish speakers welcome", "preferred"),
        ("3+ years of backend development", "basic"),
    ]
