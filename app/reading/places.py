"""Cities a resume names without their country ('Acme GmbH, München', 'Banco del Sur, Madrid',
'(Pune)'): the larger cities of every region, in their own spelling and in English. Used to
tell a place from a department or a word of the organisation's name."""

from __future__ import annotations

import re

# names of several words are quoted
_RAW = """
amsterdam rotterdam utrecht eindhoven 'den haag' 'the hague' groningen leiden delft
berlin hamburg münchen munich köln cologne frankfurt stuttgart düsseldorf dortmund leipzig
bremen dresden hannover nürnberg nuremberg duisburg bochum wuppertal bielefeld bonn münster
karlsruhe mannheim augsburg wiesbaden aachen kiel freiburg heidelberg darmstadt potsdam erlangen
wien vienna graz linz salzburg innsbruck zürich zurich genf geneva basel bern lausanne luzern
paris lyon marseille toulouse nantes strasbourg montpellier bordeaux lille rennes grenoble
'sophia antipolis' nancy rouen toulon brest
madrid barcelona valencia sevilla seville zaragoza málaga malaga murcia palma bilbao alicante
córdoba valladolid vigo gijón 'a coruña' granada pamplona 'san sebastián' salamanca
lisboa lisbon porto braga coimbra
roma rome milano milan napoli naples torino turin palermo genova genoa bologna firenze florence
venezia venice verona padova trieste
bruxelles brussels antwerpen antwerp gent ghent liège leuven luxembourg
london manchester birmingham leeds glasgow edinburgh liverpool bristol sheffield cardiff belfast
nottingham leicester cambridge oxford brighton newcastle southampton aberdeen
dublin cork galway limerick
københavn copenhagen aarhus odense stockholm göteborg gothenburg malmö uppsala oslo bergen
trondheim helsinki espoo tampere turku reykjavik
warszawa warsaw kraków krakow wrocław wroclaw gdańsk gdansk poznań poznan łódź lodz katowice
praha prague brno ostrava bratislava košice budapest debrecen bucureşti bucharest 'cluj-napoca'
cluj iași timișoara sofia plovdiv varna beograd belgrade zagreb ljubljana sarajevo skopje tirana
athens athina thessaloniki nicosia limassol valletta istanbul ankara izmir bursa antalya
kyiv kiev lviv kharkiv odesa minsk vilnius kaunas riga tallinn tartu chișinău moscow
'saint petersburg' tbilisi yerevan baku
bangalore bengaluru mumbai bombay delhi 'new delhi' hyderabad chennai madras kolkata calcutta
pune ahmedabad noida gurgaon gurugram jaipur kochi cochin chandigarh indore lucknow
thiruvananthapuram trivandrum coimbatore nagpur bhubaneswar mysore mysuru vadodara surat
visakhapatnam patna bhopal mangalore
karachi lahore islamabad dhaka colombo kathmandu
tokyo osaka kyoto yokohama nagoya fukuoka sapporo seoul busan incheon daejeon beijing shanghai
shenzhen guangzhou hangzhou chengdu wuhan nanjing xian suzhou tianjin 'hong kong' macau taipei
hsinchu taichung kaohsiung singapore 'kuala lumpur' penang bangkok 'ho chi minh city' hanoi
jakarta bandung surabaya manila cebu
dubai 'abu dhabi' doha riyadh jeddah kuwait muscat manama amman beirut 'tel aviv' jerusalem haifa
cairo alexandria casablanca rabat tunis algiers lagos abuja accra nairobi 'addis ababa' kampala
kigali 'dar es salaam' johannesburg 'cape town' durban pretoria
sydney melbourne brisbane perth adelaide canberra auckland wellington christchurch
toronto montreal montréal vancouver calgary ottawa edmonton winnipeg quebec waterloo halifax
'new york' 'new york city' nyc 'los angeles' chicago houston philadelphia 'san antonio'
'san diego' dallas austin 'san jose' 'san francisco' seattle denver boston atlanta miami
washington 'washington dc' detroit minneapolis portland 'las vegas' baltimore pittsburgh
raleigh durham nashville 'salt lake city' 'kansas city' indianapolis
cleveland cincinnati 'st. louis' 'saint louis' tampa orlando sacramento 'palo alto'
'mountain view' 'menlo park' sunnyvale cupertino 'redwood city' 'santa clara' oakland berkeley
irvine bellevue redmond kirkland somerville 'ann arbor'
'mexico city' 'ciudad de méxico' guadalajara monterrey bogotá bogota medellín medellin lima
santiago 'buenos aires' córdoba montevideo 'são paulo' 'sao paulo' 'rio de janeiro' curitiba
'belo horizonte' 'porto alegre' brasília recife quito caracas 'panama city' 'san josé'
"""


def _names(raw: str) -> frozenset[str]:
    names = {q.lower() for q in re.findall(r"'([^']+)'", raw)}
    names.update(w.lower() for w in re.sub(r"'[^']+'", " ", raw).split())
    return frozenset(names)


CITIES = _names(_RAW)


def is_city(text: str) -> bool:
    """A city named alone ('München', 'New York', 'San José')."""
    return text.strip(" ().,").lower() in CITIES
