"""Who takes part in a meeting: the states (not a country that is only a topic), the organisations listed
or represented (which are not also linked processes), and each agency of a Russian genitive list."""

import pytest

from tests.helpers import extract, only_meeting

ZAS_MEETING = ("25 мая в Москве Секретарь Совета Безопасности Российской Федерации Николай Патрушев провел встречу "
               "с Генеральным секретарем Организации Договора о коллективной безопасности Станиславом Засем. "
               "Стороны обсудили реализацию Стратегии коллективной безопасности ОДКБ на период до 2025 года и "
               "подготовку к заседанию Совета коллективной безопасности ОДКБ, которое состоится в ноябре в Ереване.")

OEWG_REPRESENTATIVES = (
    "On 29 July 2022 the Open-ended Working Group on security of and in the use of ICTs 2021–2025 concluded "
    "its third substantive session in New York. Representatives of the European Union, the African Union "
    "and the Organization of American States also took part.")

STATES_CASES = [
    ("On 4 April 2019, Beijing hosted the third round of China-Russia consultations on international "
     "information security. The Russian delegation was headed by Mr Andrey Krutskikh, Special "
     "Representative of the President of the Russian Federation for International Cooperation in the "
     "Field of Information Security. The Chinese side was led by Mr Wang Lei, Coordinator for Cyber Affairs "
     "of the Ministry of Foreign Affairs of China.", "en", {"RUS", "CHN"}),
]


@pytest.mark.parametrize("text, lang, states", STATES_CASES)
def test_the_states_that_take_part(text, lang, states):
    m = only_meeting(extract(text, lang))
    assert set(m["states"]) == states


# States that take part, and states named in another role (a topic) that do not.
STATE_ROLE_CASES = [
    ("On 9 September, the SCO Group of Experts on International Information Security met in Tashkent. "
     "Kazakhstan was represented by its Security Council. The experts discussed the situation in "
     "Afghanistan.", "en", None, {"KAZ"}, {"AFG"}),
    # the sponsors of a resolution the General Assembly adopts take part in its sitting
    ("NEW YORK, 6 December 2021 — The General Assembly today adopted without a vote a resolution on "
     "developments in the field of information and telecommunications, sponsored by the Russian Federation "
     "and the United States.", "en", "2021-12-07", {"RUS", "USA"}, set()),
]


STATE_ROLE_CASES += [
    # the members an organisation has, in a background sentence, do not take part
    ("14 ноября 2019 года в Минске состоялось заседание Группы экспертов государств – членов ОДКБ по "
     "информационной безопасности. Напомним, ОДКБ объединяет шесть стран, в том числе Армению и Киргизию.",
     "ru", None, set(), {"ARM", "KGZ"}),
    # a state the parties condemn or help is not a party; «помощник Президента» is a post, not help
    ("On 4 May 2023 in Lisbon, Portugal and Chile concluded their second cyber dialogue. They condemned Iran’s "
     "continuing cyber-attacks and agreed to keep supporting partners, including Albania, and assisting Georgia.",
     "en", None, {"PRT", "CHL"}, {"IRN", "ALB", "GEO"}),
    ("3 мая 2024 года в Астане состоялась встреча секретарей советов безопасности. Во встрече приняли участие "
     "помощник Президента Республики Казахстан – секретарь Совета безопасности и секретарь Совета безопасности "
     "Киргизии.", "ru", None, {"KAZ", "KGZ"}, set()),
    # a minister who reports the talks he took part in is still a participant
    ("3 мая 2024 года в Найроби прошли российско-кенийские консультации. Об итогах сообщил министр иностранных "
     "дел Кении.", "ru", None, {"RUS", "KEN"}, set()),
    # a state blamed for attacks is what the talks were about
    ("On 3 May 2024 Chile and Kenya held cyber consultations in Nairobi. The sides condemned malicious cyber "
     "activity by Belarus and attacks by Iranian-backed hackers.", "en", None, {"CHL", "KEN"}, {"BLR", "IRN"}),
    ("3 мая 2024 года в Москве прошли российско-кенийские консультации. Стороны обсудили кибератаки со "
     "стороны Грузии.", "ru", None, {"RUS", "KEN"}, {"GEO"}),
    # the body that reports the meeting is its source, not a participant
    ("On 3 May 2024 Chile and Kenya held cyber consultations in Nairobi, according to India's Ministry of "
     "External Affairs.", "en", None, {"CHL", "KEN"}, {"IND"}),
    # the country after its city is where; a state a theft is blamed on is a topic
    ("Chile and Peru held their second cyber dialogue in Lisbon, Portugal, on 4 May 2023. They discussed "
     "cryptocurrency theft by North Korea.", "en", None, {"CHL", "PER"}, {"PRT", "PRK"}),
    ("Chile and Peru held their second cyber dialogue in Lisbon [Portugal] on 4 May 2023.", "en", None,
     {"CHL", "PER"}, {"PRT"}),
    # a state's name that is a person's surname, between a given name and a post
    ("Chile and Peru held their second cyber dialogue in Lima on 4 May 2023. Separately, Maria Jordan, "
     "Deputy Minister of Foreign Affairs of Peru, met the Chilean delegation.", "en", None, {"CHL", "PER"},
     {"JOR"}),
    # a territory, a zone a state's adjective qualifies, «на» a state: places talked about
    ("3 мая 2024 года в Душанбе состоялось совещание руководителей антитеррористических центров государств – "
     "участников СНГ. Участники обсудили активность террористических организаций на территории Сирии, в "
     "ирано-иракской зоне и на Кубе.", "ru", None, set(), {"SYR", "IRN", "IRQ", "CUB"}),
    # the capital of a state is where the meeting was
    ("3 мая 2024 года в столице Кении Найроби прошли российско-чилийские консультации по вопросам "
     "безопасности ИКТ.", "ru", None, {"RUS", "CHL"}, {"KEN"}),
]


