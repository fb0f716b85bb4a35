//! What the person reads, checked over every shipped locale: the first line of each message
//! (what a lock screen shows) gives nothing away, button labels fit a button, and every
//! message fits one Telegram message once rendered with realistic values.
//!
//! A new locale gets its list of revealing words in [`REVEALING`]; the test refuses a
//! locale without one.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::support::fixtures::{self, ROOT};
use varco::flow::Text;
use varco::l10n::Locales;

/// Per language, words that must not be in a first line. A word matches a whole word; a
/// word ending in `*` matches any word starting with it; a phrase (with a space) and a word
/// in a script written without spaces (Chinese) match anywhere. Lowercase.
const REVEALING: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "helpline",
            "traffick*",
            "exploit*",
            "danger*",
            "police",
            "case",
            "victim*",
            "abuse*",
            "violen*",
            "smuggl*",
            "prostitut*",
            "complaint",
            "antitratta",
        ],
    ),
    (
        "it",
        &[
            "numero verde",
            "antitratta",
            "tratta",
            "sfrutta*",
            "pericol*",
            "polizia",
            "questura",
            "caso",
            "vittim*",
            "abus*",
            "violenz*",
            "denunci*",
            "prostitu*",
        ],
    ),
    (
        "pcm",
        &[
            "helpline",
            "help line",
            "traffick*",
            "exploit*",
            "danger*",
            "police",
            "olopa",
            "case",
            "victim*",
            "abuse*",
            "violen*",
            "smuggl*",
            "prostitut*",
            "ashawo",
            "complaint",
            "antitratta",
        ],
    ),
    (
        "fr",
        &[
            "numéro vert",
            "ligne d'écoute",
            "ligne d’écoute",
            "ligne d'aide",
            "ligne d’aide",
            "antitratta",
            "traite",
            "trafic*",
            "exploit*",
            "danger*",
            "police*",
            "policier*",
            "gendarm*",
            "dossier",
            "victime*",
            "abus*",
            "violen*",
            "passeur*",
            "prostitu*",
            "plainte*",
        ],
    ),
    (
        "ur",
        &[
            "ہیلپ لائن",
            "ہیلپ",
            "انسانی اسمگلنگ",
            "اسمگلنگ",
            "سمگلنگ",
            "ٹریفکنگ",
            "استحصال",
            "خطرہ",
            "خطرے",
            "خطرناک",
            "پولیس",
            "کیس",
            "مقدمہ",
            "مقدمے",
            "متاثرہ",
            "زیادتی",
            "تشدد",
            "بدسلوکی",
            "شکایت",
            "جسم فروشی",
        ],
    ),
    (
        "ar",
        &[
            "خط المساعدة",
            "الخط الساخن",
            "اتجار",
            "الاتجار",
            "والاتجار",
            "استغلال",
            "الاستغلال",
            "واستغلال",
            "خطر",
            "الخطر",
            "خطير",
            "خطيرة",
            "شرطة",
            "الشرطة",
            "للشرطة",
            "والشرطة",
            "قضية",
            "القضية",
            "قضيتك",
            "ضحية",
            "الضحية",
            "ضحايا",
            "إساءة",
            "الإساءة",
            "عنف",
            "العنف",
            "تهريب",
            "التهريب",
            "شكوى",
            "دعارة",
            "الدعارة",
        ],
    ),
    (
        "bn",
        &[
            "হেল্পলাইন",
            "হেল্প লাইন",
            "পাচার*",
            "শোষণ*",
            "বিপদ*",
            "বিপজ্জনক",
            "পুলিশ*",
            "মামলা*",
            "কেস",
            "ভুক্তভোগী*",
            "নির্যাতন*",
            "সহিংস*",
            "অভিযোগ*",
            "পতিতা*",
            "যৌনকর্ম*",
            "নিপীড়ন*",
        ],
    ),
    (
        "pt",
        &[
            "linha de ajuda",
            "disque",
            "antitratta",
            "tráfico",
            "trafico",
            "traficante*",
            "explora*",
            "perig*",
            "polícia",
            "policia",
            "caso",
            "vítima*",
            "vitima*",
            "abus*",
            "violên*",
            "violen*",
            "denúncia*",
            "denuncia*",
            "prostitu*",
        ],
    ),
    (
        "ro",
        &[
            "linie de asistență",
            "linia de asistență",
            "linie telefonică",
            "antitratta",
            "trafic*",
            "exploat*",
            "pericol*",
            "poliți*",
            "politi*",
            "caz",
            "cazul",
            "victim*",
            "abuz*",
            "violen*",
            "plângere*",
            "denunț*",
            "prostitu*",
        ],
    ),
    (
        "zh",
        &[
            "热线", "拐卖", "贩卖", "贩运", "剥削", "危险", "警察", "报警", "警方", "案件", "个案", "案例", "受害",
            "虐待", "暴力", "投诉", "举报", "卖淫", "偷渡", "反拐",
        ],
    ),
    (
        "pa",
        &[
            "ਹੈਲਪਲਾਈਨ",
            "ਹੈਲਪ ਲਾਈਨ",
            "ਤਸਕਰੀ",
            "ਸ਼ੋਸ਼ਣ",
            "ਸੋਸ਼ਣ",
            "ਖ਼ਤਰ*",
            "ਖਤਰ*",
            "\u{a59}ਤਰ*",
            "ਪੁਲਿਸ",
            "ਪੁਲੀਸ",
            "ਕੇਸ",
            "ਮਾਮਲਾ",
            "ਮਾਮਲੇ",
            "ਪੀੜਤ*",
            "ਦੁਰਵਿਵਹਾਰ",
            "ਹਿੰਸਾ",
            "ਸ਼ਿਕਾਇਤ",
            "ਵੇਸਵਾ*",
            "ਜਿਸਮਫਰੋਸ਼ੀ",
        ],
    ),
    (
        "sq",
        &[
            "linja e ndihmës",
            "numri i gjelbër",
            "antitratta",
            "trafik*",
            "shfrytëz*",
            "rrezik*",
            "polic*",
            "rast",
            "rasti",
            "rastin",
            "rastit",
            "viktim*",
            "abuz*",
            "dhun*",
            "ankes*",
            "kallëzim*",
            "prostitu*",
        ],
    ),
    (
        "es",
        &[
            "línea de ayuda",
            "teléfono gratuito",
            "antitratta",
            "antitrata",
            "trata",
            "tráfico",
            "traficante*",
            "explota*",
            "peligr*",
            "policía",
            "policia",
            "caso",
            "víctima*",
            "victima*",
            "abus*",
            "violen*",
            "denuncia*",
            "prostitu*",
        ],
    ),
    (
        "uk",
        &[
            "гаряча лінія",
            "гарячої лінії",
            "гарячу лінію",
            "торгівля людьми",
            "торгівлі людьми",
            "торгівлею людьми",
            "торгівц*",
            "експлуат*",
            "визиск*",
            "небезпе*",
            "поліц*",
            "справа",
            "справи",
            "справу",
            "жертв*",
            "насильств*",
            "насилля",
            "кривд*",
            "скарг*",
            "проститу*",
        ],
    ),
    (
        "ru",
        &[
            "горячая линия",
            "горячей линии",
            "горячую линию",
            "торговля людьми",
            "торговли людьми",
            "торговлей людьми",
            "торговц*",
            "эксплуат*",
            "опасн*",
            "полиц*",
            "дело",
            "жертв*",
            "насили*",
            "злоупотребл*",
            "жалоб*",
            "проститу*",
        ],
    ),
    (
        "bg",
        &[
            "гореща линия",
            "горещата линия",
            "телефонна линия",
            "трафик*",
            "експлоат*",
            "опасн*",
            "полиц*",
            "случаят",
            "случая",
            "жертв*",
            "насили*",
            "злоупотреб*",
            "оплак*",
            "проститу*",
        ],
    ),
];

