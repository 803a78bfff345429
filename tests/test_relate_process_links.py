"""Processes a meeting links to: a name's first words referring back to a process named before, and not a
body named only inside a document's title, nor the meeting's own forum through its last word.

A `Containing` name is one checked by a part of it."""

from pathlib import Path

import pytest

from kg.extract import facts_json
from kg.ingest import default_resources, process
from kg.read.paths import read_file
from tests.helpers import extract, only_meeting


class Containing:
    """Equal to any string that contains `part`."""

    def __init__(self, part):
        self.part = part

    def __eq__(self, other):
        return isinstance(other, str) and self.part in other

    def __repr__(self):
        return f"Containing({self.part!r})"


# The meeting links to the process, or has it as its forum.
LINKED_CASES = [
    # the first words of a process name named before refer back to it
    ("12 марта в Женеве прошли консультации России и Бразилии по вопросам международной информационной "
     "безопасности. Стороны обсудили Программу действий в сфере ИКТ. Участники отметили, что инициатива "
     "Программы действий пользуется широкой поддержкой.", "ru", Containing("Programme of Action")),
    # a CIS body with the Commonwealth by its short name
    ("3 мая 2024 года в Минске прошло заседание Совета министров внутренних дел СНГ. Министры направили проект "
     "программы на рассмотрение Совета глав государств Содружества.", "ru", "CIS Council of Heads of State"),
    # a joint operation by its quoted name, without what follows it
    ("3 мая 2024 года в Минске состоялось совещание Рабочей группы ОДКБ по информационной безопасности. "
     "Обсуждена подготовка к операции «Паутина» в текущем году.", "ru", "операция «Паутина»"),
    # the same, in other quotes
    ("3 мая 2024 года в Минске состоялось совещание Рабочей группы ОДКБ по информационной безопасности. "
     "Обсуждена подготовка к операции “Паутина” в текущем году.", "ru", "операция «Паутина»"),
    ("3 мая 2024 года в Минске состоялось совещание Рабочей группы ОДКБ по информационной безопасности. "
     "Обсуждена подготовка к операции \"Паутина\" в текущем году.", "ru", "операция «Паутина»"),
    # the body a group works under, named inside the group's own name
    ("3 мая 2024 года в Минске состоялось заседание временной Рабочей группы при Комитете секретарей советов "
     "безопасности ОДКБ.", "ru", Containing("Committee of Secretaries")),
]


