"""Build ontology/vocab/states.ttl, the reference vocabulary of states, from the table below.

The table is the source: edit a row, run this script, commit both files. The .ttl stays committed so
that nothing at run time depends on this script.

    .venv/bin/python ontology/tools/states_build.py           # rewrite the .ttl
    .venv/bin/python ontology/tools/states_build.py --check   # exit 1 if the .ttl is out of date

Row format (fields separated by "|", list items by ";", "-" for none):

    ISO3 ISO2 [Qid] | en prefLabel | en officialName | en altLabels | en adjectives
                    | ru prefLabel | ru officialName | ru altLabels | ru adjectives

Official names are also written as altLabels. Russian labels are nominative; adjectives are masculine
nominative singular. A label or adjective must name one state only: ambiguous forms ("Congo",
"Korea", "Korean", "Congolese", "Dominican", "Macedonia", the regional "Central African") are
deliberately absent.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "vocab" / "states.ttl"

# 193 UN member states and the 2 observer states (Holy See, State of Palestine).
# Wikidata ids only where certain; the Netherlands (Q55 vs Q29999) and the Holy See (vs Vatican City,
# Q237) are left without one on purpose.
TABLE = """
AFG AF Q889 | Afghanistan | - | Islamic Republic of Afghanistan; Islamic Emirate of Afghanistan | Afghan | Афганистан | - | Исламская Республика Афганистан; Исламский Эмират Афганистан | афганский
ALB AL Q222 | Albania | Republic of Albania | - | Albanian | Албания | Республика Албания | - | албанский
DZA DZ Q262 | Algeria | People's Democratic Republic of Algeria | - | Algerian | Алжир | Алжирская Народная Демократическая Республика | АНДР | алжирский
AND AD Q228 | Andorra | Principality of Andorra | - | Andorran | Андорра | Княжество Андорра | - | андоррский
AGO AO Q916 | Angola | Republic of Angola | - | Angolan | Ангола | Республика Ангола | - | ангольский
ATG AG Q781 | Antigua and Barbuda | - | Antigua & Barbuda | Antiguan | Антигуа и Барбуда | - | - | антигуанский
ARG AR Q414 | Argentina | Argentine Republic | - | Argentine; Argentinian | Аргентина | Аргентинская Республика | - | аргентинский
ARM AM Q399 | Armenia | Republic of Armenia | - | Armenian | Армения | Республика Армения | - | армянский
AUS AU Q408 | Australia | Commonwealth of Australia | - | Australian | Австралия | - | Австралийский Союз | австралийский
AUT AT Q40 | Austria | Republic of Austria | - | Austrian | Австрия | Австрийская Республика | - | австрийский
AZE AZ Q227 | Azerbaijan | Republic of Azerbaijan | - | Azerbaijani | Азербайджан | Азербайджанская Республика | - | азербайджанский
BHS BS Q778 | Bahamas | Commonwealth of The Bahamas | The Bahamas | Bahamian | Багамы | Содружество Багамы | Багамские Острова | багамский
BHR BH Q398 | Bahrain | Kingdom of Bahrain | - | Bahraini | Бахрейн | Королевство Бахрейн | - | бахрейнский
BGD BD Q902 | Bangladesh | People's Republic of Bangladesh | - | Bangladeshi | Бангладеш | Народная Республика Бангладеш | - | бангладешский
BRB BB Q244 | Barbados | - | - | Barbadian | Барбадос | - | - | барбадосский
BLR BY Q184 | Belarus | Republic of Belarus | - | Belarusian | Беларусь | Республика Беларусь | Белоруссия | белорусский
BEL BE Q31 | Belgium | Kingdom of Belgium | - | Belgian | Бельгия | Королевство Бельгия | - | бельгийский
BLZ BZ Q242 | Belize | - | - | Belizean | Белиз | - | - | белизский
BEN BJ Q962 | Benin | Republic of Benin | - | Beninese | Бенин | Республика Бенин | - | бенинский
BTN BT Q917 | Bhutan | Kingdom of Bhutan | - | Bhutanese | Бутан | Королевство Бутан | - | бутанский
BOL BO Q750 | Bolivia | Plurinational State of Bolivia | Bolivia (Plurinational State of) | Bolivian | Боливия | Многонациональное Государство Боливия | - | боливийский
BIH BA Q225 | Bosnia and Herzegovina | - | Bosnia & Herzegovina | Bosnian | Босния и Герцеговина | - | - | боснийский
BWA BW Q963 | Botswana | Republic of Botswana | - | Batswana | Ботсвана | Республика Ботсвана | - | ботсванский
BRA BR Q155 | Brazil | Federative Republic of Brazil | - | Brazilian | Бразилия | Федеративная Республика Бразилия | - | бразильский
BRN BN Q921 | Brunei | Brunei Darussalam | Nation of Brunei, the Abode of Peace | Bruneian | Бруней | Бруней-Даруссалам | Государство Бруней-Даруссалам | брунейский
BGR BG Q219 | Bulgaria | Republic of Bulgaria | - | Bulgarian | Болгария | Республика Болгария | - | болгарский
BFA BF Q965 | Burkina Faso | - | - | Burkinabe; Burkinabè | Буркина-Фасо | - | - | буркинийский
BDI BI Q967 | Burundi | Republic of Burundi | - | Burundian | Бурунди | Республика Бурунди | - | бурундийский
CPV CV Q1011 | Cabo Verde | Republic of Cabo Verde | Cape Verde; Republic of Cape Verde | Cabo Verdean; Cape Verdean | Кабо-Верде | Республика Кабо-Верде | - | кабовердианский
KHM KH Q424 | Cambodia | Kingdom of Cambodia | - | Cambodian | Камбоджа | Королевство Камбоджа | - | камбоджийский
CMR CM Q1009 | Cameroon | Republic of Cameroon | - | Cameroonian | Камерун | Республика Камерун | - | камерунский
CAN CA Q16 | Canada | - | - | Canadian | Канада | - | - | канадский
CAF CF Q929 | Central African Republic | - | - | - | Центральноафриканская Республика | - | ЦАР; Центрально-Африканская Республика | -
TCD TD Q657 | Chad | Republic of Chad | - | Chadian | Чад | Республика Чад | - | чадский
CHL CL Q298 | Chile | Republic of Chile | - | Chilean | Чили | Республика Чили | - | чилийский
CHN CN Q148 | China | People's Republic of China | PRC | Chinese | Китай | Китайская Народная Республика | КНР | китайский
COL CO Q739 | Colombia | Republic of Colombia | - | Colombian | Колумбия | Республика Колумбия | - | колумбийский
COM KM Q970 | Comoros | Union of the Comoros | - | Comorian | Коморы | - | Союз Коморских Островов; Коморские Острова | коморский
COG CG Q971 | Republic of the Congo | Republic of the Congo | Republic of Congo; Congo-Brazzaville; Congo (Brazzaville) | - | Республика Конго | Республика Конго | Конго-Браззавиль; Конго (Браззавиль) | -
CRI CR Q800 | Costa Rica | Republic of Costa Rica | - | Costa Rican | Коста-Рика | Республика Коста-Рика | - | костариканский
CIV CI Q1008 | Côte d'Ivoire | Republic of Côte d'Ivoire | Cote d'Ivoire; Ivory Coast; Republic of Cote d'Ivoire | Ivorian | Кот-д'Ивуар | Республика Кот-д'Ивуар | Берег Слоновой Кости | ивуарийский
HRV HR Q224 | Croatia | Republic of Croatia | - | Croatian | Хорватия | Республика Хорватия | - | хорватский
CUB CU Q241 | Cuba | Republic of Cuba | - | Cuban | Куба | Республика Куба | - | кубинский
CYP CY Q229 | Cyprus | Republic of Cyprus | - | Cypriot | Кипр | Республика Кипр | - | кипрский
CZE CZ Q213 | Czechia | Czech Republic | - | Czech | Чехия | Чешская Республика | - | чешский
PRK KP Q423 | North Korea | Democratic People's Republic of Korea | DPRK; D.P.R.K. | North Korean | КНДР | Корейская Народно-Демократическая Республика | Северная Корея | северокорейский
COD CD Q974 | Democratic Republic of the Congo | Democratic Republic of the Congo | DRC; DR Congo; Democratic Republic of Congo; Congo-Kinshasa; Congo (Kinshasa) | - | Демократическая Республика Конго | Демократическая Республика Конго | ДРК; ДР Конго; Конго-Киншаса; Конго (Киншаса) | -
DNK DK Q35 | Denmark | Kingdom of Denmark | - | Danish | Дания | Королевство Дания | - | датский
DJI DJ Q977 | Djibouti | Republic of Djibouti | - | Djiboutian | Джибути | Республика Джибути | - | джибутийский
DMA DM Q784 | Dominica | Commonwealth of Dominica | - | - | Доминика | Содружество Доминики | - | доминикский
DOM DO Q786 | Dominican Republic | - | - | - | Доминиканская Республика | - | - | доминиканский
ECU EC Q736 | Ecuador | Republic of Ecuador | - | Ecuadorian | Эквадор | Республика Эквадор | - | эквадорский
EGY EG Q79 | Egypt | Arab Republic of Egypt | - | Egyptian | Египет | Арабская Республика Египет | АРЕ | египетский
SLV SV Q792 | El Salvador | Republic of El Salvador | - | Salvadoran; Salvadorian | Сальвадор | Республика Эль-Сальвадор | Эль-Сальвадор | сальвадорский
GNQ GQ Q983 | Equatorial Guinea | Republic of Equatorial Guinea | - | Equatorial Guinean; Equatoguinean | Экваториальная Гвинея | Республика Экваториальная Гвинея | - | экваториальногвинейский
ERI ER Q986 | Eritrea | State of Eritrea | - | Eritrean | Эритрея | Государство Эритрея | - | эритрейский
EST EE Q191 | Estonia | Republic of Estonia | - | Estonian | Эстония | Эстонская Республика | - | эстонский
SWZ SZ Q1050 | Eswatini | Kingdom of Eswatini | Swaziland; Kingdom of Swaziland | Swazi | Эсватини | Королевство Эсватини | Свазиленд; Королевство Свазиленд | свазилендский
ETH ET Q115 | Ethiopia | Federal Democratic Republic of Ethiopia | - | Ethiopian | Эфиопия | Федеративная Демократическая Республика Эфиопия | ФДРЭ | эфиопский
FJI FJ Q712 | Fiji | Republic of Fiji | - | Fijian | Фиджи | Республика Фиджи | - | фиджийский
FIN FI Q33 | Finland | Republic of Finland | - | Finnish | Финляндия | Финляндская Республика | - | финляндский; финский
FRA FR Q142 | France | French Republic | - | French | Франция | Французская Республика | - | французский
GAB GA Q1000 | Gabon | Gabonese Republic | - | Gabonese | Габон | Габонская Республика | - | габонский
GMB GM Q1005 | Gambia | Republic of The Gambia | The Gambia | Gambian | Гамбия | Республика Гамбия | - | гамбийский
GEO GE Q230 | Georgia | - | - | Georgian | Грузия | - | - | грузинский
DEU DE Q183 | Germany | Federal Republic of Germany | FRG | German | Германия | Федеративная Республика Германия | ФРГ | германский; немецкий
GHA GH Q117 | Ghana | Republic of Ghana | - | Ghanaian | Гана | Республика Гана | - | ганский
GRC GR Q41 | Greece | Hellenic Republic | - | Greek; Hellenic | Греция | Греческая Республика | - | греческий
GRD GD Q769 | Grenada | - | - | Grenadian | Гренада | - | - | гренадский
GTM GT Q774 | Guatemala | Republic of Guatemala | - | Guatemalan | Гватемала | Республика Гватемала | - | гватемальский
GIN GN Q1006 | Guinea | Republic of Guinea | Guinea-Conakry | Guinean | Гвинея | Гвинейская Республика | Гвинея-Конакри | гвинейский
GNB GW Q1007 | Guinea-Bissau | Republic of Guinea-Bissau | - | Bissau-Guinean | Гвинея-Бисау | Республика Гвинея-Бисау | - | -
GUY GY Q734 | Guyana | Co-operative Republic of Guyana | Cooperative Republic of Guyana | Guyanese | Гайана | Кооперативная Республика Гайана | - | гайанский
HTI HT Q790 | Haiti | Republic of Haiti | - | Haitian | Гаити | Республика Гаити | - | гаитянский
HND HN Q783 | Honduras | Republic of Honduras | - | Honduran | Гондурас | Республика Гондурас | - | гондурасский
HUN HU Q28 | Hungary | Hungary | - | Hungarian | Венгрия | Венгрия | Венгерская Республика | венгерский
ISL IS Q189 | Iceland | Iceland | Republic of Iceland | Icelandic | Исландия | Республика Исландия | - | исландский
IND IN Q668 | India | Republic of India | Bharat | Indian | Индия | Республика Индия | - | индийский
IDN ID Q252 | Indonesia | Republic of Indonesia | - | Indonesian | Индонезия | Республика Индонезия | - | индонезийский
IRN IR Q794 | Iran | Islamic Republic of Iran | Iran (Islamic Republic of) | Iranian | Иран | Исламская Республика Иран | ИРИ | иранский
IRQ IQ Q796 | Iraq | Republic of Iraq | - | Iraqi | Ирак | Республика Ирак | - | иракский
IRL IE Q27 | Ireland | Ireland | Republic of Ireland | Irish | Ирландия | Ирландия | Республика Ирландия | ирландский
ISR IL Q801 | Israel | State of Israel | - | Israeli | Израиль | Государство Израиль | - | израильский
ITA IT Q38 | Italy | Italian Republic | - | Italian | Италия | Итальянская Республика | - | итальянский
JAM JM Q766 | Jamaica | - | - | Jamaican | Ямайка | - | - | ямайский
JPN JP Q17 | Japan | - | - | Japanese | Япония | - | - | японский
JOR JO Q810 | Jordan | Hashemite Kingdom of Jordan | - | Jordanian | Иордания | Иорданское Хашимитское Королевство | - | иорданский
KAZ KZ Q232 | Kazakhstan | Republic of Kazakhstan | - | Kazakhstani; Kazakh | Казахстан | Республика Казахстан | - | казахстанский; казахский
KEN KE Q114 | Kenya | Republic of Kenya | - | Kenyan | Кения | Республика Кения | - | кенийский
KIR KI Q710 | Kiribati | Republic of Kiribati | - | I-Kiribati | Кирибати | Республика Кирибати | - | кирибатийский
KWT KW Q817 | Kuwait | State of Kuwait | - | Kuwaiti | Кувейт | Государство Кувейт | - | кувейтский
KGZ KG Q813 | Kyrgyzstan | Kyrgyz Republic | Kirghizia | Kyrgyz; Kyrgyzstani | Киргизия | Киргизская Республика | Кыргызстан; Кыргызская Республика | киргизский; кыргызский; кыргызстанский
LAO LA Q819 | Laos | Lao People's Democratic Republic | Lao PDR | Lao; Laotian | Лаос | Лаосская Народно-Демократическая Республика | ЛНДР | лаосский
LVA LV Q211 | Latvia | Republic of Latvia | - | Latvian | Латвия | Латвийская Республика | - | латвийский
LBN LB Q822 | Lebanon | Lebanese Republic | - | Lebanese | Ливан | Ливанская Республика | - | ливанский
LSO LS Q1013 | Lesotho | Kingdom of Lesotho | - | Basotho | Лесото | Королевство Лесото | - | лесотский
LBR LR Q1014 | Liberia | Republic of Liberia | - | Liberian | Либерия | Республика Либерия | - | либерийский
LBY LY Q1016 | Libya | State of Libya | - | Libyan | Ливия | Государство Ливия | - | ливийский
LIE LI Q347 | Liechtenstein | Principality of Liechtenstein | - | - | Лихтенштейн | Княжество Лихтенштейн | - | лихтенштейнский
LTU LT Q37 | Lithuania | Republic of Lithuania | - | Lithuanian | Литва | Литовская Республика | - | литовский
LUX LU Q32 | Luxembourg | Grand Duchy of Luxembourg | - | Luxembourgish | Люксембург | Великое Герцогство Люксембург | - | люксембургский
MDG MG Q1019 | Madagascar | Republic of Madagascar | - | Malagasy | Мадагаскар | Республика Мадагаскар | - | мадагаскарский
MWI MW Q1020 | Malawi | Republic of Malawi | - | Malawian | Малави | Республика Малави | - | малавийский
MYS MY Q833 | Malaysia | - | - | Malaysian | Малайзия | - | - | малайзийский
MDV MV Q826 | Maldives | Republic of Maldives | - | Maldivian | Мальдивы | Мальдивская Республика | Мальдивские Острова | мальдивский
MLI ML Q912 | Mali | Republic of Mali | - | Malian | Мали | Республика Мали | - | малийский
MLT MT Q233 | Malta | Republic of Malta | - | Maltese | Мальта | Республика Мальта | - | мальтийский
MHL MH Q709 | Marshall Islands | Republic of the Marshall Islands | - | Marshallese | Маршалловы Острова | Республика Маршалловы Острова | - | маршалловский
MRT MR Q1025 | Mauritania | Islamic Republic of Mauritania | - | Mauritanian | Мавритания | Исламская Республика Мавритания | - | мавританский
MUS MU Q1027 | Mauritius | Republic of Mauritius | - | Mauritian | Маврикий | Республика Маврикий | - | маврикийский
MEX MX Q96 | Mexico | United Mexican States | - | Mexican | Мексика | Мексиканские Соединенные Штаты | - | мексиканский
FSM FM Q702 | Micronesia | Federated States of Micronesia | Micronesia (Federated States of) | Micronesian | Микронезия | Федеративные Штаты Микронезии | - | микронезийский
MDA MD Q217 | Moldova | Republic of Moldova | - | Moldovan | Молдова | Республика Молдова | Молдавия | молдавский
MCO MC Q235 | Monaco | Principality of Monaco | - | Monegasque | Монако | Княжество Монако | - | монакский; монегасский
MNG MN Q711 | Mongolia | - | - | Mongolian | Монголия | - | - | монгольский
MNE ME Q236 | Montenegro | - | - | Montenegrin | Черногория | - | - | черногорский
MAR MA Q1028 | Morocco | Kingdom of Morocco | - | Moroccan | Марокко | Королевство Марокко | - | марокканский
MOZ MZ Q1029 | Mozambique | Republic of Mozambique | - | Mozambican | Мозамбик | Республика Мозамбик | - | мозамбикский
MMR MM Q836 | Myanmar | Republic of the Union of Myanmar | Burma | Burmese | Мьянма | Республика Союз Мьянма | Бирма | мьянманский; бирманский
NAM NA Q1030 | Namibia | Republic of Namibia | - | Namibian | Намибия | Республика Намибия | - | намибийский
NRU NR Q697 | Nauru | Republic of Nauru | - | Nauruan | Науру | Республика Науру | - | науруанский
NPL NP Q837 | Nepal | Federal Democratic Republic of Nepal | - | Nepalese; Nepali | Непал | Федеративная Демократическая Республика Непал | - | непальский
NLD NL - | Netherlands | Kingdom of the Netherlands | Netherlands (Kingdom of the); Holland | Dutch | Нидерланды | Королевство Нидерландов | Голландия | нидерландский; голландский
NZL NZ Q664 | New Zealand | - | - | - | Новая Зеландия | - | - | новозеландский
NIC NI Q811 | Nicaragua | Republic of Nicaragua | - | Nicaraguan | Никарагуа | Республика Никарагуа | - | никарагуанский
NER NE Q1032 | Niger | Republic of the Niger | the Niger; Republic of Niger | Nigerien | Нигер | Республика Нигер | - | нигерский
NGA NG Q1033 | Nigeria | Federal Republic of Nigeria | - | Nigerian | Нигерия | Федеративная Республика Нигерия | - | нигерийский
MKD MK Q221 | North Macedonia | Republic of North Macedonia | - | North Macedonian | Северная Македония | Республика Северная Македония | - | северомакедонский
NOR NO Q20 | Norway | Kingdom of Norway | - | Norwegian | Норвегия | Королевство Норвегия | - | норвежский
OMN OM Q842 | Oman | Sultanate of Oman | - | Omani | Оман | Султанат Оман | - | оманский
PAK PK Q843 | Pakistan | Islamic Republic of Pakistan | - | Pakistani | Пакистан | Исламская Республика Пакистан | - | пакистанский
PLW PW Q695 | Palau | Republic of Palau | - | Palauan | Палау | Республика Палау | - | палауский
PAN PA Q804 | Panama | Republic of Panama | - | Panamanian | Панама | Республика Панама | - | панамский
PNG PG Q691 | Papua New Guinea | Independent State of Papua New Guinea | - | Papua New Guinean | Папуа — Новая Гвинея | Независимое Государство Папуа — Новая Гвинея | Папуа - Новая Гвинея; Папуа – Новая Гвинея; Папуа-Новая Гвинея; Папуа Новая Гвинея; Независимое Государство Папуа Новая Гвинея | папуа-новогвинейский
PRY PY Q733 | Paraguay | Republic of Paraguay | - | Paraguayan | Парагвай | Республика Парагвай | - | парагвайский
PER PE Q419 | Peru | Republic of Peru | - | Peruvian | Перу | Республика Перу | - | перуанский
PHL PH Q928 | Philippines | Republic of the Philippines | - | Philippine; Filipino | Филиппины | Республика Филиппины | - | филиппинский
POL PL Q36 | Poland | Republic of Poland | - | Polish | Польша | Республика Польша | - | польский
PRT PT Q45 | Portugal | Portuguese Republic | - | Portuguese | Португалия | Португальская Республика | - | португальский
QAT QA Q846 | Qatar | State of Qatar | - | Qatari | Катар | Государство Катар | - | катарский
KOR KR Q884 | South Korea | Republic of Korea | ROK | South Korean | Республика Корея | Республика Корея | Южная Корея | южнокорейский
ROU RO Q218 | Romania | - | - | Romanian | Румыния | - | - | румынский
RUS RU Q159 | Russia | Russian Federation | RF | Russian | Россия | Российская Федерация | РФ | российский
RWA RW Q1037 | Rwanda | Republic of Rwanda | - | Rwandan | Руанда | Республика Руанда | - | руандийский
KNA KN Q763 | Saint Kitts and Nevis | Federation of Saint Kitts and Nevis | St Kitts and Nevis; St. Kitts and Nevis | - | Сент-Китс и Невис | Федерация Сент-Китс и Невис | - | -
LCA LC Q760 | Saint Lucia | - | St Lucia; St. Lucia | Saint Lucian | Сент-Люсия | - | - | сент-люсийский
VCT VC Q757 | Saint Vincent and the Grenadines | - | St Vincent and the Grenadines; St. Vincent and the Grenadines | Vincentian | Сент-Винсент и Гренадины | - | - | сент-винсентский
WSM WS Q683 | Samoa | Independent State of Samoa | - | Samoan | Самоа | Независимое Государство Самоа | - | самоанский
SMR SM Q238 | San Marino | Republic of San Marino | - | Sammarinese | Сан-Марино | Республика Сан-Марино | - | сан-маринский
STP ST Q1039 | Sao Tome and Principe | Democratic Republic of Sao Tome and Principe | São Tomé and Príncipe; Democratic Republic of São Tomé and Príncipe | Santomean | Сан-Томе и Принсипи | Демократическая Республика Сан-Томе и Принсипи | - | -
SAU SA Q851 | Saudi Arabia | Kingdom of Saudi Arabia | KSA | Saudi; Saudi Arabian | Саудовская Аравия | Королевство Саудовская Аравия | КСА | саудовский
SEN SN Q1041 | Senegal | Republic of Senegal | - | Senegalese | Сенегал | Республика Сенегал | - | сенегальский
SRB RS Q403 | Serbia | Republic of Serbia | - | Serbian | Сербия | Республика Сербия | - | сербский
SYC SC Q1042 | Seychelles | Republic of Seychelles | - | Seychellois | Сейшельские Острова | - | Сейшелы; Республика Сейшелы; Республика Сейшельские Острова | сейшельский
SLE SL Q1044 | Sierra Leone | Republic of Sierra Leone | - | Sierra Leonean | Сьерра-Леоне | Республика Сьерра-Леоне | - | сьерра-леонский
SGP SG Q334 | Singapore | Republic of Singapore | - | Singaporean | Сингапур | Республика Сингапур | - | сингапурский
SVK SK Q214 | Slovakia | Slovak Republic | - | Slovak | Словакия | Словацкая Республика | - | словацкий
SVN SI Q215 | Slovenia | Republic of Slovenia | - | Slovenian; Slovene | Словения | Республика Словения | - | словенский
SLB SB Q685 | Solomon Islands | - | - | - | Соломоновы Острова | - | - | -
SOM SO Q1045 | Somalia | Federal Republic of Somalia | - | Somali | Сомали | Федеративная Республика Сомали | - | сомалийский
ZAF ZA Q258 | South Africa | Republic of South Africa | - | South African | ЮАР | Южно-Африканская Республика | - | южноафриканский
SSD SS Q958 | South Sudan | Republic of South Sudan | - | South Sudanese | Южный Судан | Республика Южный Судан | - | южносуданский
ESP ES Q29 | Spain | Kingdom of Spain | - | Spanish | Испания | Королевство Испания | - | испанский
LKA LK Q854 | Sri Lanka | Democratic Socialist Republic of Sri Lanka | - | Sri Lankan | Шри-Ланка | Демократическая Социалистическая Республика Шри-Ланка | - | шри-ланкийский
SDN SD Q1049 | Sudan | Republic of the Sudan | the Sudan; Republic of Sudan | Sudanese | Судан | Республика Судан | - | суданский
SUR SR Q730 | Suriname | Republic of Suriname | Surinam | Surinamese | Суринам | Республика Суринам | - | суринамский
SWE SE Q34 | Sweden | Kingdom of Sweden | - | Swedish | Швеция | Королевство Швеция | - | шведский
CHE CH Q39 | Switzerland | Swiss Confederation | - | Swiss | Швейцария | Швейцарская Конфедерация | - | швейцарский
SYR SY Q858 | Syria | Syrian Arab Republic | - | Syrian | Сирия | Сирийская Арабская Республика | - | сирийский
TJK TJ Q863 | Tajikistan | Republic of Tajikistan | - | Tajik; Tajikistani | Таджикистан | Республика Таджикистан | - | таджикский; таджикистанский
THA TH Q869 | Thailand | Kingdom of Thailand | - | Thai | Таиланд | Королевство Таиланд | Тайланд; Королевство Тайланд | таиландский; тайский; тайландский
TLS TL Q574 | Timor-Leste | Democratic Republic of Timor-Leste | East Timor | Timorese; East Timorese | Тимор-Лесте | Демократическая Республика Тимор-Лесте | Восточный Тимор | восточнотиморский
TGO TG Q945 | Togo | Togolese Republic | - | Togolese | Того | Тоголезская Республика | - | тоголезский
TON TO Q678 | Tonga | Kingdom of Tonga | - | Tongan | Тонга | Королевство Тонга | - | тонганский
TTO TT Q754 | Trinidad and Tobago | Republic of Trinidad and Tobago | Trinidad & Tobago | Trinidadian | Тринидад и Тобаго | Республика Тринидад и Тобаго | - | тринидадский
TUN TN Q948 | Tunisia | Republic of Tunisia | Tunisian Republic | Tunisian | Тунис | Тунисская Республика | - | тунисский
TUR TR Q43 | Türkiye | Republic of Türkiye | Turkey; Turkiye; Republic of Turkey | Turkish | Турция | Турецкая Республика | Республика Турция | турецкий
TKM TM Q874 | Turkmenistan | - | - | Turkmen | Туркменистан | - | Туркмения | туркменский
TUV TV Q672 | Tuvalu | - | - | Tuvaluan | Тувалу | - | - | тувалуанский
UGA UG Q1036 | Uganda | Republic of Uganda | - | Ugandan | Уганда | Республика Уганда | - | угандийский
UKR UA Q212 | Ukraine | - | - | Ukrainian | Украина | - | - | украинский
ARE AE Q878 | United Arab Emirates | United Arab Emirates | UAE; U.A.E. | Emirati | Объединенные Арабские Эмираты | Объединенные Арабские Эмираты | ОАЭ; Эмираты | эмиратский
GBR GB Q145 | United Kingdom | United Kingdom of Great Britain and Northern Ireland | UK; U.K.; Britain; Great Britain | British | Великобритания | Соединенное Королевство Великобритании и Северной Ирландии | Соединенное Королевство; Британия | британский
TZA TZ Q924 | Tanzania | United Republic of Tanzania | - | Tanzanian | Танзания | Объединенная Республика Танзания | - | танзанийский
USA US Q30 | United States | United States of America | USA; US; U.S.; U.S.A. | American | США | Соединенные Штаты Америки | Соединенные Штаты | американский
URY UY Q77 | Uruguay | Oriental Republic of Uruguay | Eastern Republic of Uruguay | Uruguayan | Уругвай | Восточная Республика Уругвай | - | уругвайский
UZB UZ Q265 | Uzbekistan | Republic of Uzbekistan | - | Uzbek; Uzbekistani | Узбекистан | Республика Узбекистан | РУз | узбекистанский; узбекский
VUT VU Q686 | Vanuatu | Republic of Vanuatu | - | Ni-Vanuatu | Вануату | Республика Вануату | - | вануатский
VEN VE Q717 | Venezuela | Bolivarian Republic of Venezuela | Venezuela (Bolivarian Republic of) | Venezuelan | Венесуэла | Боливарианская Республика Венесуэла | - | венесуэльский
VNM VN Q881 | Vietnam | Socialist Republic of Viet Nam | Viet Nam; Socialist Republic of Vietnam; SRV | Vietnamese | Вьетнам | Социалистическая Республика Вьетнам | СРВ | вьетнамский
YEM YE Q805 | Yemen | Republic of Yemen | - | Yemeni | Йемен | Йеменская Республика | - | йеменский
ZMB ZM Q953 | Zambia | Republic of Zambia | - | Zambian | Замбия | Республика Замбия | - | замбийский
ZWE ZW Q954 | Zimbabwe | Republic of Zimbabwe | - | Zimbabwean | Зимбабве | Республика Зимбабве | - | зимбабвийский
VAT VA - | Holy See | Holy See | Vatican; Vatican City; Vatican City State | - | Святой Престол | Святой Престол | Ватикан; Государство-город Ватикан | ватиканский
PSE PS Q219060 | Palestine | State of Palestine | - | Palestinian | Палестина | Государство Палестина | - | палестинский
"""

# Russian official forms are written with "е" (as in the official texts); "ё" is common in running text,
# so these stems also get a "ё" variant.
YO_VARIANTS = (("Соединенн", "Соединённ"), ("Объединенн", "Объединённ"))
APOSTROPHES = ("'", "\u2019")

HEADER = """\
# Reference vocabulary: the 193 UN member states and the 2 UN observer states.
# GENERATED by ontology/tools/states_build.py from its table: edit the table there and rerun it.
# Labels: skos:prefLabel is the short name used in diplomatic texts; skos:altLabel holds official,
# UN-style and short forms (Russian ones in the nominative case); ict:adjective is the adjective
# announcements use for the state's side or delegation (Russian: masculine nominative singular).