/// Files whose messages people never receive: operators read desk.ftl.
pub(crate) const NOT_PERSON_FACING: &[&str] = &["desk.ftl"];

/// Ids that are data, not messages (word lists the engine reads) or button labels (never the
/// first line of a message: the question comes first).
pub(crate) fn is_message(id: &str) -> bool {
    // `sys-referral-entry` is one line of a list of the directory's project names (their
    // wording is the directory's, checked there).
    !matches!(
        id,
        "sys-exit-words" | "sys-danger-words" | "language-name" | "sys-referral-entry"
    ) && !id.contains("-opt-")
        && !id.starts_with("nav-")
}

/// Realistic values for every variable a text may use, long where a value can be long:
/// `l10n check`'s examples, with a relayed text near Telegram's limit.
pub(crate) fn realistic_args() -> Vec<(String, String)> {
    let mut args = varco::l10n::examples::args();
    for (k, v) in &mut args {
        if k == "text" {
            *v = "x".repeat(3000);
        }
    }
    args
}

/// `(file name, message id)` of every message in `locales/<lang>/`, in file order.
pub(crate) fn messages(lang: &str) -> Vec<(String, String)> {
    let mut files: Vec<_> = fs::read_dir(Path::new(ROOT).join("locales").join(lang))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        for line in fs::read_to_string(&path).unwrap().lines() {
            let Some((id, _)) = line.split_once('=') else { continue };
            let id = id.trim_end();
            let is_id = id.starts_with(|c: char| c.is_ascii_lowercase())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if is_id && !line.starts_with(char::is_whitespace) {
                out.push((file.clone(), id.to_owned()));
            }
        }
    }
    out
}

fn render(locales: &Locales, lang: &str, id: &str) -> String {
    locales.render(lang, &Text::new(id), &realistic_args(), false)
}

/// The revealing words of `words` found in `line`.
fn revealing<'w>(line: &str, words: &[&'w str]) -> Vec<&'w str> {
    let lower = line.to_lowercase();
    let tokens: Vec<&str> = lower.split(|c: char| !is_word_char(c)).collect();
    words
        .iter()
        .filter(|w| {
            if w.contains(' ') || w.chars().any(is_unspaced_script) {
                lower.contains(**w)
            } else if let Some(stem) = w.strip_suffix('*') {
                tokens.iter().any(|t| t.starts_with(stem))
            } else {
                tokens.contains(w)
            }
        })
        .copied()
        .collect()
}

