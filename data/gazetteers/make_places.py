"""Generate places.tsv: US states (with postal abbreviations only where the
abbreviation is not also a common word or tech acronym), countries, world cities
that host technology conferences, and well-known conference venues.
Hand-curated from general knowledge.

Run: /work/main/.venv/bin/python data/gazetteers/make_places.py
"""

from _gazlib import parse_table, write_tsv

# name ; aliases ; ambiguous ; wikidata
STATES = """
Alabama ; ; 0 ; Q173
Alaska ; AK ; 0 ; Q797
Arizona ; AZ ; 0 ; Q816
Arkansas ; ; 0 ; Q1612
California ; CA|Calif. ; 0 ; Q99
Colorado ; Colo. ; 0 ; Q1261
Connecticut ; CT|Conn. ; 0 ; Q779
Delaware ; ; 0 ; Q1393
Florida ; FL|Fla. ; 0 ; Q812
Georgia ; ; 1 ; Q1428
Hawaii ; Hawai'i ; 0 ; Q782
Idaho ; ; 0 ; Q1221
Illinois ; IL ; 0 ; Q1204
Indiana ; ; 0 ; Q1415
Iowa ; ; 0 ; Q1546
Kansas ; KS ; 0 ; Q1558
Kentucky ; KY ; 0 ; Q1603
Louisiana ; ; 0 ; Q1588
Maine ; ; 0 ; Q724
Maryland ; ; 0 ; Q1391
Massachusetts ; MA|Mass. ; 0 ; Q771
Michigan ; MI|Mich. ; 0 ; Q1166
Minnesota ; MN|Minn. ; 0 ; Q1527
Mississippi ; ; 0 ; Q1494
Missouri ; ; 0 ; Q1581
Montana ; ; 0 ; Q1212
Nebraska ; ; 0 ; Q1553
Nevada ; NV ; 0 ; Q1227
New Hampshire ; NH ; 0 ; Q759
New Jersey ; NJ ; 0 ; Q1408
New Mexico ; NM ; 0 ; Q1522
New York State ; NY ; 0 ; Q1384
North Carolina ; NC ; 0 ; Q1454
North Dakota ; ND ; 0 ; Q1207
Ohio ; ; 0 ; Q1397
Oklahoma ; ; 0 ; Q1649
Oregon ; Ore. ; 0 ; Q824
Pennsylvania ; PA|Penn. ; 0 ; Q1400
Rhode Island ; RI ; 0 ; Q1387
South Carolina ; ; 0 ; Q1456
South Dakota ; ; 0 ; Q1211
Tennessee ; TN|Tenn. ; 0 ; Q1509
Texas ; TX|Tex. ; 0 ; Q1439
Utah ; ; 0 ; Q829
Vermont ; VT ; 0 ; Q16551
Virginia ; VA ; 1 ; Q1370
Washington ; WA|Washington State ; 1 ; Q1223
West Virginia ; WV ; 0 ; Q1371
Wisconsin ; WI|Wis. ; 0 ; Q1537
Wyoming ; WY ; 0 ; Q1214
Washington, D.C. ; Washington DC|Washington D.C.|D.C.|District of Columbia ; 0 ; Q61
Puerto Rico ; ; 0 ; Q1183
Silicon Valley ; ; 0
Bay Area ; San Francisco Bay Area|SF Bay Area ; 0
Pacific Northwest ; PNW ; 0
New England ; ; 0
Midwest ; ; 0
Research Triangle ; Research Triangle Park|RTP ; 0
Route 128 ; ; 0
Silicon Hills ; ; 0
Silicon Alley ; ; 0
Silicon Roundabout ; ; 0
Silicon Slopes ; ; 0
Front Range ; ; 0
Southern California ; SoCal ; 0
Northern California ; NorCal ; 0
Orange County ; ; 0
Santa Clara County ; ; 0
Napa Valley ; ; 0
Lake Tahoe ; Tahoe ; 0
Long Island ; ; 0
Manhattan ; ; 0
Brooklyn ; ; 0
Queens ; ; 1
Cape Cod ; ; 0
Hill Country ; Texas Hill Country ; 0
"""