LINKED_CASES += [
    # the council whose draft decision the meeting prepares, after the act it is to take
    ("3 мая 2024 года в Москве состоялось заседание Постоянного совета ОДКБ. Совет одобрил проект решения Совета "
     "министров обороны ОДКБ о совместной системе связи.", "ru", "CSTO Council of Defence Ministers"),
    ("3 мая 2024 года в Минске состоялось заседание экспертной группы СНГ. Эксперты согласовали проект заявления, "
     "а также проекты решений Совета министров иностранных дел и Совета глав государств СНГ.", "ru",
     "CIS Council of Heads of State"),
    # an organ of an international organisation the vocabularies lack, the organisation named in it
    ("On 3 May 2024 the ECOWAS Cyber Experts Group met in Abuja. The experts prepared a report for the ECOWAS "
     "Council of Ministers.", "en", "ECOWAS Council of Ministers"),
    ("On 3 May 2024 the ECOWAS Cyber Experts Group met in Abuja. The experts prepared a report for the ECOWAS "
     "Council of Ministers of Justice and the ECOWAS Mediation and Security Council.", "en",
     "ECOWAS Mediation and Security Council"),
    # a session called upcoming is a process the meeting works towards, not a meeting of the text
    ("On 3 May 2024 the 5th Kenya-Japan Cyber Policy Consultation was held in Nairobi. The two sides agreed to "
     "work together at the upcoming 12th session of the Ad Hoc Committee on Cybercrime, scheduled for June 3–7.",
     "en", Containing("Ad Hoc Committee")),
    # a body two parties name, other than the meeting's own
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi. It built on the Kenya-Japan Foreign "
     "Ministers’ Meeting in March and the Kenya-Japan Joint Trade Committee.", "en",
     "Kenya-Japan Joint Trade Committee"),
    # the parties' dialogue on another subject than the meeting's forum
    ("On 3 May 2024 the Kenya-Japan Ministerial Meeting on Maritime Security took place in Mombasa. The ministers "
     "welcomed the Kenya-Japan Cybercrime Dialogue launched last year.", "en", "Kenya-Japan Cybercrime Dialogue"),
    # a title-case modifier opens another process's name
    ("On 3 May 2024 the Kenya-Chile Working Group on Cyber Issues met in Nairobi. The group reported to the "
     "High-Level Security Dialogue of the two countries.", "en", "High-Level Security Dialogue"),
    # whose chair the text names, or a party listed before it: the organ is the name
    ("On 3 May 2024 the ECOWAS Cyber Experts Group met in Abuja, with Ghana as Chair of the ECOWAS Digital "
     "Senior Officials Meeting.", "en", "ECOWAS Digital Senior Officials Meeting"),
    # the organ a follow-up refers the matter to
    ("On 3 May 2024 the ECOWAS Cyber Experts Group met in Abuja. The experts asked the ECOWAS Council of "
     "Ministers to take a decision at its next meeting on 20 June 2024 in Accra.", "en",
     "ECOWAS Council of Ministers"),
    # whose members the text names, the organ is the name
    ("On 3 May 2024 the SADC Cyber Experts Group met in Gaborone. The experts welcomed the 12 Member States of "
     "the SADC Council.", "en", "SADC Council"),
    ("On 3 May 2024 the Pacific Cyber Working Group met in Suva. Its proposals go to the PIF Senior Officials "
     "Committee in July.", "en", Containing("PIF Senior Officials Committee")),
    # a summit named by its parties, in title case, the meeting after it
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met online. The sides recalled the commitments of the "
     "Kenya-Japan Summit Meeting in March.", "en", "Kenya-Japan Summit Meeting"),
    # a body of a known process, named by it: its plenary, committee or meeting
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi. The sides looked ahead to the OEWG Norms "
     "Drafting Plenary in July.", "en", Containing("Norms Drafting Plenary")),
    ("On 3 May 2024 the ARF Inter-Sessional Meeting on ICTs met in Manila. Its work goes to the OEWG Capacity "
     "Review Committee.", "en", Containing("Capacity Review Committee")),
    # a named agenda of an organisation, its framework for a field
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi. The sides backed the UNESCO Global Media "
     "Literacy Agenda.", "en", "UNESCO Global Media Literacy Agenda"),
    # a commission named for its topic is a functional organ of its organisation
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi. The sides followed the recommendations of the "
     "UN Commission on Digital Trade and Development.", "en", "UN Commission on Digital Trade and Development"),
    ("On 3 May 2024 the Pacific Cyber Working Group met in Suva. It reported to the PIF Commission for Digital "
     "Affairs.", "en", "PIF Commission for Digital Affairs"),
    # an office, project or task force named by the organisation it belongs to
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi. The sides discussed cooperation with the UN "
     "Counter-Narcotics Office.", "en", "UN Counter-Narcotics Office"),
    ("On 3 May 2024 the ECOWAS Cyber Experts Group met in Abuja. The experts reviewed the results of the EU Cyber "
     "Resilience Project in the region.", "en", "EU Cyber Resilience Project"),
    # a body named in lower case after the organisation or the pair that owns it, on another topic
    ("On 3 May 2024 the Kenya-Japan Ministerial Meeting on Maritime Security took place in Mombasa. The ministers "
     "agreed that a Kenya-Japan dialogue on terrorism and cybercrime will meet next spring.", "en",
     "Kenya-Japan dialogue on terrorism and cybercrime"),
    ("On 3 May 2024 the SADC Cyber Experts Group met in Gaborone. Ministers discussed setting up a SADC centre for "
     "incident response and forensics in Windhoek.", "en", "SADC centre for incident response and forensics"),
    # the CSTO's standing organs, by their full names and by their short ones where the CSTO is named
    ("3 мая 2024 года в Ереване состоялось заседание Комитета секретарей советов безопасности ОДКБ. Проект "
     "плана решено вынести на заседание Военного комитета ОДКБ в июне.", "ru", "CSTO Military Committee"),
    ("On 3 May 2024 the CSTO Committee of Secretaries of Security Councils met in Yerevan. The draft plan goes to "
     "the Permanent Council of the Collective Security Treaty Organization in June.", "en", "CSTO Permanent Council"),
    ("3 мая 2024 года в Москве прошло заседание Совета министров обороны ОДКБ. Министры поручили Военному "
     "комитету подготовить доклад.", "ru", "CSTO Military Committee"),
    # the body a report goes to, named inside the report's title: in the dative, or after "to"
    ("3 мая 2024 года в Пекине состоялось заседание Совета министров иностранных дел ШОС. Одобрен проект Доклада "
     "Генерального секретаря ШОС Совету глав государств-членов ШОС о деятельности организации за 2023 год.", "ru",
     "Council of Heads of State of SCO Member States"),
    # the same where the title ends before the addressee (guard)
    ("В Бишкеке 3 мая 2024 года прошло заседание Совета министров иностранных дел СНГ. Одобрен Отчет Совета "
     "министров иностранных дел Совету глав правительств СНГ о работе за 2023 год.", "ru",
     "CIS Council of Heads of Government"),
    ("On 3 May 2024 the CIS Council of Ministers of Foreign Affairs met in Minsk. The ministers approved the "
     "Report of the Council of Ministers of Foreign Affairs to the CIS Council of Heads of State on cooperation "
     "in 2023.", "en", "CIS Council of Heads of State"),
    # an organ of the same organisation named on the forum's words, but for another topic
    ("On 3 May 2024 the SADC ICT Ministerial Committee met in Gaborone. The ministers thanked the SADC "
     "Ministerial Committee for Health for its support.", "en", "SADC Ministerial Committee for Health"),
    ("On 3 May 2024 the ECOWAS Ministerial Committee on Cybersecurity met in Abuja. It welcomed the work of the "
     "ECOWAS Ministerial Committee on Transport.", "en", "ECOWAS Ministerial Committee on Transport"),
]


