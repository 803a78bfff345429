"""Forums no vocabulary lists are found by their shape (a head noun, its adjectives, its complements),
named in the nominative, and become one candidate entity whatever case form the text uses."""

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.relate.forum_names import find_forum_name_en, find_forum_name_ru, find_group_name_en
from tests.helpers import extract, only_meeting

RU = [
    ("Состоялось заседание Диалога Россия – Лига арабских государств по вопросам, связанным с обеспечением "
     "безопасности ИКТ (ИКТ), в формате видеоконференции.",
     "Диалога Россия – Лига арабских государств по вопросам, связанным с обеспечением безопасности ИКТ",
     "Диалог Россия – Лига арабских государств по вопросам, связанным с обеспечением безопасности ИКТ", "dialogue"),
    ("Второе заседание Диалога Россия – Африканский союз по вопросам МИБ прошло в Аддис-Абебе.",
     "Диалога Россия – Африканский союз по вопросам МИБ", "Диалог Россия – Африканский союз по вопросам МИБ",
     "dialogue"),
    ("10 апреля в Минске состоялось первое заседание Белорусско-казахстанской межведомственной рабочей группы "
     "по киберзащите, созданной в прошлом году.",
     "Белорусско-казахстанской межведомственной рабочей группы по киберзащите",
     "Белорусско-казахстанская межведомственная рабочая группа по киберзащите", "working-group"),
    ("Состоялась пятая встреча министров связи государств – членов Организации тюркских государств.",
     "встреча министров связи государств – членов Организации тюркских государств",
     "встреча министров связи государств – членов Организации тюркских государств", "other"),
    ("В Ханое прошли российско-вьетнамские консультации по проблемам кибербезопасности.",
     "российско-вьетнамские консультации по проблемам кибербезопасности",
     "российско-вьетнамские консультации по проблемам кибербезопасности", "consultations"),
    # an expert group is a forum; the venue «в Исполнительном комитете …» is not; the draft it works on is part
    # of its name
    ("3 мая в Исполнительном комитете СНГ в Минске состоялось заседание экспертной группы по подготовке "
     "проекта Концепции сотрудничества государств – участников СНГ в области цифровой безопасности.",
     "экспертной группы по подготовке проекта Концепции сотрудничества государств – участников СНГ в области "
     "цифровой безопасности",
     "экспертная группа по подготовке проекта Концепции сотрудничества государств – участников СНГ в области "
     "цифровой безопасности", "working-group"),
    # a quoted name goes on past its commas
    ("Эксперты приняли участие в работе XII Международного форума «Безопасность, доверие и право в цифровой "
     "среде», организованного в Казани.",
     "Международного форума «Безопасность, доверие и право в цифровой среде»",
     "Международный форум «Безопасность, доверие и право в цифровой среде»", "conference"),
    ("Прошло заседание Межправительственной комиссии Армении и Ирана по связи в формате видеоконференции.",
     "Межправительственной комиссии Армении и Ирана по связи",
     "Межправительственная комиссия Армении и Ирана по связи", "committee"),
    ("Делегации обсудили итоги XII заседания Совета глав служб связи – участников Содружества и "
     "Координационного совета по цифровизации.",
     "Совета глав служб связи – участников Содружества", "Совет глав служб связи – участников Содружества",
     "committee"),
    # an acronym after the head is its complement, not a subject starting the clause
    ("Совет РСК ВАС провел в Найроби свое 26-е заседание.", "Совет РСК ВАС", "Совет РСК ВАС", "committee"),
    # a group with a proper adjective is a forum
    ("3 мая Кения приняла пятое заседание Восточноафриканской группы по кибербезопасности.",
     "Восточноафриканской группы по кибербезопасности", "Восточноафриканская группа по кибербезопасности",
     "working-group"),
    # who attended is not part of the name
    ("В Найроби состоялось заседание Совета РСК ВАС с участием представителей Секретариата ВАС.",
     "Совета РСК ВАС", "Совет РСК ВАС", "committee"),
    # a short bracketed aside inside a name that goes on after it
    ("Угрозы обсуждались на совещании руководителей (начальников служб) национальных центров реагирования "
     "(НЦР) государств – участников СНГ.",
     "совещании руководителей (начальников служб) национальных центров реагирования (НЦР) государств – "
     "участников СНГ",
     "совещание руководителей (начальников служб) национальных центров реагирования (НЦР) государств – "
     "участников СНГ", "other"),
    # specialists, experts meet; a clause after the comma says which members («…, отвечающих за …»)
    ("В Ереване состоялось совещание экспертов министерств связи государств – участников СНГ, отвечающих за "
     "вопросы кибербезопасности, и представителей бизнеса.",
     "совещание экспертов министерств связи государств – участников СНГ, отвечающих за вопросы "
     "кибербезопасности",
     "совещание экспертов министерств связи государств – участников СНГ, отвечающих за вопросы "
     "кибербезопасности", "other"),
    # a document's head word inside an organisation's proper name does not end the forum's name
    ("Состоялась вторая международная конференция Организации Договора о коллективной безопасности по "
     "защите информации.",
     "международная конференция Организации Договора о коллективной безопасности по защите информации",
     "международная конференция Организации Договора о коллективной безопасности по защите информации",
     "conference"),
    # «Группа» with a capital inside the sentence is a proper name
    ("3 мая в Найроби прошло третье заседание Группы африканских киберэкспертов.", "Группы африканских киберэкспертов",
     "Группа африканских киберэкспертов", "working-group"),
    # a group named in lower case, with its topic, whose sitting is numbered is a standing group
    ("Делегации Кении и Чили провели первое заседание совместной рабочей группы по проблемам кибербезопасности.",
     "совместной рабочей группы по проблемам кибербезопасности",
     "совместная рабочая группа по проблемам кибербезопасности", "working-group"),
    ("Состоялось 3-е заседание рабочей группы по кибербезопасности.", "рабочей группы по кибербезопасности",
     "рабочая группа по кибербезопасности", "working-group"),
    # a forum that sits in numbered meetings is a standing body (kind other), not a conference
    ("Состоялось седьмое заседание Форума АСЕАН по кибербезопасности.", "Форума АСЕАН по кибербезопасности",
     "Форум АСЕАН по кибербезопасности", "other"),
    ("Прошел второй Кенийско-чилийский форум по кибербезопасности.", "Кенийско-чилийский форум по кибербезопасности",
     "Кенийско-чилийский форум по кибербезопасности", "conference"),
    # a bracketed acronym, then the organisation's acronym: both stay in the name
    ("В Бишкеке проходит 12-е заседание Совета Региональной антикриминальной структуры (РАКС) ЕАЭС.",
     "Совета Региональной антикриминальной структуры (РАКС) ЕАЭС",
     "Совет Региональной антикриминальной структуры (РАКС) ЕАЭС", "committee"),
    # after the acronym, a noun no genitive chain can hold starts the clause
    ("На проходящем в Аккре VII заседании Форума ЭКОВАС директор ганского института заявил о киберугрозах.",
     "Форума ЭКОВАС", "Форум ЭКОВАС", "other"),
    # a joint board of two states' ministries sits as a forum of theirs
    ("Министры подписали протоколы по окончании совместной коллегии МВД Кении и Ганы в Найроби.",
     "совместной коллегии МВД Кении и Ганы", "совместная коллегия МВД Кении и Ганы", "committee"),
    # a conference or forum named in lower case by what it is, numbered as one of a series (the number apart)
    ("В Найроби проходит V международная научно-практическая конференция по кибербезопасности.",
     "международная научно-практическая конференция по кибербезопасности",
     "международная научно-практическая конференция по кибербезопасности", "conference"),
    ("В Аккре прошел 3-й региональный форум по цифровой безопасности.", "региональный форум по цифровой безопасности",
     "региональный форум по цифровой безопасности", "conference"),
]


