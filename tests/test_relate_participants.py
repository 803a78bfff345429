"""Organisations that hold, host or own a meeting take part as such; one named in passing is not."""

import pytest

from tests.helpers import extract, only_meeting

CASES = [
    ("On 3 May 2024 the Regional Cyber Forum met in Vienna. The meeting was organised by the OSCE.", "en",
     {"Organization for Security and Co-operation in Europe"}),
    ("On 3 May 2024 delegations of 12 ASEAN Member States met in Jakarta for the ASEAN Cyber Resilience "
     "Roundtable.", "en", {"ASEAN"}),
    ("3 мая 2024 года в Минске прошло заседание Рабочей группы государств – членов ОДКБ по кибербезопасности.",
     "ru", {"Collective Security Treaty Organization"}),
    # the organisation opens the name of a forum the vocabularies lack
    ("On 3 May 2024 the 2nd ECOWAS eJustice Ministerial Committee meeting took place in Abuja.", "en",
     {"Economic Community of West African States"}),
    # an organisation's body that meets takes part as an organisation too, with its parent
    ("On 3 May 2024 the Inter-American Committee against Terrorism held its regular session in Washington.", "en",
     {"Inter-American Committee against Terrorism", "Organization of American States"}),
]


def test_a_deliberative_organ_that_meets_is_no_participant_of_its_own_session():  # guard
    m = only_meeting(extract("On 3 May 2024 the UN Security Council held an open debate on cyber security in New "
                             "York.", "en"))
    assert "UN Security Council" not in {o["name"] for o in m["organizations"]}


@pytest.mark.parametrize("text, lang, organisations", CASES)
def test_organisation_holding_the_meeting_takes_part(text, lang, organisations):
    m = only_meeting(extract(text, lang))
    assert organisations <= {o["name"] for o in m["organizations"]}
    assert not organisations & {p["name"] for p in m["processes"]}


def test_organisation_in_a_document_title_is_not_a_participant():
    m = only_meeting(extract(
        "3 мая 2024 года в Минске прошли российско-белорусские консультации по вопросам безопасности. "
        "Основой сотрудничества служит соглашение государств – членов ОДКБ о сотрудничестве.", "ru"))
    assert "Collective Security Treaty Organization" not in {o["name"] for o in m["organizations"]}


STATE_CASES = [
    ("On 3 May 2024 Kenya and Japan held their second cyber consultations in Nairobi. The project is funded by "
     "contributions from Norway and Sweden.", {"KEN", "JPN"}),
    ("On 3 May 2024 Kenya and Japan held their second cyber consultations in Nairobi. They welcomed the "
     "Africa-Korea Cyber Capacity Centre in Kigali.", {"KEN", "JPN"}),
    ("On 3 May 2024 the Cybercrime Committee met in Vienna with delegations of Kenya and Japan. The Convention "
     "now has 70 Parties, with Chile and Peru the most recent to join.", {"KEN", "JPN"}),
    # a state adjective inside the name of an organisation of many states
    ("On 3 May 2024 Kenya and Japan held their second cyber consultations in Nairobi. The Japanese delegation "
     "included officials of the Organization of Ibero-American States.", {"KEN", "JPN"}),
    # a prefix makes a state adjective a region's: "Inter-American"
    ("On 3 May 2024 Kenya and Japan held their second cyber consultations in Nairobi. Experts of the Inter-American "
     "Drug Abuse Control Commission took part.", {"KEN", "JPN"}),
    # the states that co-chair the meeting take part; a state's chairmanship of something else does not
    ("Under the co-chairmanship of Kenya and Ghana, the 7th Africa-Europe Cyber Dialogue was convened virtually on "
     "12 June 2024.", {"KEN", "GHA"}),
]


@pytest.mark.parametrize("text, states", STATE_CASES)
def test_states_in_other_roles_do_not_take_part(text, states):
    m = only_meeting(extract(text, "en"))
    assert set(m["states"]) == states