COUNTRIES = """
United States ; USA|U.S.|U.S.A.|United States of America ; 0 ; Q30
United Kingdom ; UK|U.K.|Great Britain|Britain ; 0 ; Q145
England ; ; 0
Scotland ; ; 0
Wales ; ; 1
Northern Ireland ; ; 0
Canada ; ; 0 ; Q16
Mexico ; ; 0 ; Q96
Brazil ; Brasil ; 0 ; Q155
Argentina ; ; 0 ; Q414
Chile ; ; 0 ; Q298
Colombia ; ; 0 ; Q739
Peru ; ; 0 ; Q419
Venezuela ; ; 0 ; Q717
Uruguay ; ; 0 ; Q77
Ecuador ; ; 0 ; Q736
Bolivia ; ; 0 ; Q750
Paraguay ; ; 0 ; Q733
Costa Rica ; ; 0 ; Q800
Panama ; ; 0 ; Q804
Guatemala ; ; 0 ; Q774
Cuba ; ; 0 ; Q241
Dominican Republic ; ; 0 ; Q786
Jamaica ; ; 0
Germany ; Deutschland ; 0 ; Q183
France ; ; 0 ; Q142
Italy ; Italia ; 0 ; Q38
Spain ; España ; 0 ; Q29
Portugal ; ; 0 ; Q45
Netherlands ; The Netherlands|Holland ; 0 ; Q55
Belgium ; ; 0 ; Q31
Luxembourg ; ; 0 ; Q32
Switzerland ; ; 0 ; Q39
Austria ; ; 0 ; Q40
Ireland ; Republic of Ireland ; 0 ; Q27
Denmark ; ; 0 ; Q35
Sweden ; ; 0 ; Q34
Norway ; ; 0 ; Q20
Finland ; ; 0 ; Q33
Iceland ; ; 0 ; Q189
Estonia ; ; 0 ; Q191
Latvia ; ; 0 ; Q211
Lithuania ; ; 0 ; Q37
Poland ; ; 0 ; Q36
Czech Republic ; Czechia ; 0 ; Q213
Slovakia ; ; 0 ; Q214
Hungary ; ; 0 ; Q28
Slovenia ; ; 0 ; Q215
Croatia ; ; 0 ; Q224
Serbia ; ; 0 ; Q403
Bosnia and Herzegovina ; ; 0
Montenegro ; ; 0
North Macedonia ; Macedonia ; 0
Albania ; ; 0
Bulgaria ; ; 0 ; Q219
Romania ; ; 0 ; Q218
Moldova ; ; 0
Ukraine ; ; 0 ; Q212
Belarus ; ; 0 ; Q184
Russia ; Russian Federation ; 0 ; Q159
Greece ; ; 0 ; Q41
Cyprus ; ; 0 ; Q229
Malta ; ; 0 ; Q233
Turkey ; Türkiye ; 1 ; Q43
Israel ; ; 0 ; Q801
Jordan ; ; 1 ; Q810
Lebanon ; ; 0 ; Q822
Egypt ; ; 0 ; Q79
Morocco ; ; 0 ; Q1028
Tunisia ; ; 0 ; Q948
Algeria ; ; 0 ; Q262
Nigeria ; ; 0 ; Q1033
Ghana ; ; 0 ; Q117
Kenya ; ; 0 ; Q114
Ethiopia ; ; 0 ; Q115
Rwanda ; ; 0
Uganda ; ; 0
Tanzania ; ; 0
South Africa ; ; 0 ; Q258
Saudi Arabia ; ; 0 ; Q851
United Arab Emirates ; UAE ; 0 ; Q878
Qatar ; ; 0 ; Q846
Bahrain ; ; 0
Kuwait ; ; 0
Oman ; ; 0
Iran ; ; 0 ; Q794
Iraq ; ; 0 ; Q796
Pakistan ; ; 0 ; Q843
India ; ; 0 ; Q668
Bangladesh ; ; 0 ; Q902
Sri Lanka ; ; 0 ; Q854
Nepal ; ; 0 ; Q837
China ; People's Republic of China|PRC ; 0 ; Q148
Hong Kong ; HK ; 0 ; Q8646
Taiwan ; ; 0 ; Q865
Japan ; ; 0 ; Q17
South Korea ; Korea|Republic of Korea ; 0 ; Q884
Singapore ; ; 0 ; Q334
Malaysia ; ; 0 ; Q833
Indonesia ; ; 0 ; Q252
Thailand ; ; 0 ; Q869
Vietnam ; Viet Nam ; 0 ; Q881
Philippines ; ; 0 ; Q928
Cambodia ; ; 0
Mongolia ; ; 0
Kazakhstan ; ; 0
Australia ; ; 0 ; Q408
New Zealand ; ; 0 ; Q664
"""