LINKED_CASES += [
    # a conjunction and a preposition open a second phrase: the name ends before it
    ("6 мая 2025 года в Ереване прошли консультации Армении и Индии по вопросам кибербезопасности. Стороны обсудили "
     "подготовку к Международному форуму по кибербезопасности и к встрече министров связи.", "ru",
     "Международный форум по кибербезопасности"),
    ("Пятого июня в Ташкенте состоялись консультации Узбекистана и Китая по информационной безопасности. Делегации "
     "договорились о совместном участии в Международном конгрессе по информационной безопасности и в выставке "
     "связи.", "ru", "Международный конгресс по информационной безопасности"),
    # an event under another head noun on the meeting's own topic is not the meeting's forum named again
    ("10 марта 2025 года в Каире прошли консультации заместителей министров иностранных дел Египта и Индии по "
     "международной информационной безопасности. Стороны обменялись мнениями о Всемирном конгрессе по "
     "информационной безопасности.", "ru", "Всемирный конгресс по информационной безопасности"),
]


LINKED_CASES += [
    # two names listed: the head noun belongs to the last, the names before it are no part of it
    ("On 4 June 2025 Chile and Japan held cyber consultations in Santiago. The sides exchanged views on the Santiago "
     "Digital Charter and the Andean Digital Cooperation Working Group.", "en",
     "Andean Digital Cooperation Working Group"),
    ("Officials of Norway and Canada met in Ottawa on 12 March 2025 for their annual cyber dialogue. They also "
     "discussed the Baltic Data Charter and the Nordic Cyber Policy Forum.", "en", "Nordic Cyber Policy Forum"),
    # guard: "and" without an article joins words of one name
    ("Officials of Norway and Canada met in Ottawa on 12 March 2025 for their annual cyber dialogue. They discussed "
     "the UN Commission on Science and Technology for Development.", "en",
     "UN Commission on Science and Technology for Development"),
]


@pytest.mark.parametrize("text, lang, name", LINKED_CASES)
def test_a_process_named_is_linked(text, lang, name):
    m = only_meeting(extract(text, lang))
    assert any(p["name"] == name for p in m["processes"] + ([m["forum"]] if m["forum"] else []))


