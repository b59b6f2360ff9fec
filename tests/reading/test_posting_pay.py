"""The pay a posting states, in the shapes job boards print it: a range with its currency code
after or before the numbers, a yen or won range, and 'from $X/year in our lowest market up to
$Y/year'. Invented lines."""

from __future__ import annotations

import pytest

from app.reading.posting_text import pay_range


@pytest.mark.parametrize(("line", "pay"), [
    ("CAN, BC, Vancouver - 131,200.00 - 198,400.00 CAD annually",
     "131,200.00 - 198,400.00 CAD annually"),
    ("Salary: $96,000.00 - $127,500.00 CAD", "$96,000.00 - $127,500.00 CAD"),
    ("Gross salary CHF 118,000 – 141,000 plus bonus", "CHF 118,000 – 141,000"),
    ("Annual salary: ¥7,200,000 – ¥9,800,000 per year", "¥7,200,000 – ¥9,800,000 per year"),
    ("The base pay ranges from $142,700/year in our lowest geographic market up to "
     "$238,900/year in our highest geographic market.", "$142,700/year to $238,900/year"),
    ("5 - 8 years of experience", ""),
    ("Serves 2,000 - 4,000 users a day", ""),
])
def test_pay_shapes(line: str, pay: str) -> None:
    assert pay_range(line) == pay

