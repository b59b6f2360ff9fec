"""Areas of work a requirement asks for, and the lines that show them in the resume's own words.

A posting names an area ("distributed systems that run at large scale", "building and deploying
machine learning models in production", "professional backend engineering", "healthcare
data"); a resume shows it without naming it: a bullet that runs a Kafka pipeline at 120k events
a second shows distributed systems, one that trains a ranking model and deploys it to
production shows ML in production, years of building services and APIs are backend years.

Each area has:

- `asked`: the words in a requirement that name it;
- `absorbs`: the taxonomy skills that stand for it in a requirement's words (the skill matcher
  reads "distributed systems" as the skill Distributed Systems; here the area answers for it);
- `any_of`: ways a single line shows it; each way is a list of word groups and the line needs
  a term of every group ("a model" and "deployed, in production, serving ...");
- `owned`: the line must be the candidate's own work: "Supported the ML team's model serving" or
  "handed it off to ML engineering for production" does not show that they served a model.

The table is a judgment about what a recruiter accepts as evidence; every entry is a kind of
work, never a phrase from one posting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.analysis.experience import Experience, years_of
from app.analysis.role_titles import INFRA_POSTING
from app.analysis.text import find_phrases
from app.models.resume import JobDescription

Groups = tuple[tuple[str, ...], ...]

MODEL = ("model*", "machine learning", "ml", "classifier*", "ranking", "ranker*", "recommend*",
         "bert", "transformer*", "xgboost", "lightgbm", "gradient boosting", "neural",
         "deep learning", "llm*", "u-net", "cnn*", "forecast*", "retrieval", "two-tower",
         "embedding*", "segmentation", "detector*")
PRODUCTION = ("deploy*", "production", "productioniz*", "serving", "served", "serves",
              "endpoint*", "real-time scoring", "batch transform", "batch scoring",
              "launched", "shipped",
              "live traffic", "inference service*", "online a/b", "in prod", "rolled out",
              "a/b test*",
              # a model others call and that retrains itself runs in production ("... with
              # automatic retraining; 300 customers call the API, 45M requests a month")
              "automatic retraining", "automated retraining", "requests a month",
              "requests a day", "requests per second", "requests per day")
SERVING = ("serving", "served", "serves", "endpoint*", "online", "real-time", "realtime",
           "inference service*", "inference api*", "api", "apis", "service",
           "inference path*", "productioniz*", "live traffic", "live engine", "scoring", "scores")
TARGETS = ("latency", "p99", "p95", "p50", "ms", "millisecond*", "availability", "uptime",
           "sla", "slas", "slo", "slos", "qps", "requests a second", "requests per second",
           "requests/s", "per second", "autoscal*", "ns", "nanosecond*", "microsecond*",
           "per prediction", "per request")
# a line's own load or latency figure ("9k requests per second", "p99 under 60 ms")
LOAD_FIGURES = ("p99", "p95", "p50", "latency", "ms", "millisecond*", "qps", "rps",
                "requests per second", "requests a second", "requests/s", "per second",
                "events/s", "events a second", "throughput")
DISTRIBUTED = ("distributed", "kafka", "kinesis", "pulsar", "rabbitmq", "sqs", "cassandra",
               "hbase", "dynamodb", "bigtable", "spanner", "cockroachdb", "zookeeper", "etcd",
               "raft", "paxos", "consensus", "replicat*", "partition*", "shard*", "multi-region",
               "cross-region", "multi-datacenter", "failover", "eventual consistency",
               "microservice*", "event-driven", "event stream*", "event sourcing", "event log*",
               "message broker*", "pub/sub", "hadoop", "flink", "mapreduce", "load balanc*",
               "cell-based", "leader election", "idempot*", "exactly-once", "at-least-once",
               "dead-letter")
# services and managed stores a distributed system uses, which an application calls too
USED_MANAGED = ("microservice*", "sqs", "dynamodb", "load balanc*")
DISTRIBUTED_CORE = tuple(t for t in DISTRIBUTED if t not in USED_MANAGED)
STREAMING = ("kafka", "kinesis", "pulsar", "rabbitmq", "sqs", "sns", "pub/sub", "eventbridge",
             "event-driven", "event stream*", "event sourcing", "event log*", "event bus",
             "event pipeline*", "message broker*", "message bus", "flink", "spark streaming",
             "kafka streams", "ibm mq", "activemq", "nats")
BACKEND = ("backend", "back-end", "server-side", "microservice*", "rest api*", "restful",
           "api server*", "web service*", "service", "services", "spring", "spring boot",
           "django", "flask", "fastapi", "express", "node.js", "rails", "grpc", "postgres*",
           "postgresql", "mysql", "sql server", "dynamodb", "cassandra", "redis", "kafka",
           "batch job*", "stored procedure*", "database schema*", "distributed storage",
           "storage system*", "storage service*", "file system*", "data plane", "replication",
           "distributed database*", "key-value store*")
FRONTEND = ("react", "angular", "vue", "vue.js", "svelte", "next.js", "redux", "typescript",
            "javascript", "css", "html", "frontend", "front-end", "ui", "web app*", "browser*",
            "accessibility", "wcag", "design system*", "storybook", "webpack", "vite",
            "component librar*", "single-page")
MOBILE = ("ios", "android", "swift", "swiftui", "uikit", "kotlin", "react native", "flutter",
          "xcode", "mobile", "app store", "play store", "objective-c", "jetpack compose")
DATA_ENGINEERING = ("pipeline*", "etl", "elt", "spark", "pyspark", "airflow", "dbt", "databricks",
                    "data warehouse*", "data lake*", "delta lake", "ingest*", "snowflake",
                    "redshift", "bigquery", "data factory", "synapse", "glue", "hive",
                    "batch job*", "data model*", "dimensional model*", "ssis", "informatica")
# (Kafka is not in it: services that consume topics are backend work; a data engineer's line
# names the pipeline or the processing beside it)
BIG_DATA_TOOLS = ("spark", "pyspark", "emr", "hadoop", "hive", "flink", "beam", "dataflow",
                  "dask", "ray", "databricks", "bigquery", "snowflake", "redshift", "presto",
                  "trino", "mapreduce", "htcondor", "slurm", "hpc cluster*")
DATA_VOLUME = ("tb", "pb", "terabyte*", "petabyte*", "billion*", "billions")
PROCESSING = ("process*", "pipeline*", "etl", "ingest*", "load*", "analy*", "transform*",
              "batch*")
HEALTH = ("health*", "healthcare", "clinical", "medical", "patient*", "ehr", "emr system*", "clinic*",
          "hl7", "fhir", "hipaa", "phi", "pharmacy", "hospital*", "medicaid", "medicare",
          "epic", "cerner", "radiolog*", "diagnos*")
FINANCE = ("payment*", "banking", "ledger*", "reconcil*", "ach", "card processor*",
           "card network*", "card data", "pci", "fintech", "financial services",
           "money movement", "wire transfer*", "settlement*", "acquirer*", "issuer*",
           "payout*", "billing",
           # lending: a bank's loan and credit-risk work is financial services
           "lending", "loan*", "mortgage*", "underwriting", "credit risk", "credit-risk",
           "credit card*", "credit scor*", "probability of default",
           # fraud on payments, cards and claims: the money side of the business
           "fraud*", "chargeback*",
           # an employer that is a bank ("Kawartha Trust Bank", "Banco Piracema S.A.")
           "bank", "banks", "banco", "banque")
PUBLIC_SECTOR = ("government", "ministry", "ministries", "public sector", "public-sector",
                 "civil service", "council", "municipal*", "nhs", "federal", "department of",
                 "public health", "regulators", "the regulator")
REGULATION = ("regulatory", "regulated", "regulators", "the regulator", "regulator's", "compliance", "compliant", "kyc", "aml",
              "anti-money laundering", "gdpr", "hipaa", "sox", "pci dss", "pci-dss", "basel",
              "ifrs", "solvency", "model risk", "external audit*", "audit finding*", "auditors",
              "fca", "sec filing*", "fda", "gxp")
# defence and military work: the armed services, the ministry over them, their contractors
# and programmes ("Intelligence Analyst, U.S. Army", "Granitepeak Defense Analytics"); space
# programmes beside them ("a U.S. Space Force ground-radar programme", NASA)
DEFENSE = ("dod", "department of defense", "department of defence", "ministry of defence",
           "defense", "defence", "military", "army", "navy", "naval", "air force", "space force",
           "marine corps", "armed forces", "national guard", "soldier*", "nato", "darpa",
           "skillbridge", "nasa", "space program*", "space programme*", "spacecraft",
           "satellite*", "launch vehicle*")
INSURANCE = ("insurance", "insurer*", "insurtech", "actuar*", "underwrit*", "reinsur*",
             "policyholder*", "loss ratio*", "loss reserv*", "claims", "premium*")
LEAD = ("led", "lead", "leading", "tech lead", "technical lead", "lead scientist",
        "lead engineer", "lead developer", "headed", "drove", "managed", "manage", "manages",
        "owned", "spearheaded", "technical direction", "set the direction")
PEOPLE = ("scientists", "engineers", "researchers", "team", "teams", "interns", "people",
          "cross-functional", "developers", "analysts")
GPU = ("gpu*", "triton", "vllm", "tensorrt", "cuda", "a100", "h100", "tensor core*")
COST = ("cost*", "spend", "spending", "saving*", "cheaper", "budget*")
REDUCE = ("cut", "cuts", "reduc*", "lower*", "saved", "sav*", "optimi*", "right-siz*",
          "decreas*", "halv*", "trimmed")
NLP = ("nlp", "natural language", "language model*", "llm*", "bert", "gpt*", "transformer*",
       "text classif*", "query rewrit*", "question answering", "machine translation",
       "entity linking", "named entity", "tokeniz*", "instruction tuning", "instruction data",
       "instruction following", "hate speech", "sentiment", "summariz*",
       "retrieval-augmented", "rag", "chatbot*", "speech recognition", "text mining",
       "koBERT", "roberta", "t5", "llama*", "mistral", "dpo", "rlhf")
LLM_TERMS = ("llm*", "large language model*", "gpt*", "llama*", "mistral", "lora", "qlora",
             "dpo", "rlhf", "instruction tun*", "instruction data", "instruction following",
             "vllm", "llm-as-a-judge", "7b", "8b", "13b", "70b", "billion-parameter",
             "decoder model*", "retrieval-augmented", "rag", "prompt*", "foundation model*",
             "generative ai", "genai", "code-switched instruction")
DEEP_LEARNING = ("deep learning", "neural", "pytorch", "tensorflow", "jax", "keras", "cnn*",
                 "rnn*", "lstm*", "transformer*", "bert", "u-net", "resnet", "fine-tun*", "lora",
                 "qlora", "llm*", "gpu*", "convolutional", "diffusion", "segformer", "yolo*")
INFERENCE = ("inference", "serving", "serves", "served", "latency")
SPEEDUP = ("distill*", "quantiz*", "prun*", "onnx", "tensorrt", "optimi*", "faster",
           "speedup", "speed-up", "kernel*", "compil*", "cut", "reduc*", "fused")
ML_INFRA = ("pipeline*", "platform*", "infrastructure", "serving", "feature store*",
            "model registr*", "training job*", "kubeflow", "mlflow", "sagemaker", "vertex",
            "orchestrat*", "airflow", "argo", "weights & biases", "w&b", "experiment tracking",
            "reproducible training", "kserve", "seldon", "bentoml", "ray")
MODEL_WORK = ("train*", "fine-tun*", "retrain*", "evaluat*", "feature engineering",
              "hyperparameter*", "predict*", "classif*", "regression", "model", "models",
              "modeling", "modelling", "inference", "recommend*", "ranking", "forecast*",
              "segment*", "detect*", "embedding*", "a/b test*", "auc", "accuracy", "precision")
MODELLING = ("train*", "fine-tun*", "evaluat*", "feature engineering", "miou", "accuracy", "f1",
             "auc", "precision", "recall", "ndcg", "rmse", "mape", "lift", "baseline*",
             "labeling", "labelling", "active learning")


@dataclass(frozen=True)
class Area:
    id: str
    name: str  # plain words ("distributed systems")
    asked: re.Pattern[str]
    absorbs: frozenset[str]  # lower-case taxonomy skill names it answers for
    any_of: tuple[Groups, ...]
    owned: bool = False
    asked_alone: bool = True  # its words alone in a qualification ask for it
    role_kinds: frozenset[str] = frozenset()  # the kinds of role a line must come from (any)
    by_name: bool = True  # a bullet that names the skill shows it ("ML-based product" does not)
    headers: bool = False  # a role's own header shows it (an employer in the domain)
    unless: re.Pattern[str] | None = None  # a line saying this does not show it
    # the terms of building the area's work itself, when a line asks for building it (or at
    # scale): a distributed system's partitions and replicas, not the queue a service calls
    built_by: tuple[str, ...] = ()
    titles: re.Pattern[str] | None = None  # job titles whose work is the area's ("Data Engineer")


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?i)" + pattern)


# the data behind another team's model ("feature tables for the ETA model owned by the data
# science team", "the feature pipelines behind the data science team's models"): no model of
# one's own
_DATA_FOR_MODELS = (
    r"\b(?:features?|feature (?:tables?|stores?|pipelines?)|training data|labels?)\s+for\s+"
    r"(?:the|their|its|a|an)\s+[^.;]{0,30}\bmodels?\b|"
    r"\b(?:pipelines?|features?|data|tables?)\s+(?:behind|feeding|powering)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,6}models?\b")
# the data behind another team's model: no model of one's own, nor one deployed
DATA_FOR_MODELS = _rx(_DATA_FOR_MODELS)
# ... and another party's models ("owned by the data science team", "the data scientists'
# models"), unless the line's own verb builds or trains them: no model built by the candidate
OTHERS_MODELS = _rx(
    _DATA_FOR_MODELS + r"|\bmodels?\b[^.;]{0,40}\b(?:owned|built|developed|trained|run)\s+by\s+"
    r"(?:the|our|another|other|a)\b|"
    r"^(?!\W*(?:\w+\s+and\s+)?(?:trained|built|developed|designed|fine-tuned|retrained)\b)"
    r".*(?<!\bmy )(?<!\bour )(?<!\bthe )(?<!\bmy own )\b(?:team|teams|scientists|analysts|researchers)['’]s?\s+"
    r"(?:[\w-]+\s+){0,5}models?\b")

# the edge or a device as a place models run, in a posting's words
_EDGE_ASKED = (r"(?:\bedge (?:hardware|devices?|deployment|inference|computing|ai)\b|"
               r"(?<!based )\bon[- ]device\b|\bembedded (?:hardware|devices?|targets?|boards?|"
               r"platforms?)\b|\bresource[- ]constrained (?:hardware|devices?)\b)")

# a line that only used a language model as a tool ("LLM-generated captions", "with Whisper
# transcripts and an LLM prompt"), building, tuning or evaluating none: no LLM work of its own
LLM_AS_TOOL = re.compile(
    r"(?i)^(?!.*(?:\b(?:fine-?tun\w*|train\w*|pre-?train\w*|evaluat\w*|serv(?:e|es|ed|ing)|"
    r"deploy\w*|distill\w*|quantiz\w*)\W+(?:(?!and\b|with\b|or\b)[\w-]+\W+){0,3}?(?:llms?|language models?|gpt\w*|"
    r"llama\w*|mistral\w*)\b|\b(?:llms?|language models?)\W+(?:[\w-]+\W+){0,3}?(?:fine-?tun|"
    r"train|evaluat|serv|deploy)|\brag\b|retrieval-augmented|\bbuilt (?:an? |the )?(?:llm|agent|"
    r"chatbot|assistant)\b))"
    r".*\b(?:llm-generated|llm-written|generated by an? llm|(?:an |the )?llm prompts?|"
    r"prompt(?:ed|ing)? (?:an? |the )?llm|(?:an |the )?llm (?:api|call)s?)\b")
# the same for language work: a line whose only language-processing word is the LLM it used
NLP_ONLY_AS_TOOL = re.compile(
    r"(?i)^(?!.*\b(?:nlp|natural language|bert|transformers?|text classif\w*|machine translation|"
    r"named entit\w*|sentiment|summari[sz]\w*|tokeni[sz]\w*|chatbots?|question answering|"
    r"speech recognition|text mining)\b)" + LLM_AS_TOOL.pattern.removeprefix("(?i)^"))


AREAS: tuple[Area, ...] = (
    # "providing features and training data to machine learning or forecasting teams": the
    # data side of someone else's models, shown by features or training data built for them
    Area("ml-data", "providing features and training data for models",
         _rx(r"\b(?:features|feature (?:pipelines?|stores?|data)|training data(?:sets?)?|"
             r"training sets?)\b[^.;]{0,40}\b(?:to|for)\b[^.;]{0,30}\b(?:machine learning|ml|"
             r"data scien\w*|forecasting|modell?ing|models?)\b"),
         frozenset({"machine learning", "forecasting", "feature engineering", "feature store",
                    "data science"}),
         ((("feature pipeline*", "feature store*", "feature table*", "features", "training data*",
            "training set*", "labelled data", "labeled data", "training examples"),
           MODEL + ("data scien*", "retrain*", "scoring")),), by_name=False),
    Area("ml-online-serving", "serving models online with latency or availability targets",
         _rx(r"\bserv(?:e|es|ed|ing)\b[^.;]{0,40}\b(?:models?|ml|machine learning)\b[^.;]{0,40}\bonline\b|"
             r"\bonline (?:serving|inference)\b|\breal-time inference\b|"
             r"\blow[- ]latency (?:inference|serving)\b|"
             r"\b(?:real[- ]time|low[- ]latency)\b[^.;]{0,30}\bmodel (?:serving|inference)\b|"
             # "serving models in real time at low latency and high throughput": the latency
             # is the serving's, shown by a model served against a latency or load figure
             r"\bserv(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?models?\b[^.;]{0,20}?\b(?:in real[- ]time|"
             r"real[- ]time|online|at low[- ]latency)\b"),
         frozenset({"machine learning", "model serving", "model deployment",
                    "performance optimization"}),
         ((MODEL + INFERENCE, SERVING, TARGETS),), owned=True),
    Area("gpu-serving", "serving models on GPUs",
         _rx(r"\bgpu (?:serving|inference)\b|\bserv\w* (?:models? )?on gpus?\b"),
         frozenset({"triton", "triton inference server", "vllm", "tensorrt", "gpu", "gpus",
                    "gpu programming", "model serving"}),
         ((GPU, ("serving", "served", "serves", "endpoint*", "inference service*", "online")),),
         owned=True),
    # "deploying models on edge hardware (NVIDIA Jetson, ONNX Runtime, TensorRT)", "on-device
    # inference": a model run on a device (a robot, a phone, a camera, an embedded board), not
    # one served from a cloud endpoint
    Area("edge-deployment", "running models on edge or on-device hardware",
         # asked only beside a model, inference or ML ("C firmware for embedded devices" asks no
         # model; "based on device fingerprinting" is no device)
         _rx(r"\b(?:models?|ml|inference|ai|machine learning|neural|deep learning)\b[^.;]{0,80}?"
             + _EDGE_ASKED + r"|" + _EDGE_ASKED + r"(?=[^.;]{0,80}\b(?:models?|ml|inference|ai|"
             r"machine learning|neural|deep learning)\b)"),
         frozenset({"edge ai", "on-device ml", "tensorflow lite", "core ml", "model deployment",
                    "onnx", "tensorrt"}),
         # the device as the place the model runs, not a word of the business ("vehicle
         # pricing models", "phone subscribers", "edge cases")
         ((("on-device", "on device", "jetson", "edge device*", "edge hardware", "at the edge",
            "embedded board*", "embedded device*", "embedded target*", "raspberry pi",
            "microcontroller*", "mcu*", "tflite", "tensorflow lite", "litert", "core ml",
            "coreml", "openvino", "npu*", "ecu*", "in-car", "in-vehicle", "on-robot",
            "on the robot*", "on robots", "onboard", "on-board", "running locally", "on iphone*",
            "on phones", "on smartphones", "on android", "on mobile", "mobile app*",
            "ios app*", "android app*", "on wearables", "on the camera*", "on cameras",
            "on drones"),
           MODEL + ("inference", "deploy*", "quantiz*", "tensorrt", "onnx", "network*",
                    "ported", "shipped")),),
         owned=True),
    Area("ml-production", "building and deploying models in production",
         _rx(r"\b(?:deploy\w*|productioni[sz]\w*|ship\w*|launch\w*|serv(?:e|ed|ing))\b[^.;]{0,50}"
             r"\b(?:models?|machine learning|ml)\b|\b(?:models?|machine learning|ml)\b[^.;]{0,50}"
             r"\b(?:in|to|into) production\b"
             # "owned ML systems end to end, from data to deployment and monitoring"
             r"|\b(?:machine learning|ml) systems?\b[^.;]{0,60}\b(?:deployment|monitoring)\b"),
         frozenset({"machine learning", "deep learning", "model deployment", "model serving",
                    "mlops"}),
         ((MODEL, PRODUCTION),), owned=True, unless=DATA_FOR_MODELS),
    Area("ml-pipelines", "pipelines that train or score models",
         _rx(r"\b(?:ml|machine learning|training|feature|inference|scoring) pipelines?\b"),
         frozenset({"ml pipelines", "training pipelines", "feature pipelines"}),
         ((("pipeline*", "batch scoring", "batch job*", "workflow*", "orchestrat*", "airflow",
            "kubeflow", "step functions", "retrain*", "etl", "scheduled"),
           MODEL + ("training", "feature*", "scoring")),)),
    Area("model-monitoring", "monitoring models in production (drift, data quality)",
         _rx(r"\bmodel monitoring\b|\bmonitor\w* (?:of )?(?:ml |machine learning )?models?\b|"
             r"\bdrift\b"),
         frozenset({"model monitoring", "drift detection", "ml monitoring"}),
         ((("monitor*", "drift", "alert*", "alarm*", "observability"),
           MODEL + ("data quality", "data-quality", "prediction*", "feature*", "score*")),)),
    # "high-throughput, low-latency services": services run at a load or latency figure,
    # whether or not the line says it made them faster
    Area("fast-services", "services that run at high throughput or low latency",
         _rx(r"\b(?:high[- ]throughput|low[- ]latency)\b[^.;]{0,40}\b(?:services?|systems?|apis?|"
             r"applications?|backends?)\b"),
         frozenset({"performance optimization"}),
         ((("service*", "api", "apis", "endpoint*", "system*", "platform*", "stack", "pipeline*",
            "serving", "served", "serves", "backend*"), LOAD_FIGURES),)),
    Area("performance", "making systems faster (latency, throughput, load time)",
         # "performance testing" is load testing, not making a system faster
         _rx(r"\bperformance\b(?![- ]test)|\blow[- ]latency\b|\blatency\b|\bthroughput\b"),
         frozenset({"performance optimization", "performance tuning", "web performance"}),
         ((("latency", "p99", "p95", "p50", "throughput", "performance", "faster", "speed*",
            "load time*", "contentful paint", "bundle size", "response time*", "ms",
           "time-to-interactive", "time to interactive", "first contentful", "core web vitals",
           "lighthouse", "page load*", "start-up time", "startup time", "frame rate", "fps"),
           ("cut", "cuts", "reduc*", "improv*", "fell", "dropped", "lower*", "optimi*", "halv*",
            "faster", "speedup", "from")),
          # the other budgets code is made to fit: memory, CPU cycles, battery
          (("memory", "cpu", "cpu budget", "cycles", "battery", "power consumption", "power draw",
            "footprint", "ram", "heap"),
           ("cut", "cuts", "reduc*", "freeing", "freed", "saved", "saving", "profiled",
            "profiling", "optimi*", "halv*", "lower*", "shrank", "shrunk", "fit", "fits"))),),
    Area("distributed-training", "training models across many GPUs or machines",
         _rx(r"\bdistributed training\b|\blarge[- ]scale (?:model |deep[- ]learning )?training\b|"
             r"\bmulti[- ](?:gpu|node) training\b|\b(?:model )?training (?:of (?:large )?models )?"
             r"(?:on|across) (?:many |multiple |large )?(?:gpus|gpu clusters|accelerators)\b"),
         frozenset({"distributed training"}),
         ((("gpus", "gpu cluster*", "ddp", "fsdp", "deepspeed", "horovod", "data parallel*",
            "model parallel*", "tensor parallel*", "multi-node", "multi-gpu", "tpus", "tpu pod*",
            "megatron"), ("train*",)),),
         # running the clusters others train on ("Run the two GPU clusters for 140
         # researchers ... Slurm for the large pre-training runs") is operations, not training
         unless=_rx(r"\b(?:run|ran|runs|operat\w+|administer\w*|maintain\w*|manag\w+) (?:the |our )?"
                    r"(?:\w+ ){0,3}(?:gpu|hpc|compute|training) clusters?\b|\bfor (?:the |our )?"
                    r"(?:\d[\d,]* )?(?:researchers|research(?:ers)? teams?|scientists|ml teams?)\b")),
    Area("nonrelational", "non-relational data stores (key-value, document, object storage)",
         _rx(r"\bnon-?relational\b|\bnosql\b|\bkey-value\b|\bdocument (?:stores?|databases?)\b|"
             r"\bobject stor\w+"),
         frozenset({"nosql"}),
         ((("dynamodb", "mongodb", "cassandra", "redis", "s3", "gcs", "blob storage", "hbase",
            "couchbase", "elasticsearch", "nosql", "key-value", "document store*", "bigtable",
            "firestore", "cosmos db", "cosmosdb", "object storage", "data lake*"),),)),
    # ranking search results or retrieving candidates is information retrieval, in the words
    # of the search and recommendation work that does it
    Area("information-retrieval", "information retrieval (search ranking, candidate retrieval)",
         _rx(r"\binformation retrieval\b"),
         frozenset({"information retrieval"}),
         ((("search*", "query", "queries", "listing*", "document*", "candidate*"),
           ("rank*", "re-rank*", "ranker*", "retriev*", "relevance", "ndcg", "mrr")),
          (("learning to rank", "learning-to-rank", "lambdamart", "two-tower", "cross-encoder",
            "candidate retrieval", "ann search", "vector search", "semantic search", "bm25",
            "inverted index*"),))),
    Area("causal-inference", "causal inference (difference-in-differences, CUPED, uplift)",
         _rx(r"\bcausal\b|\btreatment effects?\b|\buplift\b"),
         frozenset({"causal inference"}),
         ((("causal*", "difference-in-differences", "diff-in-diff", "cuped",
            "instrumental variable*", "propensity score*", "synthetic control*", "uplift",
            "regression discontinuity", "treatment effect*", "incrementality",
            "incremental lift"),),)),
    Area("testing", "automated software testing",
         _rx(r"\btest automation\b|\bautomated test\w*\b|\bsoftware testing\b|\bunit test\w*\b|"
             r"\btesting frameworks?\b"),
         frozenset({"software testing", "unit testing", "test automation"}),
         ((("test rig*", "test framework*", "test suite*", "test harness*", "unit test*",
            "integration test*", "end-to-end test*", "regression test*", "hardware-in-the-loop",
            "selenium", "pytest", "junit", "cypress", "playwright", "xctest", "jest",
            "test automation", "automated test*", "test case*"),),)),
    Area("cost-optimization", "cutting infrastructure or serving costs",
         _rx(r"\bcost (?:optimi[sz]\w*|reduction|efficien\w*|savings?)\b|"
             r"\breduc\w+ (?:\w+ )?costs?\b"),
         frozenset({"cost optimization"}),
         ((COST, REDUCE),)),
    # "leading the technical design of systems", "system design and architecture": lines that
    # designed or architected a system, or led its design review, not the words on a skills line
    Area("system-design", "designing systems (their architecture and technical design)",
         _rx(r"\b(?:systems?|technical|software|solution) (?:design|architecture)\b|"
             r"\bdesign(?:ing)? (?:of )?(?:scalable |distributed |large[- ]scale )?(?:systems|"
             r"services|architectures?)\b|"
             # "leading the design or architecture of new and existing large-scale systems"
             r"\b(?:design (?:or|and|and/or) architecture|architecture (?:or|and|and/or) design)"
             r"\b(?:[^.;]{0,60}?)\bsystems?\b"),
         frozenset({"system design"}),
         ((("designed", "design", "designing", "architected", "architect", "re-architected",
            "redesigned"),
           ("system*", "service*", "platform*", "architecture", "pipeline*", "api*",
            "infrastructure", "backend", "microservice*", "retrieval", "ranker*", "engine*",
            "store*", "database*")),
          (("architecture", "design"), ("review*", "decision*", "doc*", "document*", "rfc*")),
          (("design doc*", "technical design", "design review*"),)),
         owned=True),
    Area("distributed-systems", "distributed systems",
         _rx(r"\bdistributed (?:systems?|computing|architectures?|services|applications)\b"),
         frozenset({"distributed systems"}),
         ((DISTRIBUTED,),), built_by=DISTRIBUTED_CORE),
    Area("event-streaming", "event-driven systems and message streaming",
         _rx(r"\bevent[- ]driven\b|\bevent streaming\b|\bmessage streaming\b|"
             r"\bstreaming (?:platforms?|data|systems?)\b|\bmessag\w+ queu\w+\b"),
         frozenset({"event-driven architecture", "event streaming", "message queues",
                    "stream processing"}),
         ((STREAMING,),)),
    Area("large-scale-data", "large-scale data processing",
         _rx(r"\blarge[- ]scale data\b|\bbig data\b|\bdistributed data processing\b|"
             r"\bdata processing at scale\b|\bprocessing (?:of )?large (?:data ?sets|volumes)\b"),
         frozenset({"apache spark", "emr", "hadoop", "big data", "data processing"}),
         ((BIG_DATA_TOOLS,), (DATA_VOLUME, PROCESSING))),
    Area("ml-infrastructure", "infrastructure for machine learning",
         _rx(r"\b(?:ml|machine learning|ai) (?:infrastructure|platforms?)\b|\bmlops\b"),
         frozenset({"ml infrastructure", "mlops"}),
         ((ML_INFRA, MODEL + ("training", "trained", "experiment*")),)),
    Area("inference-optimization", "making model inference faster or cheaper",
         _rx(r"\binference optimi[sz]ation\b|\boptimi[sz]\w* inference\b"),
         frozenset({"inference optimization"}),
         # a model's inference: a cache that cut an API's latency is not it
         ((INFERENCE, SPEEDUP, MODEL + ("inference", "gpu*", "onnx", "tensorrt", "quantiz*",
                                        "distill*")),)),
    Area("backend", "backend engineering (services, APIs, data stores)",
         _rx(r"\bback[- ]?end\b|\bserver[- ]side\b"),
         frozenset({"backend development"}),
         ((BACKEND,),)),
    Area("frontend", "frontend engineering (web user interfaces)",
         _rx(r"\bfront[- ]?end\b|\bweb (?:ui|user interfaces?)\b"),
         frozenset({"frontend development"}),
         ((FRONTEND,),)),
    Area("mobile", "mobile app engineering",
         # "mobile money" and "mobile operators" are payments and telecoms, not apps
         _rx(r"\bmobile\b(?![- ](?:money|payments?|wallets?|operators?|networks?|carriers?|"
             r"data)\b)|\bios\b|\bandroid\b"),
         frozenset({"mobile development", "ios", "android"}),
         ((MOBILE,),)),
    Area("data-engineering", "data engineering (pipelines, ETL, warehouses)",
         _rx(r"\bdata engineering\b|\bdata pipelines?\b|\betl\b|\bdata platforms?\b"),
         frozenset({"data engineering", "etl", "data pipelines"}),
         ((DATA_ENGINEERING,),), titles=_rx(r"\b(?:data|etl|big data|analytics) engineers?\b")),
    Area("healthcare-data", "healthcare data",
         _rx(r"\bhealth ?care\b|\bclinical\b|\bmedical\b|\bpatient\b|\behr\b|\bhl7\b|\bfhir\b|"
             r"\bhipaa\b"),
         frozenset({"healthcare", "ehr", "hl7", "fhir", "hipaa"}),
         ((HEALTH,),), headers=True),
    Area("finance", "payments, lending or financial systems",
         _rx(r"\bpayments?\b|\bbanking\b|\bfinancial (?:systems?|services)\b|\bfintech\b|"
             r"\bledgers?\b|\breconciliation\b|\bcard networks?\b|\b(?:consumer )?lending\b|"
             r"\bcredit[- ](?:cards?|risk)\b|\bfraud\b"),
         frozenset({"fintech", "payments", "banking"}),
         ((FINANCE,),), headers=True),
    # "experience of working in a public sector or regulated environment": a bank, an insurer,
    # a hospital, a government body, or the rules such work runs under (KYC, HIPAA, SOX...)
    Area("regulated", "work in the public sector or a regulated industry",
         # asked as the work itself, not as the setting of another ask ("model documentation
         # in a regulated setting")
         _rx(r"\b(?:experience|background|work(?:ing)?)\s+(?:of\s+working\s+)?(?:in|within)\s+"
             r"(?:the\s+|an?\s+)?(?:public[- ]sector|regulated)\b|"
             r"\b(?:public[- ]sector|regulated[- ]industry) experience\b"),
         frozenset(),
         ((FINANCE + INSURANCE + HEALTH + PUBLIC_SECTOR + REGULATION,),), headers=True),
    # "experience supporting DoD or space programs", "defense industry experience": work in
    # that sector, an employer's or a service's own header included
    Area("defense", "defence, military or space programmes",
         _rx(r"\bdod\b|\bdepartment of defen[cs]e\b|\bdefen[cs]e (?:programs?|programmes?|"
             r"industry|sector|contract\w*|customers?|agenc\w+|clients?|community|work)\b|"
             r"\bmilitary (?:programs?|programmes?|customers?|experience|service)\b|"
             r"\bspace (?:programs?|programmes?|systems?|industry|missions?)\b|"
             r"\bnational security\b|\bintelligence community\b"),
         frozenset({"defense", "defence"}),
         ((DEFENSE,),), headers=True),
    Area("insurance", "insurance",
         _rx(r"\binsurance\b|\binsurers?\b|\bactuarial\b|\bunderwriting\b|\breinsurance\b"),
         frozenset({"insurance"}),
         ((INSURANCE,),), headers=True),
    Area("design-system", "building or owning a design system or component library",
         _rx(r"\bdesign systems?\b|\bcomponent librar\w+|\bui librar\w+|\bshared components?\b|"
             r"\bpattern librar\w+"),
         frozenset({"design systems", "design system", "component libraries"}),
         ((("built", "build*", "lead", "led", "leading", "own", "owned", "owns", "maintain*",
            "created", "designed", "developed", "architected", "launched", "started"),
           ("design system*", "component librar*", "pattern librar*", "ui kit*",
            "shared component*")),), owned=True),
    Area("leading-science", "leading scientific work with other scientists and engineers",
         _rx(r"\blead\w*\b[^.;]{0,30}\b(?:scientific|research|science)\b[^.;]{0,30}"
             r"\b(?:projects?|initiatives?|efforts?|workstreams?|teams?|agendas?)\b"),
         frozenset(),
         ((LEAD, ("scientist*", "research*", "science")),),
         owned=True, role_kinds=frozenset({"science", "research"})),
    # "breaking up or significantly re-architecting a large production system": splitting a
    # monolith into services, or re-architecting a system the candidate led or built
    Area("re-architecture", "breaking up or re-architecting a production system",
         _rx(r"\bbreak(?:ing)? up\b[^.;]{0,50}\b(?:systems?|monoliths?|services?|applications?|"
             r"architectures?|codebases?|platforms?)\b|\bre-?architect\w*|\bdecompos\w*\b[^.;]{0,30}\b(?:monolith|"
             r"system|services?)\b|\b(?:extract\w*|split\w*)\b[^.;]{0,40}\bmonolith\b"),
         frozenset(),
         ((("break-up", "broke up", "broken up", "breaking up", "split*", "decompos*",
            "extract*", "carv*", "re-architect*", "rearchitect*", "strangler*"),
           ("monolith*", "architecture", "system*", "platform*", "services", "microservices",
            "codebase*")),),
         owned=True),
    # "applying theoretical models in an applied environment": a model of one's own built
    # for a business and used there, in a paid role (a forecast the stores now plan with)
    Area("applied-models", "models built and used in real work",
         _rx(r"\btheoretical models?\b|\bmodels? in an applied\b|\bapplied (?:environment|"
             r"setting)s?\b"),
         frozenset(),
         ((("built", "build*", "developed", "designed", "estimated", "fit", "fitted", "trained",
            "forecasted", "deployed", "shipped", "launched", "replaced", "created", "implemented"),
           MODEL + ("regression*", "elasticit*", "uplift", "churn model*", "propensity",
                    "bayesian", "causal")),),
         owned=True, role_kinds=frozenset({"engineering", "science", "research", "analytics"}),
         unless=OTHERS_MODELS),
    Area("leading-projects", "leading projects with other people",
         _rx(r"\blead\w*\b[^.;]{0,30}\b(?:projects?|initiatives?|efforts?|workstreams?)\b"
             r"[^.;]{0,40}\b(?:scientists?|engineers?|people|researchers?|teams?)\b"),
         frozenset(),
         ((LEAD, ("project*", "initiative*", "effort*", "workstream*", "program*", "team*",
                  "scientist*", "engineers", "rollout", "migration", "launch*", "rewrite",
                  "redesign", "re-architecture", "roadmap", "the design of")),),
         owned=True, role_kinds=frozenset({"engineering", "science", "research"})),
    # "setting technical direction across multiple teams or an organization": a line that
    # led, chaired or owned a design review, a strategy or a roadmap reaching past one team
    # ("with 4 partner teams", "across 5 teams", "that the CTO adopted"); a system that other
    # teams use is not direction given to them
    Area("cross-team-direction", "setting technical direction across teams",
         _rx(r"\b(?:technical|engineering|architectural|science|scientific)\s+(?:direction|"
             r"leadership|strategy|vision)\b[^.;]{0,40}\b(?:across|beyond)\s+(?:multiple\s+|"
             r"several\s+|many\s+|different\s+|other\s+)?(?:teams|organi[sz]ations?|orgs?)\b|"
             r"\b(?:influenc\w*|direction|leadership)\b[^.;]{0,30}\bacross\s+(?:multiple\s+|"
             r"several\s+|many\s+|different\s+)?(?:teams|organi[sz]ations|orgs)\b|"
             r"\bcross[- ](?:team|org\w*) (?:technical )?(?:leadership|influence|direction)\b"),
         frozenset(),
         ((("led", "lead", "leading", "chaired", "chair", "chairs", "drove", "set", "sets",
            "setting",
            "own", "owned", "owns", "wrote", "authored", "defined", "shaped", "steered", "ran",
            "run", "runs"),
           ("design review*", "architecture review*", "technical direction", "technical strateg*",
            "engineering strateg*", "science strateg*", "roadmap*", "strategy", "architecture",
            "technical standard*", "engineering standard*", "rfc*", "tech radar"),
           ("teams", "partner team*", "sister team*", "org-wide", "organization-wide",
            "organisation-wide", "company-wide", "engineering-wide", "cross-team",
            "cto adopted", "adopted by the cto", "vp of engineering", "the organization",
            "the organisation", "the org", "multiple teams", "several teams", "business units",
            "divisions")),
          # leading an engineering organisation of several teams ("Lead the ML platform org of
          # 14 engineers in two teams")
          (("lead", "led", "leading", "head", "headed", "heads"),
           ("org", "organization", "organisation", "department", "group", "groups"),
           ("two teams", "three teams", "four teams", "five teams", "several teams",
            "multiple teams", "2 teams", "3 teams", "4 teams", "5 teams", "6 teams"))),
         owned=True, role_kinds=frozenset({"engineering", "science", "research"}),
         # a system other teams use is not direction given to them
         # a system other teams use is not direction given to them; 'set up' is building it
         unless=_rx(r"\b(?:used|relied on|consumed|shared) by\s+(?:\w+\s+){0,2}"
                    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|other)\b|"
                    r"^\W*set(?:s|ting)? up\b")),
    # "recruiting, hiring, mentoring/coaching and managing teams of software engineers": a
    # manager's own lines that hired, grew or managed people (leading a project is another area)
    Area("managing-people", "hiring and managing engineers",
         _rx(r"\b(?:manag\w*|hir(?:e|ing)|recruit\w*)\b[^.;]{0,60}\b(?:teams? of|engineers?|"
             r"developers?|scientists?|people|direct reports)\b|\bpeople management\b"),
         frozenset(),
         ((("hired", "hiring", "recruited", "grew", "built", "managed", "manage", "manages",
            "managing", "reporting to me", "report to me", "direct reports", "promoted"),
           ("engineers", "engineering managers", "managers", "developers", "scientists",
            "direct reports", "people", "team", "teams", "organization", "organisation")),),
         owned=True, role_kinds=frozenset({"engineering", "science", "research", "product"})),
    # "experience managing technical products", "owning a product roadmap": a product or
    # programme manager's role shows it in its own header or lines (never an engineer's line
    # that worked with one)
    Area("product-roadmap", "owning a product roadmap or strategy",
         _rx(r"\broadmaps?\b|\bproduct (?:vision|strateg\w+)\b"),
         frozenset(),
         ((("roadmap*", "product vision", "product strateg*", "multi-year plan*", "prd", "prds",
            "prfaq*"),),),
         role_kinds=frozenset({"product"})),
    Area("product-management", "managing a product (its requirements, backlog and launches)",
         _rx(r"\bmanag\w*\b[^.;]{0,25}\b(?:technical |software |digital |data )?products?\b|"
             r"\bproduct management\b|\bowning a product\b|\bproduct owner\b"),
         frozenset({"product management"}),
         ((("product manager*", "product owner*", "product management", "product lead*",
            "roadmap*", "prd", "prds", "prfaq*", "product requirement*", "product spec*",
            "backlog*"),),),
         headers=True, role_kinds=frozenset({"product"})),
    Area("llm", "large language models",
         _rx(r"\blarge language models?\b|\bllms?\b|\bgenerative ai\b|\bgen ?ai\b|"
             r"\bfoundation models?\b"),
         frozenset({"llm", "generative ai"}),
         ((LLM_TERMS,),), unless=LLM_AS_TOOL),
    Area("nlp", "natural language processing",
         _rx(r"\bnatural language\b|\bnlp\b"),
         frozenset({"nlp"}),
         ((NLP,),), unless=NLP_ONLY_AS_TOOL),
    Area("deep-learning", "deep learning",
         _rx(r"\bdeep learning\b(?! (?:frameworks?|librar))|\bneural networks?\b"),
         frozenset({"deep learning"}),
         ((DEEP_LEARNING,),)),
    Area("compliance", "security and compliance controls",
         _rx(r"\bpci\b|\bsoc ?2\b|\bhipaa\b|\bgdpr\b|\biso ?27001\b|\bsox\b|\bfedramp\b|"
             r"\bcompliance\b"),
         frozenset({"pci dss", "soc 2", "hipaa", "gdpr", "compliance"}),
         ((("pci*", "soc 2", "soc2", "hipaa", "gdpr", "iso 27001", "sox", "fedramp", "compliance",
            "compliant", "audit*", "phi", "pii", "tokeniz*", "encryption at rest"),),)),
    Area("modelling", "building and evaluating models (the data science side)",
         _rx(r"\bdata science side\b|\bscience side\b|\bmodell?ing side\b|"
             r"\bexperience (?:in|with) data science\b"),
         frozenset({"data science"}),
         ((MODEL, MODELLING),), owned=True),
    Area("ml-work", "machine-learning work (building, training or evaluating models)",
         _rx(r"\bmachine learning\b|\bml\b"),
         frozenset({"machine learning"}),
         ((MODEL, MODEL_WORK),), asked_alone=False, by_name=False, unless=OTHERS_MODELS),
)
BY_ID = {a.id: a for a in AREAS}

# the candidate did not do the work themselves: supported it, handed it off, took part
_NOT_OWNED = re.compile(
    r"(?i)^\W*(?:supported|supporting|assisted|assisting|helped|helping|participated|"
    r"involved in|exposure to|observed|shadowed|attended)\b|"
    r"\bhanded (?:it |them |this |the \w+ )?(?:off|over)\b|\bhand(?:ed)?-?off\b")


def owned(text: str) -> bool:
    """The line is the candidate's own work, not support for someone else's."""
    return not _NOT_OWNED.search(text or "")


# "model" in a sense that is not machine learning: a read model, a data model, a threat model
NOT_ML_MODEL = re.compile(
    r"(?i)\b(?:read|write|data|warehouse|semantic|dimensional|domain|object|threat|business|operating|cost|financial|revenue|"
    r"delivery|engagement|service|governance|permission|security|programming|memory|"
    r"consistency|access|relational|entity|3d|cad|maturity|staffing)[- ]model(?:s|l?ing)?\b")
_MODEL_GROUPS = frozenset({MODEL, MODEL_WORK, MODELLING})


# a dbt project's "models" are SQL transformations ("dbt (160 models)", "240 models")
DBT = re.compile(r"(?i)\bdbt\b")
DBT_MODELS = re.compile(r"(?i)\b(?:\d[\d,]*\+?\s+|dbt\s+)(?:sql\s+|staging\s+|mart\s+)?models?\b")


# a qualification that asks for a sector ("experience in financial services", "industry
# experience in insurance", "a regulated environment"): work done in it, at an employer or for
# a client of that sector, not a word of the domain met elsewhere (fraud at a marketplace)
SECTOR_ASK = re.compile(
    r"(?i)\b(?:experience|background|work(?:ing)?)\s+(?:in|within|for)\s+(?:the\s+|an?\s+)?"
    r"(?:(?!\w+ing\b)[\w/&-]+\s+){0,3}?(?:industry|industries|sector|financial services|"
    r"organi[sz]ations?|environments?|institutions?|companies)\b|\bindustry experience\b")
# words of a sector's domain that other businesses share (a marketplace's fraud, a SaaS
# product's billing): they show the sector only in a role whose own header is in it
SHARED_DOMAIN = ("fraud*", "chargeback*", "billing", "payment*", "payout*", "claims",
                 "premium*", "patient*", "health*", "diagnos*",
                 # a bank as a word ("a mel filter bank") is not a bank as an employer
                 "bank", "banks", "banco", "banque")


def in_sector(area: Area, text: str, header: str, role_text: str = "") -> bool:
    """A line shows work in the area's sector: its role's header is in it, the line shows the
    sector in terms other businesses do not share, or the role's lines use several of the
    shared ones (cards, chargebacks and fraud: a payments business)."""
    if header and shows(area, header):
        return True
    if not shows(area, text) or not area.any_of:
        return False
    terms = area.any_of[0][0]
    if find_phrases(text, tuple(g for g in terms if g not in SHARED_DOMAIN)):
        return True
    shared = tuple(g for g in terms if g in SHARED_DOMAIN)
    return len({_term_of(f, shared) for f in find_phrases(role_text or text, shared)}) >= 2


def _term_of(found: str, terms: tuple[str, ...]) -> str:
    """The pattern of `terms` a found phrase matched ("chargebacks" -> "chargeback*")."""
    low = found.lower()
    return next((t for t in terms if (low.startswith(t[:-1]) if t.endswith("*") else low == t)),
                low)


def without_other_models(text: str) -> str:
    """The line without the senses of "model" that are not machine learning."""
    text = NOT_ML_MODEL.sub(" ", text or "")
    if not DBT.search(text):
        return text
    return " \n ".join(DBT_MODELS.sub(" ", ln) if DBT.search(ln) else ln
                        for ln in text.split(" \n "))


def shows(area: Area, text: str) -> bool:
    """One line shows the area: a term of every group of one of its ways ("model" only in its
    machine-learning sense)."""
    if not text:
        return False
    if area.owned and not owned(text):
        return False
    if area.unless is not None and area.unless.search(text):
        return False
    plain = without_other_models(text)
    return any(all(find_phrases(plain if group in _MODEL_GROUPS else text, group)
                   for group in way) for way in area.any_of)


def asked(text: str) -> list[Area]:
    """The areas a requirement's words name, in the table's order (the most specific first)."""
    return list(_asked(text or ""))


@lru_cache(maxsize=1024)
def _asked(text: str) -> tuple[Area, ...]:
    # the same requirement is asked about ~70 times an analysis (40 patterns each): once
    return tuple(a for a in AREAS if a.asked.search(text))


def for_ask(text: str, names: Sequence[str]) -> Area | None:
    """The area that answers for one ask (its skill names) in a requirement's text: the first
    area the text names that absorbs one of the names."""
    for n in names:
        if n.startswith("area:"):
            return BY_ID.get(n.split(":", 1)[1])
    # the area answers for the ask's head ("backend experience (Node.js)"), or for all of it;
    # never for one alternative of a longer list ("machine learning, data mining ... or NLP")
    low = [n.lower() for n in names if not n.startswith("kind:")]
    if not low:
        return None
    for a in asked(text):
        if low[0] in a.absorbs or all(n in a.absorbs for n in low):
            return a
    return None


def subject_area(subject: str) -> Area | None:
    """The area a years requirement's subject names ("professional backend engineering")."""
    found = [a for a in asked(subject) if a.id in ("backend", "frontend", "mobile",
                                                     "data-engineering", "ml-infrastructure",
                                                     "distributed-systems")]
    return found[0] if found else None