@pytest.mark.parametrize("sentence, surface, nominative, kind", RU)
def test_russian_forum_name_by_its_head_noun(sentence, surface, nominative, kind):
    found = find_forum_name_ru(sentence)
    assert (found.surface, found.nominative, found.kind) == (surface, nominative, kind)
    assert sentence[found.start : found.end] == surface


@pytest.mark.parametrize("sentence", [
    "В Москве прошли консультации по вопросам безопасности.",  # no proper name in it: a genre
    "Прошло заседание рабочей группы по вопросам безопасности.",  # unnumbered, in lower case: a genre
    "Прошло первое заседание межправительственной рабочей группы.",  # no topic: not named
    "Министр провел встречу с послом.",
    "В Аккре прошла третья конференция.",  # numbered, but nothing says what it is
    "Состоялось заседание коллегии МВД Кении.",  # a ministry's own board
    "В Аккре прошла международная конференция по кибербезопасности.",  # unnumbered, in lower case: a genre
    "Группа обсудила доклад.",
    "На полях саммита Россия – Африка министры подписали соглашение.",  # another event's sidelines
    "Документ созвучен принятой по итогам саммита Декларации о сотрудничестве.",
])
def test_a_genre_is_not_a_forum_name(sentence):
    assert find_forum_name_ru(sentence) is None


