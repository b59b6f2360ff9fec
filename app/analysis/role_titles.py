"""The kinds of work a role's title names, as patterns matched case-insensitively on the title
(or the organisation): internships, teaching, study, research, science, product, engineering
and its leads, advisory, founders, analysts, volunteering and freelancing. The reading of a
role as one kind of work from them is in `app.analysis.experience`."""

from __future__ import annotations

import re

from app.legal_names import COMPANY_FORMS, LEGAL_SUFFIXES, SHORT_LEGAL_SUFFIXES

_T = re.compile  # title patterns, matched case-insensitively on the title (or organisation)
# a work-study contract beside a degree (French "alternance", "apprenti(e)", Spanish "formación
# dual", German "duales Studium", an apprenticeship): part of the studies, like an internship
_WORK_STUDY = (r"(?:en )?alternance|alternant\w*|apprentie?s?|apprentissage|apprentice\w*|work-study|"
               r"werkstudent|working student|formaci[oó]n dual|dual(?:es)? (?:student|studium)")
WORK_STUDY = _T(r"(?i)\b(" + _WORK_STUDY + r")\b")
# an internship named in another language: Portuguese "estágio", "estagiário(a)"; Spanish
# "becario(a)", "pasante", "practicante", "(en) prácticas"; Italian "tirocinio", "tirocinante",
# "stagista"; French "stagiaire"; Dutch "stagiair(e)", "afstudeerstage"; German "Praktikant(in)",
# "Praktikum"; Swedish, Danish and Norwegian "praktikant"; Finnish "harjoittelija"; Polish
# "stażysta", "praktykant"; Czech "stážista" (the bare French or Dutch "stage" is left out: an
# English "stage" is a theatre's or a start-up's)
_FOREIGN_INTERN = (r"est[aá]gi(?:o|[aá]ri[oa])s?|becari[oa]s?|pasant(?:es?|[ií]as?)|practicantes?|"
                   r"pr[aá]cticas|tirocini(?:o|ante)|stagist[ae]|stagiaire|stagiair(?:e|s)?|"
                   r"afstudeerstage|\w*praktik(?:um|ant(?:in|en|innen)?)|\w*harjoittelija|"
                   r"sta[zż]yst(?:a|ka)|praktykant(?:ka)?|st[aá][zž]ist(?:a|ka)")
INTERN = _T(r"(?i)\b(intern|internship|co-?op|trainee|" + _WORK_STUDY + "|" + _FOREIGN_INTERN + "|"
            r"summer (?:analyst|associate|engineer|researcher|fellow)|industrial (?:placement|training)|"
            r"placement (?:student|year))\b|インターン|인턴|实习")
TEACHING = _T(r"(?i)\b(teaching (?:assistant|fellow)|(?-i:TA)|tutor|lecturer|instructor|teacher|"
              r"professor|grader|demonstrator)\b")
BOOTCAMP = _T(r"(?i)\b(boot ?camps?|coding (?:school|academy)|immersive (?:program|course)|"
              r"summer (?:school|institute)|institute for teachers|(?-i:Participant))\b")
STUDY = _T(r"(?i)\b(undergraduate|(?:graduate|phd|doctoral|master'?s) (?:student|candidate)|student)\b")
RESEARCH = _T(r"(?i)\b(research(?:er)?|post-?doc\w*|post-doctoral|doctoral researcher|phd researcher|"
              r"visiting scholar|scholar|"
              # a scientist with no data, applied or ML word before it ("Staff Scientist" at a
              # national laboratory, "Senior Scientist" in a pharma lab): research, counted
              # only where its lines built software or ML systems (SCIENCE is tried first)
              r"scientists?|physicists?|chemists?|mathematicians?|astronomers?|astrophysicists?|"
              r"geophysicists?|biologists?)\b")
SCIENCE = _T(r"(?i)\b((?:data|applied|research|ml|machine learning|decision|computational|bioinformatics|"
             r"clinical data|ai) scientists?|statistician|quantitative (?:analyst|researcher|developer)|"
             r"quant|econometrician|bioinformatician|"
             # an actuary prices and reserves with statistical models (GLMs, credibility)
             r"actuary|actuarial (?:analyst|associate|scientist|modeler|modeller)|"
             # "Senior Credit Risk Modeller": builds the bank's statistical models (PD, LGD)
             r"(?:risk|credit|statistical|predictive|pricing|quantitative) modell?ers?|"
             # the discipline as the title's team ("Associate, Data Science", "Data Science
             # Associate", "Machine Learning Specialist"): science work
             r"(?:associate|fellow|specialist|consultant)[,]? (?:in |of )?(?:data science|"
             r"machine learning)|(?:data science|machine learning) (?:associate|fellow|"
             r"specialist|consultant))\b")
