"""Render the bundled sample resume (an invented candidate) from HTML to PDF.

Run from the repository root: python packaging/sample/make_sample.py
Writes app/resources/sample/sample_resume.pdf.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "app" / "resources" / "sample" / "sample_resume.pdf"

CSS = """
* { font-family: sans-serif; }
body { font-size: 10pt; line-height: 1.25; }
h1 { font-size: 20pt; margin: 0 0 2pt 0; }
p.contact { font-size: 9pt; color: #444; margin: 0 0 6pt 0; }
h2 { font-size: 11.5pt; color: #1f4e79; border-bottom: 1px solid #1f4e79; margin: 9pt 0 3pt 0; }
div.role { margin: 5pt 0 1pt 0; }
span.dates { color: #555; }
ul { margin: 0 0 0 14pt; }
li { margin: 0 0 2pt 0; }
p { margin: 0 0 2pt 0; }
"""


def main() -> None:
    story = pymupdf.Story(html=(HERE / "sample_resume.html").read_text(encoding="utf-8"), user_css=CSS)
    writer = pymupdf.DocumentWriter(str(OUT))
    mediabox = pymupdf.paper_rect("letter")
    where = mediabox + (50, 45, -50, -45)
    more = True
    while more:
        device = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(OUT)
    doc.set_metadata({"title": "Jordan Reyes - Resume (LoopReady sample)", "author": "Jordan Reyes",
                      "creator": "LoopReady sample", "producer": "LoopReady", "creationDate": "", "modDate": ""})
    doc.saveIncr()
    print(f"{OUT} ({doc.page_count} page(s))")


if __name__ == "__main__":
    main()
