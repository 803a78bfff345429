"""Documents of a meeting, as golden `(text, expected)` tables in both languages (kg/relate/documents.py,
document_roles.py, document_references.py).

Each row is one announcement written for these tests and what an analyst records of its documents:

- `docs`: (name, role, by, year) per document. The name is its title or one of its aliases; "X…" matches a name
  that begins with X, "…X" one that ends with X. `ANY` leaves a field unchecked.
- `only`: the listed documents are all the meeting's documents (two names may point to one document).
- `lacks`: names no document of the meeting has.
- `roles`: the set of roles of the meeting's documents.
"""

import pytest
from helpers import extract, only_meeting

ANY = object()


def _names(d: dict) -> list[str]:
    return [d["title"], *d["aliases"]]


def _matches(pattern: str, name: str) -> bool:
    if pattern.endswith("…"):
        return name.startswith(pattern[:-1])
    if pattern.startswith("…"):
        return name.endswith(pattern[1:])
    return name == pattern


def _find(docs: list[dict], pattern: str) -> list[dict]:
    return [d for d in docs if any(_matches(pattern, n) for n in _names(d))]


def check(m: dict, expected: dict) -> None:
    docs = m["documents"]
    named = set()
    for name, role, by, year in expected.get("docs", []):
        found = _find(docs, name)
        assert len(found) == 1, (name, docs)
        d = found[0]
        named.add(id(d))
        for field, want in (("role", role), ("by", by), ("year", year)):
            if want is not ANY:
                assert d[field] == want, (name, field, d)
    if "only" in expected:  # the rows name every document (a document may be named twice, by title and symbol)
        assert len(docs) == len(named), docs
    for name in expected.get("lacks", []):
        assert not _find(docs, name), (name, docs)
    if "roles" in expected:
        assert {d["role"] for d in docs} == expected["roles"], docs


EN_MEETING = "On 3 May 2024 the Regional Cyber Forum met in Nairobi. "
RU_MEETING = "3 мая 2024 года в Минске состоялось заседание Совета министров связи государств – участников СНГ. "

# --------------------------------------------------------------------------- titles: heads and complements

TITLES = [
    # English heads with their complements, numbers and capitals
    (EN_MEETING + "The Plenary adopted the Guidance Note on Cyber Extortion.", "en", None,
     {"docs": [("Guidance Note on Cyber Extortion", "adopted", None, None)], "only": True}),
    (EN_MEETING + "The delegates adopted the Rules of Procedure of the Nordic Cyber Forum.", "en", None,
     {"docs": [("Rules of Procedure of the Nordic Cyber Forum", "adopted", None, None)], "only": True}),
    (EN_MEETING + "Speakers recalled Ministerial Council Decision No. 5/17 on enhancing efforts to reduce the "
     "risks of conflict stemming from the use of ICTs.", "en", None,
     {"docs": [("Ministerial Council Decision No. 5/17 on enhancing efforts to reduce the risks of conflict "
                "stemming from the use of ICTs", "referenced", None, ANY)]}),
    (EN_MEETING + "Experts reviewed the Second Set of Regional Confidence-Building Measures to Reduce Risks in "
     "Cyberspace.", "en", None,
     {"docs": [("Second Set of Regional Confidence-Building Measures to Reduce Risks in Cyberspace",
                "referenced", None, None)]}),
    (EN_MEETING + "Delegates reviewed the initial set of nine confidence-building measures adopted in 2013. The "
     "ministers agreed a set of measures to strengthen resilience.", "en", None,
     {"docs": [("initial set of nine confidence-building measures", "referenced", None, ANY)], "only": True}),
    (EN_MEETING + "Members approved their work plan for 2025–2026.", "en", None,
     {"docs": [("work plan for 2025–2026", "adopted", None, None)], "only": True}),
    (EN_MEETING + "The Group adopted the agenda and programme of work of the session.", "en", None,
     {"docs": [("agenda and programme of work of the session", "adopted", None, None)]}),
    (EN_MEETING + "The Forum closed its session by adopting its second annual progress report by consensus.",
     "en", None, {"docs": [("second annual progress report", "adopted", None, None)]}),
    (EN_MEETING + "A magistrate described cases brought under Kenya's Computer Misuse and Cybercrimes Act, 2018.",
     "en", None, {"docs": [("…Computer Misuse and Cybercrimes Act, 2018", "referenced", None, 2018)]}),
    (EN_MEETING + "Officials discussed the Common Asian Position on the application of international law.",
     "en", None, {"docs": [("Common Asian Position on the application of international law", "referenced",
                            None, None)]}),
    (EN_MEETING + "The delegations welcomed the Accra Call for Cyber Resilient Development.", "en", None,
     {"docs": [("Accra Call for Cyber Resilient Development", ANY, None, None)]}),
    (EN_MEETING + "The experts recalled the Lomé Declaration on Cybersecurity and the Fight against Cybercrime.",
     "en", None, {"docs": [("Lomé Declaration on Cybersecurity and the Fight against Cybercrime", ANY, None, None)]}),
    (EN_MEETING + "The sides issued the Joint Statement on the Second U.S.-Ukraine Cybersecurity Dialogue.", "en",
     None, {"docs": [("Joint Statement on the Second U.S.-Ukraine Cybersecurity Dialogue", "adopted", None, None)]}),
    (EN_MEETING + "Among the resolutions it revised was Resolution 179 on child online protection.", "en", None,
     {"docs": [("Resolution 179…", ANY, None, None)]}),
    (RU_MEETING + "Участники утвердили повестку дня заседания.", "ru", None,
     {"docs": [("повестка дня заседания", "adopted", None, None)], "only": True}),
    (RU_MEETING + "Участники напомнили о Решении Совета глав правительств СНГ о Концепции сотрудничества в сфере "
     "информационной безопасности.", "ru", None,
     {"docs": [("Решение Совета глав правительств СНГ о Концепции сотрудничества в сфере информационной "
                "безопасности", "referenced", None, None)], "only": True}),
    (RU_MEETING + "На заседании утверждены модальности участия в работе Совета неправительственных организаций, "
     "научных кругов и частного сектора. Модальности работы Совета определены его Положением о порядке работы.",
     "ru", None,
     {"docs": [("модальности участия в работе Совета неправительственных организаций, научных кругов и частного "
                "сектора", "adopted", None, None), ("…Положением о порядке работы", "referenced", None, None)],
      "only": True}),
    # a topic on the agenda, or a document still to be written, is no document
    (EN_MEETING + "Cyber norms were high on the agenda of the talks. They set up a committee of officials to draft "
     "an action plan on cyber hygiene.", "en", None, {"docs": [], "only": True}),
    (RU_MEETING + "Вопросы кибербезопасности заняли центральное место в повестке дня встречи.", "ru", None,
     {"docs": [], "only": True}),
    (EN_MEETING + "Delegates endorsed the ASEAN Regional Computer Emergency Response Team Action Plan and reviewed "
     "the Singapore Cybersecurity Act 2018.", "en", None,
     {"docs": [("ASEAN Regional Computer Emergency Response Team Action Plan", "adopted", None, None),
               ("Singapore Cybersecurity Act 2018", "referenced", None, 2018)], "only": True}),
    (RU_MEETING + "Лидеры одобрили Инициативу Союза о всеобщем доверии за безопасный мир, гармонию и развитие и "
     "подписали Астанинскую декларацию Совета глав государств.", "ru", None,
     {"docs": [("Инициатива Союза о всеобщем доверии за безопасный мир, гармонию и развитие", "adopted", None, None),
               ("Астанинская декларация Совета глав государств", "signed", None, None)], "only": True}),
    (EN_MEETING + "The sides recalled the Council Conclusions on Cyber Diplomacy adopted in 2015 and welcomed "
     "Kenya's accession to the Budapest Convention.", "en", None,
     {"docs": [("Council Conclusions on Cyber Diplomacy", "referenced", None, 2015),
               ("Convention on Cybercrime", "referenced", None, ANY)], "only": True}),
    (EN_MEETING + "Ghana submitted a draft resolution on capacity building in cyberspace.", "en", None,
     {"docs": [("draft resolution on capacity building in cyberspace", "presented", "GHA", None)], "only": True}),
    (RU_MEETING + "Российская сторона внесла на рассмотрение проект резолюции «Развитие в сфере информатизации».",
     "ru", None, {"docs": [("проект резолюции «Развитие в сфере информатизации»", "presented", "RUS", None)],
                  "only": True}),
    (RU_MEETING + "По итогам встречи стороны приняли Совместное коммюнике и подписали Дорожную карту сотрудничества "
     "в области связи на 2026–2027 годы.", "ru", None,
     {"docs": [("Совместное коммюнике", "adopted", None, None),
               ("Дорожная карта сотрудничества в области связи на 2026–2027 годы", "signed", None, None)],
      "only": True}),
    (RU_MEETING + "Главы государств утвердили ряд документов, в том числе Программу сотрудничества в области связи "
     "и Стратегию развития связи до 2030 года.", "ru", None,
     {"docs": [("Программа сотрудничества в области связи", "adopted", None, None),
               ("Стратегия развития связи до 2030 года", "adopted", None, None)], "only": True}),
    (EN_MEETING + "The group discussed the final report of the expert panel and the plan of action to develop "
     "cooperation in this area.", "en", None,
     {"docs": [("final report of the expert panel", "referenced", None, None),
               ("plan of action", "referenced", None, None)], "only": True}),
    (EN_MEETING + "The United States presented a position paper on ransomware, and Japan introduced a discussion "
     "paper on undersea cables. India proposed a Memorandum of Understanding between the national CERTs.", "en",
     None, {"docs": [("position paper on ransomware", "presented", "USA", None),
                     ("discussion paper on undersea cables", "presented", "JPN", None),
                     ("Memorandum of Understanding between the national CERTs", "presented", "IND", None)],
            "only": True}),
    # UN documents by their symbols
    ("On 4 November 2024 the First Committee of the General Assembly met in New York. The Committee approved "
     "draft resolution A/C.1/79/L.99 on developments in the field of ICTs by a recorded vote. Delegates took note of "
     "the Secretary-General's report on existing and potential threats (A/79/999). Speakers referred to the Charter "
     "of the United Nations and to international humanitarian law.", "en", None,
     {"docs": [("draft resolution A/C.1/79/L.99 on developments in the field of ICTs", "adopted", None, None),
               ("A/C.1/79/L.99", ANY, ANY, ANY),
               ("report on existing and potential threats", "referenced", None, None), ("A/79/999", ANY, ANY, ANY),
               ("Charter of the United Nations", "referenced", None, ANY)], "only": True}),
    (EN_MEETING + "Ministers endorsed the Regional CERT Operational Framework and the updated Regional Cyber "
     "Cooperation Strategy (2021-2025), and welcomed the Suva Declaration on Resilience.", "en", None,
     {"docs": [("Regional CERT Operational Framework", "adopted", None, None),
               ("Regional Cyber Cooperation Strategy", "adopted", None, None),
               ("Suva Declaration on Resilience", "referenced", None, None)], "only": True}),
    # a programme with no complement is an activity, not a document
    (EN_MEETING + "Building on the Pacific Cyber Capacity Programme, the centre will train national teams. The "
     "ministers adopted the Programme of Cooperation on Cyber Resilience for 2026-2028.", "en", None,
     {"docs": [("Programme of Cooperation on Cyber Resilience for 2026-2028", "adopted", None, None)],
      "only": True}),
    # an instrument of accession is a state's act, not a document of the meeting
    (RU_MEETING + "Беларусь сдала на хранение документ о присоединении к Соглашению о сотрудничестве в области "
     "связи.", "ru", None,
     {"docs": [("…Соглашению о сотрудничестве в области связи", "referenced", None, None)], "only": True}),
    # a forum or a body named after a genre word is no document
    ("On 20 June, the Cybercrime Convention Committee (T-CY) held its plenary in Strasbourg.", "en", None,
     {"docs": [], "only": True}),
    ("On 12 February 2022 the Ministers co-chaired the inaugural Cyber Framework Dialogue in Melbourne.", "en", None,
     {"docs": [], "only": True}),
    ("The 17th ASEAN-Japan Cybersecurity Policy Meeting was held in Tokyo on 5 June 2024, co-chaired by "
     "Japan's National center of Incident readiness and Strategy for Cybersecurity.", "en", None,
     {"docs": [], "only": True}),
    # a process's name, or the start of one, is no document
    (EN_MEETING + "Members backed the proposed UN Cyber Programme of Action. Several delegations argued for a "
     "Programme of Action as the permanent mechanism.", "en", None, {"docs": [], "only": True}),
    (RU_MEETING + "Члены группы высказались за Программу действий как постоянный механизм.", "ru", None,
     {"docs": [], "only": True}),
    # Russian heads
    (RU_MEETING + "Стороны утвердили Регламент Экспертной группы.", "ru", None,
     {"docs": [("Регламент Экспертной группы", "adopted", None, None)], "only": True}),
    (RU_MEETING + "По итогам заседания утверждено Положение о Совместной комиссии по связи.", "ru", None,
     {"docs": [("Положение о Совместной комиссии по связи", "adopted", None, None)]}),
    (RU_MEETING + "Участники одобрили Правила процедуры Совета.", "ru", None,
     {"docs": [("Правила процедуры Совета", "adopted", None, None)]}),
    (RU_MEETING + "Участники обсудили ход выполнения действующей стратегии на 2021–2025 годы.", "ru", None,
     {"docs": [("действующая стратегия на 2021–2025 годы", "referenced", None, None)]}),
    (RU_MEETING + "Главы государств приняли заявление о мерах по наращиванию кадрового потенциала "
     "государств-членов.", "ru", None,
     {"docs": [("…кадрового потенциала государств-членов", "adopted", None, None)]}),
    (RU_MEETING + "Программа визита включает встречи с руководством силовых ведомств.", "ru", None,
     {"docs": [], "only": True}),
    (RU_MEETING + "Спецкомитет одобрил дорожную карту подготовки конвенции.", "ru", None,
     {"docs": [("…дорожную карту подготовки конвенции", "adopted", None, None)]}),
]

