"""Invented content for generated job postings (no corpus text): responsibilities, basic and
preferred qualifications in the shapes real postings write them, company names, titles,
benefits, pay lines, legal and hiring-process text that must never become a requirement.

Every pool is split in halves like the resume bank (`bank.halves`): tune postings draw from
the even positions, held-back postings from the odd ones, so a held-back posting has items
the tuning never saw."""

from __future__ import annotations

# ----------------------------------------------------------------------------- English items
RESP = [
    "Design, build and operate the data pipelines that feed our pricing models",
    "Own services end to end, from design review through launch and on-call",
    "Partner with product managers and designers to turn customer problems into technical plans",
    "Write clean, well-tested code in Python and Go, and review your teammates' changes",
    "Improve the reliability and latency of our public search APIs",
    "Mentor junior engineers and help grow the team's engineering practices",
    "Run online experiments to measure the impact of model changes on customers",
    "Deploy machine learning models to production and monitor them for drift and data quality issues",
    "Lead technical design discussions and write down the decisions and their trade-offs",
    "Work with data scientists to take prototypes from notebooks into production services",
    "Build internal tools that make other engineering teams faster",
    "Drive down operational load by automating recurring manual tasks",
    "Contribute to the technical roadmap of the platform team",
    "Investigate production incidents, find root causes and follow through on the fixes",
    "Collaborate with security and privacy teams to keep customer data safe",
    "Analyze large datasets to find growth opportunities for the business",
    "Present findings and recommendations to senior leadership, in writing and in person",
    "Maintain and extend our Kubernetes-based deployment platform (EKS, Argo CD, Helm)",
    "Define the metrics, alerts and dashboards that describe the health of our services",
    "Scale our event streaming infrastructure to billions of messages per day",
    "Shape the architecture of a new payments product from the first prototype",
    "Support enterprise customers during onboarding and bring their feedback to the team",
    "Evaluate new tools and vendors, and recommend what we should adopt",
    "Keep our technical documentation accurate, short and useful",
    "Train, fine-tune and evaluate large language models for retrieval and summarization tasks",
    "Build the feature store and the offline/online training data pipelines",
    "Set coding standards and drive adoption of best practices across the organization",
    "Participate in an on-call rotation (one week in six) for the services the team owns",
    "Translate ambiguous business questions into well-defined analyses and experiments",
    "Own the end-to-end delivery of features: scoping, estimation, implementation and rollout",
    "Work closely with hardware engineers to bring up new devices and debug firmware issues",
    "Develop and maintain ETL jobs in Airflow and dbt that load data into Snowflake",
    "Identify, prioritize and fix performance bottlenecks in the mobile apps",
    "Create reusable UI components for our design system in React and TypeScript",
    "Conduct code reviews and provide constructive, timely feedback",
    "Research, prototype and benchmark new approaches to ranking and recommendation",
    "Communicate project status, risks and dependencies to stakeholders",
    "Build strong relationships with partner teams in Dublin, Seattle and Bangalore",
    "Contribute to hiring by interviewing candidates and improving our interview loop",
    "Manage the full lifecycle of ML models, from data collection to retirement",
    "Harden our cloud infrastructure against attacks and respond to security findings",
    "Write and maintain Terraform modules for AWS accounts, networking and IAM",
    "Design APIs and data models that other teams can build on for years",
    "Reduce cloud spend by finding and removing waste across our AWS accounts",
    "Coach the team on testing, observability and incident response",
    "Work with customers to understand their workflows and pain points",
    "Automate the release process for iOS and Android apps",
    "Ensure our products meet accessibility standards (WCAG 2.1 AA)",
    "Prepare and deliver training sessions for internal users",
    "Estimate, plan and track the work of a team of four to six engineers",
    "Build dashboards in Looker and Tableau that product teams use every week",
    "Develop statistical models to forecast demand for 20,000 products across 300 stores",
    "Own the data quality of critical datasets and define SLAs with their consumers",
    "Lead the migration of legacy services from on-premises data centers to AWS",
    "Partner with legal and compliance to meet GDPR, SOC 2 and HIPAA requirements",
    "Help define the long-term vision and strategy for search at the company",
    "Prototype generative AI features and measure their quality with human evaluation",
    "Troubleshoot customer-reported issues across the stack, from the browser to the database",
    "Drive cross-team initiatives that span several organizations",
    "Perform other duties as assigned",
    "Be on call one week in eight (paid)",
    "Take part in our quarterly hackathons and internal tech talks",
    "Ensure 99.9% uptime for customer-facing services",
    "Own the roadmap for the data platform and align it with stakeholders",
    "Improve developer experience (build times, local environments, CI)",
]