def role_shows(area: Area, title: str, lines: Sequence[str]) -> bool:
    """A role did the area's work: its title names the area, or a quarter of its lines (one at
    least) show it."""
    if area.asked.search(title or "") or (area.titles and area.titles.search(title or "")):
        return True
    hits = sum(1 for ln in lines if shows(area, ln))
    return hits >= 1 and 4 * hits >= len(lines)


# the sides of application engineering a team's work sits on
SIDES = ("backend", "frontend", "mobile")


# "mobile-class CPUs", "mobile phones, microcontrollers, DSPs or other edge devices": a line that
# names device hardware asks for models or code on chips, not for mobile app engineering
DEVICE_HARDWARE = re.compile(r"(?i)\b(cpus?|gpus?|npus?|dsps?|microcontrollers?|mcus?|chips?|"
                             r"socs?|edge devices?|firmware|embedded)\b")


def posting_side(texts: Sequence[str]) -> Area | None:
    """The one side (backend, frontend, mobile) a posting's title and lines centre on: two
    lines or more show it and none shows another side."""
    counts = {sid: sum(1 for t in texts if (shows(BY_ID[sid], t) or BY_ID[sid].asked.search(t))
                       and not (sid == "mobile" and DEVICE_HARDWARE.search(t)))
              for sid in SIDES}
    top = [sid for sid, n in counts.items() if n >= 2]
    if len(top) == 1 and all(n == 0 for sid, n in counts.items() if sid != top[0]):
        return BY_ID[top[0]]
    return None