# --------------------------------------------------------------------------- where a title stops

STOPS = [
    # "in" between capitalised words of a title before its head
    (EN_MEETING + "Delegates cited the agency's annual Smuggling in Migrants Report.", "en", None,
     {"docs": [("Smuggling in Migrants Report", "referenced", None, None)], "only": True}),
    # a multiword head's own "of" is no complement; an ordinal opens a title; the document being prepared is
    # named too
    (EN_MEETING + "Agenda item 3: Terms of Reference for the preparation of the 3rd Additional Protocol on Data "
     "Exchange.", "en", None,
     {"docs": [("Terms of Reference for the preparation of the 3rd Additional Protocol on Data Exchange", "referenced",
                None, None),
               ("3rd Additional Protocol on Data Exchange", "referenced", None, None)], "only": True}),
    # «на рассмотрение …» tells what a draft is sent for and ends its title
    (RU_MEETING + "Министры направили проект программы сотрудничества на рассмотрение Совета глав государств.", "ru",
     None, {"docs": [("программа сотрудничества (draft)", "referenced", None, None)], "only": True}),
    # a lower-case programme, strategy or report after «проект» is a title; a capitalised noun before the genre
    # (a state in the instrumental) is not its modifier
    (RU_MEETING + "Совет внес на рассмотрение глав государств проект программы по совместной борьбе с "
     "киберпреступностью.", "ru", None,
     {"docs": [("программа по совместной борьбе с киберпреступностью (draft)", ANY, None, None)], "only": True}),
    (RU_MEETING + "Члены Совета обсудили с Кенией соглашение о сотрудничестве в сфере почтовой связи.", "ru", None,
     {"docs": [("соглашение о сотрудничестве в сфере почтовой связи", "referenced", None, None)], "only": True}),
    # "of and in" coordinates two prepositions; an acronym in brackets goes on inside the complement
    (EN_MEETING + "Members reviewed the draft concept paper on Security of and in the Use of Digital Technologies "
     "(DTs) for 2025-2026.", "en", None,
     {"docs": [("draft concept paper on Security of and in the Use of Digital Technologies (DTs) for 2025-2026",
                "referenced", None, None)], "only": True}),
    # the text's own form with its bracketed acronym is an alias
    (EN_MEETING + "Members discussed the Memorandum of Cooperation with the Pacific Digital Commission (PDC) on data "
     "exchange.", "en", None,
     {"docs": [("Memorandum of Cooperation with the Pacific Digital Commission (PDC) on data exchange", "referenced",
                None, None)], "only": True}),
    # an agreement to act is an understanding reached, not a text; an agenda is a topic unless adopted
    (EN_MEETING + "The meeting recalled the agreement between the two Ministers to establish the Forum.", "en", None,
     {"lacks": ["agreement between the two Ministers to establish the Forum"]}),
    (EN_MEETING + "The talks covered the regional digital security policy agenda.", "en", None,
     {"lacks": ["regional digital security policy agenda"]}),
    # "workplan" in one word
    (EN_MEETING + "Members discussed the network's workplan for 2025.", "en", None,
     {"docs": [("workplan for 2025", "referenced", None, ANY)], "only": True}),
    # a title ends before "as well as" and before "and" with a finite verb and its object
    (EN_MEETING + "Members reviewed the Action Plan of the Coastal Cyber Network as well as the draft terms of "
     "reference of the network.", "en", None,
     {"docs": [("Action Plan of the Coastal Cyber Network", "referenced", None, None)],
      "lacks": ["Action Plan of the Coastal Cyber Network as well"]}),
    (EN_MEETING + "The meeting was held under the Regional Strategy to Counter Threats to Digital Services and "
     "reflects the members' commitment to resilience.", "en", None,
     {"docs": [("Regional Strategy to Counter Threats to Digital Services", ANY, None, None)], "only": True}),
    # a title after a body's head noun and "of"/"for" completes the body's name: no document
    (EN_MEETING + "On the Kenyan side, National Centre of Threat Readiness and Strategy for Cyber Defence, National "
     "Police Service took part.", "en", None, {"lacks": ["Threat Readiness and Strategy for Cyber Defence"]}),
    # a head before a word that names a body is part of the body's name
    (EN_MEETING + "The Cyber Protocol Drafting Plenary of the Forum will meet again in June.", "en", None,
     {"lacks": ["Cyber Protocol"]}),
    # a capitalised word may open in lower case: "eGovernment"
    (EN_MEETING + "Ministers discussed the progress of the Regional Pilot eGovernment Strategy.", "en", None,
     {"docs": [("Regional Pilot eGovernment Strategy", "referenced", None, None)], "only": True}),
    # an initialism's dot inside a title goes on; one before a new sentence ends it
    (EN_MEETING + "The sides issued a Joint Statement on the Fourth EU-U.S. Cyber Policy Dialogue.", "en", None,
     {"docs": [("Joint Statement on the Fourth EU-U.S. Cyber Policy Dialogue", "adopted", None, None)],
      "only": True}),
    (EN_MEETING + "Members discussed the Memorandum of Understanding on cyber cooperation with the U.K. The next "
     "round will be held in Accra.", "en", None,
     {"docs": [("Memorandum of Understanding on cyber cooperation with the U.K", "referenced", None, None)],
      "only": True}),
    (RU_MEETING + "Стороны обсудили Меморандум о сотрудничестве с МГУ им. М.В. Ломоносова в сфере подготовки "
     "кадров.", "ru", None,
     {"docs": [("Меморандум о сотрудничестве с МГУ им. М.В. Ломоносова в сфере подготовки кадров", "referenced",
                None, None)], "only": True}),
    # a participle of an earlier act with its agent or time ends a title, with or without a comma
    (EN_MEETING + "The Forum flows from the Framework for Digital Cooperation agreed between President Ruto and "
     "Prime Minister Albanese during the latter's visit to Nairobi in March 2023.", "en", None,
     {"docs": [("Framework for Digital Cooperation", ANY, None, None)], "only": True}),
    (EN_MEETING + "Delegates recalled the Charter on Digital Trust concluded by the ministers at their 2019 "
     "meeting.", "en", None,
     {"docs": [("Charter on Digital Trust", "referenced", None, ANY)], "only": True}),
    (RU_MEETING + "Участники напомнили о Меморандуме о сотрудничестве в сфере связи заключенном между "
     "министерствами в 2019 году.", "ru", None,
     {"docs": [("Меморандум о сотрудничестве в сфере связи", "referenced", None, ANY)], "only": True}),
    # a headline run into the body with no stop: a line break, a date or a new sentence's participle ends it
    ("Joint Statement of the Ministers of the Nordic Cyber Forum meeting May 2024 Having gathered in Oslo on "
     "3 May 2024, the Ministers of the Nordic Cyber Forum held their annual meeting.", "en", "2024-05-04",
     {"docs": [("Joint Statement of the Ministers of the Nordic Cyber Forum meeting May 2024", ANY, None, ANY)],
      "only": True}),
    ("Joint Statement on the Third Nordic Cyber Dialogue 04.05.2024 The Nordic Cyber Dialogue met in Oslo on "
     "3 May 2024.", "en", "2024-05-04",
     {"docs": [("Joint Statement on the Third Nordic Cyber Dialogue", ANY, None, ANY)], "only": True}),
    ("В Минске согласован проект Плана действий государств – участников СНГ в сфере связи\nМОСКВА, 4 мая "
     "/ТАСС/. 3 мая 2024 года в Минске состоялось заседание Совета министров связи государств – участников СНГ.",
     "ru", None,
     {"docs": [("План действий государств – участников СНГ в сфере связи (draft)", ANY, None, None)],
      "lacks": ["…МОСКВА"]}),
    # a recipient after the title is not its complement: a bare dative, "to the Chair of ..."
    (RU_MEETING + "Российская сторона внесла проект Конвенции о защите связи. Делегация также передала копию "
     "проекта конвенции председателю Совета министров связи для рассылки государствам.", "ru", None,
     {"docs": [("Конвенция о защите связи (draft)", "presented", "RUS", None)], "only": True}),
    (EN_MEETING + "Kenya presented a draft Convention on Cyber Resilience. It also handed a copy of the draft "
     "Convention to the Chair of the Regional Cyber Forum for circulation.", "en", None,
     {"docs": [("Convention on Cyber Resilience (draft)", "presented", "KEN", None)], "only": True}),
    # "Конвенция о противодействии терроризму": a dative governed by the complement's own noun stays
    (RU_MEETING + "Стороны обсудили ход реализации Конвенции о противодействии международному терроризму.", "ru",
     None, {"docs": [("Конвенция о противодействии международному терроризму", "referenced", None, None)],
            "only": True}),
    (RU_MEETING + "Стороны подписали Соглашение о предоставлении грантов университетам.", "ru", None,
     {"docs": [("Соглашение о предоставлении грантов университетам", "signed", None, None)], "only": True}),
    # what a document is, said after a copula, is no other document
    (RU_MEETING + "Стороны обсудили Конвенцию о защите связи. Документ представляет собой первый региональный "
     "договор в сфере защиты связи.", "ru", None,
     {"docs": [("Конвенция о защите связи", "referenced", None, None)], "only": True}),
    (EN_MEETING + "Delegates discussed the Convention on Cyber Resilience. The document constitutes the first "
     "regional treaty on incident response.", "en", None,
     {"docs": [("Convention on Cyber Resilience", "referenced", None, None)], "only": True}),
    (RU_MEETING + "Стороны обсудили Конвенцию о защите связи. Документ представляет собой первый в мире "
     "региональный договор в сфере защиты связи.", "ru", None,
     {"docs": [("Конвенция о защите связи", "referenced", None, None)], "only": True}),
    # a title before ", а также" and a draft of a lower-case decision
    (RU_MEETING + "Участники согласовали проект Совместного заявления, а также проект решения Совета глав "
     "государств о Плане действий в сфере связи.", "ru", None,
     {"docs": [("Совместное заявление (draft)", "adopted", None, None),
               ("проект решения Совета глав государств о Плане действий в сфере связи", "adopted", None, None)]}),
    # a quoted name in the complement belongs to the title, and names the document by itself
    (EN_MEETING + "The EU presented its Joint Communication on “Resilience, Deterrence and Defence: Building Strong "
     "Cybersecurity for the EU” to the delegates.", "en", None,
     {"docs": [("Joint Communication “Resilience, Deterrence and Defence: Building Strong Cybersecurity for the EU”",
                "presented", ANY, None)], "only": True}),
    (RU_MEETING + "Стороны обсудили Совместное коммюнике «Партнерство в сфере связи: общие цели и задачи».", "ru",
     None, {"docs": [("Совместное коммюнике «Партнерство в сфере связи: общие цели и задачи»", "referenced", None,
                      None)], "only": True}),
    # a lower-case cooperation plan after a determiner
    (EN_MEETING + "The secretaries signed the cooperation plan between the two Security Councils for 2025-2026.", "en",
     None, {"docs": [("cooperation plan between the two Security Councils for 2025-2026", "signed", None, None)],
            "only": True}),
    ("Joint Statement of the Nordic Cyber Ministers on Data Protection OSLO — The ministers of the Nordic Cyber "
     "Forum met in Oslo on 3 May 2024.", "en", None,
     {"docs": [("Joint Statement of the Nordic Cyber Ministers on Data Protection", ANY, None, None)],
      "only": True}),
    # a list of capitalised words closed by "and" stays inside a title; a list of titles does not
    (EN_MEETING + "The Forum met under the Nordic Framework for Security, Public Health, and Safe Communities.", "en",
     None, {"docs": [("Nordic Framework for Security, Public Health, and Safe Communities", ANY, None, None)],
            "only": True}),
    (EN_MEETING + "Members recalled the Kigali Declaration on Cyber Resilience, the Accra Convention on Data "
     "Exchange, and the Lome Charter on Digital Trust.", "en", None,
     {"docs": [("Kigali Declaration on Cyber Resilience", ANY, None, None),
               ("Accra Convention on Data Exchange", ANY, None, None),
               ("Lome Charter on Digital Trust", ANY, None, None)], "only": True}),
    (RU_MEETING + "Участники обсудили Стратегию развития связи, информатизации и цифровой экономики.", "ru", None,
     {"docs": [("Стратегия развития связи, информатизации и цифровой экономики", ANY, None, None)],
      "only": True}),
    # a capitalised word that can only be a subject starts the next sentence run on with no stop
    (RU_MEETING + "Стороны подписали Соглашение о сотрудничестве в области связи Министр связи Беларуси выразил "
     "удовлетворение итогами.", "ru", None,
     {"docs": [("Соглашение о сотрудничестве в области связи", "signed", None, None)], "only": True}),
    (RU_MEETING + "Стороны обсудили План действий «Россия – Беларусь» и Соглашение между Правительством Российской "
     "Федерации и Правительством Федеративной Демократической Республики Эфиопия о сотрудничестве в области "
     "связи.", "ru", None,
     {"docs": [("План действий «Россия – Беларусь»", ANY, None, None),
               ("Соглашение между Правительством Российской Федерации и Правительством Федеративной Демократической "
                "Республики Эфиопия о сотрудничестве в области связи", ANY, None, None)], "only": True}),
    # a long title is taken whole, never cut inside a word
    (EN_MEETING + "Members approved the draft Action Plan for the Implementation of the Regional Strategy for "
     "Strengthening the Cyber Resilience of the Critical Information Infrastructure of the Member States of the "
     "Regional Cyber Forum for the period up to 2030.", "en", None,
     {"docs": [("Action Plan for the Implementation of the Regional Strategy for Strengthening the Cyber "
                "Resilience of the Critical Information Infrastructure of the Member States of the Regional Cyber "
                "Forum for the period up to 2030 (draft)", "adopted", None, None)]}),
    # a coordination that starts a second title
    (EN_MEETING + "It welcomed the Kigali Declaration on Cyber Resilience and the Accra Convention on Data "
     "Exchange.", "en", None,
     {"docs": [("Kigali Declaration on Cyber Resilience", ANY, None, None),
               ("Accra Convention on Data Exchange", ANY, None, None)], "only": True}),
    (EN_MEETING + "Synergies with the Riga Convention on digital evidence and with the Oslo Convention on child "
     "protection were noted.", "en", None,
     {"docs": [("Riga Convention on digital evidence", ANY, None, None)],
      "lacks": ["…and with the Oslo Convention on child protection were noted"]}),
    # "and" inside a title, and a clause after it
    (EN_MEETING + "The talks were held under the EU-UK Trade and Cooperation Agreement.", "en", None,
     {"docs": [("EU-UK Trade and Cooperation Agreement", ANY, None, None)]}),
    (EN_MEETING + "Ghana signed the Accra Call for Cyber Resilient Development on Ghana's behalf.", "en", None,
     {"docs": [("Accra Call for Cyber Resilient Development", "signed", None, None)]}),
    (EN_MEETING + "Delegates recalled Permanent Council Decision No. 1377 in 2020 as a milestone.", "en", None,
     {"docs": [("Permanent Council Decision No. 1377", "referenced", None, None)], "only": True}),
    (RU_MEETING + "В соответствии с Регламентом Совета следующее заседание пройдет в Душанбе.", "ru", None,
     {"docs": [("Регламент Совета", "referenced", None, None)], "only": True}),
    (RU_MEETING + "Подписан Протокол о внесении изменений в Соглашение о сотрудничестве в области связи от 20 ноября "
     "2013 года.", "ru", None,
     {"docs": [("Протокол о внесении изменений в Соглашение о сотрудничестве в области связи", ANY, None,
                ANY)], "only": True}),
    (RU_MEETING + "Это первый универсальный договор в сфере связи, выработанный за десять лет.", "ru", None,
     {"docs": [], "only": True}),
    (RU_MEETING + "Участники обсудили реализацию Соглашения о сотрудничестве в области связи, подписанного в 2017 "
     "году, и перспективы подготовки кадров. Положения Устава Организации не затрагивались.", "ru", None,
     {"docs": [("Соглашение о сотрудничестве в области связи", "referenced", None, 2017),
               ("Устав Организации", "referenced", None, None)], "only": True}),
    # Russian: a participle clause, a conjunction after a comma, a year of the act
    (RU_MEETING + "Казахстанская делегация представила проект Стратегии сотрудничества в области связи на "
     "2026–2028 годы, подготовленный в развитие действующей стратегии на 2021–2025 годы.", "ru", None,
     {"docs": [("Стратегия сотрудничества в области связи на 2026–2028 годы (draft)", "presented", "KAZ", None),
               ("действующая стратегия на 2021–2025 годы", "referenced", None, None)]}),
    (RU_MEETING + "В соответствии с пунктом 3 Положения о Совете, поскольку председатель отсутствовал, заседание "
     "вел его заместитель.", "ru", None,
     {"docs": [("Положение о Совете", "referenced", None, None)]}),
    (RU_MEETING + "Участники напомнили о Соглашении о сотрудничестве в области связи 2015 года.", "ru", None,
     {"docs": [("Соглашение о сотрудничестве в области связи", "referenced", None, 2015)]}),
    (RU_MEETING + "Диалог учрежден в развитие профильного совместного заявления министров связи 2019 г.", "ru", None,
     {"docs": [("профильное совместное заявление министров связи", "basis", None, 2019)], "only": True}),
    (RU_MEETING + "Стороны подтвердили приверженность положениям Совместного заявления министров связи от 2023 "
     "года.", "ru", None,
     {"docs": [("Совместное заявление министров связи", "referenced", None, 2023)], "only": True}),
    (RU_MEETING + "Стороны подписали Меморандум о взаимопонимании между Федеральной службой по надзору в сфере "
     "связи, информационных технологий и массовых коммуникаций и Министерством связи Республики Беларусь.", "ru",
     None, {"docs": [("…массовых коммуникаций и Министерством связи Республики Беларусь", "signed", None, None)]}),
    (RU_MEETING + "Участники сверили позиции по вопросам, поставленным Стратегией развития связи на период до "
     "2030 года.", "ru", None,
     {"docs": [("Стратегия развития связи на период до 2030 года", "referenced", None, ANY)]}),
    (RU_MEETING + "Главы государств приняли совместное заявление о мерах по противодействию киберугрозам и "
     "декларацию в связи с 30-летием Организации.", "ru", None,
     {"docs": [("совместное заявление о мерах по противодействию киберугрозам", "adopted", None, None),
               ("декларацию в связи с 30-летием Организации", "adopted", None, None)], "only": True}),
    ("13 сентября в Ханое Министр цифрового развития, связи и массовых коммуникаций Российской Федерации "
     "М.И.Шадаев провел переговоры с Министром информации и коммуникаций Вьетнама. По итогам встречи стороны "
     "подписали Меморандум о взаимопонимании между Министерством цифрового развития, связи и массовых "
     "коммуникаций Российской Федерации и Министерством информации и коммуникаций Социалистической "
     "Республики Вьетнам о сотрудничестве в области цифровой трансформации.", "ru", None,
     {"docs": [("Меморандум о взаимопонимании между Министерством цифрового развития, связи и массовых "
                "коммуникаций Российской Федерации и Министерством информации и коммуникаций Социалистической "
                "Республики Вьетнам о сотрудничестве в области цифровой трансформации", "signed", None, None)]}),
]

