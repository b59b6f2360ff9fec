"""Company legal-name suffixes ("Acme GmbH", "Nordweave Software Sp. z o.o.", "Initech, Inc."):
the one list the posting reader (`app.reading.jobs`: the employer's legal entity at the top of a
posting), the resume reader (`app.reading.roles`: an organisation's words beside a title) and
the analysis (`app.analysis.experience`: an employer's line read as a role) build their patterns
from, each with its own anchoring and case. Qt-free and dependency-free."""

from __future__ import annotations

# Suffixes that mean a company's legal name wherever they follow a name, as regular expressions
# in their usual case (a case-insensitive reader ignores it); the longer spelling before the
# shorter one it starts with ("Pvt. Ltd." before "Pvt.").
LEGAL_SUFFIXES = (
    r"LLC", r"L\.L\.C\.", r"Inc\.?", r"Ltd\.?", r"Limited", r"GmbH", r"Corp\.?", r"Corporation",
    r"Pvt\.?[ ]Ltd\.?", r"Pvt\.?", r"(?:plc|PLC)", r"S\.A\.", r"B\.V\.", r"Sp\.[ ]z[ ]o\.o\.",
    r"S\.[Rr]\.[Ll]\.?", r"S\.L\.", r"S\.[Pp]\.[Aa]\.?", r"N\.V\.", r"S\.A\.S\.", r"Ltda\.?",
    r"A\.[SŞ]\.", r"S\.[Aa]\.[Rr]\.[Ll]\.?",
)
# Short suffixes that are also abbreviations or words ("SAS" the statistics package, "SE" a
# software or sales engineer, "AB" of AB tests): read only in their exact case at the end of a
# posting's line part (`jobs`: "Principal SE Architect" names no company), or at the end of a
# role's title (`experience`); never among a resume line's words (`roles`), where "Python, R,
# SAS" is a list of skills.
SHORT_LEGAL_SUFFIXES = (r"AG", r"SE", r"AB", r"Oy", r"KK", r"SAS")
# A company's legal form written as a word of the name, wherever it stands ("朝霧電子株式会社":
# a joint-stock company, "有限会社", "合同会社"), and the English form Japanese and Korean firms
# print ("Asagiri Denshi Co., Ltd."): the analysis reads a role title holding one as an employer.
COMPANY_FORMS = (r"株式会社", r"有限会社", r"合同会社", r"\bCo\.,?[ ]Ltd\.?")
