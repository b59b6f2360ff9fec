"""Invented resumes and postings in several languages and scripts (written here, not corpus text)."""

from __future__ import annotations

GERMAN = """Anna Schäfer
anna.schaefer@example.de | München

BERUFSERFAHRUNG
Machine Learning Engineer, Müller Datentechnik GmbH, 2020 - heute
- Entwicklung eines Empfehlungssystems mit PyTorch für 3 Millionen Nutzer
- Senkung der Inferenzkosten um 35 % durch Modelldestillation
- Betreuung von 2 Werkstudenten bei der Modellbewertung

AUSBILDUNG
M.Sc. Informatik, Technische Universität München, 2019

KENNTNISSE
Python, PyTorch, Spark, Kubernetes
"""

CHINESE = [
    ("张伟", None),
    ("zhang.wei@example.cn | 北京", None),
    ("工作经历", "Heading 1"),
    ("机器学习工程师，星辰科技，2019 - 至今", None),
    ("使用 PyTorch 构建推荐模型，服务 500 万日活用户", "List Bullet"),
    ("将模型推理延迟从 120 毫秒降低到 45 毫秒", "List Bullet"),
    ("指导 3 名初级工程师完成模型评估", "List Bullet"),
    ("教育背景", "Heading 1"),
    ("清华大学 计算机科学 硕士 2019", None),
    ("技能", "Heading 1"),
    ("Python, PyTorch, Spark, AWS", None),
]

JAPANESE = """山田 花子
hanako.yamada@example.jp | 東京

職務経歴
機械学習エンジニア、株式会社サクラデータ、2020年 - 現在
・PyTorch を用いた需要予測モデルを開発し、欠品を 18% 削減
・A/B テスト基盤を設計し、12 チームが利用
・新人エンジニア 2 名の育成を担当

学歴
東京大学 情報理工学 修士 2020

スキル
Python, PyTorch, SQL, Docker
"""

ARABIC = """ليلى حسن
layla.hassan@example.com | دبي

الخبرة العملية
مهندسة تعلم آلي، شركة النخبة للبيانات، 2019 - حتى الآن
- بناء نموذج للكشف عن الاحتيال باستخدام PyTorch يخدم 2 مليون طلب يوميا
- خفض تكلفة التدريب بنسبة 30% باستخدام Spark

التعليم
ماجستير علوم الحاسوب، جامعة القاهرة، 2018

المهارات
Python, PyTorch, Spark, SQL
"""

HEBREW = """נועה כהן
noa.cohen@example.com | תל אביב

ניסיון תעסוקתי
מהנדסת למידת מכונה, דאטה-טק בע"מ, 2020 - היום
- פיתחתי מודל דירוג ב-PyTorch שמשרת 4 מיליון משתמשים
- הנחיתי 2 מהנדסים צעירים בבדיקת מודלים

השכלה
תואר שני במדעי המחשב, אוניברסיטת תל אביב, 2019

כישורים
Python, PyTorch, Kubernetes, SQL
"""

EMOJI = [
    ("Sam Lee ✨", None),
    ("sam.lee@example.com | 📍 Austin, TX", None),
    ("Experience 💼", "Heading 1"),
    ("ML Engineer, Northwind Labs, 2021 - Present", None),
    ("🚀 Launched a ranking model in PyTorch that lifted click-through by 12%", "List Bullet"),
    ("📉 Reduced GPU spend by 25% with mixed-precision training 💸", "List Bullet"),
    ("🤝 Mentored 2 interns, both received return offers 🎉", "List Bullet"),
    ("Skills 🛠️", "Heading 1"),
    ("Python 🐍, PyTorch, AWS, Docker", None),
]

NO_BULLETS = """Priya Natarajan
priya.n@example.com, Toronto

Summary
Machine learning engineer with five years of experience building recommendation and search
systems. I enjoy turning research ideas into reliable services.

Experience
Senior ML Engineer at Tailspin Commerce from 2021 to now. I lead the search ranking work, where
I rebuilt the learning-to-rank pipeline in PyTorch and moved training to SageMaker. Before that I
worked at Adatum as a data scientist on churn prediction with gradient boosting and Spark.

Education
B.Sc. Computer Engineering, University of Toronto, 2018
"""

GERMAN_JOB = """Machine Learning Engineer (m/w/d)
Tailwind Traders GmbH, Berlin

Ihre Aufgaben
- Entwicklung und Betrieb von Empfehlungsmodellen mit PyTorch auf AWS
- Aufbau von Monitoring für Datenqualität und Modell-Drift
- Zusammenarbeit mit Data Scientists und Produktmanagement

Ihr Profil
- Mindestens 3 Jahre Erfahrung in der Softwareentwicklung mit Python
- Erfahrung mit Spark, Kubernetes und CI/CD
- Sehr gute Deutsch- und Englischkenntnisse
"""

CHINESE_JOB = """机器学习工程师
星辰科技 上海

岗位职责
- 负责推荐系统模型的训练、评估与上线，使用 PyTorch 与 Spark
- 搭建模型监控体系，跟踪数据漂移与线上指标
- 与产品和数据团队合作推动 A/B 实验

任职要求
- 3 年以上 Python 开发经验
- 熟悉 AWS 或 Kubernetes 等云平台
- 计算机相关专业硕士优先
"""