# --------------------------------------------------------------------------- drafts and nominative titles

DRAFTS_AND_NOMINATIVE = [
    (EN_MEETING + "Fiji presented a draft Pacific cyber hygiene toolkit for rural schools.", "en", None,
     {"docs": [("Pacific cyber hygiene toolkit for rural schools (draft)", "presented", "FJI", None),
               ("Pacific cyber hygiene toolkit", "presented", ANY, ANY)]}),
    ("On 8 August, the Ad Hoc Committee concluded its session in New York and adopted the draft United "
     "Nations Convention against Cybercrime.", "en", None,
     {"docs": [("United Nations Convention against Cybercrime (draft)", "adopted", None, ANY)]}),
    ("On 8 August 2024 the Ad Hoc Committee concluded its session in New York. It approved the draft text of "
     "a United Nations Convention against Cybercrime, together with a draft General Assembly resolution "
     "(A/AC.291/L.16) for its adoption.", "en", None,
     {"docs": [("draft General Assembly resolution", "adopted", None, ANY), ("A/AC.291/L.16", ANY, ANY, ANY)]}),
    (RU_MEETING + "Белорусская сторона представила проект Программы сотрудничества операторов связи на "
     "2026–2030 годы.", "ru", None,
     {"docs": [("Программа сотрудничества операторов связи на 2026–2030 годы (draft)", "presented", "BLR", None),
               ("Программа сотрудничества операторов связи на 2026–2030 годы", ANY, ANY, ANY),
               ("проект Программы сотрудничества операторов связи на 2026–2030 годы", ANY, ANY, ANY)]}),
    (RU_MEETING + "Стороны условились доработать проект обновленного пятилетнего Комплексного плана действий "
     "Россия – СНГ.", "ru", None,
     {"docs": [("обновленный пятилетний Комплексный план действий Россия – СНГ (draft)", "referenced", None, None)]}),
    (RU_MEETING + "Участники обсудили ход реализации Плана действий государств – участников СНГ по "
     "информационной безопасности на 2024–2026 годы.", "ru", None,
     {"docs": [("План действий государств – участников СНГ по информационной безопасности на 2024–2026 годы",
                "referenced", None, None)]}),
    (RU_MEETING + "Стороны напомнили о Совместном заявлении министров связи об общих принципах.", "ru", None,
     {"docs": [("Совместное заявление министров связи об общих принципах", "referenced", None, None)]}),
    ("14 декабря в Джакарте состоялись консультации России и Индонезии по вопросам безопасности. Отмечено, что "
     "проекты Декларации о стратегическом партнерстве и соглашения о визовом режиме могут быть подписаны.", "ru",
     None, {"docs": [("проект Декларации о стратегическом партнерстве", "referenced", None, None),
                     ("соглашение о визовом режиме", "referenced", None, None)], "roles": {"referenced"}}),
    ("1 октября в Москве прошло заседание Рабочей группы БРИКС по вопросам безопасности в сфере использования "
     "ИКТ. Состоялась презентация российского проекта межправительственного соглашения БРИКС о сотрудничестве "
     "в области обеспечения безопасности в сфере использования ИКТ.", "ru", None,
     {"docs": [("…межправительственного соглашения БРИКС о сотрудничестве в области обеспечения безопасности в "
                "сфере использования ИКТ", "presented", "RUS", None)]}),
    # "a draft of the X" is a draft as "the draft X" is
    (EN_MEETING + "As a result, a draft of the Work Plan on Cyber Hygiene for 2025-2026 was approved.", "en", None,
     {"docs": [("Work Plan on Cyber Hygiene for 2025-2026 (draft)", "adopted", None, None)], "only": True}),
    # a plural draft head over two coordinated bodies names one draft of each
    (RU_MEETING + "Участники согласовали проекты решений Совета министров связи и Совета глав правительств о Плане "
     "действий в сфере связи.", "ru", None,
     {"docs": [("проект решения Совета министров связи", "adopted", None, None),
               ("проект решения Совета глав правительств о Плане действий в сфере связи", "adopted", None, None),
               ("…Плане действий в сфере связи", ANY, None, None)]}),
    (RU_MEETING + "Участники согласовали проект Регламента Совета, а также соответствующие проекты решений Совета "
     "министров связи и Совета глав правительств.", "ru", None,
     {"docs": [("Регламент Совета (draft)", "adopted", None, None),
               ("проекты решений Совета министров связи", "adopted", None, None),
               ("проекты решений Совета глав правительств", "adopted", None, None)], "only": True}),
    (EN_MEETING + "The experts agreed the draft decisions of the Council of Ministers and of the Council of Heads "
     "of Government.", "en", None,
     {"docs": [("draft decision of the Council of Ministers", "adopted", None, None),
               ("draft decision of the Council of Heads of Government", "adopted", None, None)], "only": True}),
    (EN_MEETING + "Kenya presented the draft resolution of the Regional Cyber Forum on incident reporting.", "en", None,
     {"docs": [("draft resolution of the Regional Cyber Forum on incident reporting", "presented", "KEN", None)],
      "only": True}),
    # a document a title is the plan for is named too
    (EN_MEETING + "Members approved the Plan of Priority Measures for the Implementation of the Strategy for "
     "Cyber Resilience of the Member States for the period up to 2030.", "en", None,
     {"docs": [("Plan of Priority Measures for the Implementation of the Strategy for Cyber Resilience of the "
                "Member States for the period up to 2030", "adopted", None, None),
               ("Strategy for Cyber Resilience of the Member States for the period up to 2030", "referenced",
                None, None)], "only": True}),
    (RU_MEETING + "Участники одобрили План первоочередных мероприятий по реализации Стратегии развития связи "
     "государств-участников на период до 2030 года.", "ru", None,
     {"docs": [("План первоочередных мероприятий по реализации Стратегии развития связи государств-участников на "
                "период до 2030 года", "adopted", None, None),
               ("Стратегия развития связи государств-участников на период до 2030 года", "referenced", None, ANY)],
      "only": True}),
]