CITIES = """
San Francisco ; SF|San Fran|S.F. ; 0 ; Q62
New York City ; NYC|New York|New York, NY ; 0 ; Q60
Los Angeles ; L.A. ; 0 ; Q65
Chicago ; ; 0 ; Q1297
Seattle ; ; 0 ; Q5083
Boston ; ; 0 ; Q100
Austin ; ; 0 ; Q16559
Portland ; PDX|Portland, Oregon ; 0 ; Q6106
San Diego ; ; 0 ; Q16552
San Jose ; ; 0 ; Q16553
Atlanta ; ATL ; 0 ; Q23556
Las Vegas ; Vegas ; 0 ; Q23768
Denver ; ; 0 ; Q16554
Dallas ; ; 0 ; Q16557
Houston ; ; 0 ; Q16555
Phoenix ; ; 1 ; Q16556
Philadelphia ; Philly ; 0 ; Q1345
Miami ; ; 0 ; Q8652
Minneapolis ; ; 0 ; Q36091
Detroit ; ; 0 ; Q12439
Pittsburgh ; ; 0 ; Q1342
Baltimore ; ; 0 ; Q5092
Nashville ; ; 0
New Orleans ; NOLA ; 0 ; Q34404
Salt Lake City ; SLC ; 0 ; Q23337
St. Louis ; Saint Louis|St Louis ; 0 ; Q38022
Cleveland ; ; 0 ; Q37320
Honolulu ; ; 0 ; Q18094
San Antonio ; ; 0 ; Q975
Sacramento ; ; 0
Oakland ; ; 0
Berkeley ; ; 0
Palo Alto ; ; 0
Mountain View ; ; 0
Sunnyvale ; ; 0
Santa Clara ; ; 0
Cupertino ; ; 0
Menlo Park ; ; 0
Redwood City ; ; 0
San Mateo ; ; 0
Burlingame ; ; 0
Foster City ; ; 0
Milpitas ; ; 0
Fremont ; ; 0
Los Gatos ; ; 0
Campbell ; ; 1
Santa Cruz ; ; 0
Monterey ; ; 0
Santa Barbara ; ; 0
Santa Monica ; ; 0
Pasadena ; ; 0
Burbank ; ; 0
Long Beach ; ; 0
Anaheim ; ; 0
Irvine ; ; 1
Newport Beach ; ; 0
Palm Springs ; ; 0
Fresno ; ; 0
Napa ; ; 0
Redmond ; ; 0
Bellevue ; ; 0
Kirkland ; ; 1
Tacoma ; ; 0
Spokane ; ; 0
Olympia ; ; 1
Vancouver ; ; 0 ; Q24639
Victoria ; ; 1
Eugene ; ; 1
Salem ; ; 1
Bend ; ; 1
Hillsboro ; ; 0
Beaverton ; ; 0
Boise ; ; 0
Reno ; ; 0
Henderson ; ; 1
Tucson ; ; 0
Scottsdale ; ; 0
Tempe ; ; 0
Mesa ; ; 1
Chandler ; ; 1
Albuquerque ; ; 0
Santa Fe ; ; 0
El Paso ; ; 0
Boulder ; ; 1
Broomfield ; ; 0
Fort Collins ; ; 0
Colorado Springs ; ; 0
Aurora ; ; 1
Golden ; ; 1
Aspen ; ; 1
Vail ; ; 0
Breckenridge ; ; 0
Park City ; ; 0
Provo ; ; 0
Ogden ; ; 1
Lehi ; ; 0
Cheyenne ; ; 0
Missoula ; ; 0
Bozeman ; ; 0
Fort Worth ; ; 0
Plano ; ; 0
Irving ; ; 1
Frisco ; ; 0
Arlington ; ; 0
Round Rock ; ; 0
College Station ; ; 0
Waco ; ; 0
Lubbock ; ; 0
Corpus Christi ; ; 0
Galveston ; ; 0
Oklahoma City ; OKC ; 0
Tulsa ; ; 0
Little Rock ; ; 0
Memphis ; ; 0
Knoxville ; ; 0
Chattanooga ; ; 0
Louisville ; ; 0
Lexington ; ; 0
Birmingham ; ; 0
Huntsville ; ; 0
Jackson ; ; 1
Charlotte ; ; 1
Raleigh ; ; 0
Durham ; ; 0
Chapel Hill ; ; 0
Asheville ; ; 0
Greenville ; ; 0
Charleston ; ; 0
Columbia ; ; 1
Savannah ; ; 1
Jacksonville ; ; 0
Orlando ; ; 0
Tampa ; ; 0
Fort Lauderdale ; ; 0
Miami Beach ; ; 0
Boca Raton ; ; 0
Tallahassee ; ; 0
Gainesville ; ; 0
Key West ; ; 0
Richmond ; ; 0
Norfolk ; ; 0
Virginia Beach ; ; 0
Alexandria ; ; 1
Reston ; ; 0
Herndon ; ; 0
Tysons Corner ; Tysons ; 0
Bethesda ; ; 0
Rockville ; ; 0
Annapolis ; ; 0
Wilmington ; ; 0
Newark ; ; 0
Jersey City ; ; 0
Hoboken ; ; 0
Princeton ; ; 0
Trenton ; ; 0
Stamford ; ; 0
Hartford ; ; 0
New Haven ; ; 0
Providence ; ; 1
Cambridge ; ; 0
Somerville ; ; 0
Worcester ; ; 0
Burlington ; ; 0
Portsmouth ; ; 0
Manchester ; ; 0
Albany ; ; 0
Buffalo ; ; 1
Rochester ; ; 0
Syracuse ; ; 0
Ithaca ; ; 0
Harrisburg ; ; 0
Columbus ; ; 1
Cincinnati ; ; 0
Dayton ; ; 0
Akron ; ; 0
Toledo ; ; 0
Ann Arbor ; ; 0
Grand Rapids ; ; 0
Lansing ; ; 0
Indianapolis ; Indy ; 0
Bloomington ; ; 0
Milwaukee ; ; 0
Madison ; ; 1
Green Bay ; ; 0
Saint Paul ; St. Paul|St Paul ; 0
Duluth ; ; 0
Des Moines ; ; 0
Omaha ; ; 0
Lincoln ; ; 1
Kansas City ; ; 0
Wichita ; ; 0
Springfield ; ; 0
Sioux Falls ; ; 0
Fargo ; ; 0
Anchorage ; ; 0
Maui ; ; 0
Toronto ; ; 0 ; Q172
Montreal ; Montréal ; 0 ; Q340
Ottawa ; ; 0
Calgary ; ; 0
Edmonton ; ; 0
Winnipeg ; ; 0
Quebec City ; Québec City ; 0
Halifax ; ; 0
Waterloo ; ; 1
Kitchener ; ; 0
Mexico City ; Ciudad de México ; 0 ; Q1489
Guadalajara ; ; 0
Monterrey ; ; 0
Cancún ; Cancun ; 0
São Paulo ; Sao Paulo ; 0 ; Q174
Rio de Janeiro ; Rio ; 0 ; Q8678
Porto Alegre ; ; 0
Florianópolis ; Florianopolis ; 0
Belo Horizonte ; ; 0
Brasília ; Brasilia ; 0
Buenos Aires ; ; 0 ; Q1486
Santiago ; ; 1 ; Q2887
Lima ; ; 0 ; Q2868
Bogotá ; Bogota ; 0 ; Q2841
Medellín ; Medellin ; 0
Montevideo ; ; 0
Quito ; ; 0
Caracas ; ; 0
San Juan ; ; 0
Havana ; ; 0
London ; ; 0 ; Q84
Edinburgh ; ; 0 ; Q23436
Glasgow ; ; 0
Bristol ; ; 0
Leeds ; ; 0
Liverpool ; ; 0
Newcastle ; ; 0
Sheffield ; ; 0
Nottingham ; ; 0
Brighton ; ; 0
Oxford ; ; 0
Reading ; ; 1
Bath ; ; 1
Belfast ; ; 0
Cardiff ; ; 0
Dublin ; ; 0 ; Q1761
Cork ; ; 1
Galway ; ; 0
Paris ; ; 0 ; Q90
Lyon ; ; 0
Marseille ; ; 0
Nice ; ; 1
Toulouse ; ; 0
Bordeaux ; ; 0
Lille ; ; 0
Nantes ; ; 0
Grenoble ; ; 0
Strasbourg ; ; 0
Cannes ; ; 0
Berlin ; ; 0 ; Q64
Munich ; München ; 0 ; Q1726
Hamburg ; ; 0 ; Q1055
Frankfurt ; Frankfurt am Main ; 0 ; Q1794
Cologne ; Köln ; 0
Düsseldorf ; Dusseldorf ; 0
Stuttgart ; ; 0
Karlsruhe ; ; 0
Heidelberg ; ; 0
Mannheim ; ; 0
Nuremberg ; Nürnberg ; 0
Dresden ; ; 0
Leipzig ; ; 0
Hanover ; Hannover ; 0
Bonn ; ; 0
Essen ; ; 0
Dortmund ; ; 0
Bremen ; ; 0
Aachen ; ; 0
Amsterdam ; ; 0 ; Q727
Rotterdam ; ; 0
The Hague ; Den Haag ; 0
Utrecht ; ; 0
Eindhoven ; ; 0
Delft ; ; 0
Brussels ; Bruxelles ; 0 ; Q239
Antwerp ; ; 0
Ghent ; Gent ; 0
Leuven ; ; 0
Zurich ; Zürich ; 0 ; Q72
Geneva ; Genève ; 0 ; Q71
Basel ; ; 0
Bern ; ; 0
Lausanne ; ; 0
Vienna ; Wien ; 0 ; Q1741
Salzburg ; ; 0
Graz ; ; 0
Prague ; Praha ; 0 ; Q1085
Brno ; ; 0
Bratislava ; ; 0
Budapest ; ; 0 ; Q1781
Warsaw ; Warszawa ; 0 ; Q270
Kraków ; Krakow|Cracow ; 0
Wrocław ; Wroclaw ; 0
Gdańsk ; Gdansk ; 0
Poznań ; Poznan ; 0
Copenhagen ; København ; 0 ; Q1748
Aarhus ; ; 0
Stockholm ; ; 0 ; Q1754
Gothenburg ; Göteborg ; 0
Malmö ; Malmo ; 0
Oslo ; ; 1 ; Q585
Bergen ; ; 0
Trondheim ; ; 0
Helsinki ; ; 0 ; Q1757
Tampere ; ; 0
Reykjavík ; Reykjavik ; 0
Tallinn ; ; 0
Riga ; ; 0
Vilnius ; ; 0
Madrid ; ; 0 ; Q2807
Barcelona ; ; 0 ; Q1492
Valencia ; ; 0
Seville ; Sevilla ; 0
Málaga ; Malaga ; 0
Bilbao ; ; 0
Lisbon ; Lisboa ; 0 ; Q597
Porto ; ; 0
Rome ; Roma ; 0 ; Q220
Milan ; Milano ; 0 ; Q490
Turin ; Torino ; 0
Florence ; Firenze ; 1 ; Q2044
Venice ; ; 0 ; Q641
Bologna ; ; 0
Naples ; ; 0
Athens ; ; 0 ; Q1524
Thessaloniki ; ; 0
Istanbul ; ; 0 ; Q406
Ankara ; ; 0
Bucharest ; ; 0
Cluj-Napoca ; Cluj ; 0
Sofia ; ; 1
Belgrade ; ; 0
Zagreb ; ; 0
Ljubljana ; ; 0
Kyiv ; Kiev ; 0
Lviv ; ; 0
Kharkiv ; ; 0
Minsk ; ; 0
Moscow ; ; 0 ; Q649
Saint Petersburg ; St. Petersburg ; 0
Novosibirsk ; ; 0
Tel Aviv ; Tel Aviv-Yafo ; 0 ; Q33935
Jerusalem ; ; 0
Haifa ; ; 0
Dubai ; ; 0
Abu Dhabi ; ; 0
Doha ; ; 0
Riyadh ; ; 0
Amman ; ; 0
Beirut ; ; 0
Cairo ; ; 0 ; Q85
Casablanca ; ; 0
Tunis ; ; 0
Lagos ; ; 0
Accra ; ; 0
Nairobi ; ; 0 ; Q3870
Kigali ; ; 0
Addis Ababa ; ; 0
Kampala ; ; 0
Johannesburg ; Joburg ; 0 ; Q34647
Cape Town ; ; 0 ; Q5465
Durban ; ; 0
Pretoria ; ; 0
Mumbai ; Bombay ; 0 ; Q1156
Bangalore ; Bengaluru ; 0 ; Q1355
Delhi ; New Delhi ; 0 ; Q1353
Hyderabad ; ; 0
Chennai ; Madras ; 0
Pune ; ; 0
Kolkata ; Calcutta ; 0
Ahmedabad ; ; 0
Noida ; ; 0
Gurgaon ; Gurugram ; 0
Kochi ; Cochin ; 0
Jaipur ; ; 0
Colombo ; ; 0
Kathmandu ; ; 0
Dhaka ; ; 0
Karachi ; ; 0
Lahore ; ; 0
Islamabad ; ; 0
Beijing ; Peking ; 0 ; Q956
Shanghai ; ; 0 ; Q8686
Shenzhen ; ; 0
Guangzhou ; ; 0
Hangzhou ; ; 0
Chengdu ; ; 0
Wuhan ; ; 0
Nanjing ; ; 0
Xi'an ; ; 0
Taipei ; ; 0 ; Q1867
Tokyo ; ; 0 ; Q1490
Osaka ; ; 0 ; Q35765
Kyoto ; ; 0 ; Q34600
Yokohama ; ; 0
Fukuoka ; ; 0
Sapporo ; ; 0
Nagoya ; ; 0
Seoul ; ; 0 ; Q8684
Busan ; ; 0
Kuala Lumpur ; KL ; 0 ; Q1865
Bangkok ; ; 0 ; Q1861
Chiang Mai ; ; 0
Ho Chi Minh City ; Saigon ; 0
Hanoi ; ; 0
Jakarta ; ; 0 ; Q3630
Bali ; ; 0
Manila ; ; 1 ; Q1461
Cebu ; ; 0
Phnom Penh ; ; 0
Ulaanbaatar ; ; 0
Almaty ; ; 0
Sydney ; ; 0 ; Q3130
Melbourne ; ; 0 ; Q3141
Brisbane ; ; 0
Perth ; ; 0
Adelaide ; ; 0
Canberra ; ; 0
Hobart ; ; 0
Gold Coast ; ; 0
Auckland ; ; 0
Wellington ; ; 0
Christchurch ; ; 0
Dunedin ; ; 0
"""