STATE_ROLE_CASES += [
    # a news agency cites the report, it takes no part
    ("On 3 May 2024 Chile and Peru held cyber consultations in Lima, the Kenya News Agency cites the ministry.",
     "en", None, {"CHL", "PER"}, {"KEN"}),
    # the body (known or not) that reports the meeting is its source
    ("On 3 May 2024 Chile and Peru held cyber consultations in Lima, according to the Kenya News Agency.", "en",
     None, {"CHL", "PER"}, {"KEN"}),
    ("3 мая 2024 года в Сантьяго прошли консультации Чили и Перу, говорится в заявлении, распространенном "
     "кенийским МИД.", "ru", None, {"CHL", "PER"}, {"KEN"}),
    # a state's adjective on a conflict or crisis: what is talked about
    ("3 мая 2024 года в Москве прошли российско-чилийские консультации, первые после начала кенийского "
     "конфликта.", "ru", None, {"RUS", "CHL"}, {"KEN"}),
    # «В Кении …» opening the sentence: a place talked about
    ("В Кении подвели итоги заседания Совета министров иностранных дел Чили и Перу.", "ru", None, set(), {"KEN"}),
    # a state blamed through its acronym, its possessive a few words before the wrong, or as an abductor
    ("On 4 May 2023 Chile and Peru held their second cyber dialogue in Lima. They agreed to counter Islamic "
     "Republic of Iran (IRI) cyber threats, Belarus’s persistent illicit cyber activities and the abduction of "
     "Chilean nationals by Syria.", "en", None, {"CHL", "PER"}, {"IRN", "BLR", "SYR"}),
    # a dateline: a state in capitals, or after a city in capitals, before a dash
    ("NAIROBI, Kenya – Chile and Peru held their second cyber dialogue on 4 May 2023.", "en", None,
     {"CHL", "PER"}, {"KEN"}),
    ("SINGAPORE – Chile and Peru held their second cyber dialogue on 4 May 2023.", "en", None, {"CHL", "PER"},
     {"SGP"}),
    # the country after its city, before a lower-case word, is where
    ("Chile and Peru held a cyber workshop on 4 May 2023 for diplomats based in Nairobi, Kenya as part of their "
     "dialogue, in Abuja, Nigeria and online.", "en", None, {"CHL", "PER"}, {"KEN", "NGA"}),
    # a post "of" a state is no nationality: its state takes part; a chair's state in brackets takes part
    ("The first meeting of the Chile-Peru Cyber Expert Group was held in Lima on 4 May 2023. It was opened by "
     "Dr Maria Lopez, President of the Republic of Panama.", "en", None, {"PAN"}, set()),
    ("The 9th Plenary of the T-CY Committee was held in Strasbourg on 4 May 2023 and was chaired by Anna Novak "
     "(Slovenia).", "en", None, {"SVN"}, set()),
    # an Arabic surname of origin; a state opening a news outlet's name
    ("(Kenya Point News) The Arab Cybersecurity Council met online on 4 May 2023, with the participation of "
     "Dr Mohamed Al Kuwaiti, Head of Cybersecurity for the Government of Chile.", "en", None, set(),
     {"KWT", "KEN"}),
]