# --------------------------------------------------------------------------- roles and `by`

ROLES = [
    # basis: the meeting's forum was set up under the document
    ("On 14 March, the Open-ended Working Group on security of and in the use of ICTs 2021-2025 opened its "
     "fourth session in New York. Delegations referred to resolution 75/240 throughout the debate.", "en", None,
     {"docs": [("UN General Assembly resolution 75/240", "basis", None, ANY)]}),
    ("On 2 June 2025 the Baltic Cyber Expert Group held its third meeting in Riga. The Group was set up in 2019 "
     "under the Tallinn Agreement on Cyber Cooperation.", "en", None,
     {"docs": [("Tallinn Agreement on Cyber Cooperation", "basis", None, ANY)]}),
    ("22 мая в Гаване прошло первое заседание Российско-кубинской рабочей группы по информационной "
     "безопасности, образованной в соответствии с подписанным накануне Соглашением о сотрудничестве в области "
     "информационной безопасности.", "ru", None,
     {"docs": [("…Соглашением о сотрудничестве в области информационной безопасности", "basis", None, None)]}),
    ("15 октября 2025 года в Москве состоялись российско-бразильские консультации по вопросам информационной "
     "безопасности. Консультации проводятся в соответствии с Соглашением о сотрудничестве в области "
     "информационной безопасности.", "ru", None,
     {"docs": [("Соглашение о сотрудничестве в области информационной безопасности", "basis", None, None)]}),
    (EN_MEETING + "The meeting was convened under the Nairobi Principles for Secure Software.", "en", None,
     {"docs": [("Nairobi Principles for Secure Software", "basis", None, None)]}),
    ("On 2 June 2025 the Baltic Cyber Expert Group held its third meeting in Riga. The Group flows from the "
     "Tallinn Agreement on Cyber Cooperation.", "en", None,
     {"docs": [("Tallinn Agreement on Cyber Cooperation", "basis", None, ANY)]}),
    ("2 июня 2025 года в Риге состоялось третье заседание Балтийской группы экспертов по кибербезопасности. Группа "
     "вытекает из Таллинского соглашения о сотрудничестве в сфере кибербезопасности.", "ru", None,
     {"docs": [("…соглашения о сотрудничестве в сфере кибербезопасности", "basis", None, ANY)]}),
    # a document that set up another body, or procedure under a document, is referenced
    ("5 сентября в Женеве состоялись консультации экспертов государств – членов ШОС. Напомним, что "
     "Рабочая группа ООН открытого состава учреждена резолюцией 75/240.", "ru", None,
     {"docs": [("UN General Assembly resolution 75/240", "referenced", None, ANY)]}),
    (EN_MEETING + "In accordance with article 12 of the Rules of Procedure of the Council, the chair was elected.",
     "en", None, {"docs": [("Rules of Procedure of the Council", "referenced", None, None)]}),
    # the act as a noun or gerund: "the signing of", "by signing", "the approval of", "the launch of"
    (EN_MEETING + "The ministers welcomed the signing of a memorandum of understanding on cyber incident response "
     "between the two interior ministries.", "en", None,
     {"docs": [("memorandum of understanding on cyber incident response between the two interior ministries",
                "signed", None, None)]}),
    (EN_MEETING + "Kenya marked the day by signing a cooperation agreement on data protection with the Forum.",
     "en", None, {"docs": [("cooperation agreement on data protection with the Forum", "signed", None, None)]}),
    (EN_MEETING + "The outcomes included the approval of the draft Regional Cyber Resilience Strategy.", "en", None,
     {"docs": [("Regional Cyber Resilience Strategy…", "adopted", None, None)]}),
    (EN_MEETING + "A central outcome was the launch of the Regional Cyber Resilience Strategy 2025-2029.", "en", None,
     {"docs": [("Regional Cyber Resilience Strategy 2025-2029", "adopted", None, None)]}),
    # not yet, or the act is on something the title is the complement of (guards of the act nouns above)
    (EN_MEETING + "Members welcomed the progress towards adoption of the Second Protocol on Data Exchange.", "en",
     None, {"docs": [("Second Protocol on Data Exchange", "referenced", None, None)]}),
    (EN_MEETING + "The outcomes included the endorsement of the Forum's accession to the Convention on Data "
     "Exchange.", "en", None, {"docs": [("Convention on Data Exchange", "referenced", None, None)]}),
    # a participle after the title with an object of its own acts on that object
    (EN_MEETING + "Ministers discussed the Regional Cyber Resilience Strategy, approving the proposed "
     "recommendations.", "en", None,
     {"docs": [("Regional Cyber Resilience Strategy", "referenced", None, None)]}),
    # an act told as last year's is a reference
    (EN_MEETING + "The chairs discussed the Bilateral Framework for Closer Cooperation which was adopted by the "
     "two Presidents last year.", "en", None,
     {"docs": [("Bilateral Framework for Closer Cooperation", "referenced", None, None)]}),
    # an infinitive between the verb and the title: the decision is to consider it
    (RU_MEETING + "Также принято решение рассмотреть на следующем заседании проект Соглашения о сотрудничестве в "
     "области связи.", "ru", None,
     {"docs": [("Соглашение о сотрудничестве в области связи (draft)", "referenced", None, None)]}),
    # basis: held as the document sets out; a forum for implementing it
    ("On 5 and 6 May 2024 the two sides held their second cyber dialogue in Lisbon, as set out under the "
     "Partnership and Cooperation Agreement.", "en", None,
     {"docs": [("Partnership and Cooperation Agreement", "basis", None, None)]}),
    # an organisation taking part, named before, was not set up under it: no verb of setting up between
    ("On 5 and 6 May 2024 the European Union (EU) and Kenya held their second cyber dialogue in Nairobi, as set out "
     "under the Partnership and Cooperation Agreement.", "en", None,
     {"docs": [("Partnership and Cooperation Agreement", "basis", None, None)]}),
    ("The fourth Kenya-Ghana cyber dialogue was held in Accra on 3 May 2024. The dialogue is a forum for "
     "implementing the Framework for Kenya-Ghana Digital Cooperation.", "en", None,
     {"docs": [("Framework for Kenya-Ghana Digital Cooperation", "basis", None, None)]}),
    # a list opened by a colon after a generic word: the word names no document, the act goes to every item,
    # across the semicolons that split the list into sentences; a page cut after a preposition names none
    (RU_MEETING + "По итогам заседания подписан ряд документов о сотрудничестве: Меморандум о сотрудничестве между "
     "операторами связи (ОС); Меморандум о взаимопонимании между университетами связи; Соглашение о "
     "сотрудничестве в области почтовой связи; Меморандум о", "ru", None,
     {"docs": [("Меморандум о сотрудничестве между операторами связи", "signed", None, None),
               ("Меморандум о взаимопонимании между университетами связи", "signed", None, None),
               ("Соглашение о сотрудничестве в области почтовой связи", "signed", None, None)], "only": True}),
    # a title with no complement ends before «и» and the next title
    (RU_MEETING + "В частности, были утверждены Молодежная стратегия и план подготовки кадров на ближайшие три "
     "года.", "ru", None,
     {"docs": [("Молодежная стратегия", "adopted", None, None),
               ("план подготовки кадров на ближайшие три года", "adopted", None, None)], "only": True}),
    # a plural «проекты» heads each title of its list; a year inside a title does not date the act
    (RU_MEETING + "В ходе заседания одобрены проекты Доклада Совета министров о деятельности Совета в 2023 году и "
     "Программы сотрудничества в области связи на 2025-2027 годы.", "ru", None,
     {"docs": [("Доклад Совета министров о деятельности Совета в 2023 году (draft)", "adopted", None, ANY),
               ("Программа сотрудничества в области связи на 2025-2027 годы (draft)", "adopted", None, None)],
      "only": True}),
    # a joint text of the sides quoted as the source of the report is the meeting's own outcome
    (EN_MEETING + "In a joint statement, both sides called for closer cooperation on incident response.", "en", None,
     {"docs": [("joint statement", "adopted", None, None)], "only": True}),
    (EN_MEETING + "The talks reflect broad engagement on cyber issues, a joint statement by the two Governments has "
     "said.", "en", None, {"docs": [("joint statement", "adopted", None, None)], "only": True}),
    (RU_MEETING + "«Стороны договорились расширять обмен информацией», — говорится в совместном заявлении "
     "министров.", "ru", None, {"docs": [("совместное заявление министров", "adopted", None, None)], "only": True}),
    # «по итогам встречи» tells when the text was issued and ends its title
    (RU_MEETING + "Министерство опубликовало коммюнике министров связи по итогам встречи на русском языке.", "ru",
     None, {"docs": [("коммюнике министров связи", "adopted", None, None)], "only": True}),
    # the same word form after «и» coordinates inside the title; a quote closed after it is not the title's
    (RU_MEETING + "«По итогам встречи подписаны Соглашение между правительством Республики Кения и правительством "
     "Республики Гана о сотрудничестве в области связи и План консультаций между министерствами на 2025–2026 "
     "годы», — сообщили в министерстве.", "ru", None,
     {"docs": [("Соглашение между правительством Республики Кения и правительством Республики Гана о "
                "сотрудничестве в области связи", "signed", None, None),
               ("План консультаций между министерствами на 2025–2026 годы", "signed", None, None)], "only": True}),
    # a lower-case «меморандум о …» is a title; «заключен» signs it
    (RU_MEETING + "В присутствии министров был заключен меморандум о сотрудничестве и взаимной поддержке в сфере "
     "почтовой связи.", "ru", None,
     {"docs": [("меморандум о сотрудничестве и взаимной поддержке в сфере почтовой связи", "signed", None, None)],
      "only": True}),
    # a sentence-initial article; "the ceremony of signing" signs it; a verb of what the text does ends the title
    (EN_MEETING + "An intergovernmental agreement between Kenya and Ghana on cooperation in data protection "
     "confirms that the partnership is strong. The ceremony of signing the agreement took place in Nairobi.", "en",
     None, {"docs": [("intergovernmental agreement between Kenya and Ghana on cooperation in data protection",
                      "signed", None, None)], "only": True}),
    # a lower-case framework after a verb of signing; an infinitive of purpose ends it
    (EN_MEETING + "The two national CERTs signed a framework for operational collaboration on incident response "
     "to promote information exchange.", "en", None,
     {"docs": [("framework for operational collaboration on incident response", "signed", None, None)],
      "only": True}),
    # an item of a meeting report's decisions
    (EN_MEETING + "Decisions: To adopt the network's workplan for 2025.", "en", None,
     {"docs": [("workplan for 2025", "adopted", None, ANY)], "only": True}),
    # adopted, signed, presented
    ("On 3 May 2022, ministers of the Digital Trust Partnership met in Lisbon. At the close of the meeting the "
     "participants issued a Joint Statement on cyber resilience.", "en", None,
     {"docs": [("Joint Statement on cyber resilience", "adopted", None, None)]}),
    (EN_MEETING + "The following joint statement was released by the two Governments.", "en", None,
     {"docs": [("joint statement", "adopted", None, None)]}),
    (EN_MEETING + "Kenya presented a concept paper on a regional incident taxonomy.", "en", None,
     {"docs": [("concept paper on a regional incident taxonomy", "presented", "KEN", None)]}),
    (EN_MEETING + "Uganda presented a draft Regional Incident Toolkit, and members adopted their work plan for "
     "2025–2026.", "en", None,
     {"docs": [("Regional Incident Toolkit (draft)", "presented", "UGA", None),
               ("work plan for 2025–2026", "adopted", None, None)]}),
    ("Strasbourg, 9 October 2023 – The Additional Protocol to the Convention on Cybercrime, concerning the "
     "criminalisation of acts of a racist and xenophobic nature committed through computer systems was opened "
     "for signature today at a conference held at the Council of Europe. The Convention on Cybercrime itself was "
     "opened for signature in Budapest in 2001.", "en", "2023-10-09",
     {"docs": [("Additional Protocol…", "signed", None, ANY), ("Convention on Cybercrime", "referenced", None, ANY)]}),
    (RU_MEETING + "Стороны подписали Меморандум о взаимопонимании между операторами связи, а также План "
     "совместных мероприятий на 2025–2026 годы.", "ru", None,
     {"docs": [("Меморандум о взаимопонимании между операторами связи", "signed", None, None),
               ("План совместных мероприятий на 2025–2026 годы", "signed", None, None)]}),
    # the verb's own object stands between: a decree or law on the document is signed, not the document
    (RU_MEETING + "Президент подписал указ об утверждении Соглашения о сотрудничестве в области связи, а Премьер-"
     "министр подписал закон о ратификации Протокола о внесении изменений в Устав Совета.", "ru", None,
     {"docs": [("Соглашение о сотрудничестве в области связи", "referenced", None, None),
               ("Протокол о внесении изменений в Устав Совета", "referenced", None, None)], "only": True}),
    (EN_MEETING + "The President signed a decree approving the Agreement on Cyber Cooperation, and Parliament "
     "adopted the law on the ratification of the Protocol on Data Exchange.", "en", None,
     {"docs": [("Agreement on Cyber Cooperation", "referenced", None, None),
               ("Protocol on Data Exchange", "referenced", None, None)], "only": True}),
    # agreeing a text adopts it; an infinitive of purpose does not
    (EN_MEETING + "The experts agreed the draft Code of Conduct for Incident Response Teams.", "en", None,
     {"docs": [("Code of Conduct for Incident Response Teams (draft)", "adopted", None, None)], "only": True}),
    ("The third meeting of the expert group to agree on the draft Code of Conduct for Incident Response Teams was "
     "held in Nairobi on 3 May 2024.", "en", None,
     {"docs": [("Code of Conduct for Incident Response Teams (draft)", "referenced", None, None)], "only": True}),
    (RU_MEETING + "Эксперты согласовали проект Кодекса поведения групп реагирования на инциденты.", "ru", None,
     {"docs": [("…Кодекса поведения групп реагирования на инциденты", "adopted", None, None)], "only": True}),
    # a statement whose title opens the text is the text itself, issued by the meeting
    ("Joint Statement on the Second Nordic Cyber Dialogue Having met in Oslo on 3 May 2024, the Nordic Cyber "
     "Dialogue discussed cyber norms.", "en", "2024-05-04",
     {"docs": [("Joint Statement on the Second Nordic Cyber Dialogue", "adopted", None, None)], "only": True}),
    ("Совместное заявление министров связи о сотрудничестве в области защиты данных МИНСК /БЕЛТА/. " + RU_MEETING,
     "ru", "2024-05-04",
     {"docs": [("Совместное заявление министров связи о сотрудничестве в области защиты данных", "adopted", None,
                None)], "only": True}),
    # a statement named at the start of a later sentence is no headline
    (EN_MEETING + "Joint Statement on Cyber Norms of 2019 was recalled by the delegates.", "en", None,
     {"docs": [("Joint Statement on Cyber Norms of 2019", "referenced", None, ANY)], "only": True}),
    # presenting a report on a document, or reviewing it before an act on another, is no act on it
    (RU_MEETING + "Казахстанская сторона представила доклад о реализации Стратегии развития связи Республики "
     "Казахстан.", "ru", None,
     {"docs": [("Стратегия развития связи Республики Казахстан", "referenced", None, None)], "only": True}),
    (EN_MEETING + "The Secretariat briefed members on the implementation of the Memorandum of Understanding between "
     "the AU and Japan on Cyber Cooperation.", "en", None,
     {"docs": [("Memorandum of Understanding between the AU and Japan on Cyber Cooperation", "referenced", None,
                None)], "only": True}),
    (RU_MEETING + "Участники рассмотрели ход выполнения Программы сотрудничества в сфере связи на 2021–2025 годы и "
     "одобрили проект Концепции сотрудничества в сфере связи.", "ru", None,
     {"docs": [("Программа сотрудничества в сфере связи на 2021–2025 годы", "referenced", None, None),
               ("Концепция сотрудничества в сфере связи (draft)", "adopted", None, None)], "only": True}),
    (EN_MEETING + "Delegates reviewed progress under the ASEAN Cybersecurity Cooperation Strategy 2021-2025.", "en",
     None, {"docs": [("ASEAN Cybersecurity Cooperation Strategy 2021-2025", "referenced", None, None)]}),
    # the agent of a passive of presenting after the title
    (EN_MEETING + "Delegates discussed a concept paper on incident severity presented by Kenya. The draft roadmap on "
     "capacity building, which was submitted by Ghana, was welcomed.", "en", None,
     {"docs": [("concept paper on incident severity", "presented", "KEN", None),
               ("roadmap on capacity building (draft)", "presented", "GHA", None)], "only": True}),
    (RU_MEETING + "Участники обсудили проект Концепции сотрудничества в сфере связи, внесенный российской стороной.",
     "ru", None, {"docs": [("Концепция сотрудничества в сфере связи (draft)", "presented", "RUS", None)]}),
    # an act of another event, or of another time, is a reference; the year of that act is the document's
    (EN_MEETING + "Members recalled the Suva Declaration on Regional Resilience, which Forum Leaders adopted in "
     "2019.", "en", None, {"docs": [("Suva Declaration on Regional Resilience", "referenced", None, 2019)]}),
    (EN_MEETING + "The ministers recalled the 2021 summit that adopted the Bali Declaration on Digital Trust.",
     "en", None, {"docs": [("Bali Declaration on Digital Trust", "referenced", None, ANY)]}),
    ("On 12 October 2019, the ministers met in Bangkok and recalled the Bangkok Statement on Digital Trust, "
     "which their leaders adopted in June.", "en", None,
     {"docs": [("Bangkok Statement on Digital Trust", "referenced", None, ANY)], "only": True}),
    # a participle describes an earlier adoption; the resolution set up this Committee, so it is its basis
    ("18 мая в Вене открылась сессия Спецкомитета ООН. Делегаты напомнили о резолюции 74/247, принятой "
     "по инициативе России.", "ru", None,
     {"docs": [("UN General Assembly resolution 74/247", "basis", None, ANY)]}),
    ("1 июня 2021 года прошла организационная сессия Рабочей группы ООН открытого состава. Сессия продолжила "
     "работу, отмеченную весной принятием Конвенции об обеспечении международной информационной "
     "безопасности.", "ru", None, {"roles": {"referenced"}}),
    ("On 6 December 2021 the General Assembly met in New York. It welcomed the Convention on Cybercrime, "
     "adopted earlier by the Council of Europe.", "en", None, {"roles": {"referenced"}}),
    ("6 декабря в Нью-Йорке прошло заседание Генеральной Ассамблеи ООН. Делегаты напомнили о ранее принятой "
     "Будапештской конвенции.", "ru", None, {"roles": {"referenced"}}),
]

