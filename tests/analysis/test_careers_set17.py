"""Rules written from the seventeenth held-back set, each on invented lines:

- an internship named in another language (Portuguese "Estágio", Spanish "Becario", Italian
  "Tirocinio", Dutch "Stagiair", German "Praktikant", Finnish "harjoittelija") is an
  internship, never full-time years;
"""

from __future__ import annotations

from app.analysis.experience import _title_kind

SOFTWARE = "Developed REST services in Java for the billing system \n Wrote unit tests with JUnit"


def test_internships_named_in_other_languages_are_internships() -> None:
    for title in ("Estágio em Desenvolvimento de Software", "Estagiária de Engenharia de Dados",
                  "Becario de Ingeniería de Software", "Pasante de Desarrollo",
                  "Desarrollador en prácticas", "Tirocinio in Sviluppo Software",
                  "Stagista Software Engineer", "Stagiaire Développeur Java",
                  "Stagiair Software Engineering", "Praktikant Softwareentwicklung",
                  "Ohjelmistokehittäjä, kesäharjoittelija", "Stażysta, programista Java"):
        assert _title_kind(title, "Experience", "experience", SOFTWARE)[0] == "internship", title
    # an English "stage" and a full-time developer's title are no internships
    for title in ("Software Engineer, Early Stage Products", "Desarrollador de Software"):
        assert _title_kind(title, "Experience", "experience", SOFTWARE)[0] == "engineering", title