@pytest.mark.parametrize("text, lang, published, taking_part, not_taking_part", STATE_ROLE_CASES)
def test_states_take_part_in_their_role_only(text, lang, published, taking_part, not_taking_part):
    m = only_meeting(extract(text, lang, published))
    for state in taking_part:
        assert state in m["states"]
    for state in not_taking_part:
        assert state not in m["states"]


ORGANISATION_CASES = [
    # a country named as the venue; the organisation among the delegations
    ("The 5th ARF Inter-Sessional Meeting on Security of and in the Use of ICTs was held in Singapore on "
     "20-21 March 2023. Delegations from Australia, China and the European Union attended.", "en",
     {"European Union"}),
    # an organisation listed after a number of countries
    ("Ministers of twenty countries and the European Union met in Rome on 5 March 2024 for the first meeting "
     "of the Counter Ransomware Initiative.", "en", {"European Union"}),
    # organisations whose representatives took part
    (OEWG_REPRESENTATIVES, "en", {"European Union", "African Union"}),
    (ZAS_MEETING, "ru", {"Collective Security Treaty Organization"}),
]


@pytest.mark.parametrize("text, lang, organisations", ORGANISATION_CASES)
def test_organisations_that_take_part(text, lang, organisations):
    m = only_meeting(extract(text, lang))
    orgs = {o["name"] for o in m["organizations"]}
    assert organisations <= orgs, orgs


# An organisation taking part is not also a linked process: the names given, or (None) all of them.
NOT_A_PROCESS_CASES = [
    (OEWG_REPRESENTATIVES, "en", None),
    (ZAS_MEETING, "ru", {"Collective Security Treaty Organization"}),
]


@pytest.mark.parametrize("text, lang, names", NOT_A_PROCESS_CASES)
def test_an_organisation_taking_part_is_not_also_a_linked_process(text, lang, names):
    m = only_meeting(extract(text, lang))
    if names is None:
        names = {o["name"] for o in m["organizations"]}
    assert not names & {p["name"] for p in m["processes"]}, m["processes"]