# --------------------------------------------------------------------------- documents named again

NAMED_AGAIN = [
    ("Paris, 4 June 2024 – A conference on electronic evidence took place at the OECD in Paris. "
     "The Second Additional Protocol to the Convention on Cybercrime was discussed by the delegates. "
     "At the end of the day three more states signed the Protocol.", "en", "2024-06-04",
     {"docs": [("Second Additional Protocol…", "signed", None, ANY)], "lacks": ["Protocol"]}),
    (EN_MEETING + "The ministers endorsed the Nairobi Call for a Safe Cyberspace. The Nairobi Call sets out ten "
     "voluntary actions.", "en", None,
     {"docs": [("Nairobi Call for a Safe Cyberspace", "adopted", None, None)], "only": True}),
    (EN_MEETING + "The dialogue rests on the Kenya-India Framework Arrangement on Cyber Cooperation. The "
     "Framework Arrangement was renewed last year.", "en", None,
     {"docs": [("Kenya-India Framework Arrangement on Cyber Cooperation", ANY, None, None)], "only": True}),
    ("20 декабря Генеральная Ассамблея ООН на пленарном заседании приняла проект резолюции «О защите "
     "критической инфраструктуры». Резолюция 81/150 призывает государства к сотрудничеству.", "ru", None,
     {"docs": [("UN General Assembly resolution 81/150", "adopted", None, ANY)], "only": True}),
]