NOT_LINKED_CASES = [
    # a body named only inside a document title
    ("On 3 October, the ARF Inter-Sessional Meeting on Security of and in the Use of ICTs met in Manila. "
     "Delegates recalled the 2015 report of the United Nations Group of Governmental Experts.", "en",
     "United Nations"),
    # one state's centre is its body, not a process
    ("On 3 May 2024 Kenya and Chile held consultations on cyber security in Nairobi. The Kenyan side presented "
     "the work of the National Cyber Incident Coordination Centre.", "en",
     Containing("Coordination Centre")),
    # the words of a quoted theme or motto are no body
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi under the theme \"Building a Resilient Digital "
     "Partnership for Africa\".", "en", Containing("Partnership")),
    # the same in Russian (guard)
    ("3 мая 2024 года в Найроби прошли консультации Кении и Чили под девизом «Цифровой диалог Юга» по вопросам "
     "кибербезопасности.", "ru", Containing("Юга")),
    # a post opening a forum's name names the body the person serves, not a process
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi. Jane Doe, special envoy to the President of the "
     "Nordic Digital Forum, gave a talk.", "en", Containing("Nordic Digital Forum")),
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi. A message from the Secretary of the Pacific "
     "Internet Initiative was read.", "en", Containing("Pacific Internet Initiative")),
    # a centre of a state's government or president is that state's body
    ("3 мая 2024 года в Москве прошли консультации России и Кении по вопросам кибербезопасности. Делегация "
     "посетила Ситуационный центр Президента.", "ru", Containing("центр")),
    # the same in English (guard)
    ("On 3 May 2024 Kenya and Chile held consultations on cyber security in Nairobi. The delegation visited the "
     "Presidential Cyber Operations Centre.", "en", Containing("Operations Centre")),
    # the meeting's own parties' dialogue, named with "between", is their relationship
    ("On 3 May 2024 Kenya and Chile held consultations on cyber security in Nairobi. They praised the Cyber "
     "Dialogue between Kenya and Chile.", "en", Containing("Cyber Dialogue")),
    # the last word of an English name after a preposition is not its short form: the forum itself is no process
    ("The ASEAN Ministerial Conference on Cybersecurity met in Singapore on 19 September 2018. Ministers "
     "discussed Cybersecurity capacity building with Japan.", "en", Containing("Ministerial Conference")),
    # an organisation that names a place, a document's author or a web address
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi. They discussed cyber resilience in the ASEAN "
     "region.", "en", "ASEAN"),
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi. The INTERPOL report shows rising losses.", "en",
     "INTERPOL"),
    ("3 мая 2024 года в Гаване прошли российско-кубинские консультации по вопросам кибербезопасности. Стороны "
     "обсудили угрозы в регионе ШОС.", "ru", "Shanghai Cooperation Organisation"),
    ("On 3 May 2024 the Cybercrime Committee met in Strasbourg. Documents: www.coe.int/cybercrime", "en",
     "Council of Europe"),
    # a known process named with its topic is that process, no second one
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi. They discussed the UN Open-ended Working Group "
     "on Information and Communication Technologies.", "en", Containing("Information and Communication")),
    # a centre the meeting was held in is its venue
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi, on the 2nd floor of the Kenyatta International "
     "Convention Centre.", "en", Containing("Convention Centre")),
    # the meeting's own forum, named again with its parties (guard)
    ("Officials of Kenya and Japan held the fourth annual Cyber Bilateral Meeting in Nairobi on 3 May 2024. The "
     "Kenya-Japan Cyber Bilateral Meeting continued its approach.", "en", Containing("Bilateral Meeting")),
    # the organisation's own name holds the head noun: its office is its body (guard)
    ("On 3 May 2024 the Cybercrime Committee met in Strasbourg. The Council of Europe's Cybercrime Programme "
     "Office organised a side event.", "en", Containing("Programme Office")),
    # a report of the body, named in the genitive, is its own; the body is no addressee (guard)
    ("3 мая 2024 года в Душанбе состоялось заседание Совета министров обороны ОДКБ. Министры одобрили проект "
     "Доклада Совета коллективной безопасности ОДКБ о военном сотрудничестве.", "ru",
     "CSTO Collective Security Council"),
    # the meeting's own forum in other words, no other topic (guard)
    ("On 3 May 2024 the SADC ICT Ministerial Committee met in Gaborone. The SADC Ministerial Committee on ICT "
     "adopted its work plan.", "en", Containing("Ministerial Committee")),
    # the parties' dialogue in lower case on the meeting's own topic is the meeting's forum again (guard)
    ("On 3 May 2024 Kenya and Japan held their cyber dialogue in Nairobi. They agreed that the Kenya-Japan "
     "dialogue on cyber security will meet again next year.", "en", Containing("dialogue on")),
    # an organisation's executive commission acts as the organisation, it is no process (guard)
    ("On 3 May 2024 the West African Cyber Steering Committee met in Abuja. The ECOWAS Commission presented its "
     "report.", "en", "ECOWAS Commission"),
]