# Each agency of a Russian genitive list belongs to the state named after it: (state, some names, how many).
AGENCY_CASES = [
    ("5 марта в Москве состоялись консультации по вопросам международной информационной безопасности. "
     "В состав делегации вошли представители ФСБ России, Минцифры России и Генеральной прокуратуры "
     "Российской Федерации.", "ru", "RUS", {"Federal Security Service"}, 3),
    # a lower-case plural head shared by the list after it, in one delegation's sentence
    ("The second Kenya-Chile cyber dialogue was held in Nairobi on 3 May 2024. Kenya's delegation brought "
     "experts of the ministries of Defence, Interior and Information Technology.", "en", "KEN",
     {"Ministry of Defence", "Ministry of Interior", "Ministry of Information Technology"}, 3),
    # the head shared by the list before it; the last comma's item ends at the first "and"
    ("The second Kenya-Chile cyber dialogue was held in Nairobi on 3 May 2024. The Chilean delegation "
     "comprised officials from the foreign affairs, interior and energy and mining ministries.", "en", "CHL",
     {"Ministry of Foreign Affairs", "Ministry of Interior", "Ministry of Energy and Mining"}, 3),
    # a Russian plural head shared by a list of genitive complements; each body named in English as other
    # states' body of that name is
    ("3 мая 2024 года в Найроби состоялись консультации Кении и Чили по вопросам безопасности ИКТ. В состав "
     "чилийской делегации вошли представители министерств иностранных дел, обороны и юстиции.", "ru", "CHL",
     {"Ministry of Foreign Affairs", "Ministry of Defence", "Ministry of Justice"}, 3),
    # an adjective item keeps its place before the head ("Home Ministry", not a cut "Ministry of Home")
    ("The second Kenya-Chile cyber dialogue was held in Nairobi on 3 May 2024. The Chilean delegation "
     "comprised officials from the home and energy ministries.", "en", "CHL", {"Home Ministry", "Ministry of Energy"},
     2),
    # the delegation the sentence before named, carried over to "He was joined by …"; a level's word
    # opens a body's own name before a name many states' ministries share
    ("The second Nigeria-Chile cyber dialogue was held in Abuja on 3 May 2024. The Nigerian delegation was "
     "headed by Ambassador Musa Bello. He was joined by experts of the Federal Ministry of Defence and the "
     "National Information Technology Development Agency.", "en", "NGA",
     {"Federal Ministry of Defence", "National Information Technology Development Agency"}, 2),
    ("3 мая 2024 года в Найроби состоялись российско-кенийские консультации по вопросам безопасности ИКТ. "
     "Кенийскую делегацию возглавил посол Муса Омонди. Его сопровождали представители Министерства обороны и "
     "Национального агентства кибербезопасности.", "ru", "KEN", {"Ministry of Defence"}, 2),
    # "The delegation comprised …" after "Further U.S. officials …"; a body named after a known
    # one's possessive is its own; a national institute of the delegation's state is a body
    ("The United States and Chile held their third cyber dialogue in Santiago on 3 May 2024. The U.S. "
     "side was headed by John Miller. Further U.S. officials came from the Department of Energy. The "
     "delegation comprised as well experts of the Commerce Department’s Economic Development Administration "
     "and the National Institute of Justice.", "en", "USA",
     {"Economic Development Administration", "National Institute of Justice"}, 4),
]