VENUES = """
Moscone Center ; Moscone|Moscone Convention Center ; 0
Moscone West ; ; 0
Moscone South ; ; 0
Moscone North ; ; 0
Yerba Buena Center for the Arts ; YBCA ; 0
Fort Mason Center ; Fort Mason ; 0
Pier 27 ; ; 0
Palace Hotel ; ; 0
Hilton San Francisco Union Square ; ; 0
San Francisco Marriott Marquis ; Marriott Marquis ; 0
Hyatt Regency San Francisco ; ; 0
Westin St. Francis ; ; 0
Computer History Museum ; ; 0
Santa Clara Convention Center ; ; 0
San Jose McEnery Convention Center ; San Jose Convention Center ; 0
Shoreline Amphitheatre ; ; 0
Oakland Convention Center ; ; 0
Austin Convention Center ; ; 0
Palmer Events Center ; ; 0
Hilton Austin ; ; 0
JW Marriott Austin ; ; 0
Long Center ; ; 0
Circuit of the Americas ; ; 0
AT&T Conference Center ; AT&T Executive Education and Conference Center ; 0
Oregon Convention Center ; ; 0
Crystal Ballroom ; ; 0
Portland Art Museum ; ; 0
Washington State Convention Center ; Seattle Convention Center ; 0
Bell Harbor International Conference Center ; ; 0
Meydenbauer Center ; ; 0
San Diego Convention Center ; ; 0
Manchester Grand Hyatt ; ; 0
Hotel del Coronado ; ; 0
Los Angeles Convention Center ; LA Convention Center ; 0
Anaheim Convention Center ; ; 0
Long Beach Convention Center ; ; 0
Pasadena Convention Center ; ; 0
Las Vegas Convention Center ; LVCC ; 0
Sands Expo ; Venetian Expo|Sands Expo and Convention Center ; 0
The Venetian ; Venetian Las Vegas ; 0
Mandalay Bay ; Mandalay Bay Convention Center ; 0
MGM Grand ; ; 0
Aria Resort ; ; 0
Caesars Palace ; ; 0
Bellagio ; ; 0
Wynn Las Vegas ; ; 0
Rio All-Suite Hotel ; ; 0
Colorado Convention Center ; ; 0
Omni Interlocken Resort ; Omni Interlocken ; 0
Gaylord Rockies ; ; 0
Kay Bailey Hutchison Convention Center ; Dallas Convention Center ; 0
Gaylord Texan ; ; 0
George R. Brown Convention Center ; ; 0
Henry B. González Convention Center ; Henry B. Gonzalez Convention Center ; 0
McCormick Place ; ; 0
Navy Pier ; ; 0
Hyatt Regency Chicago ; ; 0
Boston Convention and Exhibition Center ; BCEC ; 0
Hynes Convention Center ; Hynes ; 0
Seaport World Trade Center ; ; 0
Javits Center ; Jacob K. Javits Convention Center|Javits ; 0
New York Hilton Midtown ; ; 0
Pier 94 ; ; 0
Walter E. Washington Convention Center ; ; 0
Gaylord National Resort ; Gaylord National ; 0
Georgia World Congress Center ; ; 0
Orange County Convention Center ; ; 0
Gaylord Palms ; ; 0
Walt Disney World Swan and Dolphin ; ; 0
Miami Beach Convention Center ; ; 0
Ernest N. Morial Convention Center ; ; 0
Music City Center ; ; 0
Gaylord Opryland ; ; 0
Pennsylvania Convention Center ; ; 0
David L. Lawrence Convention Center ; ; 0
Cobo Center ; Huntington Place ; 0
Minneapolis Convention Center ; ; 0
Salt Palace Convention Center ; Salt Palace ; 0
Phoenix Convention Center ; ; 0
Greater Columbus Convention Center ; ; 0
Indiana Convention Center ; ; 0
Raleigh Convention Center ; ; 0
Hawaii Convention Center ; ; 0
Vancouver Convention Centre ; Vancouver Convention Center ; 0
Metro Toronto Convention Centre ; ; 0
Palais des congrès de Montréal ; ; 0
ExCeL London ; ExCeL ; 0
Olympia London ; ; 0
Barbican Centre ; ; 0
QEII Centre ; Queen Elizabeth II Conference Centre ; 0
Business Design Centre ; ; 0
Old Billingsgate ; ; 0
Convention Centre Dublin ; ; 0
RDS Dublin ; ; 0
Edinburgh International Conference Centre ; EICC ; 0
Palais des Congrès de Paris ; ; 0
Paris Expo Porte de Versailles ; ; 0
Le Palais des Festivals ; ; 0
Messe Berlin ; ; 0
Berlin Congress Center ; bcc Berlin ; 0
Estrel Berlin ; Estrel ; 0
ICC Berlin ; ; 0
Station Berlin ; ; 0
Messe München ; Messe Munich ; 0
Messe Frankfurt ; ; 0
Hannover Messe Grounds ; ; 0
RAI Amsterdam ; ; 0
Beurs van Berlage ; ; 0
World Forum The Hague ; ; 0
ULB Solbosch ; ; 0
Fira Gran Via ; Fira de Barcelona ; 0
CCIB ; Barcelona International Convention Centre ; 0
IFEMA ; ; 0
Lisbon Congress Centre ; ; 0
Altice Arena ; ; 0
Messe Wien ; ; 0
Austria Center Vienna ; ; 0
Bella Center ; ; 0
Stockholmsmässan ; ; 0
Helsinki Exhibition and Convention Centre ; Messukeskus ; 0
Tokyo Big Sight ; ; 0
Makuhari Messe ; ; 0
Grand Prince Hotel New Takanawa ; ; 0
Hong Kong Convention and Exhibition Centre ; HKCEC ; 0
AsiaWorld-Expo ; ; 0
Marina Bay Sands ; ; 0
Suntec Singapore ; Suntec City ; 0
China National Convention Center ; ; 0
Shanghai Expo Centre ; ; 0
COEX ; ; 0
Taipei Nangang Exhibition Center ; ; 0
Bangalore International Exhibition Centre ; BIEC ; 0
NIMHANS Convention Centre ; ; 0
Pragati Maidan ; ; 0
International Convention Centre Sydney ; ICC Sydney ; 0
Sydney Convention and Exhibition Centre ; ; 0
Melbourne Convention and Exhibition Centre ; ; 0
Brisbane Convention & Exhibition Centre ; ; 0
Dubai World Trade Centre ; ; 0
Sandton Convention Centre ; ; 0
Tel Aviv Convention Center ; Expo Tel Aviv ; 0
"""