ORG_CASES = [
    ("The African Union and Kenya held the second round of their Cyber Dialogue in Nairobi on 3 May 2024.",
     {"African Union"}),
    ("On 3 May 2024 the Global Cyber Forum met in Accra. It was co-organised by the Ministry of Communications, "
     "the World Bank and the African Union.", {"World Bank", "African Union"}),
    ("On 3 May 2024 the Cybercrime Committee met in Vienna. The representative of the European Union, speaking "
     "for its members, welcomed the report.", {"European Union"}),
]


ORG_CASES += [
    # an official of the organisation, named after a long post, chaired
    ("On 3 May 2024 the Sahel Cyber Expert Group met in Niamey. The Head of the Digital Division in the "
     "Department of Infrastructure of the African Union Commission, Dr Awa Traore, chaired the meeting.",
     {"African Union Commission"}),
    # an organisation among the representatives who met
    ("More than 100 representatives of governments, the private sector, civil society, academia and the "
     "African Union met in Kigali on 3 May 2024 for the Great Lakes Cyber Conference.", {"African Union"}),
]


ORG_CASES += [
    # a co-chair's long post after the name ends at the organisation
    ("On 3 May 2024 the EU-Kenya Cyber Dialogue was held in Nairobi. On the EU side, the Dialogue was co-chaired "
     "by Anna Rossi, Deputy Managing Director for Peace, Security and Defence, European External Action "
     "Service.", {"European External Action Service"}),
    # organisations that provided their expertise at the meeting take part
    ("On 3 May 2024 a cyber capacity-building workshop for the Pacific concluded in Suva. The Organization of "
     "American States, the Council of Europe and other speakers also provided their expertise.",
     {"Organization of American States", "Council of Europe"}),
    # organised jointly with an organisation's body
    ("On 3 May 2024 the Central Asian Cyber Forum opened in Bishkek. It was organised by the Ministry of "
     "Digital Development jointly with the European Commission.", {"European Commission"}),
]


ORG_CASES += [
    # who supports, co-organises or hosts the meeting takes part as such
    ("The East African Community held the second meeting of its Cyber Experts Working Group in Arusha on 3 May "
     "2024 with support from the World Bank and the International Telecommunication Union.",
     {"World Bank", "International Telecommunication Union"}),
    ("The inaugural session of the Gulf Cyber Ministers Council was held in Riyadh on 3 May 2024 at the "
     "headquarters of the League of Arab States.", {"League of Arab States"}),
    ("The African Union Commission, in partnership with the European Union, organised the fourth meeting of the "
     "Regional Cyber Steering Committee in Abuja on 3 May 2024.", {"African Union Commission", "European Union"}),
]


# a participation noun opens the list of those present: every organisation in it takes part
PARTICIPATION_LIST_CASES = [
    ("5 марта 2025 года в Аддис-Абебе прошло совещание экспертов по кибербезопасности при участии представителей "
     "Интерпола, МСЭ и ЮНОДК.", "ru", {"INTERPOL", "International Telecommunication Union",
                                       "UN Office on Drugs and Crime"}, set()),
    ("12 мая 2025 года в Алматы состоялся региональный семинар по защите данных. Работа шла при участии делегаций "
     "ЮНЕСКО, Всемирного банка и ОБСЕ.", "ru",
     {"UNESCO", "World Bank", "Organization for Security and Co-operation in Europe"}, set()),
    ("A regional workshop on incident response was held in Lusaka on 3 May 2025 with the participation of the ITU "
     "Secretary-General and experts from UNODC.", "en",
     {"International Telecommunication Union", "UN Office on Drugs and Crime"}, set()),
    # guard: the list ends where a verb begins; what the participants then discuss takes no part
    ("Held with the participation of national experts, the seminar in Baku on 4 May 2025 reviewed the work of "
     "UNESCO on digital literacy.", "en", set(), {"UNESCO"}),
]


@pytest.mark.parametrize("text, lang, organisations, not_taking_part", PARTICIPATION_LIST_CASES)
def test_organisations_listed_after_a_participation_noun_take_part(text, lang, organisations, not_taking_part):
    taking_part = {o["name"] for o in only_meeting(extract(text, lang))["organizations"]}
    assert organisations <= taking_part and not taking_part & not_taking_part