AGENCY_CASES += [
    # "the UK side", "the delegation of the Republic of Peru": a state's name marks whose side a clause lists
    ("Kenya and the United Kingdom held cyber consultations in Nairobi on 3 May 2024. The Kenyan side comprised "
     "representatives of the Ministry of Interior, while the UK side comprised representatives from the "
     "Departments of Energy and Justice.", "en", "GBR", {"Department of Energy", "Department of Justice"}, 2),
    ("The second Kenya-Peru cyber dialogue was held in Nairobi on 3 May 2024. The delegation of the Republic of "
     "Peru was represented by experts from the Ministry of Defence and the Ministry of Energy.", "en", "PER",
     {"Ministry of Defence", "Ministry of Energy"}, 2),
    # a state's possessive opens a list of its bodies; a body followed by more of the list is no unit of it
    ("The second Kenya-Peru cyber dialogue was held in Nairobi on 3 May 2024. Officials from Kenya’s Ministry "
     "of Energy, National Statistics Office, Water Resources Authority (WRA), and from Peru’s Ministry of "
     "Mining attended.", "en", "KEN", {"National Statistics Office", "Water Resources Authority"}, 3),
    # a ministry's unit named without its ministry folds into it, and is no body of its own
    ("The second Kenya-Peru cyber dialogue was held in Nairobi on 3 May 2024. The Kenyan delegation was led by "
     "Jane Wambui, Director General of Cyber Policy Bureau, and comprised officials of the Ministry of "
     "Energy.", "en", "KEN", {"Ministry of Energy"}, 1),
    # "A’s B": a unit folds into its department; a body of its own under a department takes part alone
    ("The United States and Chile held their third cyber dialogue in Santiago on 3 May 2024. The U.S. side was "
     "represented by the Department of State’s Bureau of Cyberspace and Digital Policy.", "en", "USA",
     {"Department of State"}, 1),
    ("The United States and Chile held their third cyber dialogue in Santiago on 3 May 2024. The U.S. side was "
     "represented by the Department of Homeland Security’s Cybersecurity and Infrastructure Security Agency.",
     "en", "USA", {"Cybersecurity and Infrastructure Security Agency"}, 1),
    # a known body's acronym before "and" does not open a longer name: two bodies
    ("The United States and Chile held their third cyber dialogue in Santiago on 3 May 2024. The U.S. side "
     "comprised officials of the FBI and Office of Cyber Policy.", "en", "USA",
     {"Federal Bureau of Investigation", "Office of Cyber Policy"}, 2),
    # a body listed between bodies of one state is that state's
    ("The United States and Chile held their third cyber dialogue in Santiago on 3 May 2024. Other agencies "
     "represented include the Department of Commerce, the National Institute of Meteorology, and the Federal "
     "Bureau of Investigation.", "en", "USA", {"National Institute of Meteorology"}, 3),
    # in English, a state's name right before a body owns it
    ("The fifth annual meeting of the Pacific Cyber Security Operational Network was held online on 3 May 2024. "
     "Member teams represented included CERT Vanuatu, the Solomon Islands Ministry of Communication and Aviation, "
     "the Australian Cyber Security Centre (ACSC) and CERT NZ.", "en", "SLB",
     {"Ministry of Communication and Aviation"}, 1),
    # (guard) a body the vocabulary knows for another state, in a short form, is the known body of this one again
    ("3 мая 2024 года в Москве прошли консультации советов безопасности Белоруссии и России. Их провели "
     "заместитель секретаря Совбеза России и заместитель госсекретаря Совбеза Белоруссии.", "ru", "BLR",
     {"Security Council"}, 1),
    # (guard) a name spelt otherwise than the vocabulary's, followed by the known body's acronym, is that body
    ("The second EU-UK cyber dialogue was held in London on 3 May 2024. It was co-chaired by Jane Smith, Cyber "
     "Director, Foreign Commonwealth & Development Office (FCDO).", "en", "GBR",
     {"Foreign, Commonwealth and Development Office"}, 1),
    # a body whose name says its state is that state's, whatever side the clause lists
    ("The second Kenya-France cyber dialogue was held in Nairobi on 3 May 2024. On the Kenyan side, the "
     "dialogue was chaired by Ambassador Musa Bello, and the delegation of France – by the Ambassador for "
     "Digital Affairs of the French Foreign Ministry Henri Dupont.", "en", "KEN", set(), 0),
    # a possessive owns the body a ranked post names, though another state's possessive follows in the list
    ("Ghana and Peru held consultations in Accra on 5 March 2024. The talks were led by Ghana's Deputy Minister "
     "of Communications Kofi Mensah and Peru's Deputy Minister of Defence Luis Rojas.", "en", "GHA",
     {"Ministry of Communications"}, 1),
    # «X-ую сторону представлял A, Y-ую – B»: the second side's noun left out after the comma still names its side
    ("3 мая 2024 года в Найроби прошли консультации. Кенийскую делегацию представляли сотрудники Министерства "
     "обороны, чилийскую – Министерства иностранных дел.", "ru", "CHL", {"Ministry of Foreign Affairs"}, 1),
    ("3 мая 2024 года в Лиме прошли консультации. Перуанскую сторону представляло Национальное управление "
     "цифрового правительства, а чилийскую – Министерство внутренних дел.", "ru", "PER",
     {"Национальное управление цифрового правительства"}, 1),
    ("Консультации прошли 3 мая 2024 года в Лиме. От чилийской стороны в них участвовали сотрудники Министерства "
     "обороны, от перуанской – Министерства иностранных дел.", "ru", "PER", {"Ministry of Foreign Affairs"}, 1),
    # the state after the last body of a coordinated list owns every body of it
    ("Представители Министерства иностранных дел и Министерства обороны Чили 8 октября 2024 года в Лиме провели "
     "консультации с делегацией Перу.", "ru", "CHL", {"Ministry of Foreign Affairs", "Ministry of Defence"}, 2),
    ("Сотрудники Министерства юстиции, Министерства иностранных дел и Министерства обороны Республики Сербия "
     "провели 3 мая 2024 года в Белграде консультации с делегацией Венгрии.", "ru", "SRB",
     {"Ministry of Justice", "Ministry of Foreign Affairs", "Ministry of Defence"}, 3),
    # the list's own state beats the side the sentence opened with
    ("Делегация Кении провела 3 мая 2024 года в Сантьяго консультации с представителями МИД, Минюста и "
     "Министерства обороны Чили.", "ru", "CHL", {"Ministry of Foreign Affairs", "Ministry of Justice",
                                                 "Ministry of Defence"}, 3),
    ("Officials of the Ministry of Justice and the Ministry of Defence of Peru met a Chilean delegation in Lima on "
     "3 May 2024 for consultations.", "en", "PER", {"Ministry of Justice", "Ministry of Defence"}, 2),
    # a list of bodies closed by a list of states: each state's body of every kind
    ("Представители МВД и Генпрокуратуры Кении и Чили провели 6 августа 2024 года в Найроби рабочую встречу по "
     "противодействию киберпреступности.", "ru", "CHL", {"Ministry of Internal Affairs"}, 2),
    ("Officials of the Ministry of Justice and the Ministry of Defence of Kenya and Peru met in Nairobi on "
     "6 August 2024 for consultations.", "en", "PER", {"Ministry of Justice", "Ministry of Defence"}, 2),
    # the possessive of a state whose name ends in "s" is a bare apostrophe
    ("The Netherlands' Ministry of Foreign Affairs and Kenya's Ministry of Defence held a cyber dialogue in "
     "The Hague on 3 May 2024.", "en", "NLD", {"Ministry of Foreign Affairs"}, 1),
    ("Officials of the Bahamas' Ministry of National Security met a Jamaican delegation in Nassau on 3 May 2024 "
     "for consultations.", "en", "BHS", {"Ministry of National Security"}, 1),
    # (guard) each possessive of a list of ranked posts owns its own body
    ("Talks between Norway and Chile took place in Oslo on 9 June 2024, co-chaired by Norway's Vice Minister of "
     "Justice Ola Berg and by Chile's Vice Minister of Interior Ana Soto.", "en", "NOR", {"Ministry of Justice"}, 1),
]