NOT_LINKED_CASES += [
    # a centre housed in a university or institute is a research unit of its host, no process
    ("On 4 June 2025 Chile and Japan held cyber consultations in Santiago. They discussed a study by the Global "
     "Digital Resilience Centre at the University of Leiden.", "en", "Global Digital Resilience Centre"),
    ("Officials of Norway and Canada met in Ottawa on 12 March 2025 for their annual cyber dialogue, where experts of "
     "the Arctic Cyber Norms Center of the Tromso Polar Institute presented their findings.", "en",
     Containing("Arctic Cyber Norms Center")),
]


@pytest.mark.parametrize("text, lang, name", NOT_LINKED_CASES)
def test_what_is_not_a_linked_process(text, lang, name):
    m = only_meeting(extract(text, lang))
    assert [p for p in m["processes"] if p["name"] == name] == []


# An organisation's role in a meeting: "organization" (takes part), "process" (linked), or None (merely named,
# or part of another thing's name).
ORGANISATION_ROLE_CASES = [
    # a bracketed acronym between the organisation and the process whose name it opens
    ("On 3 May 2024 Kenya and Chile held consultations on cyber security in Nairobi. They discussed the United "
     "Nations (UN) Open-Ended Working Group.", "en", "United Nations", None),
    # members of an organisation named as an attribute, in a sentence that is not about the meeting
    ("On 3 May 2024 Kenya and Chile held consultations on cyber security in Nairobi. They reaffirmed the norms "
     "endorsed by all UN Member States.", "en", "United Nations", None),
    ("3 мая 2024 года в Найроби прошли консультации Кении и Чили по вопросам кибербезопасности. Стороны "
     "подтвердили приверженность нормам, одобренным всеми государствами – членами ООН.", "ru", "United Nations", None),
    # the organisation opens the name of a mission, not linked on its own
    ("On 3 May 2024 Kenya and Chile held consultations on cyber security in Nairobi. They will act in coordination "
     "with the European Union Advisory Mission to Somalia.", "en", "European Union", None),
    # the speech verb after a closing quote is the quoted speaker's, not the organisation's
    ("3 мая 2024 года в Найроби прошли консультации Кении и Чили по вопросам кибербезопасности. «Эту идею можно "
     "обсудить на площадке ШОС», — заявил министр.", "ru", "Shanghai Cooperation Organisation", "process"),
    # "United Nations" is no common noun for states: the OSCE after it is listed with organisations, not parties
    ("On 3 May 2024 Kenya and Chile held consultations on cyber security in Nairobi. Focus was placed on cyber "
     "matters in international organisations: the United Nations, the OSCE and NATO.", "en",
     "Organization for Security and Co-operation in Europe", "process"),
    # the organisation's members named in another case than the genitive: said of the members, no process
    ("3 мая 2024 года в Найроби прошли консультации Кении и Чили по вопросам кибербезопасности. Стороны "
     "рассказали о росте угроз в странах ШОС.", "ru", "Shanghai Cooperation Organisation", None),
    # the same with «государствам-членам» (guard)
    ("3 мая 2024 года в Найроби прошли консультации Кении и Чили по вопросам кибербезопасности. Новый центр "
     "позволит государствам-членам АСЕАН обмениваться данными.", "ru", "ASEAN", None),
    # a plan named by its year is no agenda body (guard)
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi. The sides backed the AU Agenda 2063.", "en",
     "AU Agenda", None),
    # the organisation opening the name of an office or project of its own is not linked alone
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi. The sides discussed cooperation with the UN "
     "Counter-Narcotics Office.", "en", "United Nations", None),
    ("On 3 May 2024 the Kenya-Japan Cyber Dialogue met in Nairobi. The sides welcomed the AU Digital Skills "
     "Fund.", "en", "African Union", None),
    # the organisation inside the name of a body of its own, between its head and its topic: not linked alone
    ("3 мая 2024 года в Найроби прошли консультации Кении и Чили по вопросам кибербезопасности. Министр предложил "
     "учредить Форум АСЕАН по цифровой безопасности.", "ru", "ASEAN", None),
    ("3 мая 2024 года в Найроби прошли консультации Кении и Чили по вопросам кибербезопасности. Эксперты обсудили "
     "работу Центра ОДКБ по реагированию на компьютерные инциденты.", "ru",
     "Collective Security Treaty Organization", None),
    # the same organisation named on its own stays a process the meeting links to (guard)
    ("3 мая 2024 года в Найроби прошли консультации Кении и Чили по вопросам кибербезопасности. Стороны обсудили "
     "сотрудничество с ОДКБ по вопросам кибербезопасности.", "ru", "Collective Security Treaty Organization",
     "process"),
    # the venue line names the organisation's premises: it hosts
    ("Regional Cyber Norms Workshop\n\n12-14 March 2024, African Union, Addis Ababa\n\nThe Regional Cyber Norms "
     "Workshop was held in Addis Ababa on 12-14 March 2024.", "en", "African Union", "organization"),
    ("Семинар по мерам доверия\n\n12–14 марта 2024 года, ОБСЕ, Вена\n\n12–14 марта 2024 года в Вене прошел "
     "семинар по мерам доверия в сфере ИКТ.", "ru", "Organization for Security and Co-operation in Europe",
     "organization"),
    # an organisation in a post, with its acronym in brackets before the person's name
    ("On 3 May 2024 in Nairobi the Kenyan Interior Minister met the Executive Director of the United Nations "
     "Office on Drugs and Crime (UNODC), Jane Doyle.", "en", "UN Office on Drugs and Crime", "organization"),
]