EN = [
    ("The 3rd Nordic-Baltic Cyber Dialogue was held in Vilnius.", "Nordic-Baltic Cyber Dialogue", "dialogue"),
    # a capitalised "Joint" inside the sentence belongs to the name
    ("Delegates attended the first meeting of the Joint Working Group on Water Security.",
     "Joint Working Group on Water Security", "working-group"),
    ("Delegates attended the inaugural meeting of the Pacific Islands Cyber Expert Group (PICEG).",
     "Pacific Islands Cyber Expert Group", "working-group"),
    ("The Fifth Meeting of the Working Group on Digital Trust and Resilience in Cyberspace opened today.",
     "Working Group on Digital Trust and Resilience in Cyberspace", "working-group"),
    ("Ministers opened the second Global Summit on Ransomware Resilience on Monday.",
     "Global Summit on Ransomware Resilience", "summit"),
    # a headline's document, round or sitting is not part of the forum's name
    ("Joint Press Statement on the Third Round of Chile–Kenya Consultations on Security in the Use of ICTs",
     "Chile–Kenya Consultations on Security in the Use of ICTs", "dialogue"),
    # consultations named with capitals are a standing mechanism
    ("The 4th Kenya–Chile Cyber Policy Consultation took place in Nairobi.", "Kenya–Chile Cyber Policy Consultation",
     "dialogue"),
    ("Readout of the Second Session of the Japan-Ghana Cyber Dialogue", "Japan-Ghana Cyber Dialogue", "dialogue"),
    # a topic in lower case after the head still names the forum
    ("On 3 May 2024, the 7th meeting of the East African Forum on cyber police cooperation took place in Nairobi.",
     "East African Forum on cyber police cooperation", "other"),
    # the parties joined by a spaced dash, or carrying their acronyms in brackets
    ("On 3 May 2024, the second African Union - Chile Cyber Dialogue took place in Addis Ababa.",
     "African Union - Chile Cyber Dialogue", "dialogue"),
    ("The 4th Republic of Kenya (ROK)-United Kingdom (UK) Cyber Dialogue was held in Nairobi on Friday.",
     "Republic of Kenya (ROK)-United Kingdom (UK) Cyber Dialogue", "dialogue"),
    # a meeting named by two parties is their standing dialogue; an annual meeting of one body is not
    ("The 5th Kenya-Chile Cybersecurity Policy Meeting was held in Nairobi on 3 May 2024.",
     "Kenya-Chile Cybersecurity Policy Meeting", "dialogue"),
    ("The Pacific Cyber Security Operational Meeting was held in Suva on 3 May 2024.",
     "Pacific Cyber Security Operational Meeting", "other"),
    # a word with a capital after its first letter is part of a proper name
    ("The 6th EAC eGovernment Ministerial Committee meeting was held via video conference.",
     "EAC eGovernment Ministerial Committee", "committee"),
    # … while a forum held as an event is a conference
    ("The Pacific Cyber Security Forum opened in Suva on 3 May 2024.", "Pacific Cyber Security Forum", "conference"),
    # the body whose meeting it is, not the organiser named first
    ("The EAC Commission organised the fourth meeting of the Regional Cyber Steering Committee on Monday.",
     "Regional Cyber Steering Committee", "committee"),
    ("The Annual Meeting opened in Accra.", None, None),
    ("The forum closed today at the Kyoto International Conference Center.", None, None),  # a venue
    ("It was held in co-operation with the Italian Presidency of the Committee of Ministers.", None, None),
    # "and the" joins two names; "and" alone stays inside one
    ("The dialogue also reviewed the Arctic Data Charter and the Nordic Cyber Policy Forum.",
     "Nordic Cyber Policy Forum", "conference"),
    ("The Ministry of Foreign Affairs and Trade Working Group met in Wellington.",
     "Ministry of Foreign Affairs and Trade Working Group", "working-group"),
]