PRODUCT = _T(r"(?i)\b(product (?:manager|owner|lead|director|management)|program(?:me)? manager|"
             r"project manager|scrum master|delivery manager|product marketing)\b")
ENG_LEAD = _T(r"(?i)\b(engineering manager|(?:software|development|engineering|data|ml|platform|"
              r"infrastructure|devops|it) manager|director of (?:engineering|infrastructure|technology|"
              r"data|ml|ai|platform|software|it)\w*|head of (?:engineering|data|ml|ai|infrastructure|"
              r"platform|technology|software|it)|vp,? (?:of )?engineering|cto|chief technology officer|"
              r"chief technical officer|tech(?:nical)? lead(?:er)?|team lead(?:er)?|lead (?:engineer|developer)|"
              r"engineering lead|infrastructure (?:division|team))\b|"
              # "Director, Machine Learning Engineering", "Senior Manager - Data & ML Engineering"
              r"(?i:(?<!sales )(?<!marketing )(?<!product )(?<!account )\b(?:director|manager|head|vp|"
              r"vice president)\s*[,–—-]\s*(?![^,]*\b(?:analytics|"
              r"marketing|sales|product|program|project)\b)(?:[\w&/]+\s+){0,3}?(?:engineering|"
              r"software|development|machine learning|ml|ai|platform|infrastructure)\b)")
# a job's own noun that says what the work is: a line holding one is the title, not the
# employer ("Senior Information Developer" at "Brightcairn Software"); a "Consultant" or a
# "Senior Consultant" says it less than the firm beside it does
JOB_NOUN = _T(r"(?i)\b(engineer|developer|scientist|analyst|architect|researcher|designer|"
              r"programmer|administrator|writer|editor|tester)s?\b")
# a lead of a team or group, which says nothing of what the team does
GENERIC_LEAD = _T(r"(?i)\b(?:team|group) lead(?:er)?\b")
# a developer of something other than software: documentation ('Information Developer', an
# IBM-style technical writer), courses, business, property
_NOT_SOFTWARE_DEV = (r"(?<!information )(?<!content )(?<!documentation )(?<!curriculum )"
                     r"(?<!instructional )(?<!course )(?<!courseware )(?<!e-learning )(?<!training )"
                     r"(?<!business )(?<!talent )(?<!property )(?<!community )")
# a technologist of garments, food, a laboratory or a hospital: no software work
_NOT_SOFTWARE_TECH = "".join(rf"(?<!{w} )" for w in (
    "fit", "garment", "apparel", "clothing", "textile", "fabric", "fashion", "product", "process",
    "food", "dairy", "medical", "laboratory", "lab", "radiologic", "radiology", "radiation",
    "surgical", "pharmacy", "dental", "clinical", "cardiovascular", "veterinary", "mri", "ct",
    "nuclear medicine", "sterile processing", "histology", "cytology", "perfusion"))
