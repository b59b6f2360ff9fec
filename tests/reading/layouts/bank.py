"""A bank of invented resume content (no real person, no corpus text) and `make_cv`, which
draws one resume's content from it with a seeded random generator.

Every pool is split in two halves: the "tune" half feeds the layouts we look at while
improving the reader, the "held" half feeds the held-back layouts we only score. A held-back
resume therefore has bullets, titles, employers and schools the tuning never saw."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# ----------------------------------------------------------------------------- the model


@dataclass
class Entry:
    """A role or a project: what a careful reader records, plus what they leave out."""

    title: str
    org: str
    dates: str
    location: str = ""
    bullets: list[str] = field(default_factory=list)
    desc: str = ""  # a one-line description of the employer or project: not a bullet
    tech: str = ""  # 'Tech stack: ...' line: a skills list, not a bullet


@dataclass
class School:
    degree: str
    school: str
    dates: str
    detail: str = ""


@dataclass
class CV:
    lang: str
    name: str
    email: str
    phone: str
    city: str
    link: str
    summary: str
    jobs: list[Entry]
    projects: list[Entry]
    schools: list[School]
    skills: dict[str, list[str]]
    languages: list[str]
    certifications: list[str]
    awards: list[str]
    titles: dict[str, str]
    publications: list[str] = field(default_factory=list)
    talks: list[str] = field(default_factory=list)
    teaching: list[Entry] = field(default_factory=list)  # roles without bullets unless given
    service: list[str] = field(default_factory=list)
    volunteer: list[Entry] = field(default_factory=list)


def halves(pool: list, split: str) -> list:
    """The tune half (even positions) or the held-back half (odd positions) of a pool."""
    return pool[0::2] if split == "tune" else pool[1::2]


# ----------------------------------------------------------------------------- English pools
BULLETS_EN = [
    "Cut checkout latency by 38% by moving session lookups from PostgreSQL to a Redis cache",
    "Designed the event schema for a new clickstream pipeline ingesting 2.1 billion events per day",
    "Led a team of five engineers through the migration of 40 cron jobs to Airflow",
    "Reduced cloud spend by $410K a year by rightsizing Kubernetes node pools and adding autoscaling",
    "Built a fraud scoring model with gradient boosted trees that caught 27% more chargebacks at the same review volume",
    "Wrote the onboarding guide and pairing plan that brought new hires to their first production change in four days",
    "Owned the on-call rotation for the search platform and halved the mean time to recovery",
    "Shipped an accessibility overhaul of the patient portal that passed a WCAG 2.1 AA audit",
    "Negotiated data-sharing terms with three hospital partners and set up a de-identification pipeline",
    "Automated invoice reconciliation in Python, saving the finance team 45 hours a month",
    "Introduced feature flags and trunk-based development across four product teams",
    "Ran 30 A/B tests on the pricing page; the winning variant raised paid conversion by 6.4%",
    "Mentored three junior analysts, two of whom were promoted within a year",
    "Migrated a 12 TB Oracle warehouse to Snowflake with no unplanned downtime",
    "Built a real-time inventory service in Kotlin that keeps 900 stores in sync within two seconds",
    "Improved recall of the product search ranker by 9 points with a cross-encoder re-ranking stage",
    "Partnered with legal and security to roll out single sign-on for 3,500 employees",
    "Developed a demand forecast for 14,000 SKUs that lowered safety stock by 18%",
    "Cut the Android app's cold start time from 4.2 s to 1.6 s",
    "Created a self-service dashboard in Looker used weekly by 120 account managers",
    "Coordinated a cross-functional launch across marketing, support and engineering for a new subscription tier",
    "Reduced flaky tests from 11% to under 1% by isolating shared fixtures and adding retries with quarantine",
    "Replaced a hand-tuned rules engine with a logistic regression model, lowering false positives by a third",
    "Trained and deployed a speech intent classifier serving 3 million calls a month",
    "Designed a multi-tenant permissions model adopted by every internal tool",
    "Handled 60 customer escalations a quarter and wrote the playbook now used by the support team",
    "Built the CI pipeline on GitHub Actions that runs 6,000 tests in under eight minutes",
    "Reworked the nightly ETL into incremental loads, shrinking the batch window from six hours to 40 minutes",
    "Prototyped a retrieval-augmented assistant for internal documentation that answered 70% of tier-1 questions",
    "Supervised a clinical data team of seven and cut data query turnaround from 10 days to 3",
    "Implemented GDPR deletion workflows across 18 services within the regulatory deadline",
    "Launched the company's first public API, now used by 250 partner integrations",
    "Presented quarterly model performance reviews to the executive team",
    "Scaled the image processing service to 40,000 requests per minute with horizontal sharding",
    "Wrote the capacity plan that supported a 5x traffic peak during the holiday season",
    "Built an anomaly detection job that flags billing errors before invoices go out",
    "Designed and taught an internal course on SQL performance attended by 90 engineers",
    "Standardised logging and tracing with OpenTelemetry across 35 services",
    "Delivered a route optimisation tool that cut delivery mileage by 12% across the fleet",
    "Maintained the design system's React components and cut UI bug reports by 30%",
    "Managed a $2.3M annual budget for cloud and tooling with monthly variance reporting",
    "Set up model monitoring for drift and data quality, with alerts routed to the owning team",
    "Interviewed more than 80 candidates and helped define the engineering career ladder",
    "Led the vendor selection for a new data catalogue and ran the pilot with four teams",
    "Cut ticket backlog by 55% by triaging with a text classifier and routing rules",
    "Organised the company hackathon for 200 participants across three offices",
    "Refactored a legacy PHP monolith into Laravel modules with 80% test coverage",
    "Built ETL connectors for Salesforce, Zendesk and HubSpot in a shared Python framework",
    "Improved the nightly batch scoring job so it finishes in 25 minutes instead of three hours",
    "Reduced hospital readmission prediction error by 14% with features from nursing notes",
    "Authored the incident review process and ran blameless postmortems for 40 incidents",
    "Owned the roadmap for the mobile checkout and grew mobile revenue by 22% year over year",
    "Introduced property-based testing for the pricing engine and found 17 latent defects",
    "Designed a sharded Elasticsearch cluster that serves 1,800 queries per second at p99 under 120 ms",
    "Drafted and defended the technical proposal that secured a €1.2M research grant",
    "Consolidated five analytics tools into one warehouse-backed stack",
    "Worked with product designers to run 25 usability sessions and fed findings into the roadmap",
    "Deployed edge caching with a CDN, cutting origin traffic by 70%",
    "Ported the numerical solver from MATLAB to C++ and made it 14 times faster",
    "Trained warehouse staff on the new scanning system across 11 sites",
    "Led the SOC 2 Type II readiness work for the engineering organisation",
    "Built a labelling tool that tripled annotation throughput for the vision team",
    "Evaluated open-weight language models for summarisation and documented the trade-offs",
    "Kept a 99.95% uptime record for the payments gateway over two years",
    "Reduced Docker image sizes by 65% with multi-stage builds and distroless bases",
    "Introduced code review guidelines that cut review turnaround from two days to six hours",
    "Grew the newsletter from 4,000 to 31,000 subscribers with segmented campaigns",
    "Rebuilt the recommendation carousel, increasing items added to cart per session by 8%",
    "Analysed churn drivers with survival models and presented retention levers to leadership",
    "Ran the data platform's quarterly planning and stakeholder reviews",
    "Built Terraform modules that provision a compliant AWS account in under an hour",
    "Created synthetic data generators so tests never touch production records",
    "Cut the monthly close from nine days to five by automating journal entries",
    "Designed the offline evaluation suite for ranking models, now required before every launch",
    "Took over a failing vendor integration and brought its error rate from 8% to 0.3%",
    "Reviewed 150 pull requests a quarter as a code owner for the core libraries",
    "Supported 400 users as the sole IT administrator for a regional clinic network",
    "Built a Spark job that deduplicates 300 million customer records nightly",
    "Published an internal benchmark of vector databases that guided the platform choice",
    "Led the rewrite of the billing service in Go, which now processes $90M a month",
]

SHORT_BULLETS_EN = [
    "Managed vendor contracts",
    "Wrote release notes",
    "Ran weekly sprint reviews",
    "Maintained the build farm",
    "Triaged support tickets",
    "Planned team offsites",
    "Reviewed design documents",
    "Tracked project budgets",
]

TITLES_EN = [
    "Senior Software Engineer", "Data Scientist", "Machine Learning Engineer", "Product Manager",
    "Site Reliability Engineer", "Data Engineer", "Backend Engineer", "Engineering Manager",
    "Business Analyst", "Research Engineer", "Frontend Developer", "Solutions Architect",
    "Staff Engineer", "Analytics Engineer", "Clinical Data Manager", "IT Administrator",
    "Software Developer", "Quality Assurance Engineer", "Operations Analyst", "Mobile Engineer",
    "Platform Engineer", "Applied Scientist", "Technical Program Manager", "DevOps Engineer",
]
JUNIOR_TITLES_EN = [
    "Software Engineering Intern", "Data Analyst", "Junior Developer", "Research Assistant",
    "Teaching Assistant", "Associate Consultant", "Graduate Engineer", "Lab Technician",
]
ORGS_EN = [
    "Northwind Freight", "Bellweather Health", "Copperleaf Analytics", "Trellis Robotics",
    "Saltmarsh Bank", "Kestrel Labs", "Orchard Retail Group", "Halcyon Games", "Meridian Insurance",
    "Pinecrest Hospital", "Lattice Payments", "Bluefin Logistics", "Ardent Biotech",
    "Cinder Cloud", "Foxglove Media", "Granite Peak Software", "Riverbend Energy", "Quarry Systems",
    "Silverline Telecom", "Tamarack University", "Juniper Civic Tech", "Wavecrest Travel",
    "Ironwood Manufacturing", "Sundial Education",
]
CITIES_EN = [
    "Austin, TX", "Chicago, IL", "Boston, MA", "Denver, CO", "Toronto, Canada", "Dublin, Ireland",
    "Seattle, WA", "Atlanta, GA", "London, UK", "Raleigh, NC", "Remote", "Pittsburgh, PA",
    "Sydney, Australia", "Bangalore, India", "Berlin, Germany", "San Diego, CA",
]
PEOPLE = [
    "Jordan Castellanos", "Amara Nwosu-Blake", "Tobias Lindgren", "Priyanka Deshmukh",
    "Wei-Lin Chao", "Fatima Al-Rashid", "Connor MacAllister", "Ines Carvalho", "Kwame Mensah",
    "Sofia Marchetti", "Hiroshi Tanabe", "Leah Goldberg", "Mateo Alvarez", "Nadia Petrova",
    "Oluwaseun Adeyemi", "Rosalind Achebe", "Magnus Eriksen", "Ananya Krishnan",
]
PROJECTS_EN = [
    ("Harbourlight", "Python, FastAPI, PostgreSQL", [
        "Open-source booking system for community boat clubs with 600 active users",
        "Added calendar sync and SMS reminders that cut no-shows by 40%"]),
    ("TinyTrace", "Rust, eBPF", [
        "Low-overhead profiler that samples production services at under 1% CPU cost"]),
    ("Ledgerline", "TypeScript, Next.js, Stripe", [
        "Budgeting web app for freelancers that imports bank CSVs and forecasts tax payments",
        "Reached 2,300 sign-ups in the first three months"]),
    ("Pollen Count", "Kotlin, Jetpack Compose", [
        "Android app that predicts daily pollen levels from open weather data",
        "Featured in the Play Store's health category"]),
    ("GraphLint", "Python, NetworkX", [
        "Static checker that finds cycles and orphan tasks in data pipeline definitions"]),
    ("ShelfScan", "PyTorch, ONNX, Raspberry Pi", [
        "On-device detector that counts empty shelf slots at 12 frames per second",
        "Trained on 9,000 images labelled with a custom annotation tool"]),
    ("OpenTransit Atlas", "Go, PostGIS, React", [
        "Map of public transit reliability built from 40 million vehicle positions"]),
    ("Quill", "Swift, Core ML", [
        "Handwriting-to-text note app with offline recognition for 12 languages"]),
]
PSI_EN = [
    ("Invoice Matching Automation", [
        "Problem: Finance staff matched supplier invoices to purchase orders by hand, taking three days every month.",
        "Solution: Built a matching service that pairs invoices and orders on amounts, dates and fuzzy supplier names, with a review queue for doubtful pairs.",
        "Impact: Month-end matching now takes four hours and matching errors fell by 80%.",
    ]),
    ("Clinic Wait-Time Dashboard", [
        "Problem: Clinic managers had no view of waiting times until complaints arrived.",
        "Solution: Streamed check-in events into a warehouse and built a live dashboard with alerts when waits pass 30 minutes.",
        "Impact: Average waits dropped from 41 to 24 minutes within one quarter.",
    ]),
    ("Churn Early Warning", [
        "Problem: The customer success team learned about churn only when accounts cancelled.",
        "Solution: Trained a weekly churn model on product usage and support history and pushed risk scores into the CRM.",
        "Impact: Saved 35 at-risk accounts worth $1.1M in annual revenue in the first half year.",
    ]),
    ("Warehouse Slotting", [
        "Challenge: Pickers walked long routes because fast-moving items were stored at the back.",
        "Approach: Modelled pick frequency per item and re-slotted the top 500 items nearest to packing.",
        "Result: Average pick route shortened by 23% and orders shipped the same day rose to 96%.",
    ]),
]
SCHOOLS_EN = [
    ("M.S. in Computer Science", "Tamarack University", "GPA 3.8/4.0"),
    ("B.Sc. Mathematics and Statistics", "University of Eastbrook", "First-class honours"),
    ("MBA", "Whitcombe School of Business", "Dean's List"),
    ("B.S. in Information Systems", "Coastal State University", "Minor in Economics"),
    ("Ph.D. in Electrical Engineering", "Northgate Institute of Technology", "Thesis: Low-power sensing"),
    ("B.Eng. Software Engineering", "Lakeview Polytechnic", "Graduated with distinction"),
    ("M.Sc. Data Science", "University of Harrowgate", "Thesis on causal forecasting"),
    ("B.A. Economics", "Redbrook College", "Cum laude"),
]
SKILLS_EN = {
    "Languages": ["Python", "SQL", "Java", "Go", "TypeScript", "C++", "R", "Kotlin", "Rust", "Scala"],
    "Frameworks": ["React", "Django", "FastAPI", "Spring Boot", "PyTorch", "TensorFlow", "scikit-learn", "Spark"],
    "Cloud & Tools": ["AWS", "GCP", "Docker", "Kubernetes", "Terraform", "Airflow", "Git", "Jenkins", "Snowflake"],
    "Methods": ["A/B testing", "Agile", "System design", "Statistics", "Data modelling", "Code review"],
}
LANGS_EN = ["English (native)", "Spanish (fluent)", "German (B2)", "French (conversational)",
            "Mandarin (professional)", "Portuguese (basic)"]
CERTS_EN = [
    "AWS Certified Solutions Architect – Associate (2022)", "Certified ScrumMaster (2020)",
    "Google Professional Data Engineer (2023)", "PMP, Project Management Institute (2019)",
    "Certified Kubernetes Application Developer (2021)", "Tableau Desktop Specialist (2020)",
]
AWARDS_EN = [
    "Employee of the Year, 2022", "Best Paper Award, Applied Data Science Workshop, 2021",
    "Hackathon winner, CityData Challenge, 2019", "Dean's Scholarship, 2014–2018",
    "Patent: Adaptive caching for streaming queries (US 11,204,552)", "President's Club, 2021",
]

# academic
PUBS_EN = [
    "Nwosu-Blake, A., & Chen, R. (2023). Calibrated uncertainty for clinical risk scores. Journal of Biomedical Informatics, 139, 104312.",
    "Lindgren, T., Okafor, J., and Weiss, M. Sparse attention for long documents. In Proceedings of ACL 2022, pp. 1123–1135.",
    "Deshmukh, P. Counterfactual evaluation of recommender systems. PhD thesis, Northgate Institute of Technology, 2021.",
    "Chao, W.-L., Brandt, K. Learning to rank under position bias. SIGIR Workshop on eCommerce, 2020.",
    "Marchetti, S., Haddad, R., Rossi, L. Low-resource speech recognition with self-training. Interspeech 2022.",
    "Tanabe, H. and Müller, F. Federated learning on wearable sensor data. IEEE Sensors Journal 22(4), 2022.",
    "Goldberg, L., & Park, S. (2019). Measuring fairness in credit models. FAccT Workshop on Fair ML.",
    "Petrova, N. Graph neural networks for molecule property prediction. NeurIPS ML4Molecules Workshop, 2021.",
]
TALKS_EN = [
    "Calibration in practice, Invited talk, Machine Learning for Health Symposium, Boston, 2023",
    "Lessons from deploying ranking models, PyData Berlin, 2022",
    "Why your offline metrics lie, Data Council, Austin, 2023",
    "Poster: Self-training for speech, Interspeech, Incheon, 2022",
    "Guest lecture: Recommender systems, Tamarack University, 2021",
    "Keynote: Open data for transit, Civic Tech Summit, Chicago, 2020",
]
TEACHING_EN = [
    ("Teaching Assistant, Machine Learning (CS 229)", "Tamarack University", "Fall 2020"),
    ("Instructor, Introduction to Statistics", "Tamarack University", "Summer 2019"),
    ("Teaching Fellow, Data Structures", "Northgate Institute of Technology", "Spring 2021"),
    ("Guest Lecturer, Applied Econometrics", "Redbrook College", "2022"),
]
TEACHING_BULLETS_EN = [
    "Led weekly sections for 60 students and graded problem sets",
    "Rewrote the lab notebooks in Python and added autograded exercises",
    "Held office hours and ran exam review sessions",
    "Designed a final project on fairness auditing used in later terms",
]
SERVICE_EN = [
    "Reviewer, NeurIPS (2021–2023), ICML (2022), ACL Rolling Review",
    "Program committee, KDD Applied Data Science Track, 2023",
    "Organiser, Women in Machine Learning reading group, 2019–2021",
    "Graduate student representative, Department Hiring Committee, 2020",
    "Mentor, Undergraduate Research Opportunities Program, 2021–2022",
]
ACADEMIC_JOBS_EN = [
    ("Postdoctoral Researcher", "Northgate Institute of Technology"),
    ("Graduate Research Assistant", "Tamarack University"),
    ("Research Scientist Intern", "Kestrel Labs"),
    ("Visiting Researcher", "University of Harrowgate"),
]
SUMMARIES_EN = [
    "Engineer with eight years of experience building data-heavy products, from first prototype to millions of users.",
    "Analyst who turns messy operational data into decisions; comfortable from SQL to board presentations.",
    "Researcher working on reliable machine learning for health, with a record of shipped tools and peer-reviewed work.",
    "Product-minded developer who likes small teams, clear metrics and boring technology that works.",
]

# ----------------------------------------------------------------------------- other languages
BULLETS_DE = [
    "Einführung einer CI/CD-Pipeline mit GitLab, wodurch die Releasezeit von zwei Tagen auf 30 Minuten sank",
    "Leitung eines Teams von vier Entwicklern bei der Migration des ERP-Systems in die Cloud",
    "Entwicklung eines Prognosemodells für den Energieverbrauch mit einer Abweichung unter 5 %",
    "Aufbau eines Data Warehouse auf Basis von Snowflake für 30 Fachabteilungen",
    "Senkung der Betriebskosten um 22 % durch Automatisierung der Rechnungsprüfung",
    "Betreuung von drei Werkstudenten und Durchführung interner Schulungen zu Python",
    "Konzeption und Umsetzung einer REST-API für Partnerunternehmen",
    "Verbesserung der Ladezeit der Webanwendung um 45 % durch Caching und Lazy Loading",
    "Einführung von Code-Reviews und Teststandards im gesamten Entwicklungsteam",
    "Analyse von Kundendaten zur Reduktion der Kündigungsrate um 9 %",
    "Planung und Durchführung von Lasttests für Spitzen von 20.000 Anfragen pro Minute",
    "Abstimmung mit Fachbereichen und Dienstleistern zur Einführung eines neuen CRM",
]
BULLETS_FR = [
    "Conception d'un pipeline de données traitant 50 millions d'événements par jour",
    "Réduction de 30 % du temps de traitement des commandes grâce à l'automatisation",
    "Encadrement d'une équipe de trois développeurs sur une application mobile",
    "Mise en place d'un modèle de prévision des ventes utilisé par 40 magasins",
    "Migration de l'infrastructure vers Kubernetes sans interruption de service",
    "Animation d'ateliers avec les équipes métier pour recueillir les besoins",
    "Développement d'une API de paiement sécurisée conforme à la norme PCI DSS",
    "Amélioration du taux de conversion de 12 % après une refonte du parcours client",
    "Rédaction de la documentation technique et formation des utilisateurs internes",
    "Suivi budgétaire d'un portefeuille de projets de 1,5 M€",
    "Création de tableaux de bord Power BI pour la direction commerciale",
    "Optimisation des requêtes SQL réduisant le temps de calcul nocturne de moitié",
]
BULLETS_ES = [
    "Diseño de un sistema de recomendación que aumentó las ventas cruzadas un 15 %",
    "Coordinación de un equipo de cinco personas en la migración a la nube",
    "Automatización de informes financieros, ahorrando 20 horas al mes",
    "Desarrollo de una API REST para la integración con proveedores logísticos",
    "Implantación de pruebas automatizadas que redujeron los errores en producción un 40 %",
    "Formación de nuevos empleados en herramientas de análisis de datos",
    "Optimización de consultas SQL que redujo los tiempos de respuesta a la mitad",
    "Gestión de incidencias críticas con clientes internacionales",
    "Creación de cuadros de mando en Tableau para el equipo directivo",
    "Modelado de la demanda para 3.000 productos con una precisión del 92 %",
    "Definición de la arquitectura de microservicios de la plataforma de pagos",
    "Supervisión del cumplimiento del RGPD en los procesos de datos",
]
TITLES_INTL = {
    "de": ["Softwareentwickler", "Data Scientist", "Projektleiterin", "Teamleiter Entwicklung",
           "Werkstudent Datenanalyse", "IT-Berater", "Systemadministrator", "Produktmanagerin"],
    "fr": ["Ingénieur logiciel", "Chef de projet", "Data Scientist", "Développeuse full-stack",
           "Consultant en transformation", "Responsable des données", "Analyste financier", "Stagiaire développement"],
    "es": ["Ingeniero de software", "Analista de datos", "Jefa de proyecto", "Desarrollador backend",
           "Consultora tecnológica", "Científico de datos", "Responsable de sistemas", "Becario de desarrollo"],
}
ORGS_INTL = {
    "de": ["Rheinwerk Logistik GmbH", "Alpenblick Versicherung AG", "Nordlicht Energie GmbH",
           "Stadtwerke Lindenau", "Mosaik Software GmbH", "Falkenstein Maschinenbau"],
    "fr": ["Atelier Numérique SAS", "Banque du Littoral", "Groupe Hexagone", "Lumière Santé",
           "Datavalle Conseil", "Transports Azur"],
    "es": ["Grupo Meseta", "Banco del Sur", "Soluciones Alcázar S.L.", "Clínica Miramar",
           "Logística Ibérica", "Tecnologías Aurora"],
}
CITIES_INTL = {
    "de": ["München", "Hamburg", "Köln", "Stuttgart", "Leipzig", "Wien, Österreich"],
    "fr": ["Paris", "Lyon", "Nantes", "Toulouse", "Bordeaux", "Lille"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga"],
}
TITLES_OF = {
    "en": {"summary": "Summary", "experience": "Experience", "projects": "Projects",
           "education": "Education", "skills": "Skills", "languages": "Languages",
           "certifications": "Certifications", "awards": "Awards", "contact": "Contact",
           "publications": "Publications", "talks": "Presentations", "teaching": "Teaching",
           "service": "Service", "volunteer": "Volunteer Experience", "research": "Research Experience"},
    "de": {"summary": "Profil", "experience": "Berufserfahrung", "projects": "Projekte",
           "education": "Ausbildung", "skills": "Kenntnisse", "languages": "Sprachen",
           "certifications": "Zertifikate", "awards": "Auszeichnungen", "contact": "Kontakt"},
    "fr": {"summary": "Profil", "experience": "Expérience professionnelle", "projects": "Projets",
           "education": "Formation", "skills": "Compétences", "languages": "Langues",
           "certifications": "Certifications", "awards": "Distinctions", "contact": "Contact"},
    "es": {"summary": "Perfil", "experience": "Experiencia laboral", "projects": "Proyectos",
           "education": "Formación", "skills": "Habilidades", "languages": "Idiomas",
           "certifications": "Certificaciones", "awards": "Premios", "contact": "Contacto"},
}
ALT_TITLES_EN = {
    "experience": ["Experience", "Work Experience", "Professional Experience", "Employment History",
                   "Career History", "Relevant Experience", "Work History", "Experience & Leadership"],
    "projects": ["Projects", "Selected Projects", "Personal Projects", "Key Projects"],
    "education": ["Education", "Education & Training", "Academic Background"],
    "skills": ["Skills", "Technical Skills", "Core Competencies", "Tools & Technologies", "Expertise"],
    "summary": ["Summary", "Profile", "About Me", "Professional Summary", "Objective"],
    "certifications": ["Certifications", "Licenses & Certifications", "Certificates"],
    "awards": ["Awards", "Honors & Awards", "Achievements"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "en_long": ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
}
NOW = {"en": "Present", "de": "heute", "fr": "aujourd'hui", "es": "actualidad"}


# ----------------------------------------------------------------------------- drawing a CV
def _dates(rng: random.Random, lang: str, style: str, start: int, end: int | None) -> str:
    m1, m2 = rng.randrange(12), rng.randrange(12)
    dash = rng.choice([" – ", " - ", " — "]) if style != "to" else " to "
    if lang != "en":
        months = MONTHS[lang]
        a = f"{months[m1]} {start}"
        b = f"{months[m2]} {end}" if end else NOW[lang]
        return a + " – " + b
    if style == "year":
        return f"{start}{dash}{end if end else 'Present'}"
    if style == "num":
        a = f"{m1 + 1:02d}/{start}"
        b = f"{m2 + 1:02d}/{end}" if end else "Present"
        return a + dash + b
    months = MONTHS["en_long" if style == "long" else "en"]
    a = f"{months[m1]} {start}"
    b = f"{months[m2]} {end}" if end else rng.choice(["Present", "Current", "present"])
    return a + dash + b


def make_cv(rng: random.Random, split: str, kind: str = "industry", lang: str = "en") -> CV:
    """One resume's content. `kind`: industry | academic | student | psi (projects written
    as Problem / Solution / Impact)."""
    name = rng.choice(halves(PEOPLE, split))
    first = name.split()[0].lower()
    date_style = rng.choice(["short", "long", "year", "num", "to"])
    year = 2024
    n_jobs = {"industry": rng.choice([2, 3, 3, 4]), "academic": 2, "student": 1, "psi": 2}[kind]
    if lang != "en":
        n_jobs = min(n_jobs, 3)
    period = "." if rng.random() < 0.3 else ""
    jobs: list[Entry] = []
    if lang == "en":
        bullets = halves(BULLETS_EN, split)[:]
        rng.shuffle(bullets)
        titles = rng.sample(halves(TITLES_EN, split), n_jobs)
        if kind == "student":
            titles = rng.sample(halves(JUNIOR_TITLES_EN, split), n_jobs)
        orgs = rng.sample(halves(ORGS_EN, split), n_jobs)
        cities = halves(CITIES_EN, split)
        if kind == "academic":
            pairs = rng.sample(halves(ACADEMIC_JOBS_EN, split) * 2, n_jobs)
            titles = [t for t, _o in pairs]
            orgs = [o for _t, o in pairs]
    else:
        bullets = halves({"de": BULLETS_DE, "fr": BULLETS_FR, "es": BULLETS_ES}[lang], split)[:]
        rng.shuffle(bullets)
        titles = rng.sample(halves(TITLES_INTL[lang], split), n_jobs)
        orgs = rng.sample(halves(ORGS_INTL[lang], split), n_jobs)
        cities = halves(CITIES_INTL[lang], split)
    for i in range(n_jobs):
        span = rng.randint(1, 4)
        start = year - span
        n_b = rng.choice([2, 3, 3, 4, 5]) if i < 2 else rng.choice([1, 2, 3])
        items = [bullets.pop() for _ in range(min(n_b, len(bullets)))]
        if lang == "en" and rng.random() < 0.15:
            items.append(rng.choice(halves(SHORT_BULLETS_EN, split)))
        items = [b + period for b in items]
        entry = Entry(
            titles[i], orgs[i], _dates(rng, lang, date_style, start, None if i == 0 else year),
            rng.choice(cities), items,
        )
        if lang == "en" and rng.random() < 0.25:
            entry.tech = "Tech stack: " + ", ".join(rng.sample(
                [s for v in SKILLS_EN.values() for s in v], rng.randint(4, 7)))
        if lang == "en" and rng.random() < 0.2:
            entry.desc = rng.choice([
                "Series B logistics start-up with 120 employees",
                "Regional hospital network serving 400,000 patients",
                "Consumer fintech app with 2 million users",
                "Public research university",
            ])
        jobs.append(entry)
        year = start - rng.choice([0, 0, 1])
    projects: list[Entry] = []
    if lang == "en":
        if kind == "psi":
            for pname, items in rng.sample(halves(PSI_EN, split), 2):
                projects.append(Entry(pname, "", str(rng.randint(2019, 2024)), bullets=list(items)))
        else:
            for pname, tech, items in rng.sample(halves(PROJECTS_EN, split), rng.choice([1, 2])):
                projects.append(Entry(pname, "", str(rng.randint(2018, 2024)), tech=tech,
                                      bullets=[b + period for b in items]))
    schools = []
    for degree, school, detail in rng.sample(halves(SCHOOLS_EN, split), 2 if kind == "academic" else 1):
        s_end = year - rng.randint(0, 1)
        schools.append(School(degree, school, f"{s_end - rng.choice([2, 4, 5])} – {s_end}", detail))
        year = s_end - 4
    skills = {k: rng.sample(v, rng.randint(3, 6)) for k, v in SKILLS_EN.items()}
    if rng.random() < 0.4:
        skills.pop(rng.choice(list(skills)))
    titles_map = dict(TITLES_OF["en"])
    if lang != "en":
        titles_map.update(TITLES_OF[lang])
    else:
        for key, options in ALT_TITLES_EN.items():
            titles_map[key] = rng.choice(options)
        if kind == "academic":
            titles_map["experience"] = rng.choice(["Research Experience", "Academic Appointments",
                                                   "Research Positions"])
    cv = CV(
        lang=lang,
        name=name,
        email=f"{first}.{rng.randint(10, 99)}@example.com",
        phone=rng.choice(["+1 (312) 555-0148", "+44 7700 900412", "(617) 555-0193",
                          "+49 151 23456789", "+33 6 12 34 56 78", "+34 612 345 678"]),
        city=rng.choice(cities),
        link=f"linkedin.com/in/{first}{rng.randint(1, 99)}",
        summary=rng.choice(SUMMARIES_EN),
        jobs=jobs,
        projects=projects,
        schools=[School(s.degree, s.school, s.dates, s.detail) for s in schools],
        skills=skills,
        languages=rng.sample(LANGS_EN, 3),
        certifications=rng.sample(halves(CERTS_EN, split), rng.randint(1, 3)),
        awards=rng.sample(halves(AWARDS_EN, split), 2),
        titles=titles_map,
    )
    if kind == "academic":
        cv.publications = rng.sample(halves(PUBS_EN, split), 4) + rng.sample(halves(PUBS_EN, split), 0)
        cv.talks = rng.sample(halves(TALKS_EN, split), 3)
        t_items = halves(TEACHING_BULLETS_EN, split)
        cv.teaching = [
            Entry(t, o, d, bullets=(list(t_items) if k == 0 and rng.random() < 0.5 else []))
            for k, (t, o, d) in enumerate(rng.sample(halves(TEACHING_EN, split), 2))
        ]
        cv.service = rng.sample(halves(SERVICE_EN, split), 2)
    return cv