@pytest.mark.parametrize("text, organisations", ORG_CASES)
def test_organisations_that_hold_host_or_speak_take_part(text, organisations):
    m = only_meeting(extract(text, "en"))
    assert organisations <= {o["name"] for o in m["organizations"]}


def test_parties_that_sign_at_the_meeting_take_part():
    m = only_meeting(extract("On 12 May 2022 the Protocol was opened for signature in Strasbourg at a conference of the "
                             "Council of Europe. A first group of Parties signed the Protocol, among them Austria, "
                             "Chile and Japan.", "en"))
    assert {"AUT", "CHL", "JPN"} <= set(m["states"])


# Bodies no vocabulary lists take part with the state the text gives them (kg/relate/candidates.py).
UNKNOWN_BODY_CASES = [
    # the delegation's state owns the bodies its list names
    ("On 3 May 2024 Japan and Lesotho held cyber consultations in Maseru. The Lesotho delegation comprised "
     "representatives of the National Security and Defence Council and the Central Bank of Lesotho.", "en",
     {("LSO", "National Security and Defence Council"), ("LSO", "Central Bank")}),
    # a state name before an English body is part of the name and its owner
    ("On 3 May 2024 the Pacific Cyber Network held its annual meeting in Suva. Experts from Tonga Computer "
     "Emergency Response Team "
     "took part.", "en", {("TON", "Tonga Computer Emergency Response Team")}),
    # a Russian body with its state in the genitive after it; the name goes to the nominative
    ("3 мая 2024 года в Москве прошли российско-лесотские консультации. В них участвовали представители "
     "Министерства энергетики, горнодобывающей промышленности и водных ресурсов Королевства Лесото.", "ru",
     {("LSO", "Министерство энергетики, горнодобывающей промышленности и водных ресурсов")}),
    # the side a clause names owns the bodies it lists, even one the vocabulary knows for another state
    ("3 мая 2024 года в Бишкеке состоялось заседание Экспертного диалога по вопросам МИБ. С киргизской стороны "
     "в обсуждении участвовали представители Комитета государственной безопасности, с российской – "
     "Министерства цифрового развития.", "ru",
     {("KGZ", "State Security Committee")}),  # the English name of that kind of body, as other states' has
    ("On 3 May 2024 Japan and Laos held cyber consultations in Vientiane. The Laotian delegation comprised "
     "representatives of the Ministry of Internal Affairs and Communications.", "en",
     {("LAO", "Ministry of Internal Affairs and Communications")}),
    # a body named through its minister's post
    ("3 мая 2024 года в Москве прошло заседание Межправительственной российско-лесотской комиссии. В нём "
     "участвовал заместитель Министра водных ресурсов Королевства Лесото.", "ru",
     {("LSO", "Министерство водных ресурсов")}),
    # a body the vocabulary knows for another state under an old name: the name the text uses
    ("On 3 May 2024 Ghana hosted the 2nd West African Cyber Forum in Accra. The forum was opened by the "
     "Minister for Communications and Information of Ghana.", "en",
     {("GHA", "Ministry of Communications and Information")}),
    # a body of a kind the vocabulary knows for many states, in a list the side's delegation names: the side's
    ("3 мая 2024 года в Найроби прошли российско-кенийские консультации. В состав кенийской делегации вошли "
     "представители министерства иностранных дел.", "ru", {("KEN", "Ministry of Foreign Affairs")}),
    # a plural head shared by a list names one body per item
    ("On 3 May 2024 Kenya and Chile held cyber consultations in Nairobi. The Kenyan Ministries of Defence, Interior "
     "and Information Technology took part.", "en",
     {("KEN", "Ministry of Defence"), ("KEN", "Ministry of Interior"), ("KEN", "Ministry of Information Technology")}),
    # "X's Body": the possessive is the owner, not part of the name
    ("On 3 May 2024 Japan and Lesotho held cyber consultations in Maseru, attended by officials of Lesotho’s "
     "Department of Water Affairs.", "en", {("LSO", "Department of Water Affairs")}),
    # parties named in a memorandum's title sign it: the unqualified one is the publisher's
    ("3 мая 2024 года в Москве прошло заседание Межправительственной российско-лесотской комиссии. Подписан "
     "меморандум между Федеральной службой водных ресурсов и Министерством водных ресурсов Лесото.", "ru",
     {("RUS", "Федеральная служба водных ресурсов"), ("LSO", "Министерство водных ресурсов")}),
]