ENGINEERING = _T(r"(?i)\b(engineers?|engineering (?:lead|manager|director)|" + _NOT_SOFTWARE_DEV
                 + r"developer|programmer|sde|sdet|swe|mle|sre|devops|software|"
                 r"full[- ]?stack|back[- ]?end|front[- ]?end|coder|" + _NOT_SOFTWARE_TECH +
                 r"technologist|member of technical staff|mts|penetration tester|security researcher|"
                 r"administrator|dba|architect|hacker|"
                 # a test team's lead or manager, and a tester: software quality work
                 r"(?:qa|test|testing|quality assurance)(?: automation)? (?:lead|manager)|"
                 r"(?:software |qa |manual )?tester|"
                 # the same titles in the languages resumes come in ("Desenvolvedor Java Pleno",
                 # "Softwareentwickler", "Ingeniero de datos", "Développeuse back-end")
                 # (never a business developer: 'Desarrolladora de Negocios', 'Personalentwicklerin')
                 r"(?:desenvolvedor[a]?|desarrollador[a]?|d[ée]veloppeu(?:r|se)|sviluppat(?:ore|rice)|"
                 r"programador[a]?|programmeu(?:r|se)|programmatore|ontwikkelaar)"
                 r"(?!\s+(?:de\s+|d[e']\s*)?(?:neg[óo]cios?|negocios?|comercial\w*|commercial\w*|"
                 r"affaires|business|vendas|ventas|produto|producto))|"
                 r"(?:software|web|java|python|app|anwendungs|backend|frontend|full-?stack|system|"
                 r"datenbank|daten|ki|ml|spiele|mobile|ios|android)?-?entwickler(?:in)?|"
                 r"engenheir[oa] de (?:dados|software|sistemas|machine learning|ml)|"
                 r"ingenier[oa] de (?:datos|software|sistemas|machine learning|ml)|"
                 r"ing[ée]nieure? (?:logiciel|données|d[ée]veloppement|études))\b|"
                 # Japanese, Chinese and Korean titles (no word boundaries in those scripts:
                 # "バックエンドエンジニア"), and a Japanese IT firm's shorthand for a systems
                 # engineer and a programmer ("SE", "PG")
                 r"エンジニア|プログラマ|開発者|技術者|工程师|程序员|开发者|엔지니어|개발자|"
                 r"(?-i:\b(?:SE|PG)\b)")
# Testing and QA titles, in two widths, each for its reader. TESTER_TITLE names the testing
# work itself (SDET, QA, test or quality engineer, quality assurance, engineer in test): the
# verdict asks it of the latest role of any kind and of the posting's title, where a bare
# "quality" or "automation" is other work ("Marketing Automation Manager", "Quality Manager").
# TEST_WORK_TITLE also takes any test word and a bare "quality" or "automation": the level asks
# it only of engineering roles, where an "Automation Engineer" or a "Test Analyst" tests what
# others build. Every TESTER_TITLE is a TEST_WORK_TITLE (a test proves it on titles).
TESTER_TITLE = _T(r"(?i)\b(sdet|test(?:ing)? engineer|qa|quality assurance|quality engineer\w*|"
                  r"tester|test automation|test lead|automation test\w*|engineer in test)\b")
TEST_WORK_TITLE = _T(r"(?i)\b(sdet|qa|quality|test\w*|automation)\b")
NON_SOFTWARE = _T(r"(?i)\b(civil|mechanical|chemical|structural|process|manufacturing|sales|field|"
                  r"audio|sound|biomedical|industrial|quality|aerospace|petroleum|mining|"
                  r"environmental|marine|nuclear|materials|production|maintenance|site|"
                  # radio and spacecraft work: an RF engineer, a spacecraft operations engineer
                  r"rf|radio|antenna|spacecraft|satellite|avionics|electrical|"
                  # a language-services title: files prepared for translators, not software
                  r"locali[sz]ation|translation memory)"
                  r"(?:\s+(?!reliability\b|software\b|data\b|ml\b|assurance\b|test\w*|automation\b)\w+)?"
                  r" engineer|engineer[- ]in[- ]training|"
                  # a reliability engineer of machines (failure analysis), not of sites
                  r"(?<!site )(?<!software )(?<!service )(?<!platform )\breliability engineer")
# a title that names software development beside the infrastructure ("Backend / DevOps
# Engineer", "Software Engineer, SRE"): the role builds software as well as running it
SOFTWARE_BESIDE = _T(r"(?i)\b(back[- ]?end|front[- ]?end|full[- ]?stack|software (?:engineer|"
                     r"developer)|developer(?! (?:platform|productivity|experience|relations|"
                     r"advocate))|programmer|sde|swe)\b")
INFRA_TITLE = _T(r"(?i)\b(site reliability|sre|devops|dev ops|infrastructure|platform operations|"
                 r"systems? engineer|network engineer|cloud engineer|cloud operations|"
                 r"release engineer|build engineer|security engineer|penetration tester|"
                 # running networks and servers: a NOC, an administrator, IT support
                 r"noc|network operations|(?:linux|unix|windows|systems?|network|database|it) "
                 r"admin(?:istrator)?|sysadmin|it support|help ?desk)\b")