BASIC = [
    "3+ years of professional software development experience",
    "Bachelor's degree in Computer Science, Engineering or a related field, or equivalent practical experience",
    "Experience with at least one of Python, Java, Go or C++",
    "Hands-on experience with a major cloud provider such as AWS, GCP or Azure",
    "Solid understanding of data structures, algorithms and system design",
    "Experience building and operating distributed systems at scale",
    "Strong SQL skills and experience with relational databases (PostgreSQL, MySQL)",
    "5+ years of experience in data engineering or analytics engineering",
    "Experience with machine learning frameworks such as PyTorch, TensorFlow or JAX",
    "Excellent written and verbal communication skills in English",
    "Experience with CI/CD pipelines and infrastructure as code (Terraform, CloudFormation)",
    "2+ years of experience deploying and monitoring models in production",
    "Familiarity with containers and orchestration (Docker, Kubernetes)",
    "Ability to work independently and manage your own time in a fast-moving environment",
    "Experience with streaming systems such as Kafka, Kinesis or Pulsar",
    "Proven track record of delivering projects from design to launch",
    "BS/MS in Computer Science, Electrical Engineering or equivalent",
    "4+ years of experience building web applications with React and TypeScript",
    "Strong programming skills in Python, including testing and packaging",
    "Experience designing RESTful and gRPC APIs",
    "1+ years of experience with statistical analysis and experiment design (A/B testing)",
    "Knowledge of Linux internals, networking and performance tuning",
    "Experience mentoring other engineers",
    "Master's degree in Statistics, Mathematics, Computer Science or another quantitative field",
    "7+ years of experience in software engineering, including 2+ years in a technical leadership role",
    "Demonstrated ability to communicate complex technical topics to non-technical audiences",
    "Experience with data modeling, data warehousing and building ETL pipelines",
    "Proficiency in at least one object-oriented language (e.g. Java, C#, Kotlin)",
    "Experience with version control (Git) and code review workflows",
    "Strong analytical and problem-solving skills",
    "Experience working in an Agile/Scrum environment",
    "Understanding of security best practices for web applications (OWASP Top 10)",
    "PhD in Computer Science, Machine Learning or a related field, or equivalent research experience",
    "Experience with NoSQL databases such as DynamoDB, Cassandra or MongoDB",
    "Ability to obtain and maintain a U.S. government security clearance",
    "Fluency in English; German is a plus",
    "Experience with iOS development in Swift and SwiftUI",
    "6+ years of hands-on experience with Java and the Spring ecosystem",
    "Experience owning production services, including on-call and incident response",
    "Comfortable with ambiguity and able to make progress with incomplete information",
    "Experience with observability tools such as Prometheus, Grafana or Datadog",
    "3-5 years of experience in a customer-facing technical role",
    "Strong knowledge of probability, statistics and linear algebra",
    "Experience with natural language processing, including transformers and embeddings",
    "Excellent stakeholder management skills",
    "Must be able to work from our Austin office at least three days a week",
    "You have shipped production code in Go or Rust",
    "You write clear design documents and enjoy reviewing other people's",
    "Experience with big data technologies (Spark, Hive, Presto)",
    "At least 2 years of experience with Kubernetes in production",
    "Ability to pass a background check",
    "Experience with payment systems, billing or ledgers",
    "Working knowledge of networking fundamentals: TCP/IP, DNS, HTTP and TLS",
    "High school diploma or GED",
    "Minimum of 5 years of experience in product management for B2B software",
    "Experience building LLM-based applications (RAG, agents, evaluation)",
    "Excellent attention to detail",
    "Experience with embedded C and real-time operating systems",
    "Two or more years of experience with dbt and a cloud data warehouse",
    "Deep understanding of browser rendering and web performance",
    "Experience leading cross-functional projects with several teams",
    "Eligible to work in the European Union",
    "Strong understanding of software development life cycle (SDLC) and testing practices",
    "Experience with Salesforce, HubSpot or a similar CRM",
    "Experience with at least two of the following: Go, Rust, Java, or C++",
    "U.S. citizenship is required due to the nature of the work",
    "B.S. degree in Computer Science or a related field (M.S. preferred)",
    "3+ years of experience with Python (or another object-oriented language)",
    "Experience with e.g. Airflow, Prefect or similar orchestration tools",
    "Strong communication skills - you can explain complex ideas simply",
    "Knowledge of SQL: window functions, CTEs and query plans",
    "Willingness to travel up to 25% of the time",
    "Able to lift 25 lbs and stand for extended periods",
    "Excellent English (C1); Dutch is a nice bonus",
    "5+ yrs. of experience in a similar role",
    "Proficient in MS Office (Excel, PowerPoint)",
    "A growth mindset and a habit of writing things down",
    "You are comfortable owning a problem from idea to production",
]