# One document under two names: a known one named again in other words, the same title with an organisation's
# acronym for its spelt-out name, a title that differs in one word of many, a Russian short name that begins the
# full one. (Both names are kept; the act beats a reference.)
SAME_DOCUMENT = [
    # a title with no parties of its own whose long complement ends the other title is the same document
    (RU_MEETING + "Министры подписали межправительственное соглашение о сотрудничестве в области обеспечения "
     "безопасности почтовой связи. По итогам встречи подписано Соглашение между правительством Республики Кения "
     "и правительством Республики Гана о сотрудничестве в области обеспечения безопасности почтовой связи.", "ru",
     None, {"docs": [("межправительственное соглашение о сотрудничестве в области обеспечения безопасности "
                      "почтовой связи", "signed", None, None)], "only": True}),
    (RU_MEETING + "Стороны подписали Конвенцию ООН против транснациональной организованной преступности. Конвенция "
     "ООН по борьбе с транснациональной организованной преступностью остается основой их сотрудничества.", "ru",
     None, {"docs": [("United Nations Convention against Transnational Organized Crime", "signed", None, ANY)],
            "only": True}),
    (EN_MEETING + "Delegates recalled the United Nations Convention against Transnational Organized Crime. Kenya "
     "described its accession to the UN Convention on Combating Transnational Organized Crime.", "en", None,
     {"docs": [("United Nations Convention against Transnational Organized Crime", "referenced", None, ANY)],
      "only": True}),
    (RU_MEETING + "Участники обсудили проект Плана действий государств – участников СНГ в сфере связи. По итогам "
     "обсуждения проект Плана действий государств – участников Содружества Независимых Государств в сфере связи "
     "(с учетом замечаний сторон) одобрен.", "ru", None,
     {"docs": [("План действий государств – участников СНГ в сфере связи (draft)", "adopted", None, None)],
      "only": True}),
    (EN_MEETING + "Members reviewed the draft Programme of Joint Measures for the Protection of Critical Information "
     "Infrastructure of the Member States of the Regional Cyber Forum. As a result, the draft Programme of Joint "
     "Actions for the Protection of Critical Information Infrastructure of the Member States of the Regional Cyber "
     "Forum was approved.", "en", None,
     {"docs": [("Programme of Joint Measures…", "adopted", None, None)], "only": True}),
    (RU_MEETING + "Стороны обсудили проект Совместного заявления министров связи о сотрудничестве в области защиты "
     "данных. Участники одобрили проект Совместного заявления.", "ru", None,
     {"docs": [("Совместное заявление министров связи о сотрудничестве в области защиты данных (draft)", "adopted",
                None, None)], "only": True}),
    # the act told of the document named again is dated by its own sentence, not by the first mention's
    ("Проект Концепции сотрудничества государств – участников СНГ в сфере связи был разослан 12 апреля 2024 года. "
     "3 мая 2024 года в Минске состоялось заседание Совета министров связи государств – участников СНГ. "
     "Участники одобрили проект Концепции сотрудничества государств – участников Содружества Независимых "
     "Государств в сфере связи.", "ru", None,
     {"docs": [("…в сфере связи (draft)", "adopted", None, None)], "only": True}),
    ("Oslo, 4 May 2024. The draft Nordic Framework on Cyber Hygiene was circulated on 12 April 2024. On 3 May 2024 "
     "the Nordic Cyber Forum met in Oslo. The Forum adopted the draft Nordic Framework.", "en", None,
     {"docs": [("Nordic Framework on Cyber Hygiene (draft)", "adopted", None, None)], "only": True}),
    # different documents stay apart: another genre, another period, a generic name before a known one
    (RU_MEETING + "Министры приняли совместное заявление, которым отношения выведены на новый уровень. Они также "
     "сослались на Совместное заявление по стратегической стабильности.", "ru", None,
     {"docs": [("совместное заявление", "adopted", None, None), ("…по стратегической стабильности", "referenced",
                                                                  None, ANY)], "only": True}),
    (RU_MEETING + "Участники обсудили Конвенцию ООН против транснациональной организованной преступности и "
     "Протокол о борьбе с транснациональной организованной преступностью.", "ru", None,
     {"docs": [("United Nations Convention against Transnational Organized Crime", ANY, None, ANY),
               ("Протокол о борьбе с транснациональной организованной преступностью", ANY, None, None)],
      "only": True}),
    (EN_MEETING + "Members reviewed the Programme of Joint Measures for the Protection of Critical Information "
     "Infrastructure of the Member States for 2021-2023 and approved the Programme of Joint Measures for the "
     "Protection of Critical Information Infrastructure of the Member States for 2024-2026.", "en", None,
     {"docs": [("…for 2021-2023", "referenced", None, None), ("…for 2024-2026", "adopted", None, None)],
      "only": True}),
]