# designing chips and boards (RTL, FPGA, ASIC, verification of silicon): hardware engineering,
# whose scripts and performance models beside it do not make it software work
HARDWARE = _T(r"(?i)\b(rtl|asic|fpga|vlsi|(?-i:SoC)|hardware|silicon|chip|physical design|"
              r"design verification|analog|mixed[- ]signal|pcb|board design|electrical|"
              r"electronics?)\b"
              # "FPGA Software Engineer", "AI Chip Compiler Engineer", "Hardware/Software
              # Co-design Engineer", "Electronic Trading Engineer": software work ("SOC" in
              # capitals is a security operations centre)
              r"(?!(?:\s*[/&+-]\s*|\s+)(?:software|firmware|compiler|trading|security|ml|ai|"
              r"machine learning|data|test automation)\b)"
              r"(?:\s*/\s*\w+)?(?:\s+\w+)?\s+(?:engineer|designer|architect)")
# software on hardware a hardware title's role writes itself (a Linux or device driver, its
# firmware, an operating-system kernel, a bootloader): not a gate driver circuit, an LED driver
# board or a convolution kernel in Verilog
HARDWARE_SOFTWARE = _T(r"(?i)\b(?:wrote|write|writes|built|builds|developed|develops|implemented|"
                       r"ported|maintain(?:ed|s)?|own(?:ed|s)?)\b[^.;]{0,40}(?:\b(?:linux|kernel|"
                       r"device|usb|pcie|wi-?fi|bluetooth|gpu|network|storage|nvme|camera)\s+"
                       r"drivers?\b|\bfirmware\b|\b(?:linux|os|operating[- ]system)\s+kernel\b|"
                       r"\bbootloaders?\b|\bembedded software\b|\bboard support packages?\b|\bbsp\b)")
# supporting customers' or colleagues' systems (tickets, troubleshooting, escalations): support
# work, whatever the title's "engineer" ("Cloud Support Engineer II", "Technical Support
# Engineer (Tier 2)", "Application Support Analyst")
SUPPORT = _T(r"(?i)\b(?:(?:technical|customer|cloud|application|applications|product|premium|"
             r"production|it|desktop|service ?desk|l[1-3]|tier[- ]?[1-3])\s+)support\s+(?:engineer|"
             r"specialist|analyst|associate|technician|representative|agent)s?\b|\bsupport engineer\b|"
             r"\btier[- ]?[1-3]\b")
IT_ADMIN = _T(r"(?i)\b(systems? administrator|sys-?admin|it administrator|network administrator|"
              r"database administrator|dba|it support|help ?desk|desktop support|it technician)\b")
# running networks: a network engineer designs, configures and operates routers, switches and
# firewalls (scripts beside that are operations), not software
NETWORK_NOTE = "network engineering (running networks, not building software)"
NETWORK = _T(r"(?i)(?<!neural )\b(?:network (?:systems? |infrastructure |operations |security |communications? )?"
             r"|noc )(?:engineer|architect|technician|specialist|analyst|manager)s?\b")
# military service (an officer's, a soldier's, mandatory or national service): leading soldiers
# and running tactical networks are not engineering years; a software developer in uniform who
# builds software is another matter (the title says so). Read from the section ("Military
# Experience"), a rank or unit in the title, or an organisation that is a service itself
# ("United States Army, Signal Corps", not "Navy Federal Credit Union")
MILITARY_SECTION = _T(r"(?i)\b(military|armed forces|national service|veteran)\b")
MILITARY_TITLE = _T(r"(?i)\b(platoon|battalion|brigade|regiment|squadron|company commander|"
                    r"(?:first |second )?lieutenant|sergeant|corporal|private first class|"
                    r"captain \(o-?\d\)|soldier|conscript\w*|mandatory service|national service|"
                    r"military service|signal officer)\b")
MILITARY_ORG = _T(r"(?i)^(?!.*\bsalvation army\b)\W*(?:the\s+)?(?:[\w.]+\s+){0,4}?(?:army|navy|air force|marine corps|"
                  r"armed forces|national guard|coast guard|defen[cs]e forces?)(?:\s*[,(|–—-].*)?$")
# customer-facing technical roles: they design for and advise customers, and others build
ADVISORY = _T(r"(?i)\b(solutions? architect|sales engineer|pre-?sales|technical account manager|"
              r"customer (?:success )?engineer|(?:cloud|enterprise|technical) consultant|"
              r"partner (?:solutions )?architect|field (?:cto|architect))\b")
