"""Lines on which this session's new rules misfired when a reviewer read them (each invented):
a filter bank is no bank, PCIe no PCI DSS, a voltage regulator no regulation; 'experience in
building payment services' asks no sector; 'picking up 30+ pages' is no result; 'SRE,
Developer Platform' builds no application; a clustered index is not table partitioning; a
neural network engineer runs no network; the Salvation Army is no military service; a Payroll
Platform team is a team; 'a Series C rewrite' names no C; 高优先级 (high priority) wants nothing."""

from __future__ import annotations

from app.analysis import areas
from app.analysis.experience import SOFTWARE_BESIDE
from app.analysis.role_titles import MILITARY_ORG, NETWORK
from app.analysis.star import split_action_result
from app.reading.posting_items import _says_optional
from tests.analysis.judge_helpers import knowledge


def _find(text: str) -> list[str]:
    from app.skills import SkillMatcher

    return SkillMatcher.for_skills(knowledge().skills).find(text)


def test_sector_words_that_are_ordinary_words() -> None:
    regulated, finance = areas.BY_ID["regulated"], areas.BY_ID["finance"]
    for line in ("Designed a mel filter bank front end for the wake-word model",
                 "Wrote PCIe drivers for the capture card",
                 "Designed the voltage regulator firmware for the motor controller",
                 "Audited our Terraform modules for unused resources"):
        assert not areas.in_sector(regulated, line, "Firmware Engineer, Voltaic Labs"), line
    assert not areas.in_sector(finance, "Designed a mel filter bank front end", "")
    assert areas.in_sector(finance, "Built the loan book's nightly reconciliation", "")
    assert not areas.SECTOR_ASK.search("3+ years of experience in building payment services")
    assert areas.SECTOR_ASK.search("Experience in financial services")


def test_titles_and_organisations() -> None:
    assert not SOFTWARE_BESIDE.search("SRE, Developer Platform")
    assert SOFTWARE_BESIDE.search("Backend / DevOps Engineer")
    assert not NETWORK.search("Deep Neural Network Engineer")
    assert NETWORK.search("Network Operations Engineer")
    assert not MILITARY_ORG.search("The Salvation Army")
    assert MILITARY_ORG.search("United States Army")


def test_words_that_are_not_skills_results_or_wishes() -> None:
    assert "Table Partitioning" not in _find("Added a clustered index to the orders table")
    assert "C" not in _find("Led the Series C rewrite of the billing API")
    line = "Owned the on-call rotation, picking up 30+ pages a month"
    assert split_action_result(line) == (line, "")
    assert not _says_optional("能够处理高优先级的线上故障")
    assert _says_optional("有Kubernetes经验者优先")


def test_two_changes_are_not_one_change(knowledge) -> None:
    from app.analysis.stories import _probes
    from app.models.resume import Bullet

    b = Bullet("b1", "Reduced p99 latency 35% and cloud cost 20% to meet the SLA", "Experience", 0)
    assert not any("from '35%' to '20%'" in p for p in _probes(b, (), knowledge))
