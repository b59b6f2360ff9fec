"""Section names in a narrow left column, full-width header lines above, and main-column pieces
that start a point or two apart (152 and 154 pt): the gutter's quietest stretch stopped two
points short of the run's end, so no gutter was found, 'Experience' shared a row with the first
role's title and its wrapped dates, and that role lost both (set 19: a perception engineer's
current role read as undated)."""

from __future__ import annotations

from pathlib import Path

from app.reading.resume import read_resume
from tests.reading.layouts.canvas import A4, Canvas


def _pdf(path: Path) -> None:
    c = Canvas(A4, family="dejavu")
    c.new_page()

    def put(x: float, y: float, text: str, size: float = 9.5) -> None:
        c.text(x, y, text, size)

    put(58, 50, "Ilkay Demirsoy-Vance", 18)
    put(58, 70, "Perception Engineer – camera and lidar detection", 10)
    put(58, 83, "(ROS 2, C++, TensorRT)", 9)
    put(470, 50, "Ann Arbor, MI", 9)
    put(430, 62, "ilkay.dv@example.org", 9)
    put(58, 120, "Summary", 11)
    put(152, 120, "Perception engineer with 6 years in robotics: I train detection models.")
    put(154, 132, "I make them run in real time on robots in the field, in C++ and Python.")
    put(58, 170, "Experience", 11)
    y = 170.0
    roles = [("Senior Perception Engineer (since Jun 2025; Perception", "Apr 2024 –",
              "Engineer from Apr 2024)", "Present", "Quarrydale Robotics"),
             ("Robotics Software Engineer", "Aug 2022 – Mar 2024", "", "", "Harbourton Autonomy")]
    for title, d1, title2, d2, org in roles:
        put(154, y, title)
        put(470, y, d1)
        if title2:
            y += 12
            put(154, y, title2)
            put(470, y, d2)
        y += 13
        put(154, y, org)
        y += 15
        for b in ("Trained and shipped a weed detector in PyTorch exported to TensorRT.",
                  "Built the lidar-camera fusion node for row following in C++17.",
                  "Cut false detections on cover crops by 35% with the agronomists.",
                  "Wrote the model-release checklist every detector now ships with."):
            put(154, y, "•")
            put(163, y, b)
            y += 13
        y += 12
    put(58, y + 10, "Education", 11)
    put(154, y + 10, "M.S. Robotics, Packard Hill University, 2022")
    c.save(path)


def test_left_headings_beside_a_column_that_starts_two_points_apart(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    _pdf(path)
    roles = read_resume(path).roles
    assert roles[0].period == "2024-04/present", roles[0]
    assert roles[0].title.startswith("Senior Perception Engineer"), roles[0]
    assert roles[1].period == "2022-08/2024-03", roles[1]


def test_the_quietest_stretch_may_end_just_before_the_run_ends() -> None:
    from app.reading.pdf_columns import _narrowest

    # three header lines cross the gutter; two summary lines start two points before the rest
    assert _narrowest([6, 6, 5, 3, 3, 3, 3, 7, 7], 61) == (64, 68)
    assert _narrowest([6, 6, 3, 3, 3], 61) == (63, 66)
    assert _narrowest([6, 4, 4, 3, 5, 5, 5, 5, 5, 5, 5], 0) == (11, 11)  # too far back: none


def test_set_19s_perception_engineer_keeps_his_current_role() -> None:
    path = (Path(__file__).resolve().parents[1] / "heldout19" / "resumes"
            / "Deniz_Aksoyoglu_Perception_Engineer.pdf")
    roles = read_resume(path).roles
    assert roles[0].period == "2024-04/present", roles[0]
    assert roles[0].organization == "Tillwright Robotics", roles[0]