# --------------------------------------------------------------------------- known documents, numbers, reports

KNOWN = [
    ("3 марта в Женеве состоялись консультации России и Бразилии по вопросам международной информационной "
     "безопасности. Стороны обсудили ход реализации резолюции ГА ООН 76/19.", "ru", None,
     {"docs": [("UN General Assembly resolution 76/19", ANY, None, ANY)]}),
    ("On 3 March, Russia and Brazil held consultations on international information security in Geneva. "
     "They discussed the implementation of A/RES/76/19.", "en", None,
     {"docs": [("UN General Assembly resolution 76/19", ANY, None, ANY)]}),
    # a resolution the vocabulary does not list still gets the General Assembly's naming
    ("3 марта в Женеве состоялись консультации России и Бразилии по вопросам международной информационной "
     "безопасности. Стороны обсудили резолюцию 80/105.", "ru", None,
     {"docs": [("UN General Assembly resolution 80/105", ANY, None, ANY)]}),
    ("On 7 June, the Group of Experts met in Vienna. Speakers recalled resolutions 73/27 and 73/266.", "en", None,
     {"docs": [("UN General Assembly resolution 73/27", ANY, None, ANY),
               ("UN General Assembly resolution 73/266", ANY, None, ANY)]}),
    # a decision the vocabulary knows takes its title and year from there
    (EN_MEETING + "Delegates recalled Permanent Council Decision No. 1202 as a milestone.", "en", None,
     {"docs": [("OSCE Permanent Council Decision No. 1202", "referenced", None, 2016)], "only": True}),
    ("12 апреля в Москве прошли консультации России и Индии по вопросам безопасности в сфере использования "
     "ИКТ. Индийская сторона рассказала о подготовке к присоединению к Будапештской конвенции.", "ru", None,
     {"docs": [("Convention on Cybercrime", "referenced", None, ANY), ("ETS No. 185", ANY, ANY, ANY)]}),
    ("On 12 April, Russia and India held consultations on security in the use of ICTs in Moscow. India "
     "described its preparations to accede to the Budapest Convention.", "en", None,
     {"docs": [("Convention on Cybercrime", "referenced", None, ANY), ("ETS No. 185", ANY, ANY, ANY)]}),
    ("On 5 June 2024 the ASEAN Regional Forum Inter-Sessional Meeting on Security of and in the Use of ICTs met "
     "in Vientiane. Delegates discussed the norms in the 2015 report of the UN Group of Governmental Experts.",
     "en", None, {"docs": [("Report of the UN Group of Governmental Experts 2015", ANY, None, 2015)]}),
    # no year in the sentence: the group's latest report before the announcement
    ("5 июня 2024 года в Вьентьяне состоялось межсессионное совещание АРФ по безопасности ИКТ. Участники "
     "обсудили доклад Группы правительственных экспертов ООН.", "ru", "2024-06-06",
     {"docs": [("Report of the Group of Governmental Experts on Advancing Responsible State Behaviour in "
                "Cyberspace in the Context of International Security", ANY, None, ANY)]}),
    ("1 июня 2021 года прошла организационная сессия Рабочей группы ООН открытого состава по вопросам "
     "безопасности в сфере использования ИКТ и самих ИКТ 2021–2025. Участники высоко оценили итоговый доклад "
     "первой Рабочей группы открытого состава.", "ru", None,
     {"docs": [("A/75/816", ANY, None, 2021)]}),
]