# a state adjective right before a minister's post owns the ministry it names, and that whole name is the body,
# not the shorter one of a kind the vocabulary knows at its start
UNKNOWN_BODY_CASES += [
    ("On 3 May 2024 a cyber workshop was held in Kingston. The Ghanaian Minister of Energy, Mines and Technology "
     "Ama Mensah and senior US and Ghanaian officials spoke at the event.", "en",
     {("GHA", "Ministry of Energy, Mines and Technology")}),
    ("On 3 May 2024 a cyber workshop was held in Suva. The Fijian Minister of Trade, Tourism and Transport, Epeli "
     "Rabuka, and senior Japanese and Fijian officials spoke.", "en",
     {("FJI", "Ministry of Trade, Tourism and Transport")}),
]


@pytest.mark.parametrize("text, lang, bodies", UNKNOWN_BODY_CASES)
def test_unknown_bodies_take_part_with_their_state(text, lang, bodies):
    m = only_meeting(extract(text, lang))
    assert bodies <= {(a["state"], a["name"]) for a in m["agencies"]}


def test_a_body_at_the_start_of_a_longer_one_is_that_one():
    m = only_meeting(extract(UNKNOWN_BODY_CASES[-2][0], "en"))
    assert [a["name"] for a in m["agencies"]] == ["Ministry of Energy, Mines and Technology"], m["agencies"]


NOT_A_BODY_CASES = [
    # the venue
    ("On 3 May 2024 the Pacific Cyber Network met at the Harbour Convention Centre in Suva.", "en",
     "Harbour Convention Centre"),
    # a unit of a known body: the known body takes part
    ("3 мая 2024 года в Москве прошли российско-лесотские консультации, сообщили в Департаменте информации и "
     "печати МИД России.", "ru", "Департамент информации и печати"),
    # units of a ministry, named with it after a comma or before its "'s", fold into it
    ("On 3 May 2024 Kenya and Chile held cyber consultations in Nairobi. The Kenyan delegation was led by the Head "
     "of the Cyber Diplomacy Division, Ministry of Foreign Affairs.", "en", "Cyber Diplomacy Division"),
    ("On 3 May 2024 the United States and Chile held cyber consultations in Santiago. Officials of the State "
     "Department’s Office of the Coordinator for Cyber Issues attended.", "en", "Office of the Coordinator"),
    # a unit of an international organisation is no state's body
    ("On 3 May 2024 the EU-Chile Cyber Dialogue was held in Santiago, co-chaired by Carlos Soto, Director, "
     "Ministry of Foreign Affairs of Chile, and Anna Rossi, Head of Division for Cyber Policy, European External "
     "Action Service.", "en", "Division for Cyber Policy"),
    # kinds of bodies in the plural are no body
    ("On 3 May 2024 Kenya and Japan held cyber consultations in Nairobi. Kenyan CSIRTs and Mobile Network Operators "
     "attended.", "en", "Kenyan CSIRTs"),
    ("On 3 May 2024 Kenya and Japan held cyber consultations in Nairobi. The sides promoted cooperation among "
     "Computer Security Incident Response Teams (CSIRTs) and Internet Service Providers (ISPs) of Kenya.", "en",
     "Internet Service"),
    # a Russian unit named with its known body's acronym folds into that body
    ("3 мая 2024 года в Бишкеке прошли российско-киргизские консультации. В них участвовал начальник Следственного "
     "департамента МВД Киргизии Асан Осмонов.", "ru", "Следственный департамент"),
    ("3 мая 2024 года в Бишкеке прошли российско-киргизские консультации. В них участвовали сотрудники Главного "
     "управления уголовного розыска МВД России.", "ru", "Главное управление"),
    # a body named for several states at once is no one state's
    ("3 мая 2024 года в Астане прошли российско-казахстанские консультации. Министры цифрового развития двух "
     "стран Иван Петров и Асет Нуров подписали протокол.", "ru", "Министерство цифрового развития двух"),
    ("Президент Кении Уильям Руто провел встречу с министрами юстиции стран-участниц Восточноафриканского "
     "сообщества в Найроби 3 мая.", "ru", "Министерство юстиции стран"),
    # a unit of the forum itself
    ("On 3 May 2024 the Pacific Cyber Network met in Suva. Tonga and Fiji attended. The Technical Secretariat "
     "of the Network prepared the agenda.", "en", "Technical Secretariat"),
]