PREF = [
    "Master's degree or PhD in a quantitative field",
    "Experience with Spark or Flink at scale",
    "Contributions to open-source projects",
    "Experience in the payments or fintech industry",
    "Knowledge of statistics and experimental design",
    "Experience with Terraform and the AWS CDK",
    "Background in recommender systems or search ranking",
    "Experience leading a small team",
    "Familiarity with GDPR and privacy engineering",
    "Experience with large language models and retrieval-augmented generation",
    "Prior start-up experience",
    "Working knowledge of Rust",
    "AWS certification (Solutions Architect, Machine Learning Specialty)",
    "Experience with MLOps tooling such as MLflow, Kubeflow or SageMaker",
    "Publications at top-tier conferences (NeurIPS, ICML, ACL, KDD)",
    "Experience in healthcare or life sciences",
    "Experience with GraphQL and Apollo",
    "Familiarity with causal inference methods",
    "Experience with Snowflake, BigQuery or Redshift",
    "Knowledge of a second language, especially Spanish or Portuguese",
    "Experience building developer tools or platforms",
    "Experience with computer vision (detection, segmentation, tracking)",
    "Experience with C++ performance optimization and profiling",
    "Previous experience in a high-growth SaaS company",
    "Experience with feature flags and progressive delivery",
    "Familiarity with accessibility standards",
    "Experience working with distributed teams across time zones",
    "Experience with mobile development (iOS or Android)",
    "Understanding of compilers or database internals",
    "Experience with reinforcement learning",
    "MBA or equivalent business experience",
    "Experience with Elasticsearch or OpenSearch",
    "Hands-on experience with GPU programming (CUDA, Triton)",
    "Experience with data visualization tools like Tableau or Power BI",
    "Experience presenting at conferences or meetups",
    "Experience with event-driven architectures and CQRS",
    "Certified Scrum Master or PMP",
    "Experience in a regulated industry (banking, insurance, healthcare)",
    "Familiarity with Kotlin Multiplatform",
    "Experience with chaos engineering",
    "Security certifications such as CISSP or OSCP",
    "A portfolio or GitHub profile that shows your work",
    "Experience with time-series forecasting",
    "Familiarity with the Python scientific stack (NumPy, pandas, SciPy)",
    "Experience with Kubernetes operators or CRDs",
    "Exposure to Scala or Kotlin",
    "Familiarity with the Jamstack (Next.js, Vercel)",
    "Have worked in a remote-first company before",
    "You've built something people use (side projects count!)",
    "Open-source maintainership, e.g. of a Python library",
]