/// Letters, digits and the combining signs Indic and Arabic words are written with (a
/// virama or a nukta is part of the word, not a break).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{200C}' | '\u{200D}')
        || (('\u{0900}'..='\u{0DFF}').contains(&c) && !matches!(c, '\u{0964}' | '\u{0965}'))
}

/// Han, kana, Hangul and Thai: scripts written without spaces between words.
fn is_unspaced_script(c: char) -> bool {
    matches!(c, '\u{0E00}'..='\u{0E7F}' | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

/// Every locale the shipped content has.
fn locales() -> (Locales, Vec<String>) {
    let content = fixtures::shipped();
    let langs = content.locales.languages();
    (content.locales, langs)
}

#[test]
fn the_word_matcher_finds_words_stems_and_phrases() {
    let en = REVEALING[0].1;
    assert_eq!(revealing("Your case number is 12.", en), ["case"]);
    assert_eq!(revealing("You are in DANGER.", en), ["danger*"]);
    assert!(revealing("Just in case, a showcase.", &["showcases"]).is_empty());
    assert!(
        revealing("Cases", &["case"]).is_empty(),
        "a bare word is whole-word only"
    );
    assert_eq!(revealing("Ciao dal numero verde", REVEALING[1].1), ["numero verde"]);
    let words = |lang: &str| REVEALING.iter().find(|(l, _)| *l == lang).unwrap().1;
    assert_eq!(
        revealing("你现在有危险吗？", words("zh")),
        ["危险"],
        "Chinese: inside a sentence"
    );
    // A virama inside a Bengali word is part of the word.
    assert_eq!(revealing("আমাদের হেল্পলাইন।", words("bn")), ["হেল্পলাইন"]);
    assert_eq!(revealing("Je suis en danger.", words("fr")), ["danger*"]);
}

#[test]
fn no_first_line_gives_the_conversation_away_on_a_lock_screen() {
    let (locales, langs) = locales();
    let mut bad = Vec::new();
    for lang in &langs {
        let words = REVEALING
            .iter()
            .find(|(l, _)| l == lang)
            .unwrap_or_else(|| panic!("no revealing words for locale {lang}: add them to REVEALING"))
            .1;
        for (file, id) in messages(lang) {
            if NOT_PERSON_FACING.contains(&file.as_str()) || !is_message(&id) {
                continue;
            }
            let shown = render(&locales, lang, &id);
            let first = shown.lines().next().unwrap_or_default();
            let found = revealing(first, words);
            if !found.is_empty() {
                bad.push(format!("{lang}/{file} {id}: {first:?} has {found:?}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "first lines a lock screen would show:\n{}",
        bad.join("\n")
    );
}

/// Every `label` the flows name, and the engine's own buttons.
pub(crate) fn labels() -> BTreeSet<String> {
    let mut out: BTreeSet<String> = ["sys-leave-opt-stay", "sys-leave-opt-menu", "language-name"]
        .into_iter()
        .map(str::to_owned)
        .collect();
    for entry in fs::read_dir(Path::new(ROOT).join("flows")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        for part in text.split("label").skip(1) {
            let rest = part.trim_start().strip_prefix('=').map(str::trim_start);
            if let Some(id) = rest.and_then(|r| r.strip_prefix('"')).and_then(|r| r.split('"').next()) {
                out.insert(id.to_owned());
            }
        }
    }
    out
}

/// Labels over 30 characters (Telegram cuts longer buttons on a phone).
fn too_long_labels(rendered: &[(String, String)]) -> Vec<String> {
    rendered
        .iter()
        .filter(|(_, label)| label.chars().count() > 30)
        .map(|(where_, label)| format!("{where_}: {label:?} ({} characters)", label.chars().count()))
        .collect()
}

#[test]
fn every_button_label_fits_in_30_characters() {
    assert_eq!(
        too_long_labels(&[("x".into(), "a label of thirty-one characters".into())]).len(),
        1,
        "the check must catch a long label"
    );
    let (locales, langs) = locales();
    let labels = labels();
    assert!(
        labels.contains("nav-person") && labels.contains("victim-opt-danger"),
        "{labels:?}"
    );
    let mut rendered = Vec::new();
    for lang in &langs {
        for id in &labels {
            rendered.push((format!("{lang} {id}"), render(&locales, lang, id)));
        }
    }
    let bad = too_long_labels(&rendered);
    assert!(bad.is_empty(), "labels over 30 characters:\n{}", bad.join("\n"));
}

#[test]
fn every_message_fits_one_telegram_message() {
    const TELEGRAM_LIMIT: usize = 4096;
    let (locales, langs) = locales();
    let mut checked = 0;
    for lang in &langs {
        for (file, id) in messages(lang) {
            let shown = render(&locales, lang, &id);
            let n = shown.chars().count();
            assert!(n <= TELEGRAM_LIMIT, "{lang}/{file} {id}: {n} characters");
            assert!(!shown.starts_with('['), "{lang}/{file} {id} did not render: {shown}");
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} messages found");
}