@pytest.mark.parametrize("text, lang, name", NOT_A_BODY_CASES)
def test_places_units_and_forum_secretariats_are_no_state_bodies(text, lang, name):
    m = only_meeting(extract(text, lang))
    assert not any(a["name"].startswith(name) for a in m["agencies"])


# Organisations no vocabulary lists take part when they organise, speak or attend; one merely named does not.
UNKNOWN_ORGANISATION_CASES = [
    # a body "of … States" is one of many states, whatever state adjective its name holds
    ("On 3 May 2016 the Cyber Expertise Forum met in Washington. The US delegation included officials of the "
     "Organisation of American States.", "en", "Organisation of American States", True),
    ("On 3 May 2024 Chile and Peru held cyber consultations in Lima. The Chilean delegation included officials of "
     "the Organization of Ibero-American States.", "en", "Organization of Ibero-American States", True),
    ("On 3 May 2024 the Coastal Cyber Forum met in Accra. It was co-organised by the Ministry of Communications "
     "and the Harbourline Institute.", "en", "Harbourline Institute", True),
    ("3 мая 2024 года в Ашхабаде прошло заседание Координационного совета по информатизации. В работе приняли "
     "участие представители Межгосударственного совета по цифровой связи СНГ.", "ru",
     "Межгосударственный совет по цифровой связи СНГ", True),
    ("On 3 May 2024 Kenya and Japan held cyber consultations in Nairobi. They recalled a report of the Harbourline "
     "Institute.", "en", "Harbourline Institute", False),
]


@pytest.mark.parametrize("text, lang, name, takes_part", UNKNOWN_ORGANISATION_CASES)
def test_unknown_organisations_take_part_only_in_a_participants_role(text, lang, name, takes_part):
    m = only_meeting(extract(text, lang))
    assert (name in {o["name"] for o in m["organizations"]}) is takes_part
    assert name not in {a["name"] for a in m["agencies"]}


def test_states_inside_a_format_of_cooperation_do_not_take_part_and_the_format_is_a_process():
    m = only_meeting(extract(
        "3 мая 2024 года в Астане прошло заседание Межправительственной казахстанско-российской комиссии. "
        "Обсуждено развитие взаимодействия в формате Россия – Казахстан – Иран.", "ru"))
    assert set(m["states"]) == {"KAZ", "RUS"}
    assert "формат Россия – Казахстан – Иран" in {p["name"] for p in m["processes"]}


def test_a_body_the_vocabulary_knows_for_other_states_keeps_its_english_name():
    m = only_meeting(extract(
        "3 мая 2024 года в Москве прошли российско-мозамбикские консультации по вопросам МИБ. В них участвовали "
        "представители Министерства иностранных дел Республики Мозамбик.", "ru"))
    [mfa] = [a for a in m["agencies"] if a["state"] == "MOZ"]
    assert mfa["name"] == "Ministry of Foreign Affairs"
    assert "Министерство иностранных дел" in mfa["aliases"]


# A body the vocabulary knows for one state only, named in a text that never names that state, is the body
# of a state the text does name: a generic name is no evidence of whose body it is.
DOUBTED_STATE_CASES = [
    ("On 3 May 2024 the ECOWAS Cyber Working Group met in Dakar. Delegates of Senegal and Ghana attended a "
     "training for national Computer Emergency Response Teams (CERTs).", "en", "IND"),
    ("On 3 May 2024 Ghana hosted the 2nd West African Cyber Forum in Accra. The forum was opened by the "
     "Minister for Communications and Information of Ghana.", "en", "SGP"),
    ("3 мая 2024 года в Аккре прошли консультации Ганы и Сенегала. В них участвовали представители "
     "Министерства связи и информации.", "ru", "SGP"),
]