@prefix ict: <https://w3id.org/ictsec/ontology#> .
@prefix id: <https://w3id.org/ictsec/id/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
# Turtle does not allow "/" in a prefixed name, so id:state/KHM is written state:KHM (the same IRI).
@prefix state: <https://w3id.org/ictsec/id/state/> .
"""


@dataclass
class State:
    """One row of the table, with its label variants expanded."""

    iso3: str
    iso2: str
    wikidata: str | None
    pref: dict[str, str]
    official: dict[str, str | None]
    alt: dict[str, list[str]] = field(default_factory=dict)
    adjective: dict[str, list[str]] = field(default_factory=dict)


def _items(cell: str) -> list[str]:
    cell = cell.strip()
    return [] if cell == "-" else [x.strip() for x in cell.split(";") if x.strip()]


def _variants(label: str, lang: str) -> list[str]:
    """The label and the spellings of it that texts also use (ё, typographic apostrophe)."""
    out = [label]
    if lang == "ru":
        for plain, yo in YO_VARIANTS:
            if plain in label:
                out.append(label.replace(plain, yo))
    if APOSTROPHES[0] in label:
        out += [v.replace(*APOSTROPHES) for v in list(out)]
    return out


def _unique(values: list[str], exclude: str = "") -> list[str]:
    seen, out = {exclude}, []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


def parse_table(text: str | None = None) -> list[State]:
    """Parse the table (default: TABLE) into states; raise ValueError naming a malformed row."""
    states = []
    for n, line in enumerate((TABLE if text is None else text).strip().splitlines(), 1):
        cells = line.split("|")
        if len(cells) != 9:
            raise ValueError(f"row {n} has {len(cells)} fields, not 9: {line[:60]}")
        codes = cells[0].split()
        if (
            len(codes) != 3
            or not re.fullmatch(r"[A-Z]{3}", codes[0])
            or not re.fullmatch(r"[A-Z]{2}", codes[1])
        ):
            raise ValueError(f"row {n} must start with 'ISO3 ISO2 Qid|-': {line[:60]}")
        if codes[2] != "-" and not re.fullmatch(r"Q[1-9][0-9]*", codes[2]):
            raise ValueError(f"row {n}: bad Wikidata id {codes[2]!r}")
        state = State(
            iso3=codes[0],
            iso2=codes[1],
            wikidata=None if codes[2] == "-" else codes[2],
            pref={"en": cells[1].strip(), "ru": cells[5].strip()},
            official={"en": (_items(cells[2]) or [None])[0], "ru": (_items(cells[6]) or [None])[0]},
        )
        for lang, alt_cell, adj_cell in (("en", cells[3], cells[4]), ("ru", cells[7], cells[8])):
            names = (
                [state.pref[lang]]
                + ([state.official[lang]] if state.official[lang] else [])
                + _items(alt_cell)
            )
            alts = [v for name in names for v in _variants(name, lang)]
            state.alt[lang] = _unique(alts, exclude=state.pref[lang])
            state.adjective[lang] = _unique(_items(adj_cell))
        states.append(state)
    return states


def clashes(states: list[State]) -> list[str]:
    """Every label, alias or adjective (case-folded) that more than one state claims."""
    owner: dict[str, set[str]] = {}
    for s in states:
        for lang in ("en", "ru"):
            for v in [s.pref[lang], *s.alt[lang], *s.adjective[lang]]:
                owner.setdefault(v.casefold(), set()).add(s.iso3)
    return sorted(f"{k!r}: {sorted(v)}" for k, v in owner.items() if len(v) > 1)


def _lit(value: str, lang: str | None = None) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"' + (f"@{lang}" if lang else "")


def _lits(values: list[str], lang: str) -> str:
    return ", ".join(_lit(v, lang) for v in values)


def render(states: list[State]) -> str:
    """The Turtle text of the vocabulary, states in ISO3 order."""
    blocks = [HEADER]
    for s in sorted(states, key=lambda s: s.iso3):
        lines = [f"state:{s.iso3} a ict:State ;"]
        lines.append(f"  skos:prefLabel {_lit(s.pref['en'], 'en')}, {_lit(s.pref['ru'], 'ru')} ;")
        for lang in ("en", "ru"):
            if s.alt[lang]:
                lines.append(f"  skos:altLabel {_lits(s.alt[lang], lang)} ;")
        official = [_lit(v, lang) for lang, v in s.official.items() if v]
        if official:
            lines.append(f"  ict:officialName {', '.join(official)} ;")
        adjectives = [_lits(s.adjective[lang], lang) for lang in ("en", "ru") if s.adjective[lang]]
        if adjectives:
            lines.append(f"  ict:adjective {', '.join(adjectives)} ;")
        codes = f"  ict:iso2 {_lit(s.iso2)} ; ict:iso3 {_lit(s.iso3)}"
        if s.wikidata:
            codes += f" ;\n  ict:wikidata {_lit(s.wikidata)}"
        lines.append(codes + " .")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def build() -> str:
    """Parse, check and render the table; raise ValueError if it breaks a rule of the vocabulary."""
    states = parse_table()
    problems = clashes(states)
    for attr in ("iso2", "iso3"):
        codes = [getattr(s, attr) for s in states]
        problems += [f"{attr} {c} used twice" for c in sorted({c for c in codes if codes.count(c) > 1})]
    if len(states) != 195:
        problems.append(f"{len(states)} states in the table, expected 195 (193 UN members + 2 observers)")
    if problems:
        raise ValueError("states table is inconsistent:\n  " + "\n  ".join(problems))
    text = render(states)
    import rdflib  # only to prove the output parses

    rdflib.Graph().parse(data=text, format="turtle")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write ontology/vocab/states.ttl from the states table.",
        epilog="Example: .venv/bin/python ontology/tools/states_build.py --check",
    )
    parser.add_argument("--check", action="store_true", help="only check that the .ttl is up to date")
    args = parser.parse_args(argv)
    try:
        text = build()
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"error: {OUT} is out of date; run ontology/tools/states_build.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(' a ict:State ;')} states)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