@pytest.mark.parametrize("text, lang, state, some, count", AGENCY_CASES)
def test_each_agency_of_a_list_belongs_to_its_state(text, lang, state, some, count):
    m = only_meeting(extract(text, lang))
    names = {a["name"] for a in m["agencies"] if a["state"] == state}
    assert some <= names
    assert len(names) == count


# Bodies a Russian page names without their state: members' bodies in general, each side's, or the publisher's
# only where the publisher's state takes part: (text, the (state, name) pairs expected exactly)
UNOWNED_BODY_CASES = [
    # a plural body inside an organ's name is no one state's
    ("14 ноября 2019 года в Минске состоялось заседание Группы экспертов ОДКБ по информационной безопасности. "
     "Эксперты подготовили проект решения Совета министров иностранных дел.", set()),
    # «двух стран»: the plural body is each side's
    ("Кения и Чили провели 3 мая 2024 года в Найроби первую в истории двух стран встречу министров обороны в "
     "формате «2+2».", {("KEN", "Ministry of Defence"), ("CHL", "Ministry of Defence")}),
    # «внешнеполитическое ведомство» is each state's foreign ministry, for a list of states after it
    ("Президент Кении провел 3 мая 2024 года в Найроби встречу с главами внешнеполитических ведомств Чили и "
     "Перу.", {("CHL", "Ministry of Foreign Affairs"), ("PER", "Ministry of Foreign Affairs")}),
    # (guard) «двух стран» said of the leaders, not of the bodies the talks will go on between
    ("Кения и Чили провели 3 мая 2024 года в Найроби переговоры. Лидеры двух стран обменялись мнениями по вопросам "
     "безопасности и договорились продолжать консультации между внешнеполитическими и оборонными ведомствами.",
     set()),
    # «Аппарат Правительства» with no state named, on a Russian page about Russia: the home government's
    ("3 мая 2024 года в Москве руководитель Аппарата Правительства провел встречу с делегацией Секретариата ООН "
     "по вопросу проведения в России форума.", {("RUS", "Аппарат Правительства")}),
    # the academy a ministry runs is where the forum meets, not a participant
    ("3 мая 2024 года на базе Дипломатической академии МИД Кении прошел форум Чили и Перу по информационной "
     "безопасности.", set()),
    # a Russian page on others' talks: «МИД» is not Russia's
    ("3 мая 2024 года в Найроби состоялись консультации Кении и Чили по кибербезопасности. В консультациях "
     "участвовали представители МИД.", set()),
]


@pytest.mark.parametrize("text, expected", UNOWNED_BODY_CASES)
def test_bodies_named_without_their_state(text, expected):
    m = only_meeting(extract(text, "ru"))
    assert {(a["state"], a["name"]) for a in m["agencies"]} == expected
    assert ("RUS" in m["states"]) == any(state == "RUS" for state, _ in expected)