@pytest.mark.parametrize("text, lang, not_named", DOUBTED_STATE_CASES)
def test_a_body_of_a_state_the_text_never_names_is_not_that_states(text, lang, not_named):
    m = only_meeting(extract(text, lang))
    assert not_named not in m["states"]
    assert not_named not in {a["state"] for a in m["agencies"]}


def test_a_body_of_a_state_the_text_names_keeps_its_vocabulary_state():
    m = only_meeting(extract(
        "On 3 May 2024 Singapore and Ghana held cyber consultations in Accra. The Singapore delegation included "
        "officials of the Ministry of Communications and Information.", "en"))
    assert ("SGP", "Ministry of Digital Development and Information") in {(a["state"], a["name"]) for a in m["agencies"]}


def test_an_acronym_after_deputy_is_a_post_and_its_state_takes_part():
    m = only_meeting(extract(
        "The Quad Senior Cyber Group met in Tokyo on 3 May 2024. The principals were Anna Smith, Dy NSA of Kenya, "
        "and John Doe, Dy NSA of USA.", "en"))
    assert {"KEN", "USA"} <= set(m["states"])
    assert "National Security Agency" not in {a["name"] for a in m["agencies"]}


PUBLISHER_CASES = [
    # a government's own site: "the Foreign Ministry" is that government's, known to the vocabulary or not
    ("https://www.esteri.it/en/press/2025/05/cyber-meeting", {"ITA"}),
    ("https://www.diplomatie.gouv.fr/en/cyber-meeting", {"FRA"}),
    # a news site's country says nothing of whose ministry it is
    ("https://www.example-news.it/cyber-meeting", set()),
]


@pytest.mark.parametrize("url, states", PUBLISHER_CASES)
def test_an_unqualified_ministry_is_the_publishing_governments(url, states):
    m = only_meeting(extract(
        "The annual meeting of the Cyber Deterrence Group took place in Rome on 22 May 2025. It was organised by "
        "the Foreign Ministry’s Unit for Cyber Security.", "en", url=url))
    assert {a["state"] for a in m["agencies"]} == states


def test_a_body_on_a_sides_list_is_that_sides_when_the_side_is_the_publishers():
    m = only_meeting(extract(
        "The first Australia-Kenya Cyber Policy Dialogue was held in Nairobi on 24 August 2024. On the Australian "
        "side the Dialogue included representatives of the Department of Water Policy.", "en",
        url="https://www.dfat.gov.au/news/cyber-dialogue"))
    assert ("AUS", "Department of Water Policy") in {(a["state"], a["name"]) for a in m["agencies"]}


@pytest.mark.parametrize("text, lang", [
    ("3 мая 2024 года в Бишкеке прошло заседание Комитета секретарей советов безопасности ОДКБ. В заседании приняли "
     "участие секретари советов безопасности государств – членов ОДКБ.", "ru"),
    ("On 3 May 2024 the CSTO Committee of Secretaries of Security Councils met in Bishkek. The Security Councils "
     "of the member states were represented by their secretaries.", "en"),
])
def test_the_member_states_bodies_in_general_are_no_one_states_body(text, lang):
    m = only_meeting(extract(text, lang))
    assert m["agencies"] == [] and m["states"] == []