# items that must read as preferred although they sit in a requirements list
PLUS_SUFFIXES = [" is a plus", " is a big plus", " (preferred)", " - nice to have", " would be a bonus",
                 " is an advantage", " (a plus)", " is highly desirable"]

# sentences of second-person duties for prose paragraphs
RESP_PROSE = [
    "You will design and build the services that power our checkout",
    "You will work closely with product and design to decide what to build next",
    "You'll own the reliability of systems that process millions of orders a day",
    "You will mentor engineers and raise the bar for code quality",
    "You'll partner with scientists to bring new models to production",
    "You will lead the technical design of our next-generation data platform",
    "You will write code every day and review the code of others",
    "You'll help define our engineering culture as the team grows",
    "You will be responsible for the performance and scalability of our APIs",
    "You'll work with customers to understand how they use the product",
    "You will build and maintain the infrastructure our models are trained on",
    "You'll run experiments and turn their results into product decisions",
]

# ----------------------------------------------------------------------------- German / French / Dutch / Spanish items
RESP_DE = [
    "Konzeption und Entwicklung skalierbarer Backend-Services in Java und Kotlin",
    "Weiterentwicklung unserer Datenplattform auf Basis von AWS und Snowflake",
    "Enge Zusammenarbeit mit Product Ownern, UX und Data Science",
    "Sicherstellung der Codequalität durch Reviews, Tests und Pair Programming",
    "Betrieb und Monitoring der Anwendungen in unserer Kubernetes-Umgebung",
    "Analyse von Anforderungen und Ableitung technischer Lösungen",
    "Du entwickelst Machine-Learning-Modelle und bringst sie in Produktion",
    "Du übernimmst Verantwortung für die Architektur unserer Microservices",
    "Mitarbeit bei der Auswahl neuer Technologien und Werkzeuge",
    "Dokumentation der Systeme und Wissensaustausch im Team",
    "Betreuung unserer Kunden bei technischen Fragen",
    "Automatisierung von Build- und Deployment-Prozessen",
]
BASIC_DE = [
    "Abgeschlossenes Studium der Informatik, Mathematik oder eine vergleichbare Qualifikation",
    "Mindestens 3 Jahre Berufserfahrung in der Softwareentwicklung",
    "Sehr gute Kenntnisse in Python oder Java",
    "Erfahrung mit Cloud-Plattformen wie AWS oder Azure",
    "Sehr gute Deutsch- und gute Englischkenntnisse in Wort und Schrift",
    "Erfahrung mit relationalen Datenbanken und SQL",
    "Du hast Erfahrung mit Docker und Kubernetes",
    "Strukturierte und selbstständige Arbeitsweise",
    "Kenntnisse in agilen Methoden (Scrum, Kanban)",
    "Teamfähigkeit und Kommunikationsstärke",
    "Fundierte Kenntnisse in Statistik und maschinellem Lernen",
    "Erfahrung mit CI/CD-Pipelines, z. B. GitLab CI oder Jenkins",
]
PREF_DE = [
    "Erfahrung mit Kafka oder anderen Streaming-Technologien",
    "Kenntnisse in Terraform",
    "Erfahrung in der Versicherungs- oder Bankenbranche",
    "Zertifizierungen im AWS-Umfeld",
    "Erfahrung mit Spark oder Databricks",
    "Kenntnisse im Bereich Frontend-Entwicklung mit React",
    "Erste Führungserfahrung",
    "Erfahrung mit Large Language Models",
]
RESP_FR = [
    "Concevoir et développer des services backend performants en Java",
    "Participer aux choix d'architecture et aux revues de code",
    "Mettre en place et maintenir les pipelines de données",
    "Collaborer avec les équipes produit, design et data",
    "Assurer la qualité du code grâce aux tests automatisés",
    "Accompagner les développeurs juniors de l'équipe",
    "Déployer et superviser les modèles de machine learning en production",
    "Rédiger la documentation technique",
]
BASIC_FR = [
    "Diplôme d'ingénieur ou Master en informatique",
    "Au moins 3 ans d'expérience en développement logiciel",
    "Maîtrise de Python et de SQL",
    "Expérience avec un cloud public (AWS, GCP ou Azure)",
    "Bonne connaissance des bases de données relationnelles",
    "Anglais courant, à l'écrit comme à l'oral",
    "Esprit d'équipe et sens du service",
    "Expérience des méthodes agiles",
]
PREF_FR = [
    "Expérience avec Kubernetes et Terraform",
    "Connaissance du secteur bancaire",
    "Contributions à des projets open source",
    "Expérience en traitement du langage naturel",
]
RESP_NL = [
    "Je ontwerpt en bouwt schaalbare backend-services in Python",
    "Je werkt nauw samen met product owners en data scientists",
    "Je bent verantwoordelijk voor de kwaliteit van onze code",
    "Je begeleidt junior ontwikkelaars in het team",
    "Je automatiseert onze build- en deploymentstraten",
    "Je denkt mee over de architectuur van ons platform",
]
BASIC_NL = [
    "Een afgeronde hbo- of wo-opleiding in de informatica",
    "Minimaal 3 jaar ervaring als software engineer",
    "Goede kennis van Python en SQL",
    "Ervaring met cloudplatformen zoals AWS of Azure",
    "Uitstekende beheersing van de Nederlandse en Engelse taal",
    "Je bent een teamspeler met een proactieve houding",
]
PREF_NL = [
    "Ervaring met Kubernetes",
    "Kennis van de financiële sector",
    "Ervaring met machine learning",
]