GROUPS_EN = [
    # a group named in lower case, as the body whose numbered meeting it is, or with a proper name in it
    ("The third meeting of the expert group to agree on the draft Regional Plan of cyber measures was held "
     "in Nairobi.", "expert group to agree on the draft Regional Plan of cyber measures"),
    ("Talks were exemplified by the 12th meeting of the East African Community (EAC) cyber Working Group held "
     "in Arusha.", "East African Community (EAC) cyber Working Group"),
    ("A meeting of the working group was held in Nairobi.", None),  # a genre
    # a numbered forum or workshop named in lower case by its topic
    ("The Commission has organized the first forum on cyber resilience in East Africa, which runs from 3 to 5 May.",
     "forum on cyber resilience in East Africa"),
    ("The forum on cyber resilience was discussed.", None),
    # a proper name, then its genre in lower case; a state's adjective is whose, not a name
    ("Delegates took part in the ZAMCYBER 2024 regional cyber resilience conference that opened in Lusaka.",
     "ZAMCYBER 2024 regional cyber resilience conference"),
    ("Experts gathered at the Kilimanjaro forum in Arusha.", "Kilimanjaro forum"),
    ("Officials spoke at the Kenyan cyber conference.", None),
    # a series named by who meets: officials by their posts, or member states and a partner
    ("The 12th meeting of the SADC Ministers of ICT was held in Gaborone.", "meeting of the SADC Ministers of ICT"),
    ("The pact came out of the ministerial meeting of ECOWAS member states and Korea.",
     "ministerial meeting of ECOWAS member states and Korea"),
    ("The ministers then held a meeting of the ministers in Nairobi.", None),
]


@pytest.mark.parametrize("sentence, name", GROUPS_EN)
def test_english_group_named_in_lower_case(sentence, name):
    found = find_group_name_en(sentence)
    assert (found.surface if found else None) == name


def test_a_numbered_event_named_by_its_topic_is_the_forum_not_the_body_that_organised_it():
    m = only_meeting(extract("EAC Commission has organized the first forum on cyber resilience in East Africa, which "
                             "is running from 3 to 5 May 2024 in Arusha.", "en"))
    assert (m["forum"]["name"], m["kind"], m["ordinal"]) == ("forum on cyber resilience in East Africa", "conference", 1)


def test_the_group_named_first_is_the_meetings_forum_not_a_body_named_later():
    m = only_meeting(extract("The second meeting of the expert group to agree on the draft Regional Plan of cyber "
                             "measures was held on 8 July 2021 at the office of the EAC Secretariat in Arusha.",
                             "en"))
    assert (m["forum"]["name"], m["kind"]) == ("expert group to agree on the draft Regional Plan of cyber measures",
                                               "working-group")


def test_the_body_whose_session_it_is_is_named_by_the_lead_sentence():
    m = only_meeting(extract("Nairobi is now the permanent home of the Council of East African Cyber Ministers. The "
                             "agreement was finalized during the council's inaugural regular session in Nairobi on "
                             "3 May 2024.", "en"))
    assert (m["forum"]["name"], m["kind"], m["ordinal"]) == ("Council of East African Cyber Ministers", "committee", 1)


@pytest.mark.parametrize("sentence, name, kind", EN)
def test_english_forum_name_by_its_head_noun(sentence, name, kind):
    found = find_forum_name_en(sentence)
    assert ((found.surface, found.kind) if found else (None, None)) == (name, kind)


def test_english_forum_name_ends_before_the_city_it_meets_in():
    m = only_meeting(extract("On 4 June ministers opened the second Global Summit on Ransomware Resilience in Geneva.",
                             "en", published="2025-06-05"))
    assert (m["forum"]["name"], m["kind"], m["ordinal"], m["location"]) == (
        "Global Summit on Ransomware Resilience", "summit", 2, "Geneva")