def other_side(job: JobDescription, exp: Experience) -> tuple[str, str] | None:
    """(the posting's side, the candidate's) when a team centres on one side of application
    engineering (backend services, web frontend, mobile apps) and the candidate's engineering
    years are all elsewhere (another side, infrastructure, embedded or data work): the loop will
    test the side they have not worked on."""
    texts = [job.title or ""] + [r.text for r in job.requirements]
    side = posting_side(texts)
    if side is None:
        return None
    eng = [w for w in exp.work if w.counted and w.kind == "engineering"]
    lines = {w.role: [ln for ln in w.text.split(" \n ")[2:] if ln.strip()] for w in eng}
    if any(not w.infra and role_shows(side, w.title, lines[w.role]) for w in eng):
        return None
    if years_of(exp, lambda w: w.counted and w.kind == "engineering") < 2:
        return None
    for sid in SIDES:
        if sid == side.id:
            continue
        other = BY_ID[sid]
        if years_of(exp, lambda w, o=other: w.counted and w.kind == "engineering"
                    and not w.infra and role_shows(o, w.title, lines.get(w.role, []))) >= 2:
            return side.name, other.name
    if years_of(exp, lambda w: w.counted and w.infra) >= 2 and not INFRA_POSTING.search(
            job.title or ""):  # on an infrastructure or security posting that is its side
        return side.name, "infrastructure and operations"
    embedded = [w for w in eng if EMBEDDED.search(w.title)]
    if years_of(exp, lambda w: w in embedded) >= 2:
        return side.name, "embedded and firmware engineering"
    return None


EMBEDDED = re.compile(r"(?i)\b(embedded|firmware|hardware|fpga|asic|electrical|controls engineer|"
                      r"robotics engineer|pcb)\b")
