"""Embedded and device work read as a firmware posting asks for it: wireless protocols,
low-power design, a real-time OS or embedded Linux (each was a word LoopReady did not know:
'Bluetooth Low Energy' read as the energy sector)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.judge_helpers import judge

POSTING = """
Firmware Engineer II, Smart Locks
Amazon

BASIC QUALIFICATIONS
- 3+ years of non-internship professional software development experience
- Experience with embedded Linux or a real-time operating system (FreeRTOS, Zephyr, ThreadX or similar)

PREFERRED QUALIFICATIONS
- Experience with wireless protocols such as Wi-Fi, Bluetooth Low Energy or Sidewalk
- Experience developing for low-power, battery-operated devices
"""

RESUME = """
Radomir Aaltonen-Price
radomir.ap@example.com

EXPERIENCE
Firmware Engineer | Ostrava Lockworks | Feb 2019 – Present
- {line}
- Wrote the motor-control firmware in C and its unit tests in CI.
"""

WIRELESS = "Experience with wireless protocols"
POWER = "Experience developing for low-power"
OS = "Experience with embedded Linux or a real-time"


@pytest.mark.parametrize(("line", "met", "unmet"), [
    ("Cut the lock's standby current from 40 µA to 12 µA; battery life from 9 to 18 months.",
     POWER, WIRELESS),
    ("Pairing over BLE for the keypad; pairing success from 93% to 99%.", WIRELESS, POWER),
    ("Ported the sensor drivers to Zephyr for the next board.", OS, WIRELESS),
    ("Kept the Yocto image for the hub under 64 MB.", OS, POWER),
])
def test_device_work_meets_what_it_shows(tmp_path: Path, line: str, met: str, unmet: str) -> None:
    j = judge(tmp_path, RESUME.format(line=line), POSTING)
    assert j.of(met) == "met", (line, j.why(met))
    assert j.of(unmet) != "met", (line, j.why(unmet))
