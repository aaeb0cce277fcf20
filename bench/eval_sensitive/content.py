"""What the evaluation's windows say, drawn from small pools with a seeded random generator.

A scene is plain data (no Qt): the kind of screen, its labels (the categories a reviewer would
expect; none for neutral work), the window title and application, an optional browser address,
a sidebar and a column of blocks. `render.py` turns it into real widgets.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

SANS = ("DejaVu Sans", "Nimbus Sans", "URW Gothic", "DejaVu Sans Condensed")
SERIF = ("DejaVu Serif", "Nimbus Roman", "P052")
MONO = ("DejaVu Sans Mono", "Nimbus Mono PS", "Noto Sans Mono")
SIZES = (9, 10, 11, 12, 13, 14, 16)


@dataclass
class Scene:
    kind: str
    labels: tuple[str, ...]  # () for neutral work
    title: str
    app: str
    family: str
    points: int
    dark: bool = False
    url: str = ""
    sidebar: list[str] = field(default_factory=list)
    blocks: list[tuple[str, Any]] = field(default_factory=list)


FIRST = ["Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Greta", "Hannah", "Jonas", "Lena", "Marco", "Nina",
         "Oliver", "Paula", "Sofia", "Tom", "Yusuf", "Zoe", "Lukas", "Mia"]
LAST = ["Becker", "Schmidt", "Meyer", "Okafor", "Novak", "Rossi", "Jansen", "Walsh", "Kowalski", "Fischer",
        "Hughes", "Lindqvist", "Moreau", "Wagner", "Costa"]
FAMILY = ["Mum", "Dad", "Mama", "Papa", "Oma", "Grandma", "Sis", "Family", "Schatz"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"


def day(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026"


def money(rng: random.Random, low: int = 5, high: int = 3000) -> str:
    return f"{rng.randint(low, high):,}.{rng.randint(0, 99):02d}"


def iban(rng: random.Random, country: str = "DE") -> str:
    bban = "".join(str(rng.randint(0, 9)) for _ in range(18))
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def card(rng: random.Random) -> str:
    digits = [4] + [rng.randint(0, 9) for _ in range(14)]
    total = 0
    for index, digit in enumerate(reversed(digits)):
        value = digit * 2 if index % 2 == 0 else digit
        total += value - 9 if value > 9 else value
    digits.append((10 - total % 10) % 10)
    text = "".join(map(str, digits))
    return " ".join(text[i:i + 4] for i in range(0, 16, 4))


def aws_key(rng: random.Random) -> str:
    return "AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))


def b64(rng: random.Random, length: int) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(length))


def _theme(rng: random.Random, families: tuple[str, ...] = SANS) -> dict[str, Any]:
    return {"family": rng.choice(families), "points": rng.choice(SIZES), "dark": rng.random() < 0.3}


# ---- sensitive screens ---------------------------------------------------------------------------

CHAT_LINES = [
    "Are you coming for dinner on Sunday?", "I miss you, call me tonight", "Kommst du am Wochenende nach Hause?",
    "The doctor said it is nothing serious", "Love you! See you at 7", "Hab dich lieb, bis später",
    "Can you pick up the kids from school?", "Did you see the photos from the wedding?",
    "Ich bin so müde, die Woche war lang", "Happy birthday!! Have a wonderful day", "Where did you park the car?",
    "Don't forget grandma's birthday", "Wir vermissen dich", "Let's talk about it tonight, okay?",
]
CHAT_APPS = [("WhatsApp", "whatsapp", "web.whatsapp.com"), ("Signal", "signal-desktop", ""),
             ("Telegram", "telegram-desktop", ""), ("Threema", "threema", "web.threema.ch")]


def chat(rng: random.Random) -> Scene:
    name, app, url = rng.choice(CHAT_APPS)
    other = rng.choice(FAMILY + [rng.choice(FIRST)])
    chats = [f"{rng.choice(FAMILY + FIRST)}  {clock(rng)}" for _ in range(rng.randint(6, 10))]
    bubbles = [(rng.random() < 0.5, rng.choice(CHAT_LINES)) for _ in range(rng.randint(5, 9))]
    status = rng.choice(["last seen today at " + clock(rng), "online", "zuletzt online heute um " + clock(rng),
                         "typing..."])
    blocks: list[tuple[str, Any]] = [("heading", f"{other}"), ("note", status), ("bubbles", bubbles),
                                     ("input", rng.choice(["Type a message", "Nachricht schreiben"]))]
    if rng.random() < 0.4:
        blocks.insert(2, ("note", rng.choice(["Messages are end-to-end encrypted.",
                                              "Nachrichten sind Ende-zu-Ende-verschlüsselt."])))
    title = f"{name}" if rng.random() < 0.5 else f"{other} - {name}"
    return Scene("chat", ("private-communication",), title, app, url=url if url and rng.random() < 0.7 else "",
                 sidebar=[rng.choice(["Chats", "Unterhaltungen"])] + chats, blocks=blocks, **_theme(rng))


MAIL_SUBJECTS = ["Photos from the weekend", "Re: Christmas at our place?", "Your order has shipped",
                 "Flat viewing on Saturday", "Grüße aus dem Urlaub", "Re: Geburtstag von Oma",
                 "Your appointment reminder", "Re: kindergarten pick-up", "Newsletter: 20 % off",
                 "Re: holiday plans", "Rechnung Fitnessstudio", "Re: moving boxes"]
WEBMAILS = [("Gmail", "mail.google.com/mail/u/0/#inbox", ["Inbox", "Starred", "Snoozed", "Sent", "Drafts", "Spam"]),
            ("GMX FreeMail", "navigator.gmx.net/mail", ["Posteingang", "Gesendet", "Entwürfe", "Spam", "Papierkorb"]),
            ("WEB.DE FreeMail", "web.de/mail", ["Posteingang", "Entwürfe", "Gesendet", "Spam"]),
            ("Yahoo Mail", "mail.yahoo.com/d/folders/1", ["Inbox", "Unread", "Starred", "Drafts", "Sent", "Spam"]),
            ("Proton Mail", "mail.proton.me/u/0/inbox", ["Inbox", "Drafts", "Sent", "Starred", "Spam"])]


def webmail(rng: random.Random) -> Scene:
    name, url, folders = rng.choice(WEBMAILS)
    rows = [[person(rng), rng.choice(MAIL_SUBJECTS), day(rng)] for _ in range(rng.randint(8, 14))]
    compose = "Compose" if folders[0] == "Inbox" else "E-Mail schreiben"
    blocks: list[tuple[str, Any]] = [("buttons", [compose]), ("table", (["From", "Subject", "Date"], rows))]
    if rng.random() < 0.5:
        blocks.append(("paragraphs", [f"Hi {rng.choice(FIRST)}, " + rng.choice(CHAT_LINES) + " " +
                                      rng.choice(CHAT_LINES)]))
    title = f"{folders[0]} ({rng.randint(1, 40)}) - {rng.choice(FIRST).lower()}@example.org - {name}"
    return Scene("webmail", ("private-communication",), f"{title} — Mozilla Firefox", "firefox", url="https://" + url,
                 sidebar=folders, blocks=blocks, **_theme(rng))


BANKS = [("Sparkasse", "sparkasse.de/onlinebanking"), ("Deutsche Bank", "meine.deutsche-bank.de"),
         ("ING", "banking.ing.de/app/umsaetze"), ("Barclays", "bank.barclays.co.uk/olb/statements"),
         ("N26", "app.n26.com/account")]
SHOPS = ["REWE Markt", "Amazon EU", "Deutsche Bahn", "Netflix", "Stadtwerke", "Miete Januar", "Rossmann",
         "Tesco Stores", "Shell Station", "Lidl", "Spotify", "Apotheke am Markt"]


def bank_statement(rng: random.Random) -> Scene:
    bank, url = rng.choice(BANKS)
    german = rng.random() < 0.5
    rows = [[day(rng), rng.choice(SHOPS), ("-" if rng.random() < 0.8 else "+") + money(rng)] for _ in range(rng.randint(8, 14))]
    blocks: list[tuple[str, Any]] = [
        ("heading", "Kontoauszug" if german else rng.choice(["Account statement", "Transactions"])),
        ("fields", [("IBAN", iban(rng), True), ("Kontostand" if german else "Available balance", money(rng) + " EUR", True)]),
        ("table", (["Datum", "Empfänger", "Betrag"] if german else ["Date", "Description", "Amount"], rows)),
    ]
    if rng.random() < 0.4:
        blocks.insert(2, ("note", f"Card {card(rng)}" if not german else f"Kreditkarte {card(rng)}"))
    return Scene("bank-statement", ("finance",), f"{bank} Online-Banking — Mozilla Firefox", "firefox",
                 url="https://" + url, sidebar=["Übersicht", "Umsätze", "Überweisung", "Daueraufträge", "Postfach"]
                 if german else ["Overview", "Transactions", "Transfers", "Standing orders", "Documents"],
                 blocks=blocks, **_theme(rng))


def payslip(rng: random.Random) -> Scene:
    german = rng.random() < 0.5
    gross = rng.randint(2800, 7200)
    if german:
        rows = [["Bruttolohn", f"{gross:,}.00"], ["Lohnsteuer", money(rng, 300, 1200)], ["Solidaritätszuschlag", money(rng, 0, 60)],
                ["Krankenversicherung", money(rng, 200, 400)], ["Rentenversicherung", money(rng, 250, 600)],
                ["Nettolohn", money(rng, 1900, 4200)], ["Auszahlungsbetrag", money(rng, 1900, 4200)]]
        if rng.random() < 0.5:
            rows.insert(3, ["Kirchensteuer", money(rng, 20, 90)])
        heading, header = "Entgeltabrechnung " + rng.choice(["Januar", "Februar", "März", "April"]) + " 2026", ["Bezeichnung", "Betrag"]
    else:
        rows = [["Basic salary", f"{gross:,}.00"], ["Overtime", money(rng, 0, 400)], ["Gross pay", f"{gross:,}.00"],
                ["Income tax", money(rng, 300, 1200)], ["National Insurance", money(rng, 100, 400)],
                ["Pension", money(rng, 80, 300)], ["Net pay", money(rng, 1900, 4200)]]
        heading, header = "Payslip " + rng.choice(["January", "February", "March", "April"]) + " 2026", ["Description", "Amount"]
    labels = ("finance", "religion") if any(r[0] == "Kirchensteuer" for r in rows) else ("finance",)
    blocks: list[tuple[str, Any]] = [("heading", heading), ("fields", [("Name", person(rng), True),
                                     ("Personalnummer" if german else "Employee no.", str(rng.randint(10000, 99999)), True)]),
                                     ("table", (header, rows))]
    return Scene("payslip", labels, f"{heading}.pdf — Document Viewer", "evince", blocks=blocks,
                 **_theme(rng, SANS + SERIF))


def patient_portal(rng: random.Random) -> Scene:
    german = rng.random() < 0.4
    meds = ["Lisinopril 10 mg", "Metformin 500 mg", "Sertraline 50 mg", "Ibuprofen 400 mg", "L-Thyroxin 75 µg"]
    if german:
        blocks: list[tuple[str, Any]] = [
            ("heading", "Patientenportal"), ("note", f"Termin bei Dr. {rng.choice(LAST)} am {day(rng)} um {clock(rng)}"),
            ("table", (["Befund", "Datum", "Status"], [["Blutbild", day(rng), "neu"], ["Laborbefund", day(rng), "gelesen"],
                                                       ["Arztbrief", day(rng), "gelesen"]])),
            ("paragraphs", [f"Medikationsplan: {rng.choice(meds)}, {rng.choice(meds)}"]),
        ]
        sidebar = ["Übersicht", "Termine", "Befunde", "Rezepte", "Nachrichten"]
    else:
        blocks = [
            ("heading", rng.choice(["Patient portal", "MyChart"])),
            ("note", f"Appointment with Dr. {rng.choice(LAST)} on {day(rng)} at {clock(rng)}"),
            ("table", (["Test", "Date", "Result"], [["Lab results: blood count", day(rng), "ready"],
                                                    ["Cholesterol", day(rng), "high"], ["Visit summary", day(rng), "new"]])),
            ("paragraphs", [f"Diagnosis: {rng.choice(['hypertension', 'type 2 diabetes', 'depression', 'asthma'])}. "
                            f"Prescription: {rng.choice(meds)}, refill requested."]),
        ]
        sidebar = ["Home", "Appointments", "Test results", "Medications", "Messages"]
    return Scene("patient-portal", ("health",), "Patient portal — Mozilla Firefox", "firefox",
                 url=rng.choice(["https://mychart.example-health.org", "https://portal.doctolib.de", "https://meine.tk.de"]),
                 sidebar=sidebar, blocks=blocks, **_theme(rng))


def hr_review(rng: random.Random) -> Scene:
    german = rng.random() < 0.4
    name = person(rng)
    if german:
        blocks: list[tuple[str, Any]] = [
            ("heading", rng.choice(["Leistungsbeurteilung 2026", "Jahresgespräch 2026"])),
            ("fields", [("Mitarbeiter", name, True), ("Vorgesetzte", person(rng), True), ("Bewertung", "3 von 5", True)]),
            ("paragraphs", ["Stärken: zuverlässig, gute Zusammenarbeit im Team.",
                            "Verbesserungspotenzial: Termintreue. " + rng.choice(["Gehaltserhöhung 3 % ab April.",
                                                                                  "Abmahnung wegen Verspätung am " + day(rng) + "."])]),
        ]
    else:
        blocks = [
            ("heading", rng.choice(["Performance review 2026", "Annual review", "Performance improvement plan"])),
            ("fields", [("Employee", name, True), ("Manager", person(rng), True),
                        ("Rating", rng.choice(["Meets expectations", "Below expectations", "Exceeds expectations"]), True)]),
            ("paragraphs", ["Strengths: reliable, collaborates well.",
                            "Areas for improvement: deadlines. " + rng.choice(["Salary increase of 4 % from April.",
                                                                               "Written warning issued on " + day(rng) + "."])]),
        ]
    return Scene("hr-review", ("hr",), f"{name} — Workday", "firefox", url="https://wd3.myworkday.com/example/d/review",
                 sidebar=["Home", "Team", "Reviews", "Compensation", "Absence"], blocks=blocks, **_theme(rng))


def terminal(rng: random.Random) -> Scene:
    key = aws_key(rng)
    lines = [f"{rng.choice(FIRST).lower()}@laptop:~$ cat ~/.aws/credentials", "[default]",
             f"aws_access_key_id = {key}", f"aws_secret_access_key = {b64(rng, 40)}", ""]
    if rng.random() < 0.7:
        lines += ["$ cat ~/.ssh/id_ed25519", "-----BEGIN OPENSSH PRIVATE KEY-----"]
        lines += [b64(rng, 64) for _ in range(rng.randint(3, 6))] + ["-----END OPENSSH PRIVATE KEY-----"]
    lines.append("$ ")
    return Scene("terminal", ("credentials",), f"{rng.choice(FIRST).lower()}@laptop: ~", "gnome-terminal",
                 blocks=[("code", lines)], family=rng.choice(MONO), points=rng.choice(SIZES), dark=rng.random() < 0.7)


def login_form(rng: random.Random) -> Scene:
    german = rng.random() < 0.4
    password = rng.choice(["Sommer2026!", "hunter2-secret", "Tr0ub4dor&3", "MeinPasswort#7", "correct-horse-42"])
    fields = [("Benutzername" if german else "Username", f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower()}", True),
              ("Passwort" if german else "Password", password, True)]
    blocks: list[tuple[str, Any]] = [
        ("heading", "Anmelden" if german else "Sign in"), ("fields", fields),
        ("checks", ["Passwort anzeigen" if german else "Show password", "Angemeldet bleiben" if german else "Remember me"]),
        ("buttons", ["Anmelden" if german else "Sign in", "Passwort vergessen?" if german else "Forgot password?"]),
    ]
    site = rng.choice(["accounts.example.com", "login.intranet.example", "portal.example.de"])
    return Scene("login-form", ("credentials",), f"{'Anmelden' if german else 'Sign in'} — Mozilla Firefox", "firefox",
                 url=f"https://{site}/login", blocks=blocks, **_theme(rng))


def religion(rng: random.Random) -> Scene:
    german = rng.random() < 0.5
    if german:
        blocks: list[tuple[str, Any]] = [("heading", "Pfarrei St. " + rng.choice(["Marien", "Josef", "Michael"])),
                                          ("paragraphs", [f"Gottesdienstzeiten: Sonntag {clock(rng)}, Mittwoch {clock(rng)}.",
                                                          "Der Bibelkreis trifft sich am Donnerstag im Gemeindehaus."])]
    else:
        blocks = [("heading", rng.choice(["Prayer times", "Parish newsletter", "Bible study group"])),
                  ("paragraphs", [f"Friday prayer at the mosque begins at {clock(rng)}." if rng.random() < 0.5 else
                                  f"Mass times: Sunday {clock(rng)} and Wednesday {clock(rng)}.",
                                  "Please register for the church retreat by the end of the month."])]
    return Scene("religion", ("religion",), blocks[0][1] + " — Mozilla Firefox", "firefox",
                 url="https://" + rng.choice(["pfarrei-st-marien.de", "citymosque.org.uk", "stjohns-parish.org"]),
                 blocks=blocks, **_theme(rng))


def union(rng: random.Random) -> Scene:
    name = rng.choice(["IG Metall", "ver.di", "Unite the Union", "GEW"])
    blocks: list[tuple[str, Any]] = [("heading", f"{name} Mitgliederbereich" if name != "Unite the Union" else "Member area"),
                                     ("fields", [("Mitgliedsnummer" if name != "Unite the Union" else "Membership no.",
                                                  str(rng.randint(1000000, 9999999)), True),
                                                 ("Mitgliedsbeitrag" if name != "Unite the Union" else "Union dues",
                                                  money(rng, 10, 60) + " EUR", True)]),
                                     ("paragraphs", [rng.choice(["Urabstimmung zum Streik: bitte bis Freitag abstimmen.",
                                                                 "Strike ballot: vote by Friday.",
                                                                 "Tarifvertrag: neue Entgelttabelle ab Mai."])])]
    return Scene("union", ("union",), f"{name} — Mozilla Firefox", "firefox", url="https://mitglieder.example-union.de",
                 blocks=blocks, **_theme(rng))


def orientation(rng: random.Random) -> Scene:
    if rng.random() < 0.5:
        blocks: list[tuple[str, Any]] = [("heading", "Grindr"), ("table", (["Name", "Distance"], [[rng.choice(FIRST), f"{rng.randint(1, 900)} m"] for _ in range(6)])),
                                         ("input", "Say something...")]
        title, url = "Grindr Web", "https://web.grindr.com"
    else:
        blocks = [("heading", rng.choice(["LGBTQ+ network", "Queer Stammtisch", "Pride community"])),
                  ("paragraphs", [f"Our support group for gay, lesbian and bisexual colleagues meets on {day(rng)}.",
                                  "Christopher Street Day: wir laufen gemeinsam mit!"])]
        title, url = blocks[0][1], "https://queer-community.example.org"
    return Scene("sexual-orientation", ("sexual-orientation",), f"{title} — Mozilla Firefox", "firefox", url=url,
                 blocks=blocks, **_theme(rng))


def political(rng: random.Random) -> Scene:
    party = rng.choice(["SPD", "CDU", "Die Grünen", "FDP", "Labour Party", "Die Linke"])
    blocks: list[tuple[str, Any]] = [("heading", f"{party} — " + rng.choice(["Mitgliederportal", "Members area", "Spenden"])),
                                     ("fields", [("Mitglied seit" if party != "Labour Party" else "Member since", str(rng.randint(1995, 2025)), True),
                                                 ("Ortsverband" if party != "Labour Party" else "Branch", rng.choice(["Nord", "Mitte", "Camden"]), True)]),
                                     ("paragraphs", [rng.choice(["Vielen Dank für Ihre Parteispende.", "Thank you for your campaign donation.",
                                                                 "Sign the petition before Friday."])])]
    return Scene("political", ("political",), f"{party} — Mozilla Firefox", "firefox", url="https://mitglieder.example-partei.de",
                 blocks=blocks, **_theme(rng))


# ---- neutral work ---------------------------------------------------------------------------------

CODE = [
    ["def authenticate(request):", "    user = users.find(request.form['username'])",
     "    if not user or not user.check_password(request.form['password']):", "        raise Unauthorized('bad login')",
     "    return session.start(user)", "", "def logout(session):", "    session.clear()"],
    ["class UnionFind:", "    def __init__(self, n):", "        self.parent = list(range(n))", "",
     "    def union(self, a, b):", "        self.parent[self.find(a)] = self.find(b)"],
    ["SELECT customer_id, SUM(amount) AS balance", "FROM ledger_entries", "WHERE posted_at >= :since",
     "GROUP BY customer_id", "UNION ALL", "SELECT customer_id, 0 FROM customers WHERE closed"],
    ["export function useCampaignStats(id: string) {", "  const [stats, setStats] = useState<Stats | null>(null);",
     "  useEffect(() => { fetchStats(id).then(setStats); }, [id]);", "  return stats;", "}"],
    ["impl Health for Service {", "    fn check(&self) -> Status {", "        if self.pool.is_empty() { Status::Degraded }",
     "        else { Status::Ok }", "    }", "}"],
    ["resource \"aws_iam_role\" \"deploy\" {", "  name = \"deploy-role\"", "  assume_role_policy = data.aws_iam_policy_document.ci.json",
     "}", "", "variable \"db_password\" {", "  type      = string", "  sensitive = true", "}"],
]


def code_editor(rng: random.Random) -> Scene:
    lines: list[str] = []
    for _ in range(rng.randint(2, 4)):
        lines += rng.choice(CODE) + [""]
    name = rng.choice(["auth.py", "union_find.py", "report.sql", "stats.ts", "health.rs", "main.tf"])
    return Scene("code-editor", (), f"{name} - project - Visual Studio Code", "code",
                 sidebar=["EXPLORER", "src", "auth.py", "models.py", "tests", "README.md", "pyproject.toml"],
                 blocks=[("code", lines)], family=rng.choice(MONO), points=rng.choice(SIZES), dark=rng.random() < 0.6)


def spreadsheet(rng: random.Random) -> Scene:
    headers = rng.choice([["Region", "Q1", "Q2", "Q3", "Q4", "Total"], ["Project", "Budget", "Spent", "Remaining", "Owner", "Status"],
                          ["SKU", "Product", "Units", "Price", "Revenue", "Margin"]])
    rows = []
    for index in range(rng.randint(12, 22)):
        rows.append([rng.choice(["North", "South", "East", "West", "Alpha", "Beta", "Gamma", f"SKU-{1000 + index}"])] +
                    [str(rng.randint(100, 99999)) if rng.random() < 0.8 else rng.choice(["open", "done", "Anna", "Ben"])
                     for _ in headers[1:]])
    return Scene("spreadsheet", (), f"{rng.choice(['Budget 2027', 'Sales Q3', 'Inventory'])}.xlsx - LibreOffice Calc",
                 "libreoffice", blocks=[("table", (headers, rows))], **_theme(rng))


DOC = ["The migration to the new build system is planned for the second quarter.",
       "Each team reviews its dependencies and removes the ones no longer used.",
       "Die neue Version der Schnittstelle wird im Mai ausgeliefert und ist rückwärtskompatibel.",
       "We measured the latency of the search service under load; the median stayed below 40 ms.",
       "Action items: update the runbook, schedule the load test, review the alert thresholds.",
       "The customer campaign dashboard shows the conversion rate per channel.",
       "Bitte tragen Sie Ihre Urlaubsplanung bis Ende des Monats in den Teamkalender ein.",
       "The load balancer distributes requests across three availability zones.",
       "Open questions: who owns the data retention policy, and when do we archive old logs?",
       # Work text that brushes against the lists: one weak term, or a strong-looking word in a work sense.
       "Health checks of the payment service run every 30 seconds; failed checks page the on-call engineer.",
       "The party responsible for the API contract is the platform team.",
       "Please sign in with single sign-on before opening the staging dashboard.",
       "The benefits page explains the health insurance options for new employees.",
       "The union of the two result sets is deduplicated by customer id before the report is built.",
       "Die Diagnose des Build-Fehlers ergab einen veralteten Cache auf dem Runner.",
       "Each campaign in the marketing calendar has an owner, a budget and a launch date."]


def document(rng: random.Random) -> Scene:
    paragraphs = rng.sample(DOC, rng.randint(4, 7))
    return Scene("document", (), f"{rng.choice(['Roadmap', 'Meeting notes', 'Design doc'])}.odt - LibreOffice Writer",
                 "libreoffice", blocks=[("heading", rng.choice(["Roadmap 2027", "Meeting notes", "Design: search service"])),
                                        ("paragraphs", paragraphs)], **_theme(rng, SERIF + SANS))


def dashboard(rng: random.Random) -> Scene:
    cards = [("Requests/s", str(rng.randint(100, 9000))), rng.choice([("Error rate", f"{rng.random():.2f} %"),
                                                                      ("Login failures", str(rng.randint(0, 40))),
                                                                      ("Balancer health", "ok")]),
             ("p95 latency", f"{rng.randint(20, 400)} ms"), ("Active users", f"{rng.randint(100, 90000):,}")]
    rows = [[rng.choice(["api-gateway", "search", "billing-worker", "auth", "load-balancer"]), rng.choice(["healthy", "degraded"]),
             f"{rng.randint(1, 99)} %", f"{rng.randint(1, 64)} GB"] for _ in range(rng.randint(5, 9))]
    return Scene("dashboard", (), "Service overview - Grafana — Mozilla Firefox", "firefox",
                 url="https://grafana.example.internal/d/overview", sidebar=["Dashboards", "Explore", "Alerting", "Admin"],
                 blocks=[("heading", "Service overview"), ("cards", cards), ("bars", rng.randint(8, 20)),
                         ("table", (["Service", "Status", "CPU", "Memory"], rows))], **_theme(rng))


SENSITIVE = (chat, webmail, bank_statement, payslip, patient_portal, hr_review, terminal, login_form, religion, union,
             orientation, political)
NEUTRAL = (code_editor, spreadsheet, document, dashboard)


def scenes(count: int, seed: int = 16) -> list[Scene]:
    """`count` scenes: three in five sensitive (every kind in turn), the rest neutral work."""
    rng = random.Random(seed)
    made = []
    for index in range(count):
        if index % 5 < 3:
            maker = SENSITIVE[(index // 5 * 3 + index % 5) % len(SENSITIVE)]
        else:
            maker = NEUTRAL[(index // 5 * 2 + index % 5 - 3) % len(NEUTRAL)]
        made.append(maker(rng))
    return made
