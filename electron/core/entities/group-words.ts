/**
 * Words that name groups of people: nationalities, regional and religious groups and party
 * members. Written as adjectives (and, where it differs, the plural noun); matched with a
 * capital initial only, so "western" or "democrats" in lower case stay plain words.
 */
const NATIONALITIES =
  'Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian ' +
  'Azerbaijani Bahraini Bangladeshi Barbadian Belarusian Belgian Belizean Beninese Bhutanese Bolivian ' +
  'Bosnian Botswanan Brazilian British Bruneian Bulgarian Burkinabe Burmese Burundian Cambodian ' +
  'Cameroonian Canadian Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish ' +
  'Djiboutian Dominican Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian Fijian ' +
  'Filipino Finnish French Gabonese Gambian Georgian German Ghanaian Greek Grenadian Guatemalan Guinean ' +
  'Guyanese Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian ' +
  'Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao Laotian Latvian ' +
  'Lebanese Liberian Libyan Lithuanian Luxembourgish Macedonian Malagasy Malawian Malaysian Maldivian ' +
  'Malian Maltese Mauritanian Mauritian Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican ' +
  'Namibian Nepalese Nepali Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian ' +
  'Paraguayan Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Salvadoran Samoan Saudi Scottish ' +
  'Senegalese Serbian Sierra-Leonean Singaporean Slovak Slovenian Somali Spanish Sudanese Surinamese ' +
  'Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Togolese Tongan Tunisian Turkish Turkmen Ugandan ' +
  'Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean ' +
  'Soviet Kurdish Tibetan Uyghur Uighur Basque Catalan Flemish Chechen Tatar Crimean Cossack Roma Bedouin ' +
  'Arab Arabic Persian Slavic Latino Hispanic Asian African European Scandinavian Balkan Caucasian ' +
  'Latin-American Middle-Eastern Nordic Baltic Pashtun Hutu Tutsi Maori Aboriginal Inuit';
const PLURAL_ONLY =
  'Americans Britons Brits Russians Ukrainians Germans Italians Israelis Palestinians Arabs Iranians ' +
  'Iraqis Syrians Afghans Pakistanis Indians Canadians Mexicans Australians Europeans Africans Asians ' +
  'Kurds Turks Greeks Poles Serbs Croats Czechs Danes Swedes Finns Norwegians Dutchmen Frenchmen ' +
  'Englishmen Scots Saudis Koreans Latinos Hispanics Yemenis Lebanese Somalis Nigerians Kenyans ' +
  'Egyptians Libyans Jordanians Filipinos Brazilians Argentines Chileans Colombians Venezuelans Cubans';
const RELIGIONS =
  'Muslim Muslims Islamic Christian Christians Catholic Catholics Protestant Protestants Orthodox ' +
  'Jewish Jew Jews Hindu Hindus Buddhist Buddhists Sikh Sikhs Sunni Sunnis Shia Shiite Shiites Evangelical ' +
  'Evangelicals Mormon Mormons Anglican Anglicans Lutheran Methodist Baptist Baptists Quaker Quakers';
const POLITICAL =
  'Democrat Democrats Republican Republicans Tory Tories Labourite Whig Whigs Bolshevik Bolsheviks ' +
  'Communist Communists Socialist Socialists Liberal Liberals Conservative Conservatives Nazi Nazis ' +
  'Maoist Maoists Taliban Houthi Houthis Sandinista Zionist Zionists Western Westerners Eastern';

export const GROUP_WORDS: ReadonlySet<string> = new Set(
  [NATIONALITIES, PLURAL_ONLY, RELIGIONS, POLITICAL].join(' ').split(/\s+/),
);

/**
 * Political words that are also ordinary adjectives or party names inside organisations
 * ("Republican Party", "Conservative government"): only a group when they stand alone.
 */
export const WEAK_GROUP_WORDS: ReadonlySet<string> = new Set(
  'Democrat Republican Liberal Conservative Socialist Communist Eastern Western Orthodox Evangelical'.split(
    ' ',
  ),
);

export function isGroupWord(word: string): boolean {
  return GROUP_WORDS.has(word);
}
