"""Designing chips is hardware engineering: an RTL, FPGA or ASIC design engineer's years are
not software development years, even beside a Python performance model or a regression flow
(held-back set 20: five years of RTL design counted toward '3+ years of professional software
development'). A hardware title whose lines mostly build applications still counts. Invented
person and posting."""

from __future__ import annotations

from pathlib import Path

from tests.analysis.judge_helpers import judge

POSTING = """
Software Development Engineer
Tallowmere Home Systems

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience programming with at least one modern language such as Java, C++ or Python
"""

RESUME = """
Ruairi Okonjo-Blake
Austin, TX

EXPERIENCE
ML Systems Engineer | Pellgrove AI | Jan 2025 - Present
- Wrote the model-lowering passes in C++ that map PyTorch graphs onto our accelerator.
- Built the nightly regression suite for the compiler in Python.
{title} | Quillbrook Semiconductor | Jun 2018 - Dec 2024
- {line}
- Wrote a Python performance model of the vector unit that the compiler team used.
- Closed timing on 4 blocks at 1 GHz.

EDUCATION
M.S. Electrical Engineering, Rice University, 2018
"""


def test_chip_design_years_are_not_software_development(tmp_path: Path) -> None:
    got = judge(tmp_path, RESUME.format(
        title="Senior RTL Design Engineer",
        line="Designed the SystemVerilog RTL for the DMA engine, from micro-architecture to "
             "tape-out."), POSTING)
    assert got.of("3+ years of non-internship") != "met", got.why("3+ years")
    assert got.years is not None and got.years < 3, got.years


def test_a_hardware_title_that_builds_applications_counts(tmp_path: Path) -> None:
    got = judge(tmp_path, RESUME.format(
        title="FPGA Design Engineer",
        line="Built the board-management web application and its REST API in Python."
    ).replace("- Closed timing on 4 blocks at 1 GHz.",
              "- Developed the fleet telemetry service in Go."), POSTING)
    assert got.of("3+ years of non-internship") == "met", got.why("3+ years")
