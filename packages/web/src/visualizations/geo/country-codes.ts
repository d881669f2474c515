/** One country or territory with the codes maps identify it by. */
export interface CountryCodes {
  /** ISO 3166-1 numeric code (`250`), the id of world-atlas's country shapes; '' when none. */
  numeric: string;
  /** ISO 3166-1 alpha-2 (`FR`); Superset's `cca2`. */
  cca2: string;
  /** ISO 3166-1 alpha-3 (`FRA`); Superset's `cca3`. */
  cca3: string;
  /** International Olympic Committee code (`FRA`); '' for territories without one. */
  cioc: string;
  /** The common English name. */
  name: string;
  /** Other names the country goes by in data (official names, shortened map labels). */
  altNames: readonly string[];
}

// numeric|alpha-2|alpha-3|IOC|name[;other names]. ISO 3166-1 as of 2024, plus Kosovo (XK).
const TABLE = `
004|AF|AFG|AFG|Afghanistan
248|AX|ALA||Åland Islands;Aland
008|AL|ALB|ALB|Albania
012|DZ|DZA|ALG|Algeria
016|AS|ASM|ASA|American Samoa
020|AD|AND|AND|Andorra
024|AO|AGO|ANG|Angola
660|AI|AIA||Anguilla
010|AQ|ATA||Antarctica
028|AG|ATG|ANT|Antigua and Barbuda
032|AR|ARG|ARG|Argentina
051|AM|ARM|ARM|Armenia
533|AW|ABW|ARU|Aruba
036|AU|AUS|AUS|Australia
040|AT|AUT|AUT|Austria
031|AZ|AZE|AZE|Azerbaijan
044|BS|BHS|BAH|Bahamas;The Bahamas
048|BH|BHR|BRN|Bahrain
050|BD|BGD|BAN|Bangladesh
052|BB|BRB|BAR|Barbados
112|BY|BLR|BLR|Belarus
056|BE|BEL|BEL|Belgium
084|BZ|BLZ|BIZ|Belize
204|BJ|BEN|BEN|Benin
060|BM|BMU|BER|Bermuda
064|BT|BTN|BHU|Bhutan
068|BO|BOL|BOL|Bolivia
535|BQ|BES||Caribbean Netherlands;Bonaire, Sint Eustatius and Saba
070|BA|BIH|BIH|Bosnia and Herzegovina;Bosnia and Herz.
072|BW|BWA|BOT|Botswana
074|BV|BVT||Bouvet Island
076|BR|BRA|BRA|Brazil
086|IO|IOT||British Indian Ocean Territory
092|VG|VGB|IVB|British Virgin Islands
096|BN|BRN|BRU|Brunei;Brunei Darussalam
100|BG|BGR|BUL|Bulgaria
854|BF|BFA|BUR|Burkina Faso
108|BI|BDI|BDI|Burundi
132|CV|CPV|CPV|Cape Verde;Cabo Verde
116|KH|KHM|CAM|Cambodia
120|CM|CMR|CMR|Cameroon
124|CA|CAN|CAN|Canada
136|KY|CYM|CAY|Cayman Islands
140|CF|CAF|CAF|Central African Republic;Central African Rep.
148|TD|TCD|CHA|Chad
152|CL|CHL|CHI|Chile
156|CN|CHN|CHN|China
162|CX|CXR||Christmas Island
166|CC|CCK||Cocos (Keeling) Islands
170|CO|COL|COL|Colombia
174|KM|COM|COM|Comoros
178|CG|COG|CGO|Republic of the Congo;Congo;Congo-Brazzaville
180|CD|COD|COD|DR Congo;Democratic Republic of the Congo;Dem. Rep. Congo;Congo-Kinshasa
184|CK|COK|COK|Cook Islands
188|CR|CRI|CRC|Costa Rica
384|CI|CIV|CIV|Ivory Coast;Côte d'Ivoire;Cote d'Ivoire
191|HR|HRV|CRO|Croatia
192|CU|CUB|CUB|Cuba
531|CW|CUW||Curaçao;Curacao
196|CY|CYP|CYP|Cyprus
203|CZ|CZE|CZE|Czechia;Czech Republic
208|DK|DNK|DEN|Denmark
262|DJ|DJI|DJI|Djibouti
212|DM|DMA|DMA|Dominica
214|DO|DOM|DOM|Dominican Republic;Dominican Rep.
218|EC|ECU|ECU|Ecuador
818|EG|EGY|EGY|Egypt
222|SV|SLV|ESA|El Salvador
226|GQ|GNQ|GEQ|Equatorial Guinea;Eq. Guinea
232|ER|ERI|ERI|Eritrea
233|EE|EST|EST|Estonia
748|SZ|SWZ|SWZ|Eswatini;eSwatini;Swaziland
231|ET|ETH|ETH|Ethiopia
238|FK|FLK||Falkland Islands;Falkland Is.
234|FO|FRO||Faroe Islands
242|FJ|FJI|FIJ|Fiji
246|FI|FIN|FIN|Finland
250|FR|FRA|FRA|France
254|GF|GUF||French Guiana
258|PF|PYF||French Polynesia
260|TF|ATF||French Southern and Antarctic Lands;Fr. S. Antarctic Lands
266|GA|GAB|GAB|Gabon
270|GM|GMB|GAM|Gambia;The Gambia
268|GE|GEO|GEO|Georgia
276|DE|DEU|GER|Germany
288|GH|GHA|GHA|Ghana
292|GI|GIB||Gibraltar
300|GR|GRC|GRE|Greece
304|GL|GRL||Greenland
308|GD|GRD|GRN|Grenada
312|GP|GLP||Guadeloupe
316|GU|GUM|GUM|Guam
320|GT|GTM|GUA|Guatemala
831|GG|GGY||Guernsey
324|GN|GIN|GUI|Guinea
624|GW|GNB|GBS|Guinea-Bissau
328|GY|GUY|GUY|Guyana
332|HT|HTI|HAI|Haiti
334|HM|HMD||Heard Island and McDonald Islands
336|VA|VAT||Vatican City;Vatican;Holy See
340|HN|HND|HON|Honduras
344|HK|HKG|HKG|Hong Kong
348|HU|HUN|HUN|Hungary
352|IS|ISL|ISL|Iceland
356|IN|IND|IND|India
360|ID|IDN|INA|Indonesia
364|IR|IRN|IRI|Iran
368|IQ|IRQ|IRQ|Iraq
372|IE|IRL|IRL|Ireland
833|IM|IMN||Isle of Man
376|IL|ISR|ISR|Israel
380|IT|ITA|ITA|Italy
388|JM|JAM|JAM|Jamaica
392|JP|JPN|JPN|Japan
832|JE|JEY||Jersey
400|JO|JOR|JOR|Jordan
398|KZ|KAZ|KAZ|Kazakhstan
404|KE|KEN|KEN|Kenya
296|KI|KIR|KIR|Kiribati
408|KP|PRK|PRK|North Korea
410|KR|KOR|KOR|South Korea;Korea
|XK|XKX|KOS|Kosovo
414|KW|KWT|KUW|Kuwait
417|KG|KGZ|KGZ|Kyrgyzstan
418|LA|LAO|LAO|Laos
428|LV|LVA|LAT|Latvia
422|LB|LBN|LBN|Lebanon
426|LS|LSO|LES|Lesotho
430|LR|LBR|LBR|Liberia
434|LY|LBY|LBA|Libya
438|LI|LIE|LIE|Liechtenstein
440|LT|LTU|LTU|Lithuania
442|LU|LUX|LUX|Luxembourg
446|MO|MAC||Macau;Macao
450|MG|MDG|MAD|Madagascar
454|MW|MWI|MAW|Malawi
458|MY|MYS|MAS|Malaysia
462|MV|MDV|MDV|Maldives
466|ML|MLI|MLI|Mali
470|MT|MLT|MLT|Malta
584|MH|MHL|MHL|Marshall Islands
474|MQ|MTQ||Martinique
478|MR|MRT|MTN|Mauritania
480|MU|MUS|MRI|Mauritius
175|YT|MYT||Mayotte
484|MX|MEX|MEX|Mexico
583|FM|FSM|FSM|Micronesia
498|MD|MDA|MDA|Moldova
492|MC|MCO|MON|Monaco
496|MN|MNG|MGL|Mongolia
499|ME|MNE|MNE|Montenegro
500|MS|MSR||Montserrat
504|MA|MAR|MAR|Morocco
508|MZ|MOZ|MOZ|Mozambique
104|MM|MMR|MYA|Myanmar
516|NA|NAM|NAM|Namibia
520|NR|NRU|NRU|Nauru
524|NP|NPL|NEP|Nepal
528|NL|NLD|NED|Netherlands
540|NC|NCL||New Caledonia
554|NZ|NZL|NZL|New Zealand
558|NI|NIC|NCA|Nicaragua
562|NE|NER|NIG|Niger
566|NG|NGA|NGR|Nigeria
570|NU|NIU||Niue
574|NF|NFK||Norfolk Island
807|MK|MKD|MKD|North Macedonia;Macedonia
580|MP|MNP||Northern Mariana Islands
578|NO|NOR|NOR|Norway
512|OM|OMN|OMA|Oman
586|PK|PAK|PAK|Pakistan
585|PW|PLW|PLW|Palau
275|PS|PSE|PLE|Palestine
591|PA|PAN|PAN|Panama
598|PG|PNG|PNG|Papua New Guinea
600|PY|PRY|PAR|Paraguay
604|PE|PER|PER|Peru
608|PH|PHL|PHI|Philippines
612|PN|PCN||Pitcairn Islands
616|PL|POL|POL|Poland
620|PT|PRT|POR|Portugal
630|PR|PRI|PUR|Puerto Rico
634|QA|QAT|QAT|Qatar
638|RE|REU||Réunion;Reunion
642|RO|ROU|ROU|Romania
643|RU|RUS|RUS|Russia;Russian Federation
646|RW|RWA|RWA|Rwanda
652|BL|BLM||Saint Barthélemy;Saint Barthelemy
654|SH|SHN||Saint Helena, Ascension and Tristan da Cunha;Saint Helena
659|KN|KNA|SKN|Saint Kitts and Nevis
662|LC|LCA|LCA|Saint Lucia
663|MF|MAF||Saint Martin
666|PM|SPM||Saint Pierre and Miquelon
670|VC|VCT|VIN|Saint Vincent and the Grenadines
882|WS|WSM|SAM|Samoa
674|SM|SMR|SMR|San Marino
678|ST|STP|STP|São Tomé and Príncipe;Sao Tome and Principe
682|SA|SAU|KSA|Saudi Arabia
686|SN|SEN|SEN|Senegal
688|RS|SRB|SRB|Serbia
690|SC|SYC|SEY|Seychelles
694|SL|SLE|SLE|Sierra Leone
702|SG|SGP|SGP|Singapore
534|SX|SXM||Sint Maarten
703|SK|SVK|SVK|Slovakia
705|SI|SVN|SLO|Slovenia
090|SB|SLB|SOL|Solomon Islands;Solomon Is.
706|SO|SOM|SOM|Somalia
710|ZA|ZAF|RSA|South Africa
239|GS|SGS||South Georgia;South Georgia and the South Sandwich Islands
728|SS|SSD|SSD|South Sudan;S. Sudan
724|ES|ESP|ESP|Spain
144|LK|LKA|SRI|Sri Lanka
729|SD|SDN|SUD|Sudan
740|SR|SUR|SUR|Suriname
744|SJ|SJM||Svalbard and Jan Mayen
752|SE|SWE|SWE|Sweden
756|CH|CHE|SUI|Switzerland
760|SY|SYR|SYR|Syria
158|TW|TWN|TPE|Taiwan
762|TJ|TJK|TJK|Tajikistan
834|TZ|TZA|TAN|Tanzania
764|TH|THA|THA|Thailand
626|TL|TLS|TLS|Timor-Leste;East Timor
768|TG|TGO|TOG|Togo
772|TK|TKL||Tokelau
776|TO|TON|TGA|Tonga
780|TT|TTO|TTO|Trinidad and Tobago
788|TN|TUN|TUN|Tunisia
792|TR|TUR|TUR|Turkey;Türkiye
795|TM|TKM|TKM|Turkmenistan
796|TC|TCA||Turks and Caicos Islands
798|TV|TUV|TUV|Tuvalu
800|UG|UGA|UGA|Uganda
804|UA|UKR|UKR|Ukraine
784|AE|ARE|UAE|United Arab Emirates
826|GB|GBR|GBR|United Kingdom
840|US|USA|USA|United States;United States of America
581|UM|UMI||United States Minor Outlying Islands
850|VI|VIR|ISV|United States Virgin Islands
858|UY|URY|URU|Uruguay
860|UZ|UZB|UZB|Uzbekistan
548|VU|VUT|VAN|Vanuatu
862|VE|VEN|VEN|Venezuela
704|VN|VNM|VIE|Vietnam
876|WF|WLF||Wallis and Futuna
732|EH|ESH||Western Sahara;W. Sahara
887|YE|YEM|YEM|Yemen
894|ZM|ZMB|ZAM|Zambia
716|ZW|ZWE|ZIM|Zimbabwe
`;

function parseRow(line: string): CountryCodes {
  const [numeric = '', cca2 = '', cca3 = '', cioc = '', names = ''] = line.split('|');
  const [name = '', ...altNames] = names.split(';');
  return { numeric, cca2, cca3, cioc, name, altNames };
}

/** Every country and territory with an ISO 3166-1 code (and Kosovo), sorted by name. */
export const COUNTRIES: readonly CountryCodes[] = TABLE.trim()
  .split('\n')
  .map(parseRow)
  .sort((a, b) => a.name.localeCompare(b.name));