@pytest.mark.parametrize("text, lang, name, role", ORGANISATION_ROLE_CASES)
def test_an_organisations_role(text, lang, name, role):
    m = only_meeting(extract(text, lang))

    def named(items):
        return any(name == x["name"] or name in x.get("aliases", []) for x in items)

    assert (named(m["organizations"]), named(m["processes"])) == (role == "organization", role == "process")


# Names the meeting links to that are not processes: the parties' own partnership.
PARTNERSHIP_CASES = [
    ("On 3 May 2024 Kenya and Chile held consultations on cyber security in Nairobi. The talks took place in the "
     "context of the Kenya-Chile Strategic Partnership.", "en"),
    ("On 3 May 2024 Kenya and Chile held consultations on cyber security in Nairobi. The sides praised the "
     "Strategic Partnership between Kenya and Chile.", "en"),
]


@pytest.mark.parametrize("text, lang", PARTNERSHIP_CASES)
def test_the_parties_own_partnership_is_no_process(text, lang):
    m = only_meeting(extract(text, lang))
    assert not [p for p in m["processes"] if "Partnership" in p["name"]]


def test_a_summit_of_two_states_named_in_lower_case_is_a_process():
    m = only_meeting(extract("On 3 May 2024 Kenya and Chile held consultations on cyber security in Nairobi. They "
                             "discussed how to follow up on the agreement reached at the Kenya-Chile summit in March.",
                             "en"))
    assert "Kenya-Chile summit" in {p["name"] for p in m["processes"]}


def test_a_partnership_named_by_its_topic_stays_a_process():
    m = only_meeting(extract("On 3 May 2024 Kenya and Chile held consultations on cyber security in Nairobi. They "
                             "agreed to work with academia through the Kenya-Chile Cyber and Digital Technology "
                             "Partnership.", "en"))
    assert [p for p in m["processes"] if "Partnership" in p["name"]]


def test_no_meeting_lists_its_own_forum_among_the_processes_it_links_to():
    # an invariant over every bundled announcement
    texts = sorted((Path(__file__).resolve().parents[1] / "examples" / "announcements").glob("*.txt"))
    for path in texts:
        for ann in read_file(path):
            facts = facts_json(process(ann, default_resources()), default_resources())
            for m in facts["meetings"]:
                if m["forum"]:
                    assert m["forum"]["name"] not in {p["name"] for p in m["processes"]}, path.name