# ----------------------------------------------------------------------------- names and furniture
COMPANIES = ["Lumenfield", "Harbor & Pine", "Quartzline Health", "Norrland Energy", "Brightwater Labs",
             "Kitestring", "Oakhurst Financial", "Veloway", "Cobalt Meadow", "Tessellate AI",
             "Marigold Logistics", "Stonebridge Games", "Fernhill Robotics", "Parallax Bank",
             "Willowmere", "Ostara Bio", "Redwing Security", "Sablewood Analytics", "Tidepool",
             "Ambergate Insurance", "Northstar Mobility", "Pebblebrook", "Coral Ridge Media", "Ironbark Cloud"]
COMPANIES_DE = ["Rheinwerk Digital GmbH", "Alpenblick Versicherung AG", "Nordlicht Energie GmbH",
                "Mosaik Software GmbH", "Falkenstein Technologies GmbH", "Lindenhof Logistik SE"]
COMPANIES_FR = ["Atelier Numérique SAS", "Groupe Hexagone", "Lumière Santé", "Datavalle Conseil"]
COMPANIES_NL = ["Polderdata B.V.", "Grachtwerk", "Dijkstra Digital", "Tulpenlaan Software"]
TITLES = ["Senior Data Engineer", "Machine Learning Engineer", "Backend Engineer", "Staff Software Engineer",
          "Data Scientist II", "Platform Engineer", "Site Reliability Engineer", "Analytics Engineer",
          "Senior Software Engineer", "Applied Scientist", "Frontend Engineer", "Product Manager",
          "Security Engineer", "Software Engineer II", "Principal Engineer", "Data Analyst",
          "Engineering Manager", "Mobile Engineer (iOS)", "Solutions Architect", "Research Scientist"]
TITLES_DE = ["Senior Softwareentwickler (m/w/d)", "Data Scientist (m/w/d)", "DevOps Engineer (w/m/d)",
             "Backend-Entwickler Java (m/w/d)", "Machine Learning Engineer (m/w/d)", "IT-Architekt (m/w/d)"]
TITLES_FR = ["Ingénieur logiciel backend (H/F)", "Data Scientist (H/F)", "Développeur Python (F/H)",
             "Ingénieur DevOps (H/F)"]
TITLES_NL = ["Software Engineer", "Data Engineer", "Medior Python Developer", "Senior Backend Developer"]
TEAMS = ["Pricing", "Search Relevance", "Payments Platform", "Data Foundations", "Growth", "Ranking",
         "Identity", "Developer Experience", "Risk", "Marketplace"]