ADVISORY_NOTE = "customer-facing architecture or pre-sales (advising, not building software)"
FOUNDER = _T(r"(?i)\b(co-?founder|founder|founding|ceo|owner|entrepreneur)\b")
ANALYST = _T(r"(?i)\b(analyst|analytics)\b")
# the engineering titles of IT-services firms and the ranks of banks ("IT Analyst", "Technology
# Analyst", "Systems Analyst", "Associate Consultant", "Associate, Engineering", "Senior Associate,
# Technology", "AVP - Software"): engineering when the role's own lines build software
IT_SERVICES = _T(r"(?i)\b(?:(?:it|technology|systems?|applications?|software|programmer|technical|"
                 r"associate|senior)\s+(?:analyst|consultant)|(?:senior\s+)?associate\s*[,\-–—]\s*"
                 r"(?:software|technology|engineering|tech)|(?:assistant\s+)?(?:vice president|vp|avp)"
                 r"\s*[,\-–—]\s*(?:software|technology|engineering))\b")
OTHER_ENGINEER = _T(r"(?i)\b(?:data|software|ml|machine learning|backend|platform|analytics)\s+"
                    r"(?:engineer|developer)\b")  # "Data Engineer / BI Developer": both
BI_TITLE = _T(r"(?i)\b(?:business intelligence|bi)\s+(?:engineer|developer|analyst|specialist)\b")
# a project named with the person's part in it, as project tables write rows ("Rollout of the
# inspection AI / Technical lead", "Deep-learning prototype / Member, then sub-leader")
PROJECT_ROLE = _T(r"(?i)\S\s+/\s+(?:[\w-]+\s+){0,2}?(?:member|sub-?leader|leader|lead|"
                          r"section chief|chief|developer|engineer|designer|architect|"
                          r"programmer)\b[^/]*$")


# a section of credentials, not jobs: its dated entries are certificates, courses or prizes
CREDENTIAL_SECTION = _T(r"(?i)\b(?:certifications?|certificates?|licen[cs]es?|seminars?|trainings?|"
                        r"courses?|workshops?|awards?|honou?rs|publications?|conferences?)\b")
VOLUNTEER = _T(r"(?i)\b(volunteer\w*|member|(?:open[- ]source )?contributor|ambassador|club|society|chapter|president|"
               r"organi[sz]er|coordinator|mentor|captain|committee)\b")
UNPAID_SECTION = _T(r"(?i)\b(volunteer\w*|campus|activit\w*|involvement|extra-?curricular|"
                    r"community|honou?rs|awards|societ\w*|clubs?|leadership|presentations?|"
                    r"talks|writing|interests|hobbies)\b")
# ("B2B contract" is how Poland and its neighbours employ full-time engineers: not freelance)
FREELANCE = _T(r"(?i)\b(freelanc\w*|self-employed|independent|(?<!b2b )contract(?:or)?|consultant)\b")
# a company's co-founder or chief technology officer is self-employed but not a freelancer: they
# built a company and its team, not a run of client engagements
CO_FOUNDER = _T(r"(?i)\b(co-?founder|founder|cto|chief technology officer|ceo)\b")
# a posting for infrastructure work (SysDE, SRE, platform, network): network and operations
# years are its own kind of work there
INFRA_POSTING = re.compile(r"(?i)\b(?:systems? development engineer|sysde|site reliability|"
                           r"sre|devops|dev ops|platform engineer|infrastructure engineer|"
                           r"systems engineer|network(?:ing)? engineer|cloud engineer|"
                           r"production engineer|security engineer)\b")


def shared_with_teaching(title: str) -> bool:
    """A title that joins an engineering job with a teaching one ("Web Developer & Math
    Tutor", "Software Developer / Instructor"): neither is full-time."""
    parts = [p for p in re.split(r"\s+(?:&|/|\+|and)\s+", title) if p.strip()]
    return len(parts) > 1 and any(_TEACHER_END.search(p) and not ENGINEERING.search(p)
                                  for p in parts)


# a part that names a person who teaches ("Math Tutor", "Coding Instructor"), not a team or a
# product of an engineering job ("Classroom and Teacher Tools")
_TEACHER_END = _T(r"(?i)\b(?:tutor|teacher|instructor|lecturer|teaching assistant|trainer)s?\s*$")


# a line whose words are software work (an "Automotive Engineer" who writes code)
HANDS_ON_SOFTWARE = _T(r"(?i)\b(?:software|code|coding|programm(?!es?\b)\w*|firmware|python|c\+\+|java|"
                       r"embedded|api\w*|app\w*)(?![\w+])")