# more cities that host technology conferences, and regions
CITIES_MORE = """
Amsterdam ;  ; 0
Rotterdam ;  ; 0
Utrecht ;  ; 0
The Hague ; Den Haag ; 0
Eindhoven ;  ; 0
Antwerp ; Antwerpen ; 0
Ghent ; Gent ; 0
Brussels ; Bruxelles ; 0
Leuven ;  ; 0
Luxembourg City ;  ; 0
Copenhagen ;  ; 0
Aarhus ;  ; 0
Stockholm ;  ; 0
Gothenburg ; Göteborg ; 0
Malmö ; Malmo ; 0
Bergen ;  ; 0
Trondheim ;  ; 0
Helsinki ;  ; 0
Tampere ;  ; 0
Espoo ;  ; 0
Oulu ;  ; 0
Tallinn ;  ; 0
Riga ;  ; 0
Vilnius ;  ; 0
Kaunas ;  ; 0
Warsaw ; Warszawa ; 0
Kraków ; Krakow|Cracow ; 0
Wrocław ; Wroclaw ; 0
Gdańsk ; Gdansk ; 0
Poznań ; Poznan ; 0
Łódź ; Lodz ; 0
Katowice ;  ; 0
Prague ; Praha ; 0
Brno ;  ; 0
Bratislava ;  ; 0
Vienna ; Wien ; 0
Graz ;  ; 0
Linz ;  ; 0
Salzburg ;  ; 0
Innsbruck ;  ; 0
Budapest ;  ; 0
Bucharest ;  ; 0
Cluj-Napoca ;  ; 0
Iași ; Iasi ; 0
Timișoara ; Timisoara ; 0
Sofia ;  ; 1
Plovdiv ;  ; 0
Belgrade ;  ; 0
Novi Sad ;  ; 0
Zagreb ;  ; 0
Split ;  ; 1
Ljubljana ;  ; 0
Sarajevo ;  ; 0
Skopje ;  ; 0
Tirana ;  ; 0
Athens ;  ; 0
Thessaloniki ;  ; 0
Kyiv ; Kiev ; 0
Lviv ;  ; 0
Kharkiv ;  ; 0
Odesa ; Odessa ; 0
Dnipro ;  ; 0
Minsk ;  ; 0
Chișinău ; Chisinau ; 0
Moscow ;  ; 0
Saint Petersburg ; St. Petersburg ; 0
Novosibirsk ;  ; 0
Yerevan ;  ; 0
Tbilisi ;  ; 0
Baku ;  ; 0
Almaty ;  ; 0
Astana ;  ; 0
Tashkent ;  ; 0
Istanbul ;  ; 0
Ankara ;  ; 0
Izmir ; İzmir ; 0
Berlin ;  ; 0
Munich ; München ; 0
Hamburg ;  ; 0
Frankfurt ; Frankfurt am Main ; 0
Cologne ; Köln ; 0
Düsseldorf ; Dusseldorf ; 0
Stuttgart ;  ; 0
Karlsruhe ;  ; 0
Nuremberg ; Nürnberg ; 0
Leipzig ;  ; 0
Dresden ;  ; 0
Hanover ; Hannover ; 0
Bremen ;  ; 0
Bonn ;  ; 0
Mannheim ;  ; 0
Heidelberg ;  ; 0
Darmstadt ;  ; 0
Aachen ;  ; 0
Freiburg ;  ; 0
Münster ;  ; 0
Dortmund ;  ; 0
Essen ;  ; 0
Kiel ;  ; 0
Potsdam ;  ; 0
Zurich ; Zürich ; 0
Geneva ; Genève ; 0
Basel ;  ; 0
Bern ;  ; 0
Lausanne ;  ; 0
Lucerne ; Luzern ; 0
Zug ;  ; 0
Lugano ;  ; 0
Paris ;  ; 0
Lyon ;  ; 0
Marseille ;  ; 0
Toulouse ;  ; 0
Bordeaux ;  ; 0
Lille ;  ; 0
Nantes ;  ; 0
Rennes ;  ; 0
Grenoble ;  ; 0
Strasbourg ;  ; 0
Montpellier ;  ; 0
Sophia Antipolis ;  ; 0
Brest ;  ; 0
Clermont-Ferrand ;  ; 0
Madrid ;  ; 0
Barcelona ;  ; 0
Valencia ;  ; 0
Seville ; Sevilla ; 0
Málaga ; Malaga ; 0
Bilbao ;  ; 0
Zaragoza ;  ; 0
Palma ; Palma de Mallorca ; 1
Las Palmas ;  ; 0
Tenerife ;  ; 0
Lisbon ; Lisboa ; 0
Porto ; Oporto ; 0
Braga ;  ; 0
Coimbra ;  ; 0
Rome ;  ; 0
Milan ; Milano ; 0
Turin ; Torino ; 0
Bologna ;  ; 0
Naples ; Napoli ; 0
Venice ; Venezia ; 0
Verona ;  ; 0
Genoa ; Genova ; 0
Pisa ;  ; 0
Trento ;  ; 0
Valletta ;  ; 0
London ;  ; 0
Manchester ;  ; 0
Birmingham ;  ; 0
Leeds ;  ; 0
Liverpool ;  ; 0
Bristol ;  ; 0
Brighton ;  ; 0
Cambridge ;  ; 0
Oxford ;  ; 0
Edinburgh ;  ; 0
Glasgow ;  ; 0
Aberdeen ;  ; 0
Dundee ;  ; 0
Cardiff ;  ; 0
Belfast ;  ; 0
Newcastle ; Newcastle upon Tyne ; 0
Sheffield ;  ; 0
Nottingham ;  ; 0
Leicester ;  ; 0
Milton Keynes ;  ; 0
Cork ;  ; 1
Galway ;  ; 0
Limerick ;  ; 1
Dublin ;  ; 0
Tel Aviv ; Tel Aviv-Yafo ; 0
Jerusalem ;  ; 0
Haifa ;  ; 0
Herzliya ;  ; 0
Dubai ;  ; 0
Abu Dhabi ;  ; 0
Doha ;  ; 0
Riyadh ;  ; 0
Jeddah ;  ; 0
Manama ;  ; 0
Muscat ;  ; 0
Kuwait City ;  ; 0
Amman ;  ; 0
Beirut ;  ; 0
Cairo ;  ; 0
Alexandria ;  ; 1
Casablanca ;  ; 0
Rabat ;  ; 0
Marrakesh ; Marrakech ; 0
Tunis ;  ; 0
Algiers ;  ; 0
Lagos ;  ; 0
Abuja ;  ; 0
Accra ;  ; 0
Nairobi ;  ; 0
Kigali ;  ; 0
Kampala ;  ; 0
Addis Ababa ;  ; 0
Dar es Salaam ;  ; 0
Johannesburg ;  ; 0
Cape Town ;  ; 0
Durban ;  ; 0
Pretoria ;  ; 0
Dakar ;  ; 0
Hyderabad ;  ; 0
Chennai ; Madras ; 0
Mumbai ; Bombay ; 0
Pune ;  ; 0
Noida ;  ; 0
Kolkata ; Calcutta ; 0
Ahmedabad ;  ; 0
Kochi ; Cochin ; 0
Thiruvananthapuram ; Trivandrum ; 0
Coimbatore ;  ; 0
Jaipur ;  ; 0
Chandigarh ;  ; 0
Goa ;  ; 0
Indore ;  ; 0
Karachi ;  ; 0
Lahore ;  ; 0
Islamabad ;  ; 0
Dhaka ;  ; 0
Colombo ;  ; 0
Kathmandu ;  ; 0
Beijing ; Peking ; 0
Shanghai ;  ; 0
Shenzhen ;  ; 0
Guangzhou ;  ; 0
Hangzhou ;  ; 0
Chengdu ;  ; 0
Nanjing ;  ; 0
Wuhan ;  ; 0
Xi'an ;  ; 0
Suzhou ;  ; 0
Hong Kong ;  ; 0
Macau ; Macao ; 0
Taipei ;  ; 0
Hsinchu ;  ; 0
Taichung ;  ; 0
Tokyo ;  ; 0
Osaka ;  ; 0
Kyoto ;  ; 0
Yokohama ;  ; 0
Nagoya ;  ; 0
Fukuoka ;  ; 0
Sapporo ;  ; 0
Kobe ;  ; 0
Sendai ;  ; 0
Seoul ;  ; 0
Busan ;  ; 0
Incheon ;  ; 0
Pangyo ;  ; 0
Singapore ;  ; 0
Kuala Lumpur ;  ; 0
Penang ;  ; 0
Jakarta ;  ; 0
Bandung ;  ; 0
Yogyakarta ;  ; 0
Bali ;  ; 0
Bangkok ;  ; 0
Chiang Mai ;  ; 0
Ho Chi Minh City ;  ; 0
Hanoi ;  ; 0
Da Nang ;  ; 0
Makati ;  ; 0
Cebu ;  ; 0
Ulaanbaatar ;  ; 0
Sydney ;  ; 0
Melbourne ;  ; 0
Brisbane ;  ; 0
Perth ;  ; 0
Adelaide ;  ; 0
Canberra ;  ; 0
Hobart ;  ; 0
Gold Coast ;  ; 0
Auckland ;  ; 0
Wellington ;  ; 0
Christchurch ;  ; 0
Dunedin ;  ; 0
Toronto ;  ; 0
Montreal ; Montréal ; 0
Vancouver ;  ; 0
Ottawa ;  ; 0
Calgary ;  ; 0
Edmonton ;  ; 0
Waterloo ;  ; 1
Kitchener ;  ; 0
Quebec City ; Québec ; 0
Halifax ;  ; 0
Winnipeg ;  ; 0
Victoria ;  ; 1
Mexico City ; Ciudad de México|CDMX ; 0
Guadalajara ;  ; 0
Monterrey ;  ; 0
São Paulo ; Sao Paulo ; 0
Rio de Janeiro ;  ; 0
Belo Horizonte ;  ; 0
Porto Alegre ;  ; 0
Florianópolis ; Florianopolis ; 0
Recife ;  ; 0
Curitiba ;  ; 0
Brasília ; Brasilia ; 0
Campinas ;  ; 0
Buenos Aires ;  ; 0
Córdoba ; Cordoba ; 0
Rosario ;  ; 1
Montevideo ;  ; 0
Santiago ;  ; 1
Lima ;  ; 0
Bogotá ; Bogota ; 0
Medellín ; Medellin ; 0
Cali ;  ; 1
Quito ;  ; 0
Caracas ;  ; 0
San José ;  ; 1
Panama City ;  ; 0
Havana ;  ; 0
San Juan ;  ; 0
Guatemala City ;  ; 0
Scandinavia ;  ; 0
Nordics ; Nordic countries ; 0
Benelux ;  ; 0
Baltics ; Baltic states ; 0
Balkans ;  ; 0
Iberia ; Iberian Peninsula ; 0
Middle East ;  ; 0
North Africa ;  ; 0
Sub-Saharan Africa ;  ; 0
Southeast Asia ;  ; 0
South Asia ;  ; 0
East Asia ;  ; 0
Latin America ; LATAM|LatAm ; 0
South America ;  ; 0
Central America ;  ; 0
North America ;  ; 0
Europe ;  ; 0
Asia ;  ; 0
Africa ;  ; 0
Oceania ;  ; 0
Asia-Pacific ; APAC|Asia Pacific ; 0
EMEA ;  ; 0
Bavaria ; Bayern ; 0
Catalonia ; Catalunya ; 0
Basque Country ;  ; 0
Andalusia ;  ; 0
Brittany ;  ; 1
Île-de-France ;  ; 0
Lombardy ;  ; 0
Flanders ;  ; 0
Wallonia ;  ; 0
Scotland ;  ; 0
Wales ;  ; 0
England ;  ; 0
Northern Ireland ;  ; 0
Ontario ;  ; 0
Quebec ;  ; 0
British Columbia ;  ; 0
Alberta ;  ; 0
Nova Scotia ;  ; 0
Karnataka ;  ; 0
Maharashtra ;  ; 0
Tamil Nadu ;  ; 0
Kerala ;  ; 0
Telangana ;  ; 0
Guangdong ;  ; 0
Zhejiang ;  ; 0
Kanto ;  ; 0
Kansai ;  ; 0
New South Wales ; NSW ; 0
Queensland ;  ; 0
Research Triangle ;  ; 0
Silicon Alley ;  ; 0
Silicon Hills ;  ; 0
Silicon Beach ;  ; 0
Silicon Slopes ;  ; 0
Silicon Roundabout ;  ; 0
Silicon Wadi ;  ; 0
Silicon Fen ;  ; 0
"""

ADDED_BLOCKS = (CITIES_MORE,)


def rows():
    out = []
    for block in (STATES, COUNTRIES, CITIES, VENUES, *ADDED_BLOCKS):
        out += parse_table(block, "Place")
    return out


if __name__ == "__main__":
    write_tsv("places.tsv", rows())
