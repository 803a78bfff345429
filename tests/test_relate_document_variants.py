"""Documents of a meeting: the role follows the verb next to the title (signed, referenced, basis,
adopted); a title ends before another phrase; a treaty word inside an organisation's name, or a process's
name referred back to, is no document."""

import pytest

from tests.helpers import extract, only_meeting

ROLE_CASES = [
    ("10 июня в Минске прошли консультации по вопросам информационной безопасности. По итогам стороны подписали "
     "Соглашение о сотрудничестве в области обеспечения международной информационной безопасности.",
     "ru", "Соглашение о сотрудничестве", "signed"),
    ("10 июня в Минске прошли консультации по вопросам информационной безопасности. Проект соглашения о "
     "взаимной правовой помощи может быть подписан в следующем году.", "ru", "соглашения о взаимной правовой помощи",
     "referenced"),
    ("On 2 May, the Ad Hoc Committee held its third session in New York. The Committee was established by "
     "General Assembly resolution 74/247.", "en", "resolution 74/247", "basis"),
    ("On 2 May, the Working Group met in Geneva and adopted its Final Report on ICT security by consensus.",
     "en", "Final Report on ICT security", "adopted"),
    # a comma right after the genre word opens a participle's clause, and the text quoted is the meeting's own
    ("10 июня в Ташкенте состоялись консультации министров иностранных дел России и Узбекистана. Как отмечается в "
     "совместном заявлении, распространенном после консультаций, стороны договорились расширять обмен информацией.",
     "ru", "совместное заявление", "adopted"),
    ("10 июня в Ташкенте состоялись консультации министров иностранных дел России и Узбекистана. Об итогах "
     "говорится в коммюнике, размещенном на сайте министерства.", "ru", "коммюнике", "adopted"),
    # a plural genre a verb of signing governs names documents; a weekday ends the title
    ("5 марта в Бишкеке прошло заседание Совета министров обороны ОДКБ. Министры подписали соответствующие "
     "протоколы в пятницу по окончании заседания.", "ru", "соответствующие протоколы", "signed"),
    ("5 марта в Бишкеке прошло заседание Совета министров обороны ОДКБ. Во вторник министры утвердили планы "
     "совместных учений на 2026 год.", "ru", "планы совместных учений на 2026 год", "adopted"),
    ("On 5 March the Council of Defence Ministers met in Bishkek. The ministers signed the relevant protocols on "
     "Friday after the meeting.", "en", "relevant protocols", "signed"),
    # a signing ceremony that frames another event or is its purpose: the document is referenced
    ("10 декабря в Ханое прошел круглый стол МИД России, организованный в рамках церемонии подписания Конвенции ООН "
     "против киберпреступности.", "ru", "United Nations Convention against Cybercrime", "referenced"),
    ("24 октября в Ханое состоялась встреча генеральных прокуроров России и Вьетнама. Вьетнам был выбран площадкой "
     "для церемонии подписания Конвенции ООН против киберпреступности.", "ru",
     "United Nations Convention against Cybercrime", "referenced"),
    ("On 24 October the Vietnamese and Russian prosecutors general met in Hanoi on the sidelines of the signing "
     "ceremony of the UN Convention against Cybercrime.", "en", "United Nations Convention against Cybercrime",
     "referenced"),
    # guard: the ceremony as the event itself is the signing
    ("25 октября в Ханое состоялась церемония подписания Конвенции ООН против киберпреступности.", "ru",
     "United Nations Convention against Cybercrime", "signed"),
    # guidelines named by their subject, drawn up at the meeting
    ("On 7 October the ASEAN-Korea Cyber Policy Meeting was held in Seoul. The participants formulated guidelines "
     "on incident response in the region, and also agreed to hold exercises.", "en",
     "guidelines on incident response in the region", "adopted"),
    ("On 7 October the ASEAN-Korea Cyber Policy Meeting was held in Seoul. Delegates noted new guidelines for the "
     "protection of financial networks.", "en", "guidelines for the protection of financial networks", "referenced"),
    # a pact and a charter are genres of documents; an adjective in the dative is the title's own
    ("12 мая в Сочи прошли консультации России и стран АСЕАН по вопросам кибербезопасности. Участники подтвердили "
     "интерес к новому глобальному пакту против сетевых угроз.", "ru", "новому глобальному пакту против сетевых угроз",
     "referenced"),
    ("12 мая в Сочи прошли консультации России и стран АСЕАН по вопросам кибербезопасности. Стороны сослались на "
     "Хартию АСЕАН.", "ru", "Хартия АСЕАН", "referenced"),
    ("On 12 May Russia and ASEAN held consultations on cybersecurity in Sochi. Delegates recalled the Global "
     "Digital Compact and the Pact for the Future.", "en", "Pact for the Future", "referenced"),
    # a state's two-word name in apposition stays inside the title
    ("14 марта в Эр-Рияде состоялись российско-саудовские консультации по вопросам международной информационной "
     "безопасности. Стороны обсудили реализацию Соглашения между Правительством Российской Федерации и "
     "Правительством Королевства Саудовская Аравия о сотрудничестве в области информационной безопасности.", "ru",
     "Королевства Саудовская Аравия о сотрудничестве в области информационной безопасности", "referenced"),
    # a passive of signing with a lower-case place phrase is this meeting's act (guard: a year after it is an earlier one)
    ("On 14 March the Saudi-Russian consultations on ICT security were held in Riyadh. A Memorandum of "
     "Understanding between the national CERTs was signed on the margins of the meeting.", "en",
     "Memorandum of Understanding between the national CERTs", "signed"),
    ("On 14 March the Saudi-Russian consultations on ICT security were held in Riyadh. The talks followed the "
     "Memorandum of Understanding between the national CERTs signed in 2019.", "en",
     "Memorandum of Understanding between the national CERTs", "referenced"),
    # a concept note; the chair's statement or summary quoted as the source is the meeting's own text
    ("On 14 March the Saudi-Russian consultations on ICT security were held in Riyadh. The Saudi side tabled a "
     "concept note on capacity building.", "en", "concept note on capacity building", "presented"),
    ("The 5th Nordic Ministerial Conference on Cybersecurity was held in Oslo on 3 May 2022. In the Chairman's "
     "statement, the ministers stated their support for regional norms.", "en", "Chairman's statement", "adopted"),
    ("The 5th Nordic Ministerial Conference on Cybersecurity was held in Oslo on 3 May 2022. According to the "
     "Chair's Summary, the ministers agreed to meet again.", "en", "Chair's Summary", "adopted"),
    ("3 мая в Осло прошла пятая министерская конференция по кибербезопасности. Как говорится в заявлении "
     "председателя, министры поддержали региональные нормы.", "ru", "заявление председателя", "adopted"),
    # "MoU" is a memorandum; a work programme is a document
    ("On 14 March the third meeting of the Vietnam-Russia Working Group on ICT Security was held in Hanoi. The two "
     "sides signed an MoU on cybersecurity cooperation.", "en", "MoU on cybersecurity cooperation", "signed"),
    ("On 14 March the third meeting of the Vietnam-Russia Working Group on ICT Security was held in Hanoi. "
     "Participants endorsed the revised Terms of Reference and the 2026 work programme.", "en", "2026 work programme",
     "adopted"),
    # an acronym in brackets before the complement stays in the title; where it was signed is not the title's
    ("The 38th meeting of the GCC interior ministers was held in Manama on 28 November 2019. The ministers welcomed "
     "the signing of a memorandum of understanding (MoU) on cyber security between the ministries of Oman and Qatar "
     "on the sidelines of the meeting.", "en",
     "memorandum of understanding on cyber security between the ministries of Oman and Qatar", "signed"),
    ("On 14 March the third meeting of the Vietnam-Russia Working Group on ICT Security was held in Hanoi. The sides "
     "signed a Memorandum of Understanding (MoU) on Information Sharing in the presence of the ministers.", "en",
     "Memorandum of Understanding on Information Sharing", "signed"),
    # «скрепили подписями» signs; a delegation circulating its text presents it
    ("27 июля в Санкт-Петербурге состоялись переговоры министров иностранных дел России и Анголы. Министры скрепили "
     "своими подписями Меморандум о взаимопонимании.", "ru", "Меморандум о взаимопонимании", "signed"),
    ("20 мая в Минске состоялось заседание Совета министров иностранных дел СНГ. Российская делегация "
     "распространила концепцию конвенции ООН об обеспечении международной информационной безопасности.", "ru",
     "концепция конвенции ООН об обеспечении международной информационной безопасности", "presented"),
    ("The CIS Council of Foreign Ministers met in Minsk on 20 May. Russia circulated a concept paper on "
     "international information security.", "en", "concept paper on international information security", "presented"),
    # a lower-case framework a forum stands on is a document (guard: one signed already was)
    ("The fifth India-Brazil Cyber Dialogue was held in New Delhi on 3 May. The dialogue is a forum for implementing "
     "the framework for the India-Brazil cyber relationship, the joint statement said.", "en",
     "framework for the India-Brazil cyber relationship", "basis"),
    ("The fifth India-Brazil Cyber Dialogue was held in New Delhi on 3 May. The sides signed a framework for "
     "cooperation on cyber incident response.", "en", "framework for cooperation on cyber incident response", "signed"),
    # an English participle with another's agent after the title tells of an earlier act (guard: a Russian full one did)
    ("The fifth India-Brazil Cyber Dialogue was held in New Delhi on 3 May. Both sides reaffirmed the Final Report of "
     "the Open-ended Working Group adopted by the UN General Assembly.", "en", "Final report of the Open-ended",
     "referenced"),
    ("The fifth India-Brazil Cyber Dialogue was held in New Delhi on 3 May. The sides referred to the Framework "
     "Agreement on Cyber Cooperation signed by the two prime ministers.", "en", "Framework Agreement on Cyber "
     "Cooperation", "referenced"),
    ("3 мая в Нью-Дели прошел пятый индийско-бразильский диалог по кибербезопасности. Стороны сослались на "
     "Соглашение о сотрудничестве, подписанное премьер-министрами двух стран.", "ru", "Соглашение о сотрудничестве",
     "referenced"),
    ("The second round of Brazil-Russia consultations on international information security took place in Brasilia "
     "on 15 October. The sides discussed the National Cybersecurity Strategy adopted in 2020.", "en",
     "National Cybersecurity Strategy", "referenced"),
    # a plan coordinated with its budget is one document; a complement that only points back names nothing; a
    # committee validating a text adopts it
    ("The fourth meeting of the project steering committee was held in Abuja on 26 June 2023. The committee "
     "validated the work plan and budget for 2024 and the second progress report of the project.", "en",
     "work plan and budget for 2024", "adopted"),
    ("The fourth meeting of the project steering committee was held in Abuja on 26 June 2023. The committee "
     "validated the work plan and budget for 2024 and the second progress report of the project.", "en",
     "second progress report", "adopted"),
    # an initiative or a doctrine is a genre; the meeting's outcome document is a document
    ("3 апреля в Пекине состоялись российско-китайские консультации по вопросам информационной безопасности. "
     "Отмечено значение принятой в 2024 году Глобальной инициативы по безопасности данных.", "ru",
     "Глобальная инициатива по безопасности данных", "referenced"),
    ("3 апреля в Пекине состоялись российско-китайские консультации по вопросам информационной безопасности. Стороны "
     "обсудили новую Доктрину информационной безопасности Республики Беларусь.", "ru",
     "Доктрина информационной безопасности Республики Беларусь", "referenced"),
    ("3 апреля в Пекине состоялись российско-китайские консультации по вопросам информационной безопасности. "
     "Итоговый документ консультаций был согласован сторонами.", "ru", "Итоговый документ консультаций", "adopted"),
    # a manual, a toolbox and a letter of intent are genres; a year before the capitals is the title's; a delegation
    # sharing its text presents it; concluding an arrangement signs it
    ("The third EU-Singapore Cyber Dialogue took place in Brussels on 12 September 2024. Both sides discussed the "
     "application of the Tallinn Manual on the International Law Applicable to Cyber Operations.", "en",
     "Tallinn Manual on the International Law Applicable to Cyber Operations", "referenced"),
    ("The third EU-Singapore Cyber Dialogue took place in Brussels on 12 September 2024. The two sides signed a "
     "Letter of Intent on cooperation in cyber capacity building.", "en",
     "Letter of Intent on cooperation in cyber capacity building", "signed"),
    ("The third EU-Singapore Cyber Dialogue took place in Brussels on 12 September 2024. The EU presented its Cyber "
     "Diplomacy Toolbox and the Cyber Resilience Act.", "en", "Cyber Diplomacy Toolbox", "presented"),
    ("The third EU-Singapore Cyber Dialogue took place in Brussels on 12 September 2024. The participants took stock "
     "of the implementation of the 2023 Action Plan.", "en", "2023 Action Plan", "referenced"),
    ("The third EU-Singapore Cyber Dialogue took place in Brussels on 12 September 2024. The Singaporean delegation "
     "shared its Cybersecurity Strategy 2021.", "en", "Cybersecurity Strategy 2021", "presented"),
    ("The third EU-Singapore Cyber Dialogue took place in Brussels on 12 September 2024. The two sides concluded an "
     "Arrangement on Cyber Incident Cooperation.", "en", "Arrangement on Cyber Incident Cooperation", "signed"),
    # guard: a meeting that concluded with an adoption adopted
    ("The third EU-Singapore Cyber Dialogue took place in Brussels on 12 September 2024. The meeting concluded with "
     "the adoption of the Brussels Declaration on Cyber Resilience.", "en",
     "Brussels Declaration on Cyber Resilience", "adopted"),
    # a verb read after the title is a whole word: «… направлен на согласование» is no «согласован»
    ("15 ноября в Ереване прошло заседание Комитета секретарей советов безопасности ОДКБ. Проект соглашения о "
     "сотрудничестве в области информационной безопасности был направлен на внутригосударственное согласование.", "ru",
     "соглашение о сотрудничестве в области информационной безопасности", "referenced"),
    # a body named as one of the pair in the forum's name is not another body set up under the document
    ("16 сентября в формате видеоконференции состоялась вторая встреча в рамках Диалога Россия-ССАГПЗ по вопросам "
     "безопасности ИКТ, учрежденного в развитие совместного заявления лидеров России и стран Совета 2019 г.", "ru",
     "совместное заявление лидеров России и стран Совета", "basis"),
    ("On 16 September the second meeting of the Russia-GCC Dialogue on ICT Security, established under the Joint "
     "Statement of the Leaders of Russia and the GCC of 2019, was held online.", "en",
     "Joint Statement of the Leaders of Russia and the GCC of 2019", "basis"),
    # another predicate after a comma governs the title, not the verb before it
    ("28 мая состоялось третье заседание экспертной группы ШОС. Участники согласовали проекты документов совещания, "
     "рассмотрен проект Плана действий государств-членов ШОС в области цифровой трансформации.", "ru",
     "План действий государств-членов ШОС в области цифровой трансформации (draft)", "referenced"),
    ("On 28 May the SCO expert group held its third meeting. The experts adopted the agenda, considered the draft "
     "Action Plan on Digital Transformation and agreed to meet again.", "en",
     "Action Plan on Digital Transformation (draft)", "referenced"),
    # guard: a parenthetical phrase between commas leaves the verb governing the title
    ("28 мая состоялось третье заседание экспертной группы ШОС. Участники одобрили, с учетом замечаний, проект Плана "
     "действий в области цифровой трансформации.", "ru", "План действий в области цифровой трансформации (draft)",
     "adopted"),
    # the verb's object is another noun and the title only its complement: the act is not the title's
    ("3 апреля в Пекине состоялись российско-китайские консультации по вопросам информационной безопасности. Совет "
     "одобрил доклад о ходе выполнения Плана мероприятий по реализации Концепции.", "ru",
     "План мероприятий по реализации Концепции", "referenced"),
    # (guard: the English act on its implementation already was)
    ("The third EU-Singapore Cyber Dialogue took place in Brussels on 12 September 2024. The ministers approved the "
     "report on the implementation of the Action Plan for 2024.", "en", "Action Plan for 2024", "referenced"),
    # guard: a phrase of when between the verb and the title, and the act noun's own "of", leave the act the title's
    ("3 апреля в Пекине состоялись российско-китайские консультации по вопросам информационной безопасности. Стороны "
     "подписали по итогам консультаций Меморандум о сотрудничестве в области кибербезопасности.", "ru",
     "Меморандум о сотрудничестве в области кибербезопасности", "signed"),
    ("The third EU-Singapore Cyber Dialogue took place in Brussels on 12 September 2024. The ministers welcomed the "
     "signing of the Memorandum on Cyber Cooperation.", "en", "Memorandum on Cyber Cooperation", "signed"),
    # a forum launched by a document stands on it
    ("The second round of Brazil-Russia consultations on international information security took place in Brasilia "
     "on 15 October. The mechanism was launched by a Memorandum of Understanding between the two foreign "
     "ministries.", "en", "Memorandum of Understanding between the two foreign ministries", "basis"),
    # guard: the act placed at this meeting, or told with an auxiliary, is this meeting's
    ("The fifth India-Brazil Cyber Dialogue was held in New Delhi on 3 May. The Memorandum on Cyber Cooperation, "
     "signed by the heads of delegation at the meeting, provides for exchanges.", "en", "Memorandum on Cyber "
     "Cooperation", "signed"),
    ("The fifth India-Brazil Cyber Dialogue was held in New Delhi on 3 May. A Memorandum on Cyber Cooperation was "
     "signed by the heads of delegation.", "en", "Memorandum on Cyber Cooperation", "signed"),
    # a side handing its text to another presents it
    ("22 ноября в Ханое прошли межведомственные консультации Вьетнама и Лаоса. Вьетнамская сторона передала "
     "лаосским коллегам проект меморандума о сотрудничестве в сфере кибербезопасности.", "ru",
     "меморандума о сотрудничестве", "presented"),
    ("On 22 November Chile and Peru held cyber talks in Lima. The Chilean delegation handed over a draft Code of "
     "Conduct on Cyber Norms to the Peruvian side.", "en", "Code of Conduct on Cyber Norms", "presented"),
    # a finite English passive with where or when is the act told (guard: with a year, an earlier one)
    ("On 22 November Chile and Peru held cyber talks in Lima. A Memorandum of Understanding on Incident Response was "
     "signed in Lima by the two vice-ministers.", "en", "Memorandum of Understanding on Incident Response", "signed"),
    ("Ghana and Togo met in Accra on 22 November. The Agreement on Data Exchange was signed on 22 November by the "
     "heads of the national CERTs.", "en", "Agreement on Data Exchange", "signed"),
    ("Ghana and Togo met in Accra on 22 November. They reviewed the Memorandum on Cyber Cooperation, which was "
     "signed in 2019.", "en", "Memorandum on Cyber Cooperation", "referenced"),
    # informing the others of a text presents it, as "briefed on" does
    ("22 ноября в Ханое прошли межведомственные консультации Вьетнама и Лаоса. Лаосская сторона проинформировала "
     "о Национальной стратегии цифровой безопасности на 2026–2030 годы.", "ru",
     "Национальной стратегии цифровой безопасности", "presented"),
    ("On 22 November Chile and Peru held cyber talks in Lima. Peru informed the participants about its National "
     "Cybersecurity Strategy 2024-2030.", "en", "National Cybersecurity Strategy", "presented"),
    # a participle phrase of the act at this meeting that opens the clause before its title (guard: inside another
    # noun's complement it is background)
    ("Подписанный сторонами Меморандум о взаимопонимании в сфере защиты данных предусматривает обмен сведениями об "
     "угрозах. Переговоры прошли 3 мая в Душанбе.", "ru", "Меморандум о взаимопонимании", "signed"),
    ("14 мая в Душанбе прошли консультации Таджикистана и Ирана. Принятая по итогам консультаций Декларация о "
     "сотрудничестве в сфере ИКТ направлена правительствам обеих стран.", "ru", "Декларация о сотрудничестве", "adopted"),
    ("14 мая в Душанбе прошли консультации Таджикистана и Ирана. Как отметили стороны, одобренный в ходе встречи "
     "План совместных действий охватывает 2026 год.", "ru", "План совместных действий", "adopted"),
    ("14 мая в Душанбе прошли консультации Таджикистана и Ирана. Стороны подтвердили верность духу подписанного в "
     "ходе переговоров Меморандума о сотрудничестве.", "ru", "Меморандума о сотрудничестве", "referenced"),
    # taking note of a text adopts nothing (guard: the English "took note of")
    ("5 июня в Найроби прошел диалог по кибербезопасности. Участники приняли к сведению Доклад Председателя о "
     "работе между сессиями.", "ru", "Доклад Председателя", "referenced"),
    ("5 июня в Найроби прошел диалог по кибербезопасности. Заявление Секретариата о бюджете было принято к сведению.",
     "ru", "Заявление Секретариата", "referenced"),
    ("On 5 June the cyber dialogue was held in Nairobi. The meeting took note of the Chair's Report on the "
     "intersessional work.", "en", "Chair's Report", "referenced"),
    # recommendations with their subject are a genre of documents
    ("5 июня в Найроби прошел диалог по кибербезопасности. Участники одобрили Рекомендации по защите критической "
     "инфраструктуры.", "ru", "Рекомендации по защите критической инфраструктуры", "adopted"),
    ("Эксперты стран СНГ, собравшиеся 9 октября в Баку, обсудили Рекомендации о порядке обмена сведениями об "
     "инцидентах.", "ru", "Рекомендации о порядке обмена сведениями", "referenced"),
    # a law with its subject is a document; acquainting the others with a text presents it
    ("9 октября в Баку прошло заседание Рабочей группы экспертов. Узбекистан ознакомил участников с проектом Закона "
     "о кибербезопасности.", "ru", "Закона о кибербезопасности", "presented"),
    ("On 9 October the expert group met in Baku. Uzbekistan shared its draft Law on Cybersecurity with the "
     "participants.", "en", "Law on Cybersecurity", "presented"),
    ("Эксперты двух стран, встретившиеся 9 октября в Тбилиси, обсудили применение Закона об электронных "
     "коммуникациях.", "ru", "Закона об электронных коммуникациях", "referenced"),
    # the signatures or the signed copies as the verb's object sign the title; a presentation on a text presents it
    ("On 4 April Chile and Uruguay held their cyber dialogue in Montevideo. The two sides exchanged signed copies of "
     "the Memorandum of Understanding on Cyber Defence.", "en", "Memorandum of Understanding on Cyber Defence",
     "signed"),
    ("4 апреля в Монтевидео прошел диалог Чили и Уругвая. Стороны обменялись подписанными экземплярами Меморандума о "
     "взаимопонимании в сфере киберобороны.", "ru", "Меморандума о взаимопонимании", "signed"),
    ("On 4 April Chile and Uruguay held their cyber dialogue in Montevideo. The ministers put their signatures to a "
     "Joint Declaration on Digital Cooperation.", "en", "Joint Declaration on Digital Cooperation", "signed"),
    ("4 апреля в Монтевидео прошел диалог Чили и Уругвая. Министры поставили подписи под Совместной декларацией о "
     "цифровом сотрудничестве.", "ru", "Совместной декларацией", "signed"),
    ("On 4 April Chile and Uruguay held their cyber dialogue in Montevideo. The Uruguayan side gave a presentation on "
     "its National Cyber Defence Strategy.", "en", "National Cyber Defence Strategy", "presented"),
]