ROLE_CASES = [
    # a post after the name ends "at the" organisation
    ("On 3 May 2024 the Chile-EU Cyber Dialogue was held in Santiago. It was co-chaired by Marta Lind, Deputy Head "
     "of Division for Security and Defence Policy in the Security Directorate at the European External Action "
     "Service, and by Pablo Rojas.", "en",
     {"European External Action Service"}),
    # the post names the organisation, the person follows after a comma
    ("On 3 May 2024 the West African Cyber Steering Committee met in Accra. The Deputy Head of Cooperation of "
     "the European Union to Ghana, Mr Lars Berg, praised the project.", "en", {"European Union"}),
    # who the participants included
    ("On 3 May 2024 the Kenya-Japan Cyber Consultations took place in Nairobi. Participants included officials "
     "from the European External Action Service and the European Commission.", "en",
     {"European External Action Service", "European Commission"}),
    # organisers listed as the subject, after a dateline
    ("Nairobi, Kenya 3 May 2024: The African Union Commission and the Council of Europe jointly organized a "
     "workshop on cybercrime policies for diplomats.", "en", {"African Union Commission", "Council of Europe"}),
    # those who briefed the meeting
    ("On 3 May 2024 the Cybercrime Committee met in Strasbourg. It took note of the updates provided on recent "
     "developments by the Organization of American States and the African Union.", "en",
     {"Organization of American States", "African Union"}),
    # the organisation's own press service reports the meeting
    ("5 ноября в Москве состоялось заседание Совета министров обороны государств – участников СНГ, сообщает "
     "пресс-служба Исполнительного комитета СНГ.", "ru", {"CIS Executive Committee"}),
    # the organisation's premises are where the meeting took place
    ("3 мая в Исполнительном комитете СНГ в Минске состоялось заседание экспертной группы по информационной "
     "безопасности.", "ru", {"CIS Executive Committee"}),
    ("3 мая в штаб-квартире ОБСЕ в Вене состоялась встреча экспертов по кибербезопасности.", "ru",
     {"Organization for Security and Co-operation in Europe"}),
    # representatives among those who gathered
    ("3 мая в Казани открылась международная встреча по вопросам безопасности. На форум собрались делегаты "
     "40 стран, в том числе представители ООН.", "ru", {"United Nations"}),
    # the members' people or bodies open the sentence as its subject
    ("3 мая 2024 года в режиме видеоконференции прошла встреча экспертов. Эксперты стран-участниц ОДКБ "
     "обсудили проект совместного заявления.", "ru", {"Collective Security Treaty Organization"}),
    ("3 мая 2024 года в Минске прошло заседание Совета министров внутренних дел. Главы МВД стран СНГ одобрили "
     "программу сотрудничества.", "ru", {"Commonwealth of Independent States"}),
    # a body that takes part brings the organisation it is part of
    ("On 3 May 2024 a regional workshop on cybercrime was held in Dakar. It was organised by the UN Office on "
     "Drugs and Crime.", "en", {"UN Office on Drugs and Crime", "United Nations"}),
]


@pytest.mark.parametrize("text, lang, organisations", ROLE_CASES)
def test_organisations_in_posts_lists_and_premises_take_part(text, lang, organisations):
    m = only_meeting(extract(text, lang))
    assert organisations <= {o["name"] for o in m["organizations"]}
    assert not organisations & {p["name"] for p in m["processes"]}


def test_an_organisation_after_a_verb_is_not_the_subjects():  # guard
    m = only_meeting(extract("3 мая 2024 года в Минске прошли российско-белорусские консультации по вопросам "
                             "безопасности. Стороны призвали страны ОДКБ ускорить работу.", "ru"))
    assert "Collective Security Treaty Organization" not in {o["name"] for o in m["organizations"]}


def test_an_agency_takes_part_as_itself_without_its_parent():  # guard
    m = only_meeting(extract("On 3 May 2024 a cybercrime conference was held in The Hague. It was organised by "
                             "Europol and the Council of Europe.", "en"))
    names = {o["name"] for o in m["organizations"]}
    assert "Europol" in names and "European Union" not in names


@pytest.mark.parametrize("text, lang, states", [
    ("On 3 May 2024 Kenya and Japan held security consultations in Nairobi. Kenya ranked well in the U.S. State "
     "Department’s annual Country Reports on Terrorism.", "en", {"KEN", "JPN"}),
    ("On 3 May 2024 Chile and Peru held security consultations in Lima. They recalled the French Foreign Ministry's "
     "2023 cyber threat report.", "en", {"CHL", "PER"}),
    ("3 мая 2024 года в Лиме прошли российско-перуанские консультации. Стороны обсудили ежегодный доклад "
     "Госдепартамента США о терроризме.", "ru", {"RUS", "PER"}),
])
def test_a_body_that_wrote_a_document_takes_no_part(text, lang, states):
    m = only_meeting(extract(text, lang))
    assert set(m["states"]) == states and not m["agencies"], (m["states"], m["agencies"])