CITIES = ["Berlin, Germany", "Austin, TX", "London, UK", "Remote (US)", "Toronto, ON", "Dublin, Ireland",
          "Seattle, WA", "New York, NY", "Bangalore, India", "Amsterdam, Netherlands", "Paris, France",
          "Sydney, Australia"]
BENEFITS = [
    "Comprehensive medical, dental and vision insurance",
    "401(k) with a 4% company match",
    "16 weeks of fully paid parental leave",
    "Home office budget of $1,000",
    "Flexible working hours and 30 days of paid vacation",
    "Annual learning budget of $2,500",
    "Equity in a fast-growing company",
    "Free lunch and snacks in the office",
    "Monthly wellness stipend",
    "Company-wide week off in December",
]
BENEFITS_DE = ["30 Tage Urlaub", "Flexible Arbeitszeiten und Homeoffice", "Betriebliche Altersvorsorge",
               "Jobrad und Deutschlandticket", "Weiterbildungsbudget von 1.500 € pro Jahr"]
BENEFITS_FR = ["Télétravail jusqu'à 3 jours par semaine", "Tickets restaurant", "Mutuelle prise en charge à 100 %",
               "RTT"]
HIRING_STEPS = [
    "Intro call with a recruiter (30 minutes)",
    "Technical interview with two engineers (60 minutes)",
    "Take-home exercise (about 3 hours, paid)",
    "System design interview",
    "Meet the team and the hiring manager",
    "Reference checks and offer",
]
EEO = [
    "{company} is an equal opportunity employer. We celebrate diversity and do not discriminate on the basis "
    "of race, religion, color, national origin, gender, sexual orientation, age, marital status, veteran "
    "status, or disability status.",
    "{company} is proud to be an Equal Employment Opportunity and Affirmative Action employer. All qualified "
    "applicants will receive consideration for employment without regard to race, color, religion, sex, "
    "sexual orientation, gender identity, national origin, disability or protected veteran status.",
    "We are committed to building a diverse and inclusive team. If you need an accommodation during the "
    "application process, please let us know.",
    "At {company}, we don't just accept difference - we celebrate it. We are an equal opportunity employer "
    "and value diversity at our company.",
]
APPLY_ANYWAY = [
    "Don't meet every single requirement? Studies have shown that women and people of color are less likely "
    "to apply to jobs unless they meet every qualification. If you're excited about this role, we encourage "
    "you to apply anyway.",
    "We know that no candidate ticks every box. If this sounds like you, we'd love to hear from you.",
    "Please don't worry if you don't match every point on this list.",
    "We value potential as much as experience.",
]
VISA = [
    "Visa sponsorship is not available for this position.",
    "We are unable to sponsor work visas for this role.",
    "This role is not eligible for visa sponsorship; candidates must already have the right to work in the UK.",
]
LOCATION_NOTES = [
    "This is a hybrid role based in our {city} office, with three days a week on site.",
    "This role is fully remote within the United States.",
    "Location: {city} (hybrid)",
    "Travel: up to 10%",
]

# what job boards add around a pasted posting (LinkedIn, Indeed, Glassdoor): never items
BOARD_TOP = [
    "Apply", "Save", "Share", "Easy Apply", "Promoted by hirer · Actively reviewing applicants",
    "Over 100 applicants", "Matches your job preferences, minimum pay preference is 120000.",
    "See how you compare to over 100 other applicants.", "Your profile matches several of the required qualifications",
    "Full-time · Mid-Senior level", "Hybrid", "3 of 10 skills match your profile - you may be a good fit",
]
BOARD_BOTTOM = ["…show more", "Show less", "Report this job", "Set alert for similar jobs",
                "Seniority level", "Mid-Senior level", "Employment type", "Full-time"]
EMOJI = ["🚀", "💡", "🎯", "✨", "🙌", "🛠️", "📍", "💰", "🎁", "👋", "🔥", "🧠", "🌍", "❤️"]
EMOJI_BULLETS = ["✅", "👉", "🔹", "▫️", "✔️", "⭐"]