def test_unknown_forum_becomes_the_meeting_forum_with_kind_and_ordinal():
    m = only_meeting(extract("12 марта в Аддис-Абебе прошло второе заседание Диалога Россия – Африканский союз "
                             "по вопросам МИБ.", "ru", published="2025-03-14"))
    assert m["forum"]["name"] == "Диалог Россия – Африканский союз по вопросам МИБ"
    assert "Диалога Россия – Африканский союз по вопросам МИБ" in m["forum"]["aliases"]
    assert (m["kind"], m["ordinal"], m["location"], m["date"]) == ("dialogue", 2, "Addis Ababa", "2025-03-12")
    # the organisation in the dialogue's name is its counterpart, not a process the meeting links to
    assert [o["name"] for o in m["organizations"]] == ["African Union"] and m["processes"] == []


CASE_FORMS = [
    "5 мая в Дохе состоялось первое заседание Диалога Россия – Совет сотрудничества по вопросам МИБ.",
    "Диалог Россия – Совет сотрудничества по вопросам МИБ провел 9 октября второе заседание в Москве.",
    "20 февраля делегации приняли участие в третьем заседании Диалога Россия – Совет сотрудничества по "
    "вопросам МИБ, прошедшем в Эр-Рияде.",
]


def test_one_unknown_forum_in_three_case_forms_is_one_candidate_named_three_times(tmp_path):
    for i, text in enumerate(CASE_FORMS):
        (tmp_path / f"a{i}.txt").write_text(f"---\npublished: 2025-10-10\nlang: ru\n---\n{text}\n", encoding="utf-8")
    store = str(tmp_path / "store")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(tmp_path), "--store", store, "--no-reason"])
    assert result.exit_code == 0, result.output
    out = runner.invoke(cli, ["candidates", "--store", store]).output
    lines = [ln for ln in out.splitlines() if "/candidate/process/" in ln]
    assert len(lines) == 1, out
    assert lines[0].split()[0] == "3"
    assert "/candidate/process/" in lines[0]


def test_a_forum_named_as_another_event_is_not_the_meetings_forum():
    m = extract("The two Ministers met in Perth on 3 March 2024 for the annual Kenya-Japan Strategic Dialogue, a day "
                "after both had attended the Quad Foreign Ministers' Meeting in the city.", "en")["meetings"][0]
    assert m["forum"]["name"] == "Kenya-Japan Strategic Dialogue"


def test_a_sentence_opening_participle_is_not_part_of_a_linked_name():
    from kg.relate.forum_names import named_bodies_en

    names = [n.surface for n in named_bodies_en(
        "Building on the Caribbean Cyber Resilience Programme, the Centre will train national teams.")]
    assert "Caribbean Cyber Resilience Programme" in names
    assert not any(n.startswith("Building") for n in names)


def test_a_report_that_calls_the_meeting_by_its_genre_takes_the_name_a_later_sentence_gives_it():
    m = only_meeting(extract("The accord was reached during the ministerial meeting held on 13 May 2024 in Nairobi. "
                             "The photo shows the delegates during the ministerial meeting of ECOWAS member states and "
                             "Kenya.", "en"))
    assert (m["forum"]["name"], m["kind"]) == ("ministerial meeting of ECOWAS member states and Kenya", "dialogue")


def test_an_unknown_forum_is_also_named_by_its_acronym_and_without_its_parties_acronyms():
    m = only_meeting(extract("The inaugural Kenya-Republic of Ghana (ROG) Cyber Policy Dialogue (KGCPD) was held in "
                             "Nairobi on 3 May 2024.", "en"))
    assert m["forum"]["name"] == "Kenya-Republic of Ghana (ROG) Cyber Policy Dialogue"
    assert {"KGCPD", "Kenya-Republic of Ghana Cyber Policy Dialogue"} <= set(m["forum"]["aliases"])


@pytest.mark.parametrize("text, forum, process", [
    ("Held on 8 July 2024 in Jakarta, the 5th ASEAN-Japan Cybersecurity Policy Meeting reviewed cooperation under "
     "the ARF and the East Asia Summit.", "ASEAN-Japan Cybersecurity Policy Meeting", "East Asia Summit"),
    ("The Nordic Cyber Dialogue met in Oslo on 3 May 2024 and prepared recommendations for the OSCE Ministerial "
     "Council.", "Nordic Cyber Dialogue", "OSCE Ministerial Council"),
])
def test_a_known_forum_named_after_the_verb_is_what_the_meeting_talked_about(text, forum, process):
    m = only_meeting(extract(text, "en", published="2024-07-20"))
    assert m["forum"]["name"] == forum
    assert process in {p["name"] for p in m["processes"]}