def _run(text, lang, published, expected):
    check(only_meeting(extract(text, lang, published)), expected)


@pytest.mark.parametrize("text,lang,published,expected", TITLES)
def test_relate_documents_title_by_head_and_complement(text, lang, published, expected):
    _run(text, lang, published, expected)


@pytest.mark.parametrize("text,lang,published,expected", STOPS)
def test_relate_documents_title_stops(text, lang, published, expected):
    _run(text, lang, published, expected)


@pytest.mark.parametrize("text,lang,published,expected", DRAFTS_AND_NOMINATIVE)
def test_relate_documents_drafts_and_nominative(text, lang, published, expected):
    _run(text, lang, published, expected)


@pytest.mark.parametrize("text,lang,published,expected", ROLES)
def test_relate_documents_role_and_by(text, lang, published, expected):
    _run(text, lang, published, expected)


@pytest.mark.parametrize("text,lang,published,expected", NAMED_AGAIN)
def test_relate_documents_named_again_is_one_document(text, lang, published, expected):
    _run(text, lang, published, expected)


@pytest.mark.parametrize("text,lang,published,expected", SAME_DOCUMENT)
def test_relate_documents_one_document_under_two_names(text, lang, published, expected):
    _run(text, lang, published, expected)


@pytest.mark.parametrize("text,lang,published,expected", KNOWN)
def test_relate_documents_known_numbered_and_reports(text, lang, published, expected):
    _run(text, lang, published, expected)


def test_relate_documents_a_report_cannot_be_cited_before_it_was_written():
    m = only_meeting(extract(
        "On 29 June 2021 the Security Council held an open debate on cyber security in New York. Speakers "
        "welcomed the final report of the Open-ended Working Group.", "en"))
    assert not any(d["year"] and d["year"] > 2021 for d in m["documents"]), m["documents"]