# people trained, not a model ("Trained 25 staff on self-service Tableau")
TRAINED_PEOPLE = _T(r"(?i)\btrained\s+(?:\d+\+?\s+|(?:new|junior|the|our|all)\s+)*(?:staff|"
                    r"colleagues|people|users|analysts|engineers|students|team|members|nurses|"
                    r"agents|managers|interns|hires|volunteers|teachers|clinicians)\b(?!['’])"
                    r"(?:\s+(?:on|in)\s+[^,;.]*?)?(?=\s+and\s|[,;.]|$)")
# an analyst's own artefacts: a model in a notebook, SQL views or queries, a spreadsheet model
ANALYSIS_ARTEFACT = _T(r"(?i)^(?!.*\b(?:deploy\w*|production|endpoints?|served|serving|apis?|"
                       r"sagemaker)\b).*?\b(?:notebooks?|sql (?:views?|queries)|(?:excel|spreadsheet) "
                       r"models?|views? in (?:snowflake|bigquery|redshift|sql server))\b")


# a doctorate done as an employee (France's CIFRE, an industrial PhD): research for the employer
INDUSTRIAL_PHD = _T(r"(?i)\bcifre\b|\bindustrial (?:ph\.?d|doctorate)\b|\bdoctorado industrial\b|"
                    r"\bindustriedoktorand|\bemployed by [^.;]{1,60}\b(?:under|on) an? [^.;]{0,30}"
                    r"\bcontract\b")
# a role that is the doctorate itself ("PhD candidate (CIFRE)"): its degree is not counted again
DOCTORATE_ROLE = _T(r"(?i)\bph\.?\s?d\b|\bdoctora\w*|\bcifre\b")
# a post held as part of a doctorate (an assistantship, a doctoral researcher's post), not a
# research job a working adult holds beside a part-time doctorate ("Researcher, NTT Labs")
DOCTORAL_POST = _T(r"(?i)\b(assistant|ra|phd|ph\.d|doctoral|doctorate|graduate|student|"
                   r"candidate|fellow)\b")
# a company's legal name ("Nordweave Software Sp. z o.o.", "Acme GmbH"): an employer, not a title
LEGAL_NAME = _T(r"(?i)\b(?:" + "|".join(LEGAL_SUFFIXES + SHORT_LEGAL_SUFFIXES) + r")\s*$")
# a company's name as a title: a legal suffix, or a Japanese company's 株式会社 / 有限会社
COMPANY_TITLE = _T("|".join(COMPANY_FORMS))


_APPLICATION = re.compile(
    r"(?i)\b(?:built|build(?:s|ing)?|developed|develop(?:s|ing)?|implemented|implement(?:s|ing)?|"
    r"wrote|writ(?:e|es|ing)|written|designed|shipped|created|coded)\b"
    r"(?P<gap>(?:\s+[\w/.+#-]+){0,5}?)\s+(?:services?|apis?|api servers?|apps?|applications?|"
    r"microservices?|backends?|features?|websites?|librar(?:y|ies)|sdks?|user interfaces?|"
    r"ui|endpoints?)\b")


def builds_application(text: str) -> bool:
    """A line that builds application software (a service, an API, an app, a feature), not
    the pipelines, clusters or charts that run other people's services."""
    for m in _APPLICATION.finditer(text or ""):
        if not re.search(r"(?i)\b(?:for|to|in|on|of|with|across)\b", m.group("gap")):
            return True
    return False


# the team a "Team Lead, ..." title names is technical ("Machine Learning", "Data Platform"); a
# "Team Lead, Trust & Safety" over moderators builds with a script or a dashboard at most
TECH_TEAM = _T(r"(?i)\b(?:machine learning|ml|ai|data|software|engineering|platform|backend|"
               r"frontend|mobile|\w*ops|infrastructure|cloud|security|qa|test\w*|perception|"
               r"robotics|vision|firmware|embedded|compilers?|reliability|sre|network\w*|"
               r"database\w*|web|ios|android|games?|graphics|java|python|api|services?)\b")
# the engineers a lead's lines name ("the technical work of a team of 5 Java developers")
LEADS_ENGINEERS = _T(r"(?i)\b(?:\d+|a team of)\s+(?:[\w.+#-]+\s+){0,2}"
                     r"(?:developers|engineers|programmers)\b")


def technical_team(title: str, lines: str) -> bool:
    """A lead's team is technical: its title names the work, or its lines the engineers led."""
    return bool(TECH_TEAM.search(title) or LEADS_ENGINEERS.search(lines))