@pytest.mark.parametrize("text, lang, title_part, role", ROLE_CASES)
def test_document_roles_follow_the_verb_next_to_the_title(text, lang, title_part, role):
    m = only_meeting(extract(text, lang))
    docs = [d for d in m["documents"] if any(title_part in a for a in [d["title"], *d["aliases"]])]
    assert docs, m["documents"]
    assert docs[0]["role"] == role


# All the documents of the meeting, by title.
TITLES_CASES = [
    # the first words of a process's name referring back to it are no document
    ("12 марта в Женеве прошли консультации России и Бразилии по вопросам международной информационной "
     "безопасности. Стороны обсудили Программу действий в сфере ИКТ. Участники отметили, что инициатива "
     "Программы действий пользуется широкой поддержкой.", "ru", []),
    # guard: a relative clause after a preposition ends a title (the second mention is the draft named before)
    ("2 сентября в Москве прошло заседание Совета министров внутренних дел государств – участников СНГ. Совет "
     "одобрил проект программы по совместной борьбе с киберпреступностью. Проект программы, в рамках которой "
     "предусмотрен обмен данными, внесен на рассмотрение Совета глав государств.", "ru",
     ["программа по совместной борьбе с киберпреступностью (draft)"]),
    # a document still to be made, named with the indefinite article, is a task, not a document
    ("The Regional Workshop on the Development of a National Cyber Security Strategy was held in Lima from 3 to 5 "
     "May 2010.", "en", []),
    ("On 3 May the Regional Cyber Forum met in Lima. Experts discussed the drafting of a Code of Conduct for Cyber "
     "Operations.", "en", []),
    # guard: a framework of norms or of working is no document
    ("The fifth India-Brazil Cyber Dialogue was held in New Delhi on 3 May. Both sides reaffirmed the framework for "
     "responsible State behaviour in cyberspace endorsed by all UN Member States.", "en", []),
    # guard: the document itself, with the definite article
    ("On 3 May the Regional Cyber Forum met in Lima. Experts discussed the implementation of the National Cyber "
     "Security Strategy.", "en", ["National Cyber Security Strategy"]),
    # a treaty word inside an organisation's name is no document; a title ends before another phrase
    ("25 мая в Москве Секретарь Совета Безопасности Российской Федерации Николай Патрушев провел встречу "
     "с Генеральным секретарем Организации Договора о коллективной безопасности Станиславом Засем. "
     "Стороны обсудили реализацию Стратегии коллективной безопасности ОДКБ на период до 2025 года и "
     "подготовку к заседанию Совета коллективной безопасности ОДКБ, которое состоится в ноябре в Ереване.", "ru",
     ["Стратегия коллективной безопасности ОДКБ на период до 2025 года"]),
]


@pytest.mark.parametrize("text, lang, titles", TITLES_CASES)
def test_the_documents_of_the_meeting(text, lang, titles):
    m = only_meeting(extract(text, lang))
    assert [d["title"] for d in m["documents"]] == titles, m["documents"]


# A document named by its body's name is among the meeting's documents.
TITLE_AMONG_CASES = [
    ("On 3 October, the ARF Inter-Sessional Meeting on Security of and in the Use of ICTs met in Manila. "
     "Delegates recalled the 2015 report of the United Nations Group of Governmental Experts.", "en",
     "Report of the UN Group of Governmental Experts 2015"),
]


@pytest.mark.parametrize("text, lang, title", TITLE_AMONG_CASES)
def test_a_report_named_by_its_body_is_a_document(text, lang, title):
    m = only_meeting(extract(text, lang))
    assert title in {d["title"] for d in m["documents"]}
